//! Drills for a notification server that is absent, dies, or has no
//! actions, beyond what `daemon_e2e.rs` covers (a bus without a server that
//! later appears; dunst dying and coming back; a plain prompt answered from
//! the command line). Here: no session bus at all, and a server without
//! actions that dies for good while its prompt is up. In each, the prompt
//! still reaches the user through the Status reply (what `status` prints and
//! what the window shows, asked here as the window asks), and a Done from
//! the command line while no server exists is recorded.

use std::fs;
use std::path::Path;
use std::time::Duration;

use crate::support::app::{BEFORE_1030, CALF, write_preferences};
use crate::support::{Desktop, FakeServer, wait_for, wait_until};
use serde_json::Value;

/// The Status reply, asked over the socket the way the window asks.
fn window_status(socket: &Path) -> Value {
    let answer = crate::support::home::raw_request(
        socket,
        b"{\"v\":1,\"via\":\"window\",\"cmd\":\"status\"}\n",
    );
    let reply: Value = serde_json::from_str(&answer).unwrap();
    assert_eq!(reply["ok"], true, "{reply}");
    reply["reply"].clone()
}

fn due_ids(status: &Value) -> Vec<String> {
    status["due"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["exercise"].as_str().unwrap_or_default().to_owned())
        .collect()
}

fn history(path: &Path) -> Vec<Value> {
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn with_no_session_bus_at_all_prompts_are_listed_and_done_is_recorded() {
    let home = crate::support::home::Home::new();
    write_preferences(&home.root().join("config"), "", "");
    // No DISPLAY and no DBUS_SESSION_BUS_ADDRESS (nor a bus under
    // XDG_RUNTIME_DIR): notify-rust cannot even connect.
    let mut daemon = home.daemon_at(BEFORE_1030);
    let socket = home.socket();
    assert!(
        wait_until(Duration::from_secs(15), || due_ids(&window_status(&socket))
            == ["calf-raises"]),
        "{}",
        daemon.log_text()
    );
    let s = window_status(&socket);
    assert!(
        s["daemon"]["notifications"]
            .as_str()
            .unwrap()
            .starts_with("unavailable"),
        "{s}"
    );
    assert!(
        s["warnings"]
            .to_string()
            .contains("notifications cannot be shown"),
        "{s}"
    );
    // The terminal says the same.
    let out = home.ok(&["status"]);
    assert!(
        out.contains("Calf raises") && out.contains("due now"),
        "{out}"
    );

    let out = home.ok(&["done"]);
    assert!(out.starts_with("Done: Calf raises"), "{out}");
    let h = history(&home.history_file());
    assert_eq!(h.len(), 1);
    assert_eq!(
        (&h[0]["outcome"], &h[0]["via"]),
        (&"done".into(), &"cli".into())
    );
    assert!(due_ids(&window_status(&socket)).is_empty());
    daemon.assert_running();
    assert_eq!(
        daemon
            .log_text()
            .matches("cannot show notifications")
            .count(),
        1,
        "warned once:\n{}",
        daemon.log_text()
    );
}

#[test]
fn a_server_without_actions_that_dies_leaves_the_prompt_in_status_and_done_is_recorded() {
    let desktop = Desktop::start();
    let mut server = FakeServer::start(desktop.bus_address(), &["body"]);
    write_preferences(desktop.config_home(), "", "");
    let log = desktop.dir().join("daemon.log");
    let mut daemon = desktop.spawn(
        desktop
            .bin()
            .arg("daemon")
            .env("TZ", "UTC")
            .env("SECOND_HEART_FAKE_NOW", BEFORE_1030)
            .stdout(fs::File::create(&log).unwrap())
            .stderr(fs::File::create(desktop.dir().join("daemon.err")).unwrap()),
    );
    let call = wait_for(Duration::from_secs(15), || {
        server.calls().into_iter().find(|c| c.summary == CALF)
    })
    .unwrap_or_else(|| panic!("no prompt:\n{}", fs::read_to_string(&log).unwrap()));
    assert!(call.actions.is_empty(), "no buttons on this server");
    let socket = desktop.runtime_dir().join("second-heart/daemon.sock");
    // The user has no button to press: the window lists it to answer.
    assert_eq!(due_ids(&window_status(&socket)), ["calf-raises"]);

    // The server dies for good, with the prompt on it.
    server.stop();
    assert!(
        wait_until(Duration::from_secs(10), || window_status(&socket)["daemon"]
            ["notifications"]
            .as_str()
            .is_some_and(|n| n.starts_with("unavailable"))),
        "{}",
        window_status(&socket)
    );
    assert_eq!(due_ids(&window_status(&socket)), ["calf-raises"]);
    daemon.assert_running(&log);

    // Done from the command line while no server exists: recorded.
    let out = desktop.bin().env("TZ", "UTC").arg("done").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let h = history(&desktop.data_home().join("second-heart/history.jsonl"));
    assert_eq!(h.len(), 1, "{h:?}");
    assert_eq!(h[0]["outcome"], "done");
    assert!(due_ids(&window_status(&socket)).is_empty());
    daemon.assert_running(&log);

    // A server that appears now is not shown the settled prompt again.
    let again = FakeServer::start(desktop.bus_address(), &["body", "actions"]);
    std::thread::sleep(Duration::from_millis(1500));
    assert!(again.calls().is_empty(), "{:?}", again.calls());
    daemon.assert_running(&log);
}
