//! The notification log of a [`Desktop`]: `dbus-monitor` records every
//! message on the `org.freedesktop.Notifications` interface (plus method
//! returns, for the ids) in `monitor.log`; these functions read it back.

use std::path::PathBuf;

use super::dbus_log::{Arg, Kind, LogMessage, parse_log};
use super::desktop::Desktop;
use super::process::{Process, STARTUP_TIMEOUT, log_file, read_log};
use super::{NOTIFICATIONS, NotifyCall, wait_until};

impl Desktop {
    /// Starts logging notification traffic; returns once the monitor is
    /// attached to the bus, so nothing sent afterwards is missed.
    pub fn start_monitor(&mut self) {
        assert!(self.monitor.is_none(), "the monitor is already running");
        let log = self.monitor_log();
        let errors = self.dir().join("dbus-monitor.err");
        let mut cmd = self.command("dbus-monitor");
        cmd.args([
            "--session",
            &format!("interface='{NOTIFICATIONS}'"),
            "type='method_return'",
            "type='error'",
        ])
        .stdout(log_file(&log))
        .stderr(log_file(&errors));
        let mut monitor = Process::spawn("dbus-monitor", &mut cmd);
        // Becoming a monitor drops the connection's unique name: NameLost.
        let attached = wait_until(STARTUP_TIMEOUT, || {
            monitor.assert_running(&errors);
            read_log(&log).contains("member=NameLost")
        });
        assert!(
            attached,
            "dbus-monitor did not attach within {STARTUP_TIMEOUT:?}; stderr:\n{}",
            read_log(&errors)
        );
        self.monitor = Some(monitor);
    }

    /// The raw text dbus-monitor wrote, e.g. for a failing test's message.
    pub fn monitor_text(&self) -> String {
        assert!(self.monitor.is_some(), "start_monitor() first");
        read_log(&self.monitor_log())
    }

    /// Every `Notify` call so far, with the id the server returned.
    pub fn notify_calls(&self) -> Vec<NotifyCall> {
        let messages = parse_log(&self.monitor_text());
        decode_each(&messages, Kind::MethodCall, "Notify", |call| {
            decode_notify(call, reply_to(&messages, call))
        })
    }

    /// Every `ActionInvoked(id, key)` signal so far.
    pub fn action_invoked(&self) -> Vec<(u32, String)> {
        let messages = parse_log(&self.monitor_text());
        decode_each(&messages, Kind::Signal, "ActionInvoked", |m| {
            Some((
                m.args.first()?.as_u32()?,
                m.args.get(1)?.as_str()?.to_owned(),
            ))
        })
    }

    /// Every `NotificationClosed(id, reason)` signal so far.
    pub fn closed(&self) -> Vec<(u32, u32)> {
        let messages = parse_log(&self.monitor_text());
        decode_each(&messages, Kind::Signal, "NotificationClosed", |m| {
            Some((m.args.first()?.as_u32()?, m.args.get(1)?.as_u32()?))
        })
    }

    /// The id of every `CloseNotification` call so far.
    pub fn close_calls(&self) -> Vec<u32> {
        let messages = parse_log(&self.monitor_text());
        decode_each(&messages, Kind::MethodCall, "CloseNotification", |m| {
            m.args.first()?.as_u32()
        })
    }

    fn monitor_log(&self) -> PathBuf {
        self.dir().join("monitor.log")
    }
}

/// Decodes the messages of `kind` and `member` on the notifications
/// interface. A malformed one panics, unless it is the last in the log:
/// dbus-monitor may still be writing it, so it is left out for now.
fn decode_each<T>(
    messages: &[LogMessage],
    kind: Kind,
    member: &str,
    decode: impl Fn(&LogMessage) -> Option<T>,
) -> Vec<T> {
    let last = messages.len().saturating_sub(1);
    messages
        .iter()
        .enumerate()
        .filter(|(_, m)| is_notifications(m, kind, member))
        .filter_map(|(i, m)| match decode(m) {
            Some(value) => Some(value),
            None if i == last => None,
            None => panic!("malformed {member} in the dbus-monitor log:\n{}", m.text),
        })
        .collect()
}

fn is_notifications(message: &LogMessage, kind: Kind, member: &str) -> bool {
    message.kind == kind
        && message.interface() == Some(NOTIFICATIONS)
        && message.member() == Some(member)
}

/// The reply to `call`, if it is in the log.
fn reply_to<'a>(messages: &'a [LogMessage], call: &LogMessage) -> Option<&'a LogMessage> {
    messages.iter().find(|m| {
        matches!(m.kind, Kind::MethodReturn | Kind::Error)
            && m.destination() == Some(call.sender())
            && m.reply_serial().is_some()
            && m.reply_serial() == call.serial()
    })
}

fn decode_notify(call: &LogMessage, reply: Option<&LogMessage>) -> Option<NotifyCall> {
    let [
        app_name,
        replaces_id,
        app_icon,
        summary,
        body,
        actions,
        hints,
        expire_timeout,
    ] = &call.args[..]
    else {
        return None;
    };
    let id = reply
        .filter(|r| r.kind == Kind::MethodReturn)
        .and_then(|r| r.args.first()?.as_u32());
    Some(NotifyCall {
        id,
        sender: call.sender().to_owned(),
        app_name: app_name.as_str()?.to_owned(),
        replaces_id: replaces_id.as_u32()?,
        app_icon: app_icon.as_str()?.to_owned(),
        summary: summary.as_str()?.to_owned(),
        body: body.as_str()?.to_owned(),
        actions: actions
            .items()?
            .iter()
            .map(|a| a.as_str().map(str::to_owned))
            .collect::<Option<_>>()?,
        hints: hints.items()?.iter().map(hint).collect::<Option<_>>()?,
        expire_timeout: expire_timeout.as_i32()?,
        at: call.time(),
    })
}

fn hint(entry: &Arg) -> Option<(String, String)> {
    match entry {
        Arg::DictEntry(key, value) => Some((key.as_str()?.to_owned(), value.render())),
        _ => None,
    }
}
