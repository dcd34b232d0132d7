//! The desktop's light or dark preference. winit does not report a system
//! theme on Linux, so egui would always fall back to dark; the XDG desktop
//! portal (GNOME, KDE and others) says what the user chose.

use zbus::{OwnedVariant, Variant};

/// `org.freedesktop.appearance color-scheme`: 1 prefers dark, 2 light,
/// 0 (or no portal) no preference.
pub fn desktop_theme() -> Option<egui::Theme> {
    zbus::block_on(async {
        let conn = zbus::Connection::session().await.ok()?;
        let call = |method: &'static str| {
            let conn = conn.clone();
            async move {
                conn.call_method(
                    Some("org.freedesktop.portal.Desktop"),
                    "/org/freedesktop/portal/desktop",
                    Some("org.freedesktop.portal.Settings"),
                    method,
                    &("org.freedesktop.appearance", "color-scheme"),
                )
                .await
            }
        };
        // ReadOne (portal version 2) answers `v`; the older Read, `v` in a `v`.
        let msg = match call("ReadOne").await {
            Ok(m) => m,
            Err(_) => call("Read").await.ok()?,
        };
        let value: OwnedVariant = msg.body().deserialize().ok()?;
        fn number(v: &Variant<'_>) -> Option<u32> {
            match v {
                Variant::U32(n) => Some(*n),
                Variant::Variant(inner) => number(inner),
                _ => None,
            }
        }
        match number(&value)? {
            1 => Some(egui::Theme::Dark),
            2 => Some(egui::Theme::Light),
            _ => None,
        }
    })
}
