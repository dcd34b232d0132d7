//! Presence through the real daemon on a private desktop: a locked screen
//! is away from the moment the screen saver says so (its ActiveChanged
//! signal on the session bus, as KDE's and GNOME's lockers send it), even
//! with idle input; unlocking is sitting again from then.

use std::time::Duration;

use serde_json::Value;

use crate::support::app::*;
use crate::support::{Desktop, wait_for};

fn cli_text(desktop: &Desktop) -> String {
    String::from_utf8(cli(desktop, &["status"]).stdout).unwrap()
}

fn sitting_since(desktop: &Desktop) -> Value {
    status(desktop)["daemon"]["sitting_since"].clone()
}

fn screen_saver(desktop: &Desktop, interface: &str, active: bool) {
    let path = format!("/{}", interface.replace('.', "/"));
    zbus::block_on(async {
        let conn = zbus::connection::Builder::address(desktop.bus_address())
            .build()
            .await?;
        conn.emit_signal(
            None::<&str>,
            path.as_str(),
            interface,
            "ActiveChanged",
            &(active,),
        )
        .await
    })
    .unwrap();
}

#[test]
fn a_locked_screen_is_away_at_once_and_unlocking_is_sitting_again() {
    let desktop = Desktop::start();
    only_calf_raises(&desktop, "");
    let _daemon = daemon(&desktop, BEFORE_1030);
    wait_socket(&desktop);
    assert!(
        sitting_since(&desktop).is_string(),
        "sitting at the start: {}",
        status(&desktop)
    );
    for interface in ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"] {
        screen_saver(&desktop, interface, true);
        // Away within moments, not after the five-minute idle threshold.
        let away = wait_for(Duration::from_secs(5), || {
            sitting_since(&desktop).is_null().then_some(())
        });
        assert!(away.is_some(), "{interface}: {}", daemon_log(&desktop));
        screen_saver(&desktop, interface, false);
        let back = wait_for(Duration::from_secs(5), || {
            let s = sitting_since(&desktop);
            s.is_string().then_some(s)
        });
        assert!(back.is_some(), "{interface}: {}", daemon_log(&desktop));
    }
    assert_eq!(
        status(&desktop)["daemon"]["lock_source"],
        "screen saver signals",
        "no logind on this bus"
    );
    assert!(cli_text(&desktop).contains("lock screen saver signals"));
    let log = daemon_log(&desktop);
    assert!(log.contains("the screen locked (screen saver)"), "{log}");
    assert!(log.contains("the screen unlocked (screen saver)"), "{log}");
}

/// sway (wlroots 0.15: org_kde_kwin_idle) headless, run as `nobody` (it
/// refuses root), in a folder of its own; its socket's absolute path, as
/// root clients reach it.
struct Sway {
    process: crate::support::Process,
    dir: tempfile::TempDir,
}

impl Sway {
    fn start() -> Sway {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let conf = d.join("sway.conf");
        std::fs::write(&conf, "output HEADLESS-1 resolution 1280x800\n").unwrap();
        let chown = std::process::Command::new("chown")
            .args(["-R", "nobody:nogroup"])
            .arg(d)
            .status()
            .unwrap();
        assert!(chown.success());
        let log = std::fs::File::create(
            std::env::temp_dir().join(format!("sway-{}.log", std::process::id())),
        )
        .unwrap();
        let mut cmd = std::process::Command::new("setpriv");
        cmd.args([
            "--reuid=nobody",
            "--regid=nogroup",
            "--clear-groups",
            "env",
            "-i",
            "PATH=/usr/bin:/bin",
        ])
        .arg(format!("HOME={}", d.display()))
        .arg(format!("XDG_RUNTIME_DIR={}", d.display()))
        .args([
            "WLR_BACKENDS=headless",
            "WLR_LIBINPUT_NO_DEVICES=1",
            "WLR_RENDERER=pixman",
            "sway",
            "-c",
        ])
        .arg(&conf)
        .stdout(log.try_clone().unwrap())
        .stderr(log);
        let process = crate::support::Process::spawn("sway", &mut cmd);
        let sway = Sway { process, dir };
        let up = crate::support::wait_until(Duration::from_secs(10), || sway.socket().is_some());
        assert!(up, "sway did not start");
        sway
    }

