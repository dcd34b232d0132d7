//! What each command does: load the files, ask the core, record, print.

use crate::t;
use chrono::{DateTime, Local};

use super::to_daemon::{self, Asked};
use super::{
    Command, ConfigAction, ExportFormat, Failure, HistoryAction, SessionAction, render, timearg,
};
use crate::clock;
use crate::core::moment::BusyMode;
use crate::core::preferences::{self, Preferences, RawExercise, RawPreferences};
use crate::core::quote::{escape_controls, quote};
use crate::core::{Activity, Dose, History, Via};
use crate::protocol::{GuideAction, Reply, Request};
use crate::service::{self, Context, Model};
use crate::store::{HistoryFile, Paths, PrefsFile};

/// How long `stop` waits for the daemon to exit.
const STOP_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

struct Env {
    paths: Paths,
    now: DateTime<Local>,
    warnings: Vec<String>,
}

impl Env {
    fn new() -> Result<Env, Failure> {
        let paths = Paths::from_env().map_err(Failure::other)?;
        // Everything this command prints, also what the daemon answers,
        // is in this terminal's language, clock and week (a broken file
        // is reported by the command itself; its defaults serve here).
        let prefs = PrefsFile::new(paths.preferences.clone())
            .check()
            .ok()
            .flatten()
            .map(|(p, _)| p)
            .unwrap_or_default();
        crate::i18n::apply(&prefs.in_region(crate::i18n::env::region()));
        Ok(Env {
            paths,
            now: clock::now(),
            warnings: Vec::new(),
        })
    }

    fn prefs(&mut self) -> Preferences {
        let file = PrefsFile::new(self.paths.preferences.clone());
        let loaded = file.load(&clock::stamp(&self.now));
        self.warnings.extend(loaded.warnings(&file.path));
        loaded.prefs.in_region(crate::i18n::env::region())
    }

    fn history(&mut self) -> Result<History, Failure> {
        service::load_history(
            &HistoryFile::new(self.paths.history.clone()),
            &mut self.warnings,
        )
    }

    /// Asks the daemon; `None` when none can be reached (then the command
    /// works on the files), with a warning if the runtime folder is unfit.
    fn ask(&mut self, request: &Request) -> Result<Option<Reply>, Failure> {
        match to_daemon::ask(&self.paths.runtime_dir, request)? {
            Asked::Answered(reply) => Ok(Some(reply)),
            Asked::NotRunning => Ok(None),
            Asked::Unusable(why) => {
                self.warnings.push(t!("cli-without-daemon", why = why));
                self.print_warnings();
                Ok(None)
            }
        }
    }

    fn print_warnings(&mut self) {
        for w in self.warnings.drain(..) {
            eprintln!(
                "second-heart: {}",
                t!("cli-warning", text = escape_controls(&w))
            );
        }
    }
}

