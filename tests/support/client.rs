//! A minimal notification client (zbus) standing in for an application in
//! harness tests: it calls the notification server on a given bus and
//! collects the signals the server sends back to its connection.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use futures_lite::StreamExt;
use futures_lite::future::poll_once;
use zbus::message::Type;
use zbus::{Connection, DynamicType, MatchRule, Message, MessageStream, Variant};

use super::{NOTIFICATIONS, NOTIFICATIONS_PATH};

/// The app name and category hint of every notification the client sends.
pub const CLIENT_APP_NAME: &str = "harness-client";
pub const CLIENT_CATEGORY: &str = "x-harness.test";

pub struct NotifyClient {
    conn: Connection,
    /// Subscribed before the first call, so no signal for us is missed.
    signals: Mutex<MessageStream>,
    received: Mutex<Received>,
}

#[derive(Default)]
struct Received {
    actions: Vec<(u32, String)>,
    closed: Vec<(u32, u32)>,
}

impl NotifyClient {
    /// Connects to the bus at `bus_address`.
    pub fn connect(bus_address: &str) -> NotifyClient {
        let (conn, signals) = zbus::block_on(async {
            let conn = zbus::connection::Builder::address(bus_address)
                .build()
                .await?;
            let rule = MatchRule::builder()
                .msg_type(Type::Signal)
                .interface(NOTIFICATIONS)
                .path(NOTIFICATIONS_PATH)
                .build()?;
            let signals = MessageStream::for_match_rule(rule, &conn, None).await?;
            Ok::<_, zbus::Error>((conn, signals))
        })
        .unwrap_or_else(|e| panic!("NotifyClient: cannot connect to {bus_address}: {e}"));
        NotifyClient {
            conn,
            signals: Mutex::new(signals),
            received: Mutex::default(),
        }
    }

    /// The connection's unique bus name, e.g. `:1.7`.
    pub fn unique_name(&self) -> String {
        let name = self
            .conn
            .unique_name()
            .expect("a bus connection has a name");
        name.to_string()
    }

    /// Sends a notification (urgency 1, category [`CLIENT_CATEGORY`], default
    /// timeout); `actions` is the flat key, label list. Returns its id.
    pub fn notify(&self, replaces_id: u32, summary: &str, body: &str, actions: &[&str]) -> u32 {
        let hints = HashMap::from([
            ("urgency", Variant::from(1u8)),
            ("category", Variant::from(CLIENT_CATEGORY)),
        ]);
        let args = (
            CLIENT_APP_NAME,
            replaces_id,
            "",
            summary,
            body,
            actions,
            hints,
            -1,
        );
        let reply = self.call("Notify", &args);
        reply
            .body()
            .deserialize()
            .unwrap_or_else(|e| panic!("NotifyClient: Notify reply: {e}"))
    }

    /// Asks the server to close notification `id`.
    pub fn close(&self, id: u32) {
        self.call("CloseNotification", &(id,));
    }

    /// `GetServerInformation`: name, vendor, version, spec version.
    pub fn server_information(&self) -> (String, String, String, String) {
        let reply = self.call("GetServerInformation", &());
        reply
            .body()
            .deserialize()
            .unwrap_or_else(|e| panic!("NotifyClient: GetServerInformation reply: {e}"))
    }

    pub fn capabilities(&self) -> Vec<String> {
        let reply = self.call("GetCapabilities", &());
        reply
            .body()
            .deserialize()
            .unwrap_or_else(|e| panic!("NotifyClient: GetCapabilities reply: {e}"))
    }

    /// Every `ActionInvoked(id, key)` this client received so far.
    pub fn action_invoked(&self) -> Vec<(u32, String)> {
        self.receive().actions.clone()
    }

    /// Every `NotificationClosed(id, reason)` this client received so far.
    pub fn closed(&self) -> Vec<(u32, u32)> {
        self.receive().closed.clone()
    }

    fn call<B>(&self, method: &str, args: &B) -> Message
    where
        B: serde::Serialize + DynamicType,
    {
        let call = self.conn.call_method(
            Some(NOTIFICATIONS),
            NOTIFICATIONS_PATH,
            Some(NOTIFICATIONS),
            method,
            args,
        );
        zbus::block_on(call).unwrap_or_else(|e| panic!("NotifyClient: {method} failed: {e}"))
    }

    /// Moves the signals that have arrived (without waiting) into `received`.
    fn receive(&self) -> MutexGuard<'_, Received> {
        let mut signals = self.signals.lock().unwrap_or_else(|p| p.into_inner());
        let mut received = self.received.lock().unwrap_or_else(|p| p.into_inner());
        zbus::block_on(async {
            while let Some(Some(Ok(message))) = poll_once(signals.next()).await {
                received.record(&message);
            }
        });
        received
    }
}

impl Received {
    fn record(&mut self, message: &Message) {
        let header = message.header();
        let body = message.body();
        match header.member().map(|m| m.as_str()) {
            Some("ActionInvoked") => self
                .actions
                .extend(body.deserialize::<(u32, String)>().ok()),
            Some("NotificationClosed") => self.closed.extend(body.deserialize::<(u32, u32)>().ok()),
            _ => {}
        }
    }
}