    /// Runs `swaymsg ARGS` against this sway; its output.
    fn msg(&self, args: &[&str]) -> String {
        let ipc = std::fs::read_dir(self.dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .find(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("sway-ipc."))
            })
            .expect("sway's IPC socket");
        let out = std::process::Command::new("swaymsg")
            .args(args)
            .env("SWAYSOCK", ipc)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "swaymsg {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn socket(&self) -> Option<std::path::PathBuf> {
        std::fs::read_dir(self.dir.path())
            .ok()?
            .flatten()
            .map(|e| e.path())
            .find(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("wayland-") && !n.ends_with(".lock"))
            })
    }
}

#[test]
fn on_sway_the_compositors_idle_protocol_says_away_and_back() {
    let desktop = Desktop::start();
    let sway = Sway::start();
    let socket = sway.socket().unwrap();
    // The shortest threshold (a minute), so the test waits one minute.
    with_preferences(&desktop, "idle_threshold_minutes = 1\n", "");
    let log = std::fs::File::create(desktop.dir().join("daemon.log")).unwrap();
    let _daemon = desktop.spawn(
        desktop
            .bin()
            .arg("daemon")
            .env("TZ", "UTC")
            .env("SECOND_HEART_FAKE_NOW", BEFORE_1030)
            .env_remove("DISPLAY")
            .env("WAYLAND_DISPLAY", &socket)
            .stdout(log.try_clone().unwrap())
            .stderr(log),
    );
    wait_socket(&desktop);
    let s = status(&desktop);
    assert_eq!(
        s["daemon"]["idle_source"],
        "Wayland org_kde_kwin_idle",
        "{s}\n{}",
        daemon_log(&desktop)
    );
    assert!(s["daemon"]["sitting_since"].is_string(), "{s}");
    // No input for a minute: away, as soon as the compositor says so.
    let away = wait_for(Duration::from_secs(75), || {
        sitting_since(&desktop).is_null().then_some(())
    });
    assert!(away.is_some(), "{}", daemon_log(&desktop));
    // A key press: back at once.
    let typed = std::process::Command::new("wtype")
        .args(["-k", "Shift_L"])
        .env("WAYLAND_DISPLAY", &socket)
        .status()
        .unwrap();
    assert!(typed.success());
    let back = wait_for(Duration::from_secs(5), || {
        sitting_since(&desktop).is_string().then_some(())
    });
    assert!(back.is_some(), "{}", daemon_log(&desktop));
    drop(sway.process);
}

#[test]
fn on_sway_a_focused_fullscreen_window_holds_prompts_and_leaving_it_delivers_them_once() {
    let desktop = Desktop::start();
    let server = crate::support::FakeServer::start(desktop.bus_address(), &["actions", "body"]);
    let sway = Sway::start();
    let socket = sway.socket().unwrap();
    only_calf_raises(&desktop, "");
    let wayland = |cmd: &mut std::process::Command| {
        cmd.env("TZ", "UTC")
            .env("SECOND_HEART_FAKE_NOW", "2026-11-23T10:29:35Z")
            .env_remove("DISPLAY")
            .env("WAYLAND_DISPLAY", &socket);
    };
    let log = std::fs::File::create(desktop.dir().join("daemon.log")).unwrap();
    let mut cmd = desktop.bin();
    cmd.arg("daemon")
        .stdout(log.try_clone().unwrap())
        .stderr(log);
    wayland(&mut cmd);
    let _daemon = desktop.spawn(&mut cmd);
    wait_socket(&desktop);
    let said = crate::support::wait_until(Duration::from_secs(5), || {
        daemon_log(&desktop).contains("fullscreen: wlr foreign-toplevel")
    });
    assert!(said, "{}", daemon_log(&desktop));
    assert_eq!(
        status(&desktop)["daemon"]["fullscreen_source"],
        "wlr foreign-toplevel"
    );
    // The window, natively on sway, made fullscreen (and focused).
    let mut window = desktop.bin();
    window
        .stdout(std::fs::File::create(desktop.dir().join("window.log")).unwrap())
        .stderr(std::fs::File::create(desktop.dir().join("window.err")).unwrap());
    wayland(&mut window);
    let _window = desktop.spawn(&mut window);
    let mapped = crate::support::wait_until(Duration::from_secs(15), || {
        sway.msg(&["-t", "get_tree"])
            .contains("\"app_id\": \"io.github.secondheart.SecondHeart\"")
    });
    assert!(mapped, "the window did not map on sway");
    sway.msg(&["[app_id=\"io.github.secondheart.SecondHeart\"] fullscreen enable"]);
    // 10:30 comes and goes: the calf raises are held.
    let held = crate::support::wait_until(Duration::from_secs(30), || {
        daemon_log(&desktop).contains("holding prompts: a fullscreen window has focus")
    });
    assert!(held, "{}", daemon_log(&desktop));
    std::thread::sleep(Duration::from_secs(2));
    assert!(
        prompt(&server.calls(), CALF).is_none(),
        "shown during fullscreen"
    );
    sway.msg(&["[app_id=\"io.github.secondheart.SecondHeart\"] fullscreen disable"]);
    let shown = wait_for(Duration::from_secs(20), || prompt(&server.calls(), CALF));
    assert!(shown.is_some(), "{}", daemon_log(&desktop));
    std::thread::sleep(Duration::from_secs(2));
    let count = server.calls().iter().filter(|c| c.summary == CALF).count();
    assert_eq!(count, 1, "once");
}

