//! On Wayland, whether a fullscreen window has focus (a presentation, a
//! video call), from the compositor's window-management protocol: wlroots'
//! foreign-toplevel (sway, Hyprland, labwc...) or KDE's
//! plasma-window-management (KWin grants it to apps whose desktop file asks
//! for it: `X-KDE-Wayland-Interfaces=org_kde_plasma_window_management`).
//! Either pushes every window's state, kept here by a small thread and
//! read when a prompt is about to go out. GNOME offers neither: there,
//! only do-not-disturb holds prompts.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use wayland_client::backend::ObjectId;
use wayland_client::globals::{GlobalListContents, registry_queue_init};
use wayland_client::protocol::wl_registry;
use wayland_client::{Connection, Dispatch, Proxy, QueueHandle, event_created_child};
use wayland_protocols_plasma::plasma_window_management::client::{
    org_kde_plasma_window::{self, OrgKdePlasmaWindow},
    org_kde_plasma_window_management::{self, OrgKdePlasmaWindowManagement},
};
use wayland_protocols_wlr::foreign_toplevel::v1::client::{
    zwlr_foreign_toplevel_handle_v1::{self, ZwlrForeignToplevelHandleV1},
    zwlr_foreign_toplevel_manager_v1::{self, ZwlrForeignToplevelManagerV1},
};

/// Each window's (fullscreen, activated), as last committed.
type Windows = Arc<Mutex<HashMap<ObjectId, (bool, bool)>>>;

pub struct WaylandFullscreen {
    windows: Windows,
    pub protocol: &'static str,
}

impl WaylandFullscreen {
    pub fn connect() -> Result<WaylandFullscreen, String> {
        let conn = Connection::connect_to_env().map_err(|e| e.to_string())?;
        let (globals, mut queue) =
            registry_queue_init::<Tracker>(&conn).map_err(|e| e.to_string())?;
        let qh = queue.handle();
        let protocol = if globals
            .bind::<ZwlrForeignToplevelManagerV1, _, _>(&qh, 1..=3, ())
            .is_ok()
        {
            "wlr foreign-toplevel"
        } else if globals
            .bind::<OrgKdePlasmaWindowManagement, _, _>(&qh, 1..=16, ())
            .is_ok()
        {
            "KDE plasma-window-management"
        } else {
            return Err("no window-management protocol".into());
        };
        let windows: Windows = Arc::default();
        let mut tracker = Tracker {
            windows: windows.clone(),
            pending: HashMap::new(),
        };
        queue.roundtrip(&mut tracker).map_err(|e| e.to_string())?;
        std::thread::Builder::new()
            .name("wayland-windows".into())
            .stack_size(256 * 1024)
            .spawn(move || while queue.blocking_dispatch(&mut tracker).is_ok() {})
            .map_err(|e| e.to_string())?;
        Ok(WaylandFullscreen { windows, protocol })
    }

    /// Whether a fullscreen window has focus now.
    pub fn focused(&self) -> bool {
        self.windows
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .values()
            .any(|(fullscreen, activated)| *fullscreen && *activated)
    }
}

struct Tracker {
    windows: Windows,
    /// States sent but not yet committed with `done`.
    pending: HashMap<ObjectId, (bool, bool)>,
}

impl Dispatch<wl_registry::WlRegistry, GlobalListContents> for Tracker {
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

impl Dispatch<ZwlrForeignToplevelManagerV1, ()> for Tracker {
    fn event(
        _: &mut Self,
        _: &ZwlrForeignToplevelManagerV1,
        _: zwlr_foreign_toplevel_manager_v1::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
    }

    event_created_child!(Tracker, ZwlrForeignToplevelManagerV1, [
        zwlr_foreign_toplevel_manager_v1::EVT_TOPLEVEL_OPCODE => (ZwlrForeignToplevelHandleV1, ()),
    ]);
}

impl Dispatch<ZwlrForeignToplevelHandleV1, ()> for Tracker {
    fn event(
        tracker: &mut Self,
        handle: &ZwlrForeignToplevelHandleV1,
        event: zwlr_foreign_toplevel_handle_v1::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        use zwlr_foreign_toplevel_handle_v1::{Event, State};
        let id = handle.id();
        match event {
            Event::State { state } => {
                let states: Vec<u32> = state
                    .chunks_exact(4)
                    .map(|b| u32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
                    .collect();
                let has = |s: State| states.contains(&(s as u32));
                tracker
                    .pending
                    .insert(id, (has(State::Fullscreen), has(State::Activated)));
            }
            Event::Done => {
                if let Some(state) = tracker.pending.remove(&id) {
                    lock(&tracker.windows).insert(id, state);
                }
            }
            Event::Closed => {
                tracker.pending.remove(&id);
                lock(&tracker.windows).remove(&id);
                handle.destroy();
            }
            _ => {}
        }
    }
}

impl Dispatch<OrgKdePlasmaWindowManagement, ()> for Tracker {
    fn event(
        _: &mut Self,
        manager: &OrgKdePlasmaWindowManagement,
        event: org_kde_plasma_window_management::Event,
        _: &(),
        _: &Connection,
        qh: &QueueHandle<Self>,
    ) {
        use org_kde_plasma_window_management::Event;
        match event {
            // Newer KWins name windows by uuid; the id is deprecated there.
            Event::WindowWithUuid { uuid, .. } => {
                manager.get_window_by_uuid(uuid, qh, ());
            }
            Event::Window { id } if manager.version() < 13 => {
                manager.get_window(id, qh, ());
            }
            _ => {}
        }
    }
}

impl Dispatch<OrgKdePlasmaWindow, ()> for Tracker {
    fn event(
        tracker: &mut Self,
        window: &OrgKdePlasmaWindow,
        event: org_kde_plasma_window::Event,
        _: &(),
        _: &Connection,
        _: &QueueHandle<Self>,
    ) {
        use org_kde_plasma_window::Event;
        const ACTIVE: u32 = 0x1;
        const FULLSCREEN: u32 = 0x8;
        match event {
            Event::StateChanged { flags } => {
                lock(&tracker.windows)
                    .insert(window.id(), (flags & FULLSCREEN != 0, flags & ACTIVE != 0));
            }
            Event::Unmapped => {
                lock(&tracker.windows).remove(&window.id());
                window.destroy();
            }
            _ => {}
        }
    }
}

fn lock(windows: &Windows) -> std::sync::MutexGuard<'_, HashMap<ObjectId, (bool, bool)>> {
    windows.lock().unwrap_or_else(|p| p.into_inner())
}
