//! How long since the last keyboard or mouse input, from whatever the desktop
//! offers: on Wayland the compositor's idle protocol (ext-idle-notify-v1 or
//! org_kde_kwin_idle, pushed; `wayland_idle`), else GNOME's Mutter
//! IdleMonitor or org.freedesktop.ScreenSaver; the MIT-SCREEN-SAVER
//! extension on X11. Where none answers, the source is `Unavailable` and
//! sitting time runs on the clock.

use std::sync::mpsc::Sender;
use std::time::Duration;

use x11rb::connection::{Connection as _, RequestConnection as _};
use x11rb::protocol::screensaver::ConnectionExt as _;
use x11rb::rust_connection::RustConnection;

use super::Event;
use super::wayland_idle::WaylandIdle;
use crate::core::scheduler::IdleFeed;

pub enum IdleSource {
    Wayland(WaylandIdle),
    X11 {
        conn: Box<RustConnection>,
        root: u32,
    },
    Mutter(zbus::Connection),
    ScreenSaver(zbus::Connection),
    Unavailable(String),
}

impl IdleSource {
    /// The best source here; a pushed one tells `events` of each change.
    pub fn detect(events: Option<Sender<Event>>) -> IdleSource {
        let wayland = std::env::var_os("WAYLAND_DISPLAY").is_some_and(|v| !v.is_empty());
        let mut tried = Vec::new();
        if wayland {
            match WaylandIdle::connect(events) {
                Ok(w) => return IdleSource::Wayland(w),
                Err(e) => tried.push(format!("Wayland: {e}")),
            }
        }
        if wayland || std::env::var_os("DISPLAY").is_none() {
            match zbus::block_on(zbus::Connection::session()) {
                Ok(conn) => {
                    for source in [
                        IdleSource::Mutter(conn.clone()),
                        IdleSource::ScreenSaver(conn),
                    ] {
                        let mut s = source;
                        match s.query() {
                            Ok(_) => return s,
                            Err(e) => tried.push(format!("{}: {e}", s.describe())),
                        }
                    }
                }
                Err(e) => tried.push(format!("session bus: {e}")),
            }
        }
        // Under XWayland the X server sees only input to X clients, so X11
        // idle time would call a typing user "away".
        if !wayland {
            match x11() {
                Ok(s) => return s,
                Err(e) => tried.push(format!("X11: {e}")),
            }
        }
        IdleSource::Unavailable(tried.join("; "))
    }

    pub fn describe(&self) -> String {
        match self {
            IdleSource::Wayland(w) => format!("Wayland {}", w.protocol),
            IdleSource::X11 { .. } => "X11 screen saver extension".into(),
            IdleSource::Mutter(_) => "GNOME Mutter IdleMonitor".into(),
            IdleSource::ScreenSaver(_) => "org.freedesktop.ScreenSaver".into(),
            IdleSource::Unavailable(why) => format!("unavailable ({why})"),
        }
    }

    /// Whether changes are pushed to the daemon (Wayland) or must be
    /// sampled.
    pub fn feed(&self) -> IdleFeed {
        match self {
            IdleSource::Wayland(_) => IdleFeed::Pushed {
                after: chrono::Duration::from_std(super::wayland_idle::TIMEOUT).unwrap_or_default(),
            },
            IdleSource::Unavailable(_) => IdleFeed::Unavailable,
            _ => IdleFeed::Sampled,
        }
    }

    pub fn available(&self) -> bool {
        !matches!(self, IdleSource::Unavailable(_))
    }

    /// Time since the last input; `None` when unknown. A source that stops
    /// answering (the X server went away) becomes `Unavailable`.
    pub fn sample(&mut self) -> Option<Duration> {
        if !self.available() {
            return None;
        }
        match self.query() {
            Ok(d) => Some(d),
            Err(e) => {
                super::log(&format!(
                    "idle time: {} stopped answering ({e}); counting sitting on the clock",
                    self.describe()
                ));
                *self = IdleSource::Unavailable(e);
                None
            }
        }
    }

    fn query(&mut self) -> Result<Duration, String> {
        match self {
            IdleSource::Wayland(w) => Ok(w.idle()),
            IdleSource::X11 { conn, root } => {
                let reply = conn
                    .screensaver_query_info(*root)
                    .map_err(|e| e.to_string())?
                    .reply()
                    .map_err(|e| e.to_string())?;
                Ok(Duration::from_millis(reply.ms_since_user_input as u64))
            }
            IdleSource::Mutter(conn) => {
                let ms: u64 = call(
                    conn,
                    "org.gnome.Mutter.IdleMonitor",
                    "/org/gnome/Mutter/IdleMonitor/Core",
                    "GetIdletime",
                )?;
                Ok(Duration::from_millis(ms))
            }
            IdleSource::ScreenSaver(conn) => {
                let ms: u32 = call(
                    conn,
                    "org.freedesktop.ScreenSaver",
                    "/org/freedesktop/ScreenSaver",
                    "GetSessionIdleTime",
                )?;
                Ok(Duration::from_millis(ms as u64))
            }
            IdleSource::Unavailable(why) => Err(why.clone()),
        }
    }
}

fn call<T>(conn: &zbus::Connection, service: &str, path: &str, method: &str) -> Result<T, String>
where
    T: for<'d> serde::Deserialize<'d> + zbus::zvariant::Type,
{
    zbus::block_on(async {
        conn.call_method(Some(service), path, Some(service), method, &())
            .await?
            .body()
            .deserialize::<T>()
    })
    .map_err(|e| e.to_string())
}

fn x11() -> Result<IdleSource, String> {
    let (conn, screen) = x11rb::connect(None).map_err(|e| e.to_string())?;
    if conn
        .extension_information(x11rb::protocol::screensaver::X11_EXTENSION_NAME)
        .map_err(|e| e.to_string())?
        .is_none()
    {
        return Err("the X server has no MIT-SCREEN-SAVER extension".into());
    }
    let root = conn.setup().roots[screen].root;
    let mut source = IdleSource::X11 {
        conn: Box::new(conn),
        root,
    };
    source.query()?;
    Ok(source)
}