/// GNOME's session manager as far as idle inhibitors go: one inhibitor,
/// whose application the test sets.
struct SessionManager {
    app: std::sync::Arc<std::sync::Mutex<String>>,
}

#[zbus::interface(name = "org.gnome.SessionManager")]
impl SessionManager {
    fn is_inhibited(&self, flags: u32) -> bool {
        flags & 8 != 0 && !self.app.lock().unwrap().is_empty()
    }

    fn get_inhibitors(&self) -> Vec<zbus::OwnedObjectPath> {
        vec![zbus::OwnedObjectPath::try_from("/org/gnome/SessionManager/Inhibitor1").unwrap()]
    }
}

struct Inhibitor {
    app: std::sync::Arc<std::sync::Mutex<String>>,
}

#[zbus::interface(name = "org.gnome.SessionManager.Inhibitor")]
impl Inhibitor {
    fn get_app_id(&self) -> String {
        self.app.lock().unwrap().clone()
    }

    fn get_flags(&self) -> u32 {
        8
    }
}

#[test]
fn a_call_apps_idle_inhibitor_holds_prompts_and_a_music_players_does_not() {
    let desktop = Desktop::start();
    let server = crate::support::FakeServer::start(desktop.bus_address(), &["actions", "body"]);
    let app = std::sync::Arc::new(std::sync::Mutex::new("zoom".to_owned()));
    let _gnome = zbus::block_on(
        zbus::connection::Builder::address(desktop.bus_address())
            .name("org.gnome.SessionManager")
            .serve_at(
                "/org/gnome/SessionManager",
                SessionManager { app: app.clone() },
            )
            .serve_at(
                "/org/gnome/SessionManager/Inhibitor1",
                Inhibitor { app: app.clone() },
            )
            .build(),
    )
    .unwrap();
    only_calf_raises(&desktop, "");
    let _daemon = daemon(&desktop, BEFORE_1030);
    let held = crate::support::wait_until(Duration::from_secs(20), || {
        daemon_log(&desktop).contains("holding prompts: zoom keeps the screen awake")
    });
    assert!(held, "{}", daemon_log(&desktop));
    std::thread::sleep(Duration::from_secs(2));
    assert!(
        prompt(&server.calls(), CALF).is_none(),
        "shown during the call"
    );
    // Now only a music player inhibits: that is no reason.
    *app.lock().unwrap() = "org.gnome.Rhythmbox3".into();
    let shown = wait_for(Duration::from_secs(20), || prompt(&server.calls(), CALF));
    assert!(shown.is_some(), "{}", daemon_log(&desktop));
}

