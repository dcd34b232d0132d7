//! Is the user in a meeting? Asked only when a prompt is about to be shown
//! or is being held, so an idle daemon never polls.
//!
//! Signs of a meeting, whichever the desktop offers: the notification
//! server's do-not-disturb (the `Inhibited` property of newer servers such as
//! KDE's, dunst's `paused`), GNOME's "show banners" switched off, or, on X11,
//! a fullscreen window with focus (a presentation, a video call). Each source
//! that fails to answer is simply not a sign; none of them is required.

use x11rb::connection::Connection as _;
use x11rb::protocol::xproto::{Atom, AtomEnum, ConnectionExt as _, Window};
use x11rb::rust_connection::RustConnection;

const NOTIFICATIONS: &str = "org.freedesktop.Notifications";
const NOTIFICATIONS_PATH: &str = "/org/freedesktop/Notifications";

pub struct Quiet {
    x11: Option<Fullscreen>,
    /// wlroots compositors: every window's state, pushed.
    wayland: Option<super::wayland_fullscreen::WaylandFullscreen>,
    gnome: bool,
}

struct Fullscreen {
    conn: RustConnection,
    root: Window,
    active: Atom,
    state: Atom,
    fullscreen: Atom,
}

impl Quiet {
    pub fn new() -> Quiet {
        let desktop = std::env::var("XDG_CURRENT_DESKTOP").unwrap_or_default();
        let wayland = std::env::var_os("WAYLAND_DISPLAY").is_some_and(|v| !v.is_empty());
        Quiet {
            x11: Fullscreen::connect().ok(),
            wayland: wayland
                .then(super::wayland_fullscreen::WaylandFullscreen::connect)
                .and_then(Result::ok),
            gnome: desktop.split(':').any(|d| d.eq_ignore_ascii_case("gnome")),
        }
    }

    /// Where a fullscreen window is seen, for the log.
    pub fn describe(&self) -> &'static str {
        match (&self.wayland, &self.x11) {
            (Some(w), _) => w.protocol,
            (None, Some(_)) => "X11",
            (None, None) => "not seen here (only do-not-disturb holds prompts)",
        }
    }

    /// Why prompts should wait now, or `None`.
    pub fn reason(&mut self) -> Option<String> {
        // A connection only for the question: holding one all day would
        // keep a thread and its buffers for a few calls an hour.
        if let Ok(bus) = &zbus::block_on(zbus::Connection::session()) {
            if property(bus, NOTIFICATIONS, "Inhibited") == Some(true) {
                return Some(crate::t!("quiet-reason-dnd"));
            }
            if property(bus, "org.dunstproject.cmd0", "paused") == Some(true) {
                return Some(crate::t!("quiet-reason-dnd-dunst"));
            }
        }
        if self.gnome && gnome_banners_off() {
            return Some(crate::t!("quiet-reason-dnd-gnome"));
        }
        if self.wayland.as_ref().is_some_and(|w| w.focused()) {
            return Some(crate::t!("quiet-reason-fullscreen"));
        }
        if super::camera::in_use() {
            return Some(crate::t!("quiet-reason-camera"));
        }
        if let Some(app) = super::inhibit::presence_inhibitor() {
            return Some(crate::t!("quiet-reason-awake", app = app));
        }
        match self.x11.as_ref().map(Fullscreen::focused) {
            Some(Ok(true)) => Some(crate::t!("quiet-reason-fullscreen")),
            Some(Err(_)) => {
                // The X server went away (the session ended or restarted).
                self.x11 = Fullscreen::connect().ok();
                None
            }
            _ => None,
        }
    }
}

impl Default for Quiet {
    fn default() -> Self {
        Quiet::new()
    }
}

fn property(bus: &zbus::Connection, interface: &str, name: &str) -> Option<bool> {
    zbus::block_on(async {
        let reply = bus
            .call_method(
                Some(NOTIFICATIONS),
                NOTIFICATIONS_PATH,
                Some("org.freedesktop.DBus.Properties"),
                "Get",
                &(interface, name),
            )
            .await
            .ok()?;
        let value: zbus::OwnedVariant = reply.body().deserialize().ok()?;
        bool::try_from(value).ok()
    })
}

/// GNOME keeps notifications in its list without showing them while
/// "Do Not Disturb" is on, which is the `show-banners` setting.
fn gnome_banners_off() -> bool {
    std::process::Command::new("gsettings")
        .args(["get", "org.gnome.desktop.notifications", "show-banners"])
        .stderr(std::process::Stdio::null())
        .output()
        .is_ok_and(|o| o.status.success() && String::from_utf8_lossy(&o.stdout).trim() == "false")
}

impl Fullscreen {
    fn connect() -> Result<Fullscreen, String> {
        if std::env::var_os("DISPLAY").is_none_or(|d| d.is_empty()) {
            return Err("no X display".into());
        }
        let (conn, screen) = x11rb::connect(None).map_err(|e| e.to_string())?;
        let root = conn.setup().roots[screen].root;
        let atom = |name: &[u8]| -> Result<Atom, String> {
            Ok(conn
                .intern_atom(false, name)
                .map_err(|e| e.to_string())?
                .reply()
                .map_err(|e| e.to_string())?
                .atom)
        };
        Ok(Fullscreen {
            active: atom(b"_NET_ACTIVE_WINDOW")?,
            state: atom(b"_NET_WM_STATE")?,
            fullscreen: atom(b"_NET_WM_STATE_FULLSCREEN")?,
            root,
            conn,
        })
    }

    /// Whether the window with focus (as the window manager says) is
    /// fullscreen. Without a window manager nothing has "focus" this way.
    fn focused(&self) -> Result<bool, String> {
        let active = self
            .conn
            .get_property(false, self.root, self.active, AtomEnum::WINDOW, 0, 1)
            .map_err(|e| e.to_string())?
            .reply()
            .map_err(|e| e.to_string())?
            .value32()
            .and_then(|mut v| v.next())
            .unwrap_or(0);
        if active == 0 {
            return Ok(false);
        }
        // The window may be gone by now: that is "not fullscreen".
        let Ok(cookie) = self
            .conn
            .get_property(false, active, self.state, AtomEnum::ATOM, 0, 64)
        else {
            return Err("the X server went away".into());
        };
        Ok(cookie.reply().ok().is_some_and(|r| {
            r.value32()
                .is_some_and(|mut atoms| atoms.any(|a| a == self.fullscreen))
        }))
    }
}
