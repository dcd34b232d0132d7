//! The window follows the desktop's light/dark choice, read from the XDG
//! desktop portal: here a test-owned portal on a private session bus.
//! One test in this binary: it points the process at that bus.

use std::sync::{Arc, Mutex};

use crate::support::Desktop;
use second_heart::gui::theme::desktop_theme;

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
}
