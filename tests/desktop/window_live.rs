//! The open window is live: a change made from a terminal shows in the
//! real window (a real process, on Xvfb, following a real daemon) within a
//! second. The window is read as a screen reader reads it: over AT-SPI,
//! from the accessibility tree AccessKit exposes once a screen reader is
//! said to be on, with the at-spi2-core bus of the private desktop.
//!
//! `SECOND_HEART_LIVE_ROUNDS=N` repeats the pause / resume rounds and prints
//! each latency (bench/window-latency.sh).

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use zbus::Connection;
use zbus::{OwnedObjectPath, OwnedVariant, Variant};

use crate::support::app::*;
use crate::support::{Desktop, Process, wait_for, wait_until};

/// What the window must show a change within.
const LIVE: Duration = Duration::from_secs(1);

/// The accessibility bus of a private desktop, with a screen reader "on".
struct ScreenReader {
    _launcher: Process,
    bus: Connection,
}

impl ScreenReader {
    fn start(desktop: &Desktop) -> ScreenReader {
        let launcher = desktop.spawn(
            desktop
                .command("/usr/libexec/at-spi-bus-launcher")
                .arg("--launch-immediately")
                // Its switches live in GSettings; without dconf on the
                // private bus they would not stick.
                .env("GSETTINGS_BACKEND", "memory"),
        );
        assert!(
            wait_until(Duration::from_secs(10), || desktop
                .name_has_owner("org.a11y.Bus")),
            "at-spi-bus-launcher did not start (is at-spi2-core installed?)"
        );
        for property in ["IsEnabled", "ScreenReaderEnabled"] {
            let out = desktop
                .command("dbus-send")
                .args([
                    "--session",
                    "--print-reply",
                    "--dest=org.a11y.Bus",
                    "/org/a11y/bus",
                    "org.freedesktop.DBus.Properties.Set",
                    "string:org.a11y.Status",
                    &format!("string:{property}"),
                    "variant:boolean:true",
                ])
                .output()
                .unwrap();
            assert!(out.status.success(), "cannot set {property}");
        }
        let bus = zbus::block_on(async {
            let session = zbus::connection::Builder::address(desktop.bus_address())
                .build()
                .await?;
            let reply = session
                .call_method(
                    Some("org.a11y.Bus"),
                    "/org/a11y/bus",
                    Some("org.a11y.Bus"),
                    "GetAddress",
                    &(),
                )
                .await?;
            let address: String = reply.body().deserialize()?;
            zbus::connection::Builder::address(address.as_str())
                .build()
                .await
        })
        .expect("cannot reach the accessibility bus");
        ScreenReader {
            _launcher: launcher,
            bus,
        }
    }

    /// The names of everything on screen, in every application.
    fn names(&self) -> Vec<String> {
        zbus::block_on(async {
            let mut names = Vec::new();
            let mut queue = VecDeque::from([(
                "org.a11y.atspi.Registry".to_owned(),
                OwnedObjectPath::try_from("/org/a11y/atspi/accessible/root").unwrap(),
            )]);
            while let Some((dest, path)) = queue.pop_front() {
                if names.len() > 5000 {
                    break;
                }
                let name: Option<OwnedVariant> = self
                    .bus
                    .call_method(
                        Some(dest.as_str()),
                        &path,
                        Some("org.freedesktop.DBus.Properties"),
                        "Get",
                        &("org.a11y.atspi.Accessible", "Name"),
                    )
                    .await
                    .ok()
                    .and_then(|r| r.body().deserialize().ok());
                if let Some(v) = name
                    && let Variant::Str(n) = &*v
                {
                    names.push(n.to_string());
                }
                let children: Vec<(String, OwnedObjectPath)> = match self
                    .bus
                    .call_method(
                        Some(dest.as_str()),
                        &path,
                        Some("org.a11y.atspi.Accessible"),
                        "GetChildren",
                        &(),
                    )
                    .await
                {
                    Ok(r) => r.body().deserialize().unwrap_or_default(),
                    Err(_) => Vec::new(),
                };
                queue.extend(children);
            }
            names
        })
    }

    fn shows(&self, text: &str) -> bool {
        self.names().iter().any(|n| n.contains(text))
    }
}