/// KWin (ext-idle-notify-v1) headless on the test's private session bus.
/// Its packaged binary carries a file capability this container forbids,
/// so a copy runs, under the same name.
struct Kwin {
    _process: crate::support::Process,
    _copy: tempfile::TempDir,
}

const KWIN_SOCKET: &str = "wl-kwin";

impl Kwin {
    fn start(desktop: &Desktop) -> Kwin {
        let copy = tempfile::tempdir().unwrap();
        let bin = copy.path().join("kwin_wayland");
        std::fs::copy("/usr/bin/kwin_wayland", &bin).expect("kwin_wayland (tests/setup-system.sh)");
        let log = std::fs::File::create(desktop.dir().join("kwin.log")).unwrap();
        let mut cmd = desktop.command(&bin);
        cmd.env("KWIN_WAYLAND_NO_PERMISSION_CHECKS", "1")
            .env_remove("DISPLAY")
            .args([
                "--virtual",
                "--width",
                "1280",
                "--height",
                "800",
                "--socket",
                KWIN_SOCKET,
                "--no-lockscreen",
                "--no-global-shortcuts",
                "--no-kactivities",
            ])
            .stdout(log.try_clone().unwrap())
            .stderr(log);
        let process = crate::support::Process::spawn("kwin_wayland", &mut cmd);
        let socket = desktop.runtime_dir().join(KWIN_SOCKET);
        let up = crate::support::wait_until(Duration::from_secs(20), || socket.exists());
        assert!(
            up,
            "KWin did not start: {}",
            std::fs::read_to_string(desktop.dir().join("kwin.log")).unwrap_or_default()
        );
        Kwin {
            _process: process,
            _copy: copy,
        }
    }

    /// Moves the pointer a little through KWin's fake-input protocol, as a
    /// person's hand would.
    fn nudge(desktop: &Desktop) {
        use wayland_client::globals::{GlobalListContents, registry_queue_init};
        use wayland_client::protocol::wl_registry;
        use wayland_client::{Connection, Dispatch, QueueHandle};
        use wayland_protocols_plasma::fake_input::client::org_kde_kwin_fake_input::OrgKdeKwinFakeInput;

        struct Hand;
        impl Dispatch<wl_registry::WlRegistry, GlobalListContents> for Hand {
            fn event(
                _: &mut Self,
                _: &wl_registry::WlRegistry,
                _: wl_registry::Event,
                _: &GlobalListContents,
                _: &Connection,
                _: &QueueHandle<Self>,
            ) {
            }
        }
        impl Dispatch<OrgKdeKwinFakeInput, ()> for Hand {
            fn event(
                _: &mut Self,
                _: &OrgKdeKwinFakeInput,
                _: <OrgKdeKwinFakeInput as wayland_client::Proxy>::Event,
                _: &(),
                _: &Connection,
                _: &QueueHandle<Self>,
            ) {
            }
        }
        let stream =
            std::os::unix::net::UnixStream::connect(desktop.runtime_dir().join(KWIN_SOCKET))
                .unwrap();
        let conn = Connection::from_socket(stream).unwrap();
        let (globals, mut queue) = registry_queue_init::<Hand>(&conn).unwrap();
        let qh = queue.handle();
        let input: OrgKdeKwinFakeInput = globals.bind(&qh, 1..=4, ()).unwrap();
        input.authenticate("second-heart tests".into(), "a hand on the mouse".into());
        input.pointer_motion(5.0, 5.0);
        queue.roundtrip(&mut Hand).unwrap();
    }
}

