//! An in-process fake notification server (zbus) for fast, deterministic
//! tests: it owns `org.freedesktop.Notifications` on a given bus, records
//! every `Notify` and `CloseNotification`, and lets the test answer a
//! notification. Like dunst, it sends its signals only to the connection that
//! created the notification.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{SystemTime, UNIX_EPOCH};

use zbus::message::Header;
use zbus::names::BusName;
use zbus::object_server::SignalEmitter;
use zbus::{Connection, OwnedVariant, Variant, interface};

use super::{NOTIFICATIONS, NOTIFICATIONS_PATH, NotifyCall};

/// Reason codes of `NotificationClosed`.
const DISMISSED: u32 = 2;
const CLOSED_BY_CALL: u32 = 3;

pub struct FakeServer {
    conn: Option<Connection>,
    state: Arc<Mutex<State>>,
}

#[derive(Default)]
struct State {
    last_id: u32,
    calls: Vec<NotifyCall>,
    closed: Vec<u32>,
}

impl FakeServer {
    /// Owns `org.freedesktop.Notifications` on the bus at `bus_address`,
    /// advertising `capabilities`. Panics if the name is taken.
    pub fn start(bus_address: &str, capabilities: &[&str]) -> FakeServer {
        let state = Arc::new(Mutex::new(State::default()));
        let server = Notifications {
            state: state.clone(),
            capabilities: capabilities.iter().map(|c| (*c).to_owned()).collect(),
        };
        let conn = zbus::block_on(
            zbus::connection::Builder::address(bus_address)
                .name(NOTIFICATIONS)
                .serve_at(NOTIFICATIONS_PATH, server)
                .build(),
        )
        .unwrap_or_else(|e| panic!("FakeServer: cannot own {NOTIFICATIONS} on {bus_address}: {e}"));
        FakeServer {
            conn: Some(conn),
            state,
        }
    }

    /// Every `Notify` call so far.
    pub fn calls(&self) -> Vec<NotifyCall> {
        lock(&self.state).calls.clone()
    }

    /// The id of every `CloseNotification` call so far.
    pub fn closed(&self) -> Vec<u32> {
        lock(&self.state).closed.clone()
    }

    /// The user picks action `key` of notification `id`: `ActionInvoked(id,
    /// key)`, then `NotificationClosed(id, 2)`.
    pub fn invoke(&self, id: u32, key: &str) {
        let conn = self.connection();
        let sender = sender_of(&self.state, id);
        zbus::block_on(async {
            let emitter = emitter_to(conn, sender.as_deref())?;
            Notifications::action_invoked(&emitter, id, key).await?;
            Notifications::notification_closed(&emitter, id, DISMISSED).await
        })
        .unwrap_or_else(|e| panic!("FakeServer: emitting ActionInvoked({id}, {key}): {e}"));
    }

    /// Notification `id` closes for `reason` (1 expired, 2 dismissed, 3 by a call).
    pub fn close(&self, id: u32, reason: u32) {
        let conn = self.connection();
        let sender = sender_of(&self.state, id);
        zbus::block_on(async {
            let emitter = emitter_to(conn, sender.as_deref())?;
            Notifications::notification_closed(&emitter, id, reason).await
        })
        .unwrap_or_else(|e| panic!("FakeServer: emitting NotificationClosed({id}, {reason}): {e}"));
    }

    /// Releases the name and disconnects; [`Drop`] does it too.
    pub fn stop(&mut self) {
        if let Some(conn) = self.conn.take() {
            zbus::block_on(async {
                let _ = conn.release_name(NOTIFICATIONS).await;
                let _ = conn.close().await;
            });
        }
    }

    fn connection(&self) -> &Connection {
        self.conn.as_ref().expect("FakeServer is stopped")
    }
}

