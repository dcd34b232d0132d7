//! The tray icon in a real tray host from Debian's packages,
//! gtk-sni-tray-standalone (a GTK panel with its own StatusNotifierWatcher),
//! on the test's Xvfb: the icon is drawn, gets its badge when a session
//! falls due, and Done in its menu (opened with a right click, chosen with
//! the keyboard, as a person would) is recorded.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::support::app::*;
use crate::support::{Desktop, Process, wait_for, wait_until};

const WAIT: Duration = Duration::from_secs(20);
/// The panel's height: icons sit in the top strip of the screen.
const PANEL: u32 = 32;

/// What gtk-sni-tray-standalone prints when its host could not start:
/// `Just host <- Host.build ...` in its Main.hs matched `Nothing`.
const PANEL_START_RACE: &str = "Pattern match failure in do expression at app/Main.hs:177";
/// Starts of the panel allowed per test.
const PANEL_STARTS: u32 = 5;

/// Starts the panel, with its own watcher, and waits until its host has
/// registered with that watcher (from then on it takes items). Returns the
/// panel, its log and how many earlier starts died of the race below.
///
/// The panel races itself at start-up: a thread of its own connects and
/// takes the watcher's name, then exports the watcher object, while its
/// host, on another connection, asks the watcher for its items. When the
/// host asks first (a loaded machine), it gets ServiceUnknown or
/// UnknownObject, Host.build gives up and the panel exits. This happens
/// with no item on the bus at all (status-notifier-item 0.3.1 as in Debian
/// 12, and its latest source still forks the watcher the same way), so no
/// item can prevent it; a session restarts a panel that dies, and so does
/// this. Any other exit fails the test.
fn start_panel(desktop: &Desktop) -> (Process, PathBuf, u32) {
    for start in 0..PANEL_STARTS {
        let log_path = desktop.dir().join(format!("tray-{start}.log"));
        let log = std::fs::File::create(&log_path).unwrap();
        let mut panel = desktop.spawn(
            desktop
                .command("gtk-sni-tray-standalone")
                .args(["--top", "--end", "--size", &PANEL.to_string(), "--watcher"])
                .stdout(log.try_clone().unwrap())
                .stderr(log),
        );
        let up = wait_for(WAIT, || {
            if host_registered(desktop) {
                return Some(true);
            }
            panel.wait_exit(Duration::ZERO).map(|_| false)
        });
        let printed = std::fs::read_to_string(&log_path).unwrap_or_default();
        match up {
            Some(true) => return (panel, log_path, start),
            Some(false) if printed.contains(PANEL_START_RACE) => {}
            Some(false) => panic!("the panel exited:\n{printed}"),
            None => panic!("the panel's host did not register within {WAIT:?}:\n{printed}"),
        }
    }
    panic!("the panel died of its start-up race {PANEL_STARTS} times in a row")
}

/// Whether a host has registered with the watcher on the desktop's bus
/// (asked with dbus-send, which never activates anything).
fn host_registered(desktop: &Desktop) -> bool {
    desktop
        .command("dbus-send")
        .args([
            "--session",
            "--print-reply=literal",
            "--reply-timeout=2000",
            "--dest=org.kde.StatusNotifierWatcher",
            "/StatusNotifierWatcher",
            "org.freedesktop.DBus.Properties.Get",
            "string:org.kde.StatusNotifierWatcher",
            "string:IsStatusNotifierHostRegistered",
        ])
        .output()
        .is_ok_and(|o| o.status.success() && String::from_utf8_lossy(&o.stdout).contains("true"))
}

/// Pixels of the top strip, as RGB.
fn top_strip(desktop: &Desktop, name: &str) -> (u32, Vec<[u8; 3]>) {
    let path = desktop.dir().join(name);
    desktop.screenshot(&path);
    decode_top(&path)
}

fn decode_top(path: &Path) -> (u32, Vec<[u8; 3]>) {
    let mut decoder =
        png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    // import writes a palette when few colours are on screen.
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = reader.output_color_type().0.samples();
    let row = info.line_size;
    let mut pixels = Vec::new();
    for y in 0..PANEL as usize {
        for x in 0..info.width as usize {
            let p = &buf[y * row + x * channels..];
            pixels.push([p[0], p[1], p[2]]);
        }
    }
    (info.width, pixels)
}

fn near(p: [u8; 3], want: [u8; 3]) -> bool {
    p.iter().zip(want).all(|(a, b)| a.abs_diff(b) < 40)
}

/// The heart's green and the badge's orange (assets/icons/tray-*.svg).
const GREEN: [u8; 3] = [0x1f, 0x8a, 0x70];
const ORANGE: [u8; 3] = [0xf2, 0xa5, 0x41];