#[test]
fn on_kwin_ext_idle_notify_says_away_and_back() {
    let desktop = Desktop::start();
    let _kwin = Kwin::start(&desktop);
    with_preferences(&desktop, "idle_threshold_minutes = 1\n", "");
    let log = std::fs::File::create(desktop.dir().join("daemon.log")).unwrap();
    let _daemon = desktop.spawn(
        desktop
            .bin()
            .arg("daemon")
            .env("TZ", "UTC")
            .env("SECOND_HEART_FAKE_NOW", BEFORE_1030)
            .env_remove("DISPLAY")
            .env("WAYLAND_DISPLAY", KWIN_SOCKET)
            .stdout(log.try_clone().unwrap())
            .stderr(log),
    );
    wait_socket(&desktop);
    let s = status(&desktop);
    assert_eq!(
        s["daemon"]["idle_source"],
        "Wayland ext-idle-notify-v1",
        "{s}\n{}",
        daemon_log(&desktop)
    );
    let away = wait_for(Duration::from_secs(75), || {
        sitting_since(&desktop).is_null().then_some(())
    });
    assert!(away.is_some(), "{}", daemon_log(&desktop));
    Kwin::nudge(&desktop);
    let back = wait_for(Duration::from_secs(5), || {
        sitting_since(&desktop).is_string().then_some(())
    });
    assert!(back.is_some(), "{}", daemon_log(&desktop));
}

const MUTTER_SOCKET: &str = "wl-mutter";

/// Moves the pointer through mutter's RemoteDesktop: a session lives as
/// long as the connection that made it, so all on one connection.
fn mutter_nudge(desktop: &Desktop) {
    zbus::block_on(async {
        const RD: &str = "org.gnome.Mutter.RemoteDesktop";
        let conn = zbus::connection::Builder::address(desktop.bus_address())
            .build()
            .await?;
        let session: zbus::OwnedObjectPath = conn
            .call_method(
                Some(RD),
                "/org/gnome/Mutter/RemoteDesktop",
                Some(RD),
                "CreateSession",
                &(),
            )
            .await?
            .body()
            .deserialize()?;
        let iface = "org.gnome.Mutter.RemoteDesktop.Session";
        conn.call_method(Some(RD), session.as_str(), Some(iface), "Start", &())
            .await?;
        conn.call_method(
            Some(RD),
            session.as_str(),
            Some(iface),
            "NotifyPointerMotionRelative",
            &(5.0f64, 5.0f64),
        )
        .await?;
        conn.call_method(Some(RD), session.as_str(), Some(iface), "Stop", &())
            .await
            .map(|_| ())
    })
    .unwrap();
}

#[test]
fn on_mutter_the_idle_monitor_says_away_and_back() {
    let desktop = Desktop::start();
    let log = std::fs::File::create(desktop.dir().join("mutter.log")).unwrap();
    let mut cmd = desktop.command("mutter");
    cmd.env_remove("DISPLAY")
        .args([
            "--headless",
            "--wayland",
            "--no-x11",
            &format!("--wayland-display={MUTTER_SOCKET}"),
            "--virtual-monitor",
            "1280x800",
        ])
        .stdout(log.try_clone().unwrap())
        .stderr(log);
    let _mutter = crate::support::Process::spawn("mutter", &mut cmd);
    let up = crate::support::wait_until(Duration::from_secs(20), || {
        desktop.name_has_owner("org.gnome.Mutter.IdleMonitor")
    });
    assert!(
        up,
        "mutter did not start: {}",
        std::fs::read_to_string(desktop.dir().join("mutter.log")).unwrap_or_default()
    );
    with_preferences(&desktop, "idle_threshold_minutes = 1\n", "");
    let log = std::fs::File::create(desktop.dir().join("daemon.log")).unwrap();
    let _daemon = desktop.spawn(
        desktop
            .bin()
            .arg("daemon")
            .env("TZ", "UTC")
            .env("SECOND_HEART_FAKE_NOW", BEFORE_1030)
            .env_remove("DISPLAY")
            .env("WAYLAND_DISPLAY", MUTTER_SOCKET)
            .stdout(log.try_clone().unwrap())
            .stderr(log),
    );
    wait_socket(&desktop);
    let s = status(&desktop);
    assert_eq!(
        s["daemon"]["idle_source"],
        "GNOME Mutter IdleMonitor",
        "{s}\n{}",
        daemon_log(&desktop)
    );
    let away = wait_for(Duration::from_secs(80), || {
        sitting_since(&desktop).is_null().then_some(())
    });
    assert!(away.is_some(), "{}", daemon_log(&desktop));
    mutter_nudge(&desktop);
    // `status` samples afresh: back at once.
    let back = wait_for(Duration::from_secs(5), || {
        sitting_since(&desktop).is_string().then_some(())
    });
    assert!(back.is_some(), "{}", daemon_log(&desktop));
}