/// Runs a command from a terminal, then times how long until the window
/// shows `text` (or stops showing it).
fn latency(
    desktop: &Desktop,
    reader: &ScreenReader,
    args: &[&str],
    text: &str,
    shown: bool,
) -> Duration {
    let out = cli_at(desktop, args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let asked = Instant::now();
    let seen = wait_for(Duration::from_secs(90), || {
        (reader.shows(text) == shown).then(|| asked.elapsed())
    });
    seen.unwrap_or_else(|| {
        panic!(
            "after `{}`, the window {} {text:?} within 90 s:\n{:#?}\n{}",
            args.join(" "),
            if shown {
                "did not show"
            } else {
                "still showed"
            },
            reader.names(),
            daemon_log(desktop)
        )
    })
}

const NOW: &str = "2026-11-23T10:30:30Z";

fn cli_at(desktop: &Desktop, args: &[&str]) -> std::process::Output {
    desktop
        .bin()
        .env("TZ", "UTC")
        .env("SECOND_HEART_FAKE_NOW", NOW)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn a_done_from_a_terminal_shows_in_the_open_window_within_a_second() {
    let desktop = Desktop::start();
    let reader = ScreenReader::start(&desktop);
    only_calf_raises(&desktop, "");
    // A user since November (a daemon's first start after the schedule was
    // chosen would otherwise be the first run, and settle 10:30).
    let state = desktop.state_home().join("second-heart");
    std::fs::create_dir_all(&state).unwrap();
    std::fs::write(
        state.join("state.json"),
        r#"{"paused_until":null,"first_run":"2026-11-02T09:00:00Z"}"#,
    )
    .unwrap();
    // Calf raises have been due since 10:30; the window starts the daemon.
    let log = std::fs::File::create(desktop.dir().join("window.log")).unwrap();
    let mut window = desktop.spawn(
        desktop
            .bin()
            .env("TZ", "UTC")
            .env("SECOND_HEART_FAKE_NOW", NOW)
            .stdout(log.try_clone().unwrap())
            .stderr(log),
    );
    let logs = || {
        format!(
            "window:\n{}\ndaemon:\n{}",
            std::fs::read_to_string(desktop.dir().join("window.log")).unwrap_or_default(),
            std::fs::read_to_string(desktop.state_home().join("second-heart/daemon.log"))
                .unwrap_or_default()
        )
    };
    assert!(
        wait_until(Duration::from_secs(30), || reader.shows("Calf raises")
            && reader.shows("Done")),
        "the window does not show the due calf raises to a screen reader:\n{:#?}\n{}",
        reader.names(),
        logs()
    );
    // Settled: no answer pending anywhere.
    std::thread::sleep(Duration::from_millis(500));
    // What one look at the window costs the observer (part of each figure).
    let walk = Instant::now();
    reader.names();
    eprintln!("one look: {} ms", walk.elapsed().as_millis());

    let done = latency(
        &desktop,
        &reader,
        &["done", "calf-raises"],
        "Nothing due right now.",
        true,
    );
    eprintln!("done: {} ms", done.as_millis());
    assert!(done < LIVE, "the done showed after {done:?}:\n{}", logs());

    let rounds: usize = std::env::var("SECOND_HEART_LIVE_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    for _ in 0..rounds {
        let pause = latency(&desktop, &reader, &["pause", "1h"], "paused until", true);
        let resume = latency(&desktop, &reader, &["resume"], "paused until", false);
        eprintln!(
            "latency ms: pause {} resume {}",
            pause.as_millis(),
            resume.as_millis()
        );
        assert!(pause < LIVE, "the pause showed after {pause:?}");
        assert!(resume < LIVE, "the resume showed after {resume:?}");
    }

    desktop.xdotool(&["search", "--name", "^Second Heart$", "windowclose"]);
    let _ = window.wait_exit(Duration::from_secs(10));
    let _ = cli_at(&desktop, &["stop"]);
}

/// A subscription is a long-lived connection: it must not take one of the
/// 16 places the daemon keeps for requests, nor be cut off by the deadline
/// a request line has; and every subscriber hears of a change at once.
#[test]
fn subscriptions_stay_open_take_no_request_places_and_hear_of_changes() {
    use std::io::{BufRead, BufReader, Write};
    use std::os::unix::net::UnixStream;

    let desktop = Desktop::start();
    only_calf_raises(&desktop, "");
    let _daemon = daemon(&desktop, NOW);
    wait_socket(&desktop);
    let socket = desktop.runtime_dir().join("second-heart/daemon.sock");
    // More than the 16 request places (and the 16 subscribers at most).
    let mut windows: Vec<BufReader<UnixStream>> = (0..16)
        .map(|_| {
            let mut s = UnixStream::connect(&socket).unwrap();
            s.write_all(b"{\"v\":1,\"cmd\":\"subscribe\"}\n").unwrap();
            s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
            let mut r = BufReader::new(s);
            let mut line = String::new();
            r.read_line(&mut line).unwrap();
            assert!(line.contains("\"kind\":\"subscribed\""), "{line}");
            r
        })
        .collect();
    // Well past the 3 s a request line has, and requests still get in.
    std::thread::sleep(Duration::from_millis(3500));
    let out = cli_at(&desktop, &["status"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = cli_at(&desktop, &["done", "calf-raises"]);
    assert!(out.status.success());
    let answered = Instant::now();
    for w in &mut windows {
        let mut line = String::new();
        w.read_line(&mut line).unwrap();
        assert!(line.contains("\"event\":\"changed\""), "{line}");
    }
    assert!(
        answered.elapsed() < LIVE,
        "pushed after {:?}",
        answered.elapsed()
    );
    // The daemon stops: each hears so, then the end of its connection.
    let _ = cli_at(&desktop, &["stop"]);
    for w in &mut windows {
        let mut rest = String::new();
        while w.read_line(&mut rest).unwrap_or(0) > 0 {}
        assert!(
            rest.ends_with("{\"v\":1,\"event\":\"stopping\"}\n"),
            "{rest}"
        );
    }
}
