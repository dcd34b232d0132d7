//! Tests of the desktop test harness itself (tests/support): private headless
//! desktops, a real dunst answered without a person, the notification log
//! and its parser, and the in-process fake notification server.

use std::os::unix::process::ExitStatusExt;
use std::time::Duration;

use crate::support::{
    Arg, CLIENT_CATEGORY, Desktop, FakeServer, Kind, NOTIFICATIONS, NotifyClient, parse_log,
    wait_for, wait_until,
};

const WAIT: Duration = Duration::from_secs(5);

fn pairs(items: &[(u32, &str)]) -> Vec<(u32, String)> {
    items.iter().map(|&(id, s)| (id, s.to_owned())).collect()
}

#[test]
fn dunst_shows_a_notification_and_invokes_the_chosen_action() {
    let mut desktop = Desktop::start();
    desktop.start_monitor();
    desktop.start_dunst();
    let client = NotifyClient::connect(desktop.bus_address());
    let body = "10 calf raises\n\"ankle\" pumps ]\n  ) & more";
    let actions = ["default", "Open", "done", "Done"];
    let id = client.notify(0, "Say \"move\"", body, &actions);

    let call = wait_for(WAIT, || {
        desktop
            .notify_calls()
            .into_iter()
            .find(|c| c.id == Some(id))
    })
    .unwrap_or_else(|| panic!("no Notify for {id} in:\n{}", desktop.monitor_text()));
    assert_eq!(call.summary, "Say \"move\"");
    assert_eq!(call.body, body);
    assert_eq!(call.actions, actions);
    assert_eq!(call.action_keys(), ["default", "done"]);
    assert_eq!(call.hint("urgency"), Some("1"));
    assert_eq!(call.hint("category"), Some(CLIENT_CATEGORY));
    assert_eq!((call.replaces_id, call.expire_timeout), (0, -1));
    assert_eq!(call.sender, client.unique_name());
    assert!(call.at > 1.7e9, "monitor timestamp {}", call.at);
    assert!(wait_until(WAIT, || desktop.dunst_displayed() == 1));

    desktop.invoke_action(id, "done");
    let invoked = pairs(&[(id, "done")]);
    assert!(
        wait_until(WAIT, || desktop.action_invoked() == invoked),
        "no ActionInvoked in:\n{}",
        desktop.monitor_text()
    );
    assert!(wait_until(WAIT, || client.action_invoked() == invoked));

    client.close(id);
    assert!(wait_until(WAIT, || desktop.closed() == [(id, 3)]));
    assert_eq!(desktop.close_calls(), [id]);
    assert!(wait_until(WAIT, || desktop.dunst_displayed() == 0));
}

#[test]
fn dunst_stops_and_starts_again() {
    let mut desktop = Desktop::start();
    desktop.start_dunst();
    desktop.stop_dunst();
    assert!(!desktop.name_has_owner(NOTIFICATIONS));

    desktop.start_dunst();
    let client = NotifyClient::connect(desktop.bus_address());
    assert_eq!(client.server_information().0, "dunst");
    client.notify(0, "Back", "again", &[]);
    assert!(wait_until(WAIT, || desktop.dunst_displayed() == 1));
    desktop.close_all();
    assert!(wait_until(WAIT, || desktop.dunst_displayed() == 0));
}

#[test]
fn fake_server_records_calls_and_answers_only_the_sender() {
    let desktop = Desktop::start();
    let mut server = FakeServer::start(desktop.bus_address(), &["actions", "body"]);
    let client = NotifyClient::connect(desktop.bus_address());
    let bystander = NotifyClient::connect(desktop.bus_address());
    let (name, vendor, version, spec) = client.server_information();
    assert_eq!([name, vendor, version, spec], ["fake", "tests", "1", "1.2"]);
    assert_eq!(client.capabilities(), ["actions", "body"]);

    let id = client.notify(0, "Time to move", "calf raises", &["done", "Done"]);
    assert_eq!(
        client.notify(id, "Time to move", "updated", &["done", "Done"]),
        id
    );
    let calls = server.calls();
    assert_eq!(calls.len(), 2);
    assert_eq!((calls[1].id, calls[1].replaces_id), (Some(id), id));
    assert_eq!(calls[1].body, "updated");
    assert_eq!(calls[0].sender, client.unique_name());
    assert_eq!(calls[0].hint("urgency"), Some("1"));
    assert_eq!(calls[0].hint("category"), Some(CLIENT_CATEGORY));

    server.invoke(id, "done");
    assert!(wait_until(WAIT, || client.closed() == [(id, 2)]));
    assert_eq!(client.action_invoked(), pairs(&[(id, "done")]));

    let other = client.notify(0, "Second", "", &[]);
    assert_ne!(other, id);
    client.close(other);
    assert_eq!(server.closed(), [other]);
    server.close(id, 1);
    assert!(wait_until(WAIT, || client.closed().len() == 3));
    assert_eq!(client.closed(), [(id, 2), (other, 3), (id, 1)]);
    assert!(bystander.action_invoked().is_empty() && bystander.closed().is_empty());

    server.stop();
    assert!(!desktop.name_has_owner(NOTIFICATIONS));
}

