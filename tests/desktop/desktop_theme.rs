//! The window follows the desktop's light/dark choice, read from the XDG
//! desktop portal, and its changes while open: here a test-owned portal on
//! a private session bus. One test in this binary: it points the process
//! at that bus.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use zbus::object_server::SignalEmitter;

use crate::support::Desktop;
use second_heart::gui::theme::{desktop_theme, watch_desktop};

struct Portal {
    scheme: Arc<Mutex<u32>>,
}

#[zbus::interface(name = "org.freedesktop.portal.Settings")]
impl Portal {
    fn read_one(&self, namespace: &str, key: &str) -> zbus::fdo::Result<zbus::OwnedVariant> {
        if (namespace, key) != ("org.freedesktop.appearance", "color-scheme") {
            return Err(zbus::fdo::Error::Failed("unknown setting".into()));
        }
        Ok(zbus::Variant::from(*self.scheme.lock().unwrap())
            .try_into()
            .unwrap())
    }

    /// What the portal announces when a setting changes.
    #[zbus(signal)]
    async fn setting_changed(
        emitter: &SignalEmitter<'_>,
        namespace: &str,
        key: &str,
        value: zbus::Variant<'_>,
    ) -> zbus::Result<()>;
}

#[test]
fn the_desktop_colour_scheme_chooses_light_or_dark() {
    let desktop = Desktop::start();
    // SAFETY: the only test in this binary; no other thread reads the environment.
    unsafe { std::env::set_var("DBUS_SESSION_BUS_ADDRESS", desktop.bus_address()) };
    assert_eq!(desktop_theme(), None, "no portal: no preference");
    let scheme = Arc::new(Mutex::new(2));
    let _portal = zbus::block_on(
        zbus::connection::Builder::address(desktop.bus_address())
            .name("org.freedesktop.portal.Desktop")
            .serve_at(
                "/org/freedesktop/portal/desktop",
                Portal {
                    scheme: scheme.clone(),
                },
            )
            .build(),
    )
    .unwrap();
    assert_eq!(desktop_theme(), Some(egui::Theme::Light));
    *scheme.lock().unwrap() = 1;
    assert_eq!(desktop_theme(), Some(egui::Theme::Dark));
    *scheme.lock().unwrap() = 0;
    assert_eq!(desktop_theme(), None);

    // While the window is open: each change of the colour scheme, and
    // nothing for other settings.
    let (tx, changes) = mpsc::channel();
    assert!(watch_desktop(move |theme| {
        let _ = tx.send(theme);
    }));
    let emitter = SignalEmitter::new(&_portal, "/org/freedesktop/portal/desktop").unwrap();
    let announce = |namespace: &str, key: &str, value: u32| {
        zbus::block_on(Portal::setting_changed(
            &emitter,
            namespace,
            key,
            zbus::Variant::from(value),
        ))
        .unwrap()
    };
    let next = || changes.recv_timeout(Duration::from_secs(5));
    announce("org.freedesktop.appearance", "color-scheme", 1);
    assert_eq!(next(), Ok(Some(egui::Theme::Dark)));
    announce("org.freedesktop.appearance", "accent-color", 2);
    announce("org.gnome.desktop.interface", "color-scheme", 2);
    announce("org.freedesktop.appearance", "color-scheme", 2);
    assert_eq!(
        next(),
        Ok(Some(egui::Theme::Light)),
        "other settings ignored"
    );
    announce("org.freedesktop.appearance", "color-scheme", 0);
    assert_eq!(next(), Ok(None));
}
