//! Light or dark: the user's choice (`theme` in the preferences), and when
//! that is "system", the desktop's. winit does not report a system theme on
//! Linux, so egui would always fall back to dark; the XDG desktop portal
//! (GNOME, KDE and others) says what the user chose, and announces changes,
//! which the window follows while open.

//!
//! On Windows (and macOS) winit reports the system's theme and its changes
//! itself, so egui's "system" already follows them: there is no portal to
//! ask.

use egui::{Context, ThemePreference, Ui};
#[cfg(unix)]
use futures_lite::StreamExt;
#[cfg(unix)]
use zbus::{OwnedVariant, Variant};

use crate::core::preferences::Theme;

#[cfg(unix)]
const PORTAL: &str = "org.freedesktop.portal.Desktop";
#[cfg(unix)]
const SETTINGS: &str = "org.freedesktop.portal.Settings";
#[cfg(unix)]
const APPEARANCE: &str = "org.freedesktop.appearance";
#[cfg(unix)]
const COLOR_SCHEME: &str = "color-scheme";

/// `org.freedesktop.appearance color-scheme`: 1 prefers dark, 2 light,
/// 0 (or no portal) no preference.
#[cfg(unix)]
pub fn desktop_theme() -> Option<egui::Theme> {
    zbus::block_on(async {
        let conn = zbus::Connection::session().await.ok()?;
        let call = |method: &'static str| {
            let conn = conn.clone();
            async move {
                conn.call_method(
                    Some(PORTAL),
                    "/org/freedesktop/portal/desktop",
                    Some(SETTINGS),
                    method,
                    &(APPEARANCE, COLOR_SCHEME),
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
        scheme(&value)
    })
}

/// winit tells egui the system's theme here.
#[cfg(not(unix))]
pub fn desktop_theme() -> Option<egui::Theme> {
    None
}

/// winit tells egui of each change here: nothing to watch.
#[cfg(not(unix))]
pub fn watch_desktop(_changed: impl Fn(Option<egui::Theme>) + Send + 'static) -> bool {
    false
}

/// The theme a colour-scheme value asks for.
#[cfg(unix)]
fn scheme(value: &Variant<'_>) -> Option<egui::Theme> {
    fn number(v: &Variant<'_>) -> Option<u32> {
        match v {
            Variant::U32(n) => Some(*n),
            Variant::Variant(inner) => number(inner),
            _ => None,
        }
    }
    match number(value)? {
        1 => Some(egui::Theme::Dark),
        2 => Some(egui::Theme::Light),
        _ => None,
    }
}

/// Calls `changed` with the desktop's new preference each time the portal
/// announces one (`SettingChanged` for the colour scheme), from a thread of
/// its own, for as long as the session bus is there. Returns whether it is
/// listening (false without a session bus).
#[cfg(unix)]
pub fn watch_desktop(changed: impl Fn(Option<egui::Theme>) + Send + 'static) -> bool {
    let (ready, listening) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("theme-watch".into())
        .spawn(move || {
            zbus::block_on(async move {
                let stream = async {
                    let conn = zbus::Connection::session().await?;
                    let rule = zbus::MatchRule::builder()
                        .msg_type(zbus::message::Type::Signal)
                        .interface(SETTINGS)
                        .member("SettingChanged")
                        .add_arg(APPEARANCE)
                        .add_arg(COLOR_SCHEME)
                        .build()?;
                    zbus::MessageStream::for_match_rule(rule, &conn, None).await
                }
                .await;
                let Ok(mut stream) = stream else {
                    let _ = ready.send(false);
                    return;
                };
                let _ = ready.send(true);
                while let Some(Ok(msg)) = stream.next().await {
                    if let Ok((_, _, value)) =
                        msg.body().deserialize::<(String, String, OwnedVariant)>()
                    {
                        changed(scheme(&value));
                    }
                }
            })
        });
    spawned.is_ok() && listening.recv().unwrap_or(false)
}

/// What egui is asked for: the user's choice, or the system's (which on
/// Linux is the fallback theme, kept up to date from the portal).
pub fn preference(choice: Theme) -> ThemePreference {
    match choice {
        Theme::System => ThemePreference::System,
        Theme::Light => ThemePreference::Light,
        Theme::Dark => ThemePreference::Dark,
    }
}

/// Applies the user's choice; cheap when nothing changed (called each frame).
pub fn apply(ctx: &Context, choice: Theme) {
    let wanted = preference(choice);
    if ctx.options(|o| o.theme_preference) != wanted {
        ctx.set_theme(wanted);
    }
}

/// Follows the desktop from now on: its preference now, and each change.
pub fn follow_desktop(ctx: &Context) {
    if let Some(theme) = desktop_theme() {
        ctx.options_mut(|o| o.fallback_theme = theme);
    }
    let ctx = ctx.clone();
    watch_desktop(move |theme| {
        // No preference any more: egui's own fallback, dark.
        ctx.options_mut(|o| o.fallback_theme = theme.unwrap_or(egui::Theme::Dark));
        ctx.request_repaint();
    });
}

/// The Schedule view's "Window theme" choice.
pub fn picker(ui: &mut Ui, choice: &mut Theme) {
    // Wrapped: in a long language the choices go on a second line rather
    // than widen the column.
    ui.horizontal_wrapped(|ui| {
        ui.label(crate::t!("theme-label"));
        for theme in Theme::ALL {
            ui.radio_value(choice, theme, theme.title());
        }
    });
}
