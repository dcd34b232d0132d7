//! Presence through the real daemon on a private desktop: a locked screen
//! is away from the moment the screen saver says so (its ActiveChanged
//! signal on the session bus, as KDE's and GNOME's lockers send it), even
//! with idle input; unlocking is sitting again from then.

use std::time::Duration;

use serde_json::Value;

use crate::support::app::*;
use crate::support::{Desktop, wait_for};

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
    let log = daemon_log(&desktop);
    assert!(log.contains("the screen locked (screen saver)"), "{log}");
    assert!(log.contains("the screen unlocked (screen saver)"), "{log}");
}
