//! Crash drills: kill -9 at random moments. Whatever a command acknowledged
//! (it exited with success, or the daemon's reply arrived) is in the history
//! afterwards and the file still parses; a preferences file being saved over
//! and over is always exactly the old or the new version.

use std::collections::HashSet;
use std::fs;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::support::home::Home;
use chrono::{DateTime, FixedOffset};
use second_heart::core::Session;
use second_heart::core::Via;
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
    // Fewer under Wine, where starting a program takes far longer.
    const SESSIONS: usize = if cfg!(windows) { 50 } else { 200 };
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
            let pid = daemon.child.id();
            let delay = Duration::from_micros(rng.below(3000));
            std::thread::spawn(move || {
                std::thread::sleep(delay);
                kill_now(pid);
            })
        });
        let answer = home.try_raw_request(line.as_bytes());
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

/// `second-heart dose` rewrites the preferences file; it runs again and
/// again, alternating two doses, and is killed (SIGKILL; TerminateProcess
/// on Windows) at random moments of its life, while this test reads the
/// file all along.
#[test]
fn kill_9_while_saving_preferences_leaves_the_old_or_the_new_file() {
    let home = Home::new();
    let mut rng = Rng::seeded();
    home.write_prefs(b"snooze_minutes = 12\n[exercises.calf-raises]\ndose = \"3 sets of 15\"\n");
    // The two versions the loop writes, as a save lays them out, and how
    // long one `dose` takes here (the median of a few), to spread the
    // kills over its life: about half are killed, half finish.
    let doses = ["3 sets of 16", "3 sets of 17"];
    let mut lives = Vec::new();
    let mut versions = Vec::new();
    for k in 0..5 {
        let started = Instant::now();
        home.ok(&["dose", "calf-raises", doses[k % 2]]);
        lives.push(started.elapsed().as_micros() as u64);
        versions.push(fs::read(home.prefs_file()).unwrap());
    }
    lives.sort();
    let life = lives[2];
    let (a, b) = (versions[0].clone(), versions[1].clone());
    assert_ne!(a, b);
    let (mut reads, mut kills, mut seen_a, mut seen_b) = (0u64, 0, 0u64, 0u64);
    let deadline = Instant::now() + Duration::from_secs(4).max(Duration::from_micros(life * 20));
    let mut round = 0;
    // On for at least the deadline, and until five saves were cut short:
    // how many a stretch of time gives depends on the machine (under Wine
    // each program starts slowly, and a slow start is often killed before
    // it saves at all).
    while (Instant::now() < deadline || kills < 5) && round < 500 {
        let mut dose = home
            .cmd()
            .args(["dose", "calf-raises", doses[round % 2]])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        round += 1;
        let kill_at = Instant::now() + Duration::from_micros(rng.below(life * 2));
        while Instant::now() < kill_at {
            let now = fs::read(home.prefs_file()).unwrap();
            reads += 1;
            if cfg!(windows) {
                // Under Wine nothing can rename over a file that is open
                // (a real Windows can): a reader that never lets go would
                // hold off every save, where real readers read and go.
                std::thread::sleep(Duration::from_millis(1));
            }
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
        if dose.try_wait().unwrap().is_none() {
            let _ = dose.kill();
            kills += 1;
        }
        let _ = dose.wait();
        let after = fs::read(home.prefs_file()).unwrap();
        assert!(after == a || after == b, "after a kill: {after:?}");
        let read = PrefsFile::new(home.prefs_file()).read().unwrap().unwrap();
        assert_eq!(read.prefs.snooze_minutes, 12);
    }
    let litter = home.config_files().len() - 1;
    eprintln!(
        "prefs drill: {kills} kills, {reads} reads ({seen_a} old, {seen_b} new), \
         {litter} temporary file(s) left by killed saves"
    );
    assert!(seen_a > 0 && seen_b > 0, "the loop did save");
    assert!(kills >= 5, "{kills} kills in {round} rounds");
    // The app still works on the file, and the next save clears what the
    // killed ones left behind.
    home.ok(&["config", "check"]);
    home.ok(&["dose", "calf-raises", "3 sets of 16"]);
    assert_eq!(fs::read(home.prefs_file()).unwrap(), a);
    assert_eq!(
        home.config_files(),
        ["preferences.toml"],
        "no temporary file left"
    );
}

/// Ends our child `pid` at once, as `kill -9` does.
#[cfg(unix)]
fn kill_now(pid: u32) {
    // SAFETY: plain kill(2) on our own child.
    unsafe { libc::kill(pid as i32, libc::SIGKILL) };
}

/// Ends our child `pid` at once: TerminateProcess, Windows' `kill -9`.
#[cfg(windows)]
fn kill_now(pid: u32) {
    use windows_sys::Win32::Foundation::CloseHandle;
    use windows_sys::Win32::System::Threading::{OpenProcess, PROCESS_TERMINATE, TerminateProcess};
    // SAFETY: a handle to our own child, used once and closed.
    unsafe {
        let process = OpenProcess(PROCESS_TERMINATE, 0, pid);
        assert!(!process.is_null(), "{}", std::io::Error::last_os_error());
        TerminateProcess(process, 137);
        CloseHandle(process);
    }
}