pub fn dispatch(command: Command) -> Result<(), Failure> {
    let mut env = Env::new()?;
    let now = env.now;
    let time = |text: Option<String>, flag: &str| -> Result<Option<String>, Failure> {
        text.map(|t| {
            timearg::parse(&t, &now)
                .map(|t| t.to_rfc3339())
                .map_err(|e| Failure::input(format!("--{flag}: {e}")))
        })
        .transpose()
    };
    match command {
        Command::Daemon => to_daemon::run_daemon(),
        Command::Upcoming { from, count, json } => {
            let request = Request::Upcoming {
                from: time(from, "from")?,
                count: count as usize,
            };
            request_and_print(&mut env, request, json)
        }
        Command::Status { json } => request_and_print(&mut env, Request::Status, json),
        Command::Done {
            exercise,
            minutes,
            dose,
            at,
            anchor,
        } => {
            let at = time(at, "at")?;
            let request = Request::Done {
                exercise,
                minutes,
                dose,
                at,
                prompt: None,
                anchor,
            };
            request_and_print(&mut env, request, false)
        }
        Command::Skip { exercise, at } => {
            let at = time(at, "at")?;
            let request = Request::Skip {
                exercise,
                at,
                prompt: None,
                anchor: None,
            };
            request_and_print(&mut env, request, false)
        }
        Command::Snooze { minutes, exercise } => {
            let request = Request::Snooze {
                exercise,
                minutes,
                prompt: None,
            };
            request_and_print(&mut env, request, false)
        }
        Command::Pause { duration } => {
            // Checked here too, so bad input fails the same with or without a daemon.
            service::pause_until(&duration, &now)?;
            request_and_print(&mut env, Request::Pause { duration }, false)
        }
        Command::Resume => request_and_print(&mut env, Request::Resume, false),
        Command::Busy { what, rest } => {
            let (mode, duration) = busy_args(&what, &rest)?;
            if duration != "off" {
                // Checked here too, so bad input fails the same everywhere.
                service::busy_until(&duration, &now)?;
            }
            request_and_print(&mut env, Request::Busy { duration, mode }, false)
        }
        Command::Start {
            exercise,
            no_follow,
        } => super::guide::start(&env.paths, exercise, !no_follow),
        Command::Session { action } => {
            let guide = |action| Request::Guide { action };
            super::guide::act(
                &env.paths,
                match action {
                    SessionAction::Pause => guide(GuideAction::Pause),
                    SessionAction::Resume => guide(GuideAction::Resume),
                    SessionAction::Skip => guide(GuideAction::Skip),
                    SessionAction::Stop => guide(GuideAction::Stop),
                    SessionAction::Keep => Request::Correct { minutes: None },
                    SessionAction::Correct { minutes } => Request::Correct {
                        minutes: Some(minutes),
                    },
                },
            )
        }
        Command::NotifyTest => match env.ask(&Request::NotifyTest)? {
            Some(reply) => print_reply(reply, false, &now),
            None => to_daemon::send_sample().map(|text| println!("{text}")),
        },
        Command::Stop => match env.ask(&Request::Stop)? {
            Some(reply) => {
                // Done only once the daemon has let go of its lock, so a
                // `daemon` right after starts rather than finding it held.
                if !to_daemon::wait_released(&env.paths.runtime_dir, STOP_WAIT) {
                    return Err(Failure::other(t!(
                        "cli-still-running",
                        seconds = STOP_WAIT.as_secs()
                    )));
                }
                print_reply(reply, false, &now)
            }
            None => {
                println!("{}", t!("cli-not-running"));
                Ok(())
            }
        },
        Command::Dose { exercise, dose } => set_dose(&mut env, &exercise, &dose),
        Command::Config { action } => config(&mut env, action),
        Command::History { action } => history(&mut env, action),
        Command::InstallDesktop => super::desktop::install(),
        Command::UninstallDesktop => super::desktop::uninstall(),
        Command::Autostart { action } => super::desktop::autostart(action),
    }
}

/// `busy meeting`, `busy call for 30m`, `busy reading 1h`, `busy off`, or
/// the older `busy 45m` (reading for 45 minutes): what, and for how long
/// ("" for the default, "off" to end it).
fn busy_args(what: &str, rest: &[String]) -> Result<(Option<BusyMode>, String), Failure> {
    let rest: Vec<&str> = rest.iter().map(String::as_str).collect();
    let duration = |rest: &[&str]| match rest {
        [] => Ok(String::new()),
        ["for", d] | [d] if *d != "for" => Ok((*d).to_owned()),
        _ => Err(Failure::input(format!(
            "busy: {} is not `for DURATION` (e.g. `busy meeting for 45m`)",
            quote(&rest.join(" "))
        ))),
    };
    if what.eq_ignore_ascii_case("off") {
        if !rest.is_empty() {
            return Err(Failure::input(format!(
                "busy: nothing follows `off` (found {})",
                quote(&rest.join(" "))
            )));
        }
        return Ok((None, "off".into()));
    }
    if let Ok(mode) = what.parse::<BusyMode>() {
        return Ok((Some(mode), duration(&rest)?));
    }
    // `busy 45m` and `busy for 45m`: reading, as "in a call or reading" was.
    let mut words = vec![what];
    words.extend(rest.iter().copied());
    match words.as_slice() {
        ["for", d] | [d] => Ok((Some(BusyMode::Reading), (*d).to_owned())),
        _ => Err(Failure::input(format!(
            "busy: {} is not meeting, call, reading, off or a duration",
            quote(what)
        ))),
    }
}

/// Asks the daemon if one runs, otherwise carries the request out on the files.
fn request_and_print(env: &mut Env, request: Request, json: bool) -> Result<(), Failure> {
    let reply = match env.ask(&request)? {
        Some(reply) => reply,
        None => {
            let mut model = Model::load(&env.paths, &env.now)?;
            let cx = Context {
                now: env.now,
                sitting_since: Activity::assume_sitting().sitting_since,
                via: Via::Cli,
                notes: Vec::new(),
            };
            let reply = service::execute(&mut model, request, &cx);
            if !matches!(reply, Ok(Reply::Status(_))) {
                env.warnings.extend(model.warnings);
            }
            reply?
        }
    };
    env.print_warnings();
    print_reply(reply, json, &env.now)
}

fn print_reply(reply: Reply, json: bool, now: &DateTime<Local>) -> Result<(), Failure> {
    match reply {
        Reply::Status(report) => {
            for w in &report.warnings {
                eprintln!(
                    "second-heart: {}",
                    t!("cli-warning", text = escape_controls(w))
                );
            }
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&report).expect("serialisable")
                );
            } else {
                print!("{}", render::status(&report));
            }
        }
        Reply::Upcoming { prompts } => {
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&prompts).expect("serialisable")
                );
            } else {
                print!("{}", render::upcoming(&prompts, now));
            }
        }
        Reply::Message { text } => println!("{text}"),
        // Only the window subscribes.
        Reply::Subscribed { .. } => {}
        Reply::History(report) => println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("serialisable")
        ),
    }
    Ok(())
}