#[test]
fn desktops_started_in_parallel_are_isolated() {
    let (mut a, b) = std::thread::scope(|s| {
        let a = s.spawn(Desktop::start);
        let b = s.spawn(Desktop::start);
        (a.join().unwrap(), b.join().unwrap())
    });
    assert_ne!(a.display(), b.display());
    assert_ne!(a.bus_address(), b.bus_address());
    assert_ne!(a.runtime_dir(), b.runtime_dir());

    a.start_dunst();
    assert!(!b.name_has_owner(NOTIFICATIONS));
    a.xdotool(&["mousemove", "100", "120"]);
    b.xdotool(&["mousemove", "300", "200"]);
    assert!(a.xdotool(&["getmouselocation"]).starts_with("x:100 y:120 "));
    assert!(b.xdotool(&["getmouselocation"]).starts_with("x:300 y:200 "));
}

#[test]
fn programs_get_only_the_desktop_environment() {
    let desktop = Desktop::start();
    let script = "echo \"$DISPLAY|$XDG_CONFIG_HOME|${WAYLAND_DISPLAY-unset}\"; stat -c %a \"$XDG_RUNTIME_DIR\"";
    let output = desktop.command("sh").args(["-c", script]).output().unwrap();
    let expected = format!(
        "{}|{}|unset\n700\n",
        desktop.display(),
        desktop.config_home().display()
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout), expected);
    let env = desktop.env();
    assert!(
        env.iter()
            .any(|(k, v)| k == "DBUS_SESSION_BUS_ADDRESS" && v == desktop.bus_address())
    );
    assert!(
        desktop
            .bin()
            .arg("--help")
            .output()
            .unwrap()
            .status
            .success()
    );

    let mut sleeper = desktop.spawn(desktop.command("sleep").arg("30"));
    assert_eq!(sleeper.wait_exit(Duration::from_millis(50)), None);
    let status = sleeper.stop().expect("sleep was reaped");
    assert_eq!(status.signal(), Some(15), "{status:?}");
}

#[test]
fn xdotool_input_resets_the_x11_idle_time() {
    let desktop = Desktop::start();
    assert!(wait_until(WAIT, || desktop.x11_idle_ms() >= 300));
    desktop.xdotool(&["mousemove", "10", "10"]);
    assert!(desktop.x11_idle_ms() < 300);
    let shot = desktop.dir().join("screen.png");
    desktop.screenshot(&shot);
    assert!(std::fs::metadata(&shot).unwrap().len() > 0);
}

/// dbus-monitor's output for a Notify with quotes and newlines in its strings
/// and nested hints, its reply and a signal (captured from dbus-monitor 1.14).
const MONITOR_LOG: &str = r#"signal time=1795325546.145143 sender=org.freedesktop.DBus -> destination=:1.0 serial=2 path=/org/freedesktop/DBus; interface=org.freedesktop.DBus; member=NameAcquired
   string ":1.0"
method call time=1795325575.273142 sender=:1.4 -> destination=org.freedesktop.Notifications serial=3 path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications; member=Notify
   string "app "x""
   uint32 0
   string ""
   string "say "hi""
   string "line1
]
  ) end" "
"
   array [
      string "done"
      string "Done"
   ]
   array [
      dict entry(
         string "urgency"
         variant             byte 1
      )
      dict entry(
         string "arr"
         variant             array [
               string "a"
               string "b"
            ]
      )
      dict entry(
         string "bytes"
         variant             array of bytes "abc" + \0
      )
      dict entry(
         string "tup"
         variant             struct {
               int32 1
               string "x"
            }
      )
   ]
   int32 -1
method return time=1795325575.274000 sender=:1.2 -> destination=:1.4 serial=9 reply_serial=3
   uint32 2
signal time=1795325617.152875 sender=:1.2 -> destination=:1.4 serial=14 path=/org/freedesktop/Notifications; interface=org.freedesktop.Notifications; member=ActionInvoked
   uint32 2
   string "done"
"#;

#[test]
fn the_monitor_log_parser_handles_multi_line_values() {
    let messages = parse_log(MONITOR_LOG);
    let kinds: Vec<Kind> = messages.iter().map(|m| m.kind).collect();
    use Kind::*;
    assert_eq!(kinds, [Signal, MethodCall, MethodReturn, Signal]);

    let notify = &messages[1];
    assert_eq!((notify.sender(), notify.serial()), (":1.4", Some(3)));
    assert_eq!(notify.member(), Some("Notify"));
    assert_eq!(notify.time(), 1795325575.273142);
    let strings: Vec<_> = notify.args.iter().filter_map(Arg::as_str).collect();
    assert_eq!(
        strings,
        ["app \"x\"", "", "say \"hi\"", "line1\n]\n  ) end\" \"\n"]
    );
    assert_eq!(notify.args[5].render(), "[done, Done]");
    assert_eq!(
        notify.args[6].render(),
        "{urgency: 1, arr: [a, b], bytes: abc, tup: (1, x)}"
    );
    assert_eq!(notify.args[7].as_i32(), Some(-1));

    let reply = &messages[2];
    assert_eq!(
        (reply.destination(), reply.reply_serial()),
        (Some(":1.4"), Some(3))
    );
    assert_eq!(reply.args[0].as_u32(), Some(2));
    assert_eq!(messages[3].args.len(), 2);
}

#[test]
fn the_monitor_log_parser_keeps_a_partial_last_message() {
    let cut = MONITOR_LOG.find("   array [").unwrap();
    let messages = parse_log(&MONITOR_LOG[..cut]);
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[1].args.len(), 5);
}
