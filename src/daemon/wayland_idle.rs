//! Idle time from a Wayland compositor's own idle protocol:
//! `ext-idle-notify-v1` (KWin 5.27+, sway 1.8+, Hyprland, niri, labwc,
//! COSMIC) or `org_kde_kwin_idle` (wlroots 0.15 compositors such as Debian
//! 12's sway, phoc, cage).
//!
//! These protocols push "idled" after a fixed time without input and
//! "resumed" at the next input, rather than answering a question. One
//! notification with a one-minute timeout (the shortest idle threshold) is
//! registered on a thread of its own; from its events the idle time is
//! known for any threshold: since the last input when idled, under a minute
//! otherwise. Each change is also sent to the daemon's loop, so a return
//! to the desk is seen at once.

use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use wayland_client::globals::{GlobalListContents, registry_queue_init};
use wayland_client::protocol::{wl_registry, wl_seat};
use wayland_client::{Connection, Dispatch, QueueHandle};
use wayland_protocols::ext::idle_notify::v1::client::{
    ext_idle_notification_v1::{self, ExtIdleNotificationV1},
    ext_idle_notifier_v1::ExtIdleNotifierV1,
};
use wayland_protocols_plasma::idle::client::{
    org_kde_kwin_idle::OrgKdeKwinIdle,
    org_kde_kwin_idle_timeout::{self, OrgKdeKwinIdleTimeout},
};

use super::Event;

/// The timeout registered with the compositor.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// The idle state the compositor last pushed.
#[derive(Clone)]
pub struct WaylandIdle {
    /// When the last input was, while idle; `None` since input resumed.
    last_input: Arc<Mutex<Option<Instant>>>,
    pub protocol: &'static str,
}

impl WaylandIdle {
    /// Connects to the compositor and registers for idle events; `Err`
    /// says why not (no compositor, neither protocol offered).
    pub fn connect(events: Option<Sender<Event>>) -> Result<WaylandIdle, String> {
        let conn = Connection::connect_to_env().map_err(|e| e.to_string())?;
        let (globals, mut queue) =
            registry_queue_init::<Listener>(&conn).map_err(|e| e.to_string())?;
        let qh = queue.handle();
        let seat: wl_seat::WlSeat = globals
            .bind(&qh, 1..=1, ())
            .map_err(|e| format!("no seat: {e}"))?;
        let ms = TIMEOUT.as_millis() as u32;
        let protocol = if let Ok(notifier) = globals.bind::<ExtIdleNotifierV1, _, _>(&qh, 1..=1, ())
        {
            notifier.get_idle_notification(ms, &seat, &qh, ());
            "ext-idle-notify-v1"
        } else if let Ok(idle) = globals.bind::<OrgKdeKwinIdle, _, _>(&qh, 1..=1, ()) {
            idle.get_idle_timeout(&seat, ms, &qh, ());
            "org_kde_kwin_idle"
        } else {
            return Err(
                "the compositor offers neither ext-idle-notify-v1 nor org_kde_kwin_idle".into(),
            );
        };
        let last_input = Arc::new(Mutex::new(None));
        let mut listener = Listener {
            last_input: last_input.clone(),
            events,
        };
        queue.roundtrip(&mut listener).map_err(|e| e.to_string())?;
        std::thread::Builder::new()
            .name("wayland-idle".into())
            .stack_size(256 * 1024)
            .spawn(move || {
                // Blocks in the socket until the compositor says something.
                while queue.blocking_dispatch(&mut listener).is_ok() {}
                super::log("idle time: the Wayland compositor went away");
            })
            .map_err(|e| e.to_string())?;
        Ok(WaylandIdle {
            last_input,
            protocol,
        })
    }

    /// Time since the last input: exact once idle, zero (under a minute)
    /// while input goes on.
    pub fn idle(&self) -> Duration {
        match *self.last_input.lock().unwrap_or_else(|p| p.into_inner()) {
            Some(at) => at.elapsed(),
            None => Duration::ZERO,
        }
    }
}

struct Listener {
    last_input: Arc<Mutex<Option<Instant>>>,
    events: Option<Sender<Event>>,
}

impl Listener {
    fn idled(&mut self, idle: bool) {
        let mut last = self.last_input.lock().unwrap_or_else(|p| p.into_inner());
        *last = idle.then(|| {
            Instant::now()
                .checked_sub(TIMEOUT)
                .unwrap_or_else(Instant::now)
        });
        drop(last);
        if let Some(events) = &self.events {
            let _ = events.send(Event::IdleChanged);
        }
    }
}

impl Dispatch<wl_registry::WlRegistry, GlobalListContents> for Listener {
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

impl Dispatch<wl_seat::WlSeat, ()> for Listener {
    fn event(
        _: &mut Self,
        _: &wl_seat::WlSeat,
        _: wl_seat::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

impl Dispatch<ExtIdleNotifierV1, ()> for Listener {
    fn event(
        _: &mut Self,
        _: &ExtIdleNotifierV1,
        _: <ExtIdleNotifierV1 as wayland_client::Proxy>::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

impl Dispatch<ExtIdleNotificationV1, ()> for Listener {
    fn event(
        state: &mut Self,
        _: &ExtIdleNotificationV1,
        event: ext_idle_notification_v1::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        match event {
            ext_idle_notification_v1::Event::Idled => state.idled(true),
            ext_idle_notification_v1::Event::Resumed => state.idled(false),
            _ => {}
        }
    }
}

impl Dispatch<OrgKdeKwinIdle, ()> for Listener {
    fn event(
        _: &mut Self,
        _: &OrgKdeKwinIdle,
        _: <OrgKdeKwinIdle as wayland_client::Proxy>::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }
}

impl Dispatch<OrgKdeKwinIdleTimeout, ()> for Listener {
    fn event(
        state: &mut Self,
        _: &OrgKdeKwinIdleTimeout,
        event: org_kde_kwin_idle_timeout::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        match event {
            org_kde_kwin_idle_timeout::Event::Idle => state.idled(true),
            org_kde_kwin_idle_timeout::Event::Resumed => state.idled(false),
            _ => {}
        }
    }
}