fn set_dose(env: &mut Env, query: &str, dose: &str) -> Result<(), Failure> {
    let dose = Dose::parse_shown(dose).map_err(Failure::input)?;
    let file = PrefsFile::new(env.paths.preferences.clone());
    let mut said = String::new();
    let mut refused: Option<Failure> = None;
    // Under the preferences lock, on the file as it is at that moment: a
    // change made meanwhile by another `dose`, the window or an editor stays.
    let saved = file.update(|current| {
        // Edit the file as written, so a short hand-written file stays short.
        let (mut raw, prefs) = match current.read {
            Ok(Some(read)) => (read.raw, read.prefs),
            Ok(None) => (RawPreferences::default(), Preferences::default()),
            Err(problem) => {
                let list: Vec<String> = problem.lines().iter().map(|l| format!("  {l}")).collect();
                let failure = Failure::other(format!(
                    "{}\n{}",
                    t!("cli-fix-first", file = file.path.display().to_string()),
                    list.join("\n")
                ));
                refused = Some(failure.clone());
                return Err(failure.message);
            }
        };
        let exercise = match prefs.find_exercise(query) {
            Ok(e) => e,
            Err(e) => {
                refused = Some(Failure::input(e.clone()));
                return Err(e);
            }
        };
        said = t!(
            "cli-dose-changed",
            name = exercise.display_name(),
            from = exercise.dose.describe(),
            to = dose.describe()
        );
        raw.exercises
            .get_or_insert_default()
            .entry(exercise.id.to_string())
            .or_insert_with(RawExercise::default)
            .dose = Some(dose.to_string());
        if raw.schema_version.is_none() {
            raw.schema_version = Some(preferences::SCHEMA_VERSION as i64);
        }
        Ok(raw)
    });
    if let Some(failure) = refused {
        return Err(failure);
    }
    saved.map_err(Failure::other)?;
    println!("{said}");
    Ok(())
}

fn config(env: &mut Env, action: ConfigAction) -> Result<(), Failure> {
    let file = PrefsFile::new(env.paths.preferences.clone());
    match action {
        ConfigAction::Path => println!("{}", file.path.display()),
        ConfigAction::Show => {
            let prefs = env.prefs();
            env.print_warnings();
            print!("{}", preferences::to_documented_toml(&prefs));
        }
        ConfigAction::Check => match file.check() {
            Ok(None) => println!(
                "{}",
                t!("cli-no-file", file = file.path.display().to_string())
            ),
            Ok(Some((_, unknown))) => {
                for f in unknown {
                    eprintln!(
                        "second-heart: {}",
                        t!(
                            "cli-warning",
                            text = t!(
                                "cli-unknown-field",
                                file = file.path.display().to_string(),
                                field = quote(&f)
                            )
                        )
                    );
                }
                println!(
                    "{}",
                    t!("cli-valid", file = file.path.display().to_string())
                );
            }
            Err(problem) => {
                let lines: Vec<String> = problem
                    .lines()
                    .into_iter()
                    .map(|l| format!("  {l}"))
                    .collect();
                return Err(Failure::other(format!(
                    "{}\n{}",
                    t!("cli-invalid", file = file.path.display().to_string()),
                    lines.join("\n")
                )));
            }
        },
    }
    Ok(())
}

fn history(env: &mut Env, action: HistoryAction) -> Result<(), Failure> {
    match action {
        HistoryAction::Export { format } => {
            let history = env.history()?;
            env.print_warnings();
            match format {
                ExportFormat::Csv => print!("{}", crate::report::csv(&history)),
                ExportFormat::Jsonl => {
                    for s in history.sessions() {
                        println!("{}", s.to_line());
                    }
                }
            }
        }
        HistoryAction::Compact => {
            let file = HistoryFile::new(env.paths.history.clone());
            let done = file.compact(&clock::stamp(&env.now)).map_err(|e| {
                Failure::other(format!("cannot compact {}: {e}", file.path.display()))
            })?;
            match done.backup {
                Some(backup) => println!(
                    "{}",
                    t!(
                        "cli-compacted",
                        file = file.path.display().to_string(),
                        count = done.dropped,
                        backup = backup.display().to_string()
                    )
                ),
                None => println!(
                    "{}",
                    t!(
                        "cli-nothing-to-compact",
                        file = file.path.display().to_string()
                    )
                ),
            }
        }
    }
    Ok(())
}
