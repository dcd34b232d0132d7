//! Crash drills: kill -9 at random moments. Whatever a command acknowledged
//! (it exited with success, or the daemon's reply arrived) is in the history
//! afterwards and the file still parses; a preferences file being saved over
//! and over is always exactly the old or the new version.

use std::collections::HashSet;
use std::fs;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::home::{Home, try_raw_request};
use chrono::{DateTime, FixedOffset};
use second_heart::core::{Session, Via};
use second_heart::protocol::{self, Request};
use second_heart::store::PrefsFile;

/// A small deterministic random source (xorshift), seeded per test so a
/// failure can be replayed; the seed is printed.
struct Rng(u64);

impl Rng {
    fn seeded() -> Rng {
        let seed = std::env::var("DRILL_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos() as u64
                    | 1
            });
        eprintln!("DRILL_SEED={seed}");
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn at(i: usize) -> String {
    format!(
        "2026-11-{:02}T{:02}:{:02}:00+00:00",
        16 + i / 600,
        8 + (i % 600) / 60,
        i % 60
    )
}

fn recorded(home: &Home) -> HashSet<DateTime<FixedOffset>> {
    let text = fs::read_to_string(home.history_file()).unwrap_or_default();
    text.lines()
        .enumerate()
        .map(|(n, l)| {
            Session::from_line(l)
                .unwrap_or_else(|e| panic!("history line {} does not parse: {e}: {l:?}", n + 1))
                .at
        })
        .collect()
}

/// The command line, killed at a random moment of its short life.
#[test]
fn kill_9_of_the_command_line_never_loses_an_acknowledged_session() {
    const SESSIONS: usize = 200;
    let home = Home::new();
    let mut rng = Rng::seeded();
    // How long one `done` takes here, started the way the drill starts it,
    // to spread the kills over its life (the median of a few warm runs):
    // about half are killed, half finish.
    home.ok(&["done", "legs-up", "--at", "2026-11-15T09:00:00Z"]);
    let mut lives: Vec<u64> = (0..5)
        .map(|k| {
            let started = Instant::now();
            let status = home
                .cmd()
                .args([
                    "done",
                    "legs-up",
                    "--at",
                    &format!("2026-11-15T10:0{k}:00Z"),
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .unwrap();
            assert!(status.success());
            started.elapsed().as_micros() as u64
        })
        .collect();
    lives.sort();
    let life = lives[2];
    let mut acknowledged = Vec::new();
    let mut killed = 0;
    for i in 0..SESSIONS {
        let mut child = home
            .cmd()
            .args(["done", "calf-raises", "--at", &at(i)])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(rng.below(life * 2)));
        let exited = child.try_wait().unwrap();
        if exited.is_none() {
            let _ = child.kill();
            killed += 1;
        }
        let status = child.wait().unwrap();
        if exited.is_some_and(|s| s.success()) || (exited.is_none() && status.success()) {
            acknowledged.push(i);
        }
    }
    let on_disk = recorded(&home);
    for &i in &acknowledged {
        let t = DateTime::parse_from_rfc3339(&at(i)).unwrap();
        assert!(on_disk.contains(&t), "acknowledged session {i} is lost");
    }
    // The next command still works on the file.
    home.ok(&["done", "calf-raises", "--at", "2026-11-23T11:00:00Z"]);
    assert_eq!(recorded(&home).len(), on_disk.len() + 1);
    eprintln!(
        "CLI drill: {SESSIONS} runs of ~{life} µs, {killed} killed, {} acknowledged, {} on disk",
        acknowledged.len(),
        on_disk.len()
    );
    assert!(killed >= SESSIONS / 10, "the kills must land: {killed}");
    assert!(
        acknowledged.len() >= SESSIONS / 10,
        "{}",
        acknowledged.len()
    );
}

/// The daemon, killed at random moments while a client records 200
/// sessions through its socket; a new daemon is started after each kill.
#[test]
fn kill_9_of_the_daemon_never_loses_an_acknowledged_session() {
    const SESSIONS: usize = 200;
    let home = Home::new();
    let mut rng = Rng::seeded();
    let mut daemon = home.daemon();
    let socket = home.socket();
    let mut acknowledged = Vec::new();
    let mut kills = 0;
    let mut next_kill = 5 + rng.below(30) as usize;
    for i in 0..SESSIONS {
        let request = Request::Done {
            exercise: Some("calf-raises".into()),
            minutes: None,
            dose: None,
            at: Some(at(i)),
            prompt: None,
            anchor: None,
        };
        let line = protocol::request_line(&request, Via::Cli) + "\n";
        let killer = (i == next_kill).then(|| {
            // Kill while this request is in flight, at a random moment.
            let pid = daemon.child.id() as i32;
            let delay = Duration::from_micros(rng.below(3000));
            std::thread::spawn(move || {
                std::thread::sleep(delay);
                // SAFETY: plain kill(2) on our own child.
                unsafe { libc::kill(pid, libc::SIGKILL) };
            })
        });
        let answer = try_raw_request(&socket, line.as_bytes());
        if let Some(k) = killer {
            k.join().unwrap();
            kills += 1;
            daemon.kill9();
            daemon = home.daemon();
            next_kill = i + 5 + rng.below(30) as usize;
        }
        if let Ok(answer) = answer
            && let Ok(reply) = serde_json::from_str::<serde_json::Value>(&answer)
            && reply["ok"] == true
        {
            acknowledged.push(i);
        }
    }
    daemon.kill9();
    let on_disk = recorded(&home);
    for &i in &acknowledged {
        let t = DateTime::parse_from_rfc3339(&at(i)).unwrap();
        assert!(on_disk.contains(&t), "acknowledged session {i} is lost");
    }
    eprintln!(
        "daemon drill: {SESSIONS} requests, {kills} kills, {} acknowledged, {} on disk",
        acknowledged.len(),
        on_disk.len()
    );
    assert!(kills >= 3, "{kills}");
    assert!(acknowledged.len() >= SESSIONS - 2 * kills);
}

/// `second-heart dose` rewrites the preferences file; a shell runs it in a
/// loop, alternating two doses, and is killed (with its running child) at
/// random moments, while this test reads the file all along.
#[test]
fn kill_9_while_saving_preferences_leaves_the_old_or_the_new_file() {
    let home = Home::new();
    let mut rng = Rng::seeded();
    home.write_prefs(b"snooze_minutes = 12\n[exercises.calf-raises]\ndose = \"3 sets of 15\"\n");
    // The two versions the loop writes, as a save lays them out.
    home.ok(&["dose", "calf-raises", "3 sets of 16"]);
    let a = fs::read(home.prefs_file()).unwrap();
    home.ok(&["dose", "calf-raises", "3 sets of 17"]);
    let b = fs::read(home.prefs_file()).unwrap();
    assert_ne!(a, b);
    let script = format!(
        "while :; do {bin} dose calf-raises '3 sets of 16' >/dev/null; \
         {bin} dose calf-raises '3 sets of 17' >/dev/null; done",
        bin = crate::support::home::BIN
    );
    let (mut reads, mut kills, mut seen_a, mut seen_b) = (0u64, 0, 0u64, 0u64);
    let deadline = Instant::now() + Duration::from_secs(4);
    while Instant::now() < deadline {
        let mut shell = Command::new("sh")
            .args(["-c", &script])
            .env_clear()
            .envs(home.env())
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap();
        let kill_at = Instant::now() + Duration::from_millis(50 + rng.below(400));
        while Instant::now() < kill_at {
            let now = fs::read(home.prefs_file()).unwrap();
            reads += 1;
            if now == a {
                seen_a += 1;
            } else if now == b {
                seen_b += 1;
            } else {
                panic!(
                    "a reader saw neither version:\n{}",
                    String::from_utf8_lossy(&now)
                );
            }
        }
        // SAFETY: kill(2) of the process group we created.
        unsafe { libc::kill(-(shell.id() as i32), libc::SIGKILL) };
        let _ = shell.wait();
        kills += 1;
        // Let any orphaned `dose` of the group die before the next check.
        std::thread::sleep(Duration::from_millis(5));
        let after = fs::read(home.prefs_file()).unwrap();
        assert!(after == a || after == b, "after a kill: {after:?}");
        let read = PrefsFile::new(home.prefs_file()).read().unwrap().unwrap();
        assert_eq!(read.prefs.snooze_minutes, 12);
    }
    let litter = fs::read_dir(home.config_dir()).unwrap().count() - 1;
    eprintln!(
        "prefs drill: {kills} kills, {reads} reads ({seen_a} old, {seen_b} new), \
         {litter} temporary file(s) left by killed saves"
    );
    assert!(seen_a > 0 && seen_b > 0, "the loop did save");
    assert!(kills >= 5);
    // The app still works on the file, and the next save clears what the
    // killed ones left behind.
    home.ok(&["config", "check"]);
    home.ok(&["dose", "calf-raises", "3 sets of 16"]);
    assert_eq!(fs::read(home.prefs_file()).unwrap(), a);
    let names: Vec<_> = fs::read_dir(home.config_dir())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names, ["preferences.toml"], "no temporary file left");
}