impl Drop for FakeServer {
    fn drop(&mut self) {
        self.stop();
    }
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The connection that created notification `id`, if known.
fn sender_of(state: &Mutex<State>, id: u32) -> Option<String> {
    let state = lock(state);
    let call = state.calls.iter().rev().find(|c| c.id == Some(id))?;
    Some(call.sender.clone())
}

/// An emitter of signals to `destination`, or to everyone if `None`.
fn emitter_to<'a>(
    conn: &'a Connection,
    destination: Option<&'a str>,
) -> zbus::Result<SignalEmitter<'a>> {
    let emitter = SignalEmitter::new(conn, NOTIFICATIONS_PATH)?;
    Ok(match destination {
        Some(name) => emitter.set_destination(BusName::try_from(name)?),
        None => emitter,
    })
}

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

/// A hint's value as text, like [`super::Arg::render`] does for the monitor.
fn render(value: &Variant<'_>) -> String {
    match value {
        Variant::U8(n) => n.to_string(),
        Variant::Bool(b) => b.to_string(),
        Variant::I16(n) => n.to_string(),
        Variant::U16(n) => n.to_string(),
        Variant::I32(n) => n.to_string(),
        Variant::U32(n) => n.to_string(),
        Variant::I64(n) => n.to_string(),
        Variant::U64(n) => n.to_string(),
        Variant::F64(n) => n.to_string(),
        Variant::Str(s) => s.to_string(),
        Variant::Signature(s) => s.to_string(),
        Variant::ObjectPath(p) => p.to_string(),
        Variant::Variant(inner) => render(inner),
        Variant::Array(a) => format!("[{}]", join(a.iter().map(render))),
        // The monitor cannot tell an empty dict from an empty array.
        Variant::Dict(d) if d.iter().next().is_none() => "[]".to_owned(),
        Variant::Dict(d) => {
            let entries = d
                .iter()
                .map(|(k, v)| format!("{}: {}", render(k), render(v)));
            format!("{{{}}}", join(entries))
        }
        Variant::Structure(s) => format!("({})", join(s.fields().iter().map(render))),
        Variant::Fd(fd) => format!("fd {fd:?}"),
    }
}

fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(", ")
}

/// The D-Bus object; zbus serves it on its own threads.
struct Notifications {
    state: Arc<Mutex<State>>,
    capabilities: Vec<String>,
}

#[interface(name = "org.freedesktop.Notifications")]
impl Notifications {
    #[allow(clippy::too_many_arguments)]
    async fn notify(
        &self,
        #[zbus(header)] header: Header<'_>,
        app_name: String,
        replaces_id: u32,
        app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        hints: HashMap<String, OwnedVariant>,
        expire_timeout: i32,
    ) -> u32 {
        let mut state = lock(&self.state);
        let id = if replaces_id != 0 {
            replaces_id
        } else {
            state.last_id += 1;
            state.last_id
        };
        let mut hints: Vec<(String, String)> =
            hints.iter().map(|(k, v)| (k.clone(), render(v))).collect();
        hints.sort();
        state.calls.push(NotifyCall {
            id: Some(id),
            sender: header.sender().map(|s| s.to_string()).unwrap_or_default(),
            app_name,
            replaces_id,
            app_icon,
            summary,
            body,
            actions,
            hints,
            expire_timeout,
            at: now(),
        });
        id
    }

    async fn close_notification(
        &self,
        #[zbus(connection)] conn: &Connection,
        id: u32,
    ) -> zbus::fdo::Result<()> {
        lock(&self.state).closed.push(id);
        let sender = sender_of(&self.state, id);
        let emitter = emitter_to(conn, sender.as_deref())?;
        Self::notification_closed(&emitter, id, CLOSED_BY_CALL).await?;
        Ok(())
    }

    fn get_capabilities(&self) -> Vec<String> {
        self.capabilities.clone()
    }

    #[zbus(out_args("name", "vendor", "version", "spec_version"))]
    fn get_server_information(&self) -> (String, String, String, String) {
        let info = ["fake", "tests", "1", "1.2"];
        info.map(str::to_owned).into()
    }

    #[zbus(signal)]
    async fn action_invoked(
        emitter: &SignalEmitter<'_>,
        id: u32,
        action_key: &str,
    ) -> zbus::Result<()>;

    #[zbus(signal)]
    async fn notification_closed(
        emitter: &SignalEmitter<'_>,
        id: u32,
        reason: u32,
    ) -> zbus::Result<()>;
}