/// Runs a KWin script (its JavaScript API) through KWin's D-Bus scripting.
fn kwin_script(desktop: &Desktop, name: &str, js: &str) {
    let path = desktop.dir().join(format!("{name}.js"));
    std::fs::write(&path, js).unwrap();
    zbus::block_on(async {
        let conn = zbus::connection::Builder::address(desktop.bus_address())
            .build()
            .await?;
        let id: i32 = conn
            .call_method(
                Some("org.kde.KWin"),
                "/Scripting",
                Some("org.kde.kwin.Scripting"),
                "loadScript",
                &(path.to_str().unwrap(), name),
            )
            .await?
            .body()
            .deserialize()?;
        assert!(id >= 0, "KWin refused the script {name}");
        conn.call_method(
            Some("org.kde.KWin"),
            "/Scripting",
            Some("org.kde.kwin.Scripting"),
            "start",
            &(),
        )
        .await
        .map(|_| ())
    })
    .unwrap();
}

/// Sets the second-heart window's fullscreen state (and focus) on KWin.
fn kwin_fullscreen(desktop: &Desktop, on: bool, name: &str) {
    kwin_script(
        desktop,
        name,
        &format!(
            "var cs = workspace.clientList();\n\
             for (var i = 0; i < cs.length; i++) {{\n\
               if (String(cs[i].resourceClass).toLowerCase().indexOf(\"second\") >= 0) {{\n\
                 workspace.activeClient = cs[i];\n\
                 cs[i].fullScreen = {on};\n\
               }}\n\
             }}\n"
        ),
    );
}

#[test]
fn on_kwin_a_focused_fullscreen_window_holds_prompts_and_leaving_it_delivers_them_once() {
    let desktop = Desktop::start();
    let server = crate::support::FakeServer::start(desktop.bus_address(), &["actions", "body"]);
    let _kwin = Kwin::start(&desktop);
    only_calf_raises(&desktop, "");
    let wayland = |cmd: &mut std::process::Command| {
        cmd.env("TZ", "UTC")
            .env("SECOND_HEART_FAKE_NOW", "2026-11-23T10:29:35Z")
            .env_remove("DISPLAY")
            .env("WAYLAND_DISPLAY", KWIN_SOCKET);
    };
    let log = std::fs::File::create(desktop.dir().join("daemon.log")).unwrap();
    let mut cmd = desktop.bin();
    cmd.arg("daemon")
        .stdout(log.try_clone().unwrap())
        .stderr(log);
    wayland(&mut cmd);
    let _daemon = desktop.spawn(&mut cmd);
    wait_socket(&desktop);
    let said = crate::support::wait_until(Duration::from_secs(5), || {
        daemon_log(&desktop).contains("fullscreen: KDE plasma-window-management")
    });
    assert!(said, "{}", daemon_log(&desktop));
    let mut window = desktop.bin();
    window
        .stdout(std::fs::File::create(desktop.dir().join("window.log")).unwrap())
        .stderr(std::fs::File::create(desktop.dir().join("window.err")).unwrap());
    wayland(&mut window);
    let _window = desktop.spawn(&mut window);
    std::thread::sleep(Duration::from_secs(5));
    kwin_fullscreen(&desktop, true, "fullscreen-on");
    let held = crate::support::wait_until(Duration::from_secs(30), || {
        daemon_log(&desktop).contains("holding prompts: a fullscreen window has focus")
    });
    assert!(held, "{}", daemon_log(&desktop));
    std::thread::sleep(Duration::from_secs(2));
    assert!(
        prompt(&server.calls(), CALF).is_none(),
        "shown during fullscreen"
    );
    kwin_fullscreen(&desktop, false, "fullscreen-off");
    let shown = wait_for(Duration::from_secs(20), || prompt(&server.calls(), CALF));
    assert!(shown.is_some(), "{}", daemon_log(&desktop));
    std::thread::sleep(Duration::from_secs(2));
    let count = server.calls().iter().filter(|c| c.summary == CALF).count();
    assert_eq!(count, 1, "once");
}