/// Where the icon is (the centre of its green), and whether it has a badge.
fn find_icon(desktop: &Desktop, name: &str) -> Option<((u32, u32), bool)> {
    let (width, pixels) = top_strip(desktop, name);
    let green: Vec<(u32, u32)> = pixels
        .iter()
        .enumerate()
        .filter(|(_, p)| near(**p, GREEN))
        .map(|(i, _)| (i as u32 % width, i as u32 / width))
        .collect();
    if green.len() < 50 {
        return None;
    }
    let cx = green.iter().map(|p| p.0).sum::<u32>() / green.len() as u32;
    let cy = green.iter().map(|p| p.1).sum::<u32>() / green.len() as u32;
    let badge = pixels.iter().filter(|p| near(**p, ORANGE)).count() > 10;
    Some(((cx, cy), badge))
}

#[test]
fn a_real_tray_host_shows_the_icon_its_badge_and_a_working_menu() {
    let desktop = Desktop::start();
    let (_panel, _, _) = start_panel(&desktop);
    only_calf_raises(&desktop, "");
    // Half a minute before 10:30, time for the panel to draw the plain icon
    // (a loaded machine's panel may be slow to take it).
    let _daemon = daemon(&desktop, "2026-11-23T10:29:30Z");
    let (_, badge) = wait_for(Duration::from_secs(25), || find_icon(&desktop, "idle.png"))
        .unwrap_or_else(|| panic!("no icon in the panel:\n{}", daemon_log(&desktop)));
    assert!(!badge, "nothing is due yet");

    let (at, _) = wait_for(Duration::from_secs(45), || {
        find_icon(&desktop, "due.png").filter(|(_, badge)| *badge)
    })
    .unwrap_or_else(|| panic!("no badge at 10:30:\n{}", daemon_log(&desktop)));

    // Right click: the menu; after "Open" and "Start: Calf raises" comes
    // "Done: Calf raises".
    let (x, y) = (at.0.to_string(), at.1.to_string());
    desktop.xdotool(&["mousemove", &x, &y, "click", "3"]);
    std::thread::sleep(Duration::from_millis(700));
    desktop.screenshot(&desktop.dir().join("menu.png"));
    desktop.xdotool(&["key", "Down", "Down", "Down", "Return"]);
    assert!(
        wait_until(WAIT, || history(&desktop).len() == 1),
        "Done from the panel's menu was not recorded:\n{}",
        daemon_log(&desktop)
    );
    let h = history(&desktop);
    assert_eq!(
        (&h[0]["outcome"], &h[0]["via"]),
        (&"done".into(), &"tray".into())
    );
    assert!(
        wait_until(WAIT, || find_icon(&desktop, "after.png")
            .is_some_and(|(_, badge)| !badge)),
        "the badge stayed after Done"
    );
}

/// At login the daemon may well start before the panel: the icon must
/// appear once the panel is up. The panel takes the watcher's name a moment
/// before it can take items, so a registration made as soon as the name
/// appears is often refused (UnknownObject): before the daemon tried again,
/// about half of such starts never showed the icon. A panel that dies of its
/// own start-up race ([`start_panel`]) is started again, and the daemon must
/// show the icon in the one that comes up. Three rounds, each with a fresh
/// daemon and panel.
#[test]
fn a_tray_host_that_starts_after_the_daemon_shows_the_icon() {
    // Each round a login of its own: a fresh display and session bus.
    for round in 0..3 {
        let desktop = Desktop::start();
        only_calf_raises(&desktop, "");
        let log_path = desktop.dir().join("daemon.log");
        let _ = std::fs::remove_file(&log_path);
        let daemon = daemon(&desktop, "2026-11-23T10:00:00Z");
        assert!(
            wait_until(WAIT, || daemon_log(&desktop)
                .contains("running without a tray icon until a tray host appears")),
            "{}",
            daemon_log(&desktop)
        );
        let (panel, panel_log, restarts) = start_panel(&desktop);
        if restarts > 0 {
            eprintln!("round {round}: the panel died of its start-up race {restarts} time(s)");
        }
        let shot = format!("late-{round}.png");
        let (_, badge) = wait_for(WAIT, || find_icon(&desktop, &shot)).unwrap_or_else(|| {
            panic!(
                "round {round}: no icon in a panel started after the daemon:\n{}\nPANEL:\n{}",
                daemon_log(&desktop),
                std::fs::read_to_string(&panel_log).unwrap_or_default()
            )
        });
        assert!(!badge, "nothing is due at 10:00");
        daemon.stop();
        panel.stop();
    }
}
