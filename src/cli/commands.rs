//! What each command does: load the files, ask the core, record, print.

use chrono::{DateTime, Duration, Local};

use super::{Command, ConfigAction, ExportFormat, Failure, HistoryAction, render, timearg};
use crate::clock;
use crate::core::preferences::{self, Preferences, RawExercise};
use crate::core::{Activity, Dose, History, Outcome, Session, Via, stats};
use crate::report;
use crate::store::{HistoryFile, Paths, PrefsFile};

struct Env {
    paths: Paths,
    now: DateTime<Local>,
    warnings: Vec<String>,
}

impl Env {
    fn new() -> Result<Env, Failure> {
        Ok(Env {
            paths: Paths::from_env().map_err(Failure::other)?,
            now: clock::now(),
            warnings: Vec::new(),
        })
    }

    fn prefs(&mut self) -> Preferences {
        let file = PrefsFile::new(self.paths.preferences.clone());
        let loaded = file.load(&clock::stamp(&self.now));
        self.warnings.extend(loaded.warnings(&file.path));
        loaded.prefs
    }

    fn history(&mut self) -> Result<History, Failure> {
        let file = HistoryFile::new(self.paths.history.clone());
        let (history, bad) = file
            .load()
            .map_err(|e| Failure::other(format!("cannot read {}: {e}", file.path.display())))?;
        for b in bad.iter().take(3) {
            self.warnings.push(format!(
                "{} line {} skipped: {}",
                file.path.display(),
                b.line,
                b.reason
            ));
        }
        if bad.len() > 3 {
            self.warnings.push(format!(
                "{}: {} more unreadable lines skipped (`second-heart history compact` drops them)",
                file.path.display(),
                bad.len() - 3
            ));
        }
        Ok(history)
    }

    fn print_warnings(&mut self) {
        for w in self.warnings.drain(..) {
            eprintln!("second-heart: warning: {w}");
        }
    }
}

pub fn dispatch(command: Command) -> Result<(), Failure> {
    let mut env = Env::new()?;
    match command {
        Command::Upcoming { from, count, json } => upcoming(&mut env, from, count as usize, json),
        Command::Status { json } => status(&mut env, json),
        Command::Done {
            exercise,
            minutes,
            dose,
            at,
        } => record(&mut env, &exercise, Outcome::Done, minutes, dose, at),
        Command::Skip { exercise, at } => {
            record(&mut env, &exercise, Outcome::Skipped, None, None, at)
        }
        Command::Dose { exercise, dose } => set_dose(&mut env, &exercise, &dose),
        Command::Config { action } => config(&mut env, action),
        Command::History { action } => history(&mut env, action),
    }
}

fn upcoming(env: &mut Env, from: Option<String>, count: usize, json: bool) -> Result<(), Failure> {
    let from = match from {
        Some(text) => {
            timearg::parse(&text, &env.now).map_err(|e| Failure::input(format!("--from: {e}")))?
        }
        None => env.now,
    };
    let prefs = env.prefs();
    let history = env.history()?;
    env.print_warnings();
    let list = report::upcoming(&prefs, &history, &Activity::assume_sitting(), &from, count);
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&list).expect("serialisable")
        );
    } else {
        print!("{}", render::upcoming(&list, &from));
    }
    Ok(())
}

fn status(env: &mut Env, json: bool) -> Result<(), Failure> {
    let prefs = env.prefs();
    let history = env.history()?;
    let warnings = env.warnings.clone();
    env.print_warnings();
    let report = report::status(
        &prefs,
        &history,
        &Activity::assume_sitting(),
        &env.now,
        warnings,
    );
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("serialisable")
        );
    } else {
        print!("{}", render::status(&report, &env.now));
    }
    Ok(())
}

fn record(
    env: &mut Env,
    query: &str,
    outcome: Outcome,
    minutes: Option<u32>,
    dose: Option<String>,
    at: Option<String>,
) -> Result<(), Failure> {
    let prefs = env.prefs();
    let exercise = prefs.find_exercise(query).map_err(Failure::input)?.clone();
    let at = match at {
        Some(text) => {
            let t = timearg::parse(&text, &env.now)
                .map_err(|e| Failure::input(format!("--at: {e}")))?;
            if t > env.now + Duration::minutes(1) {
                return Err(Failure::input(format!("--at: `{text}` is in the future")));
            }
            t
        }
        None => env.now,
    };
    if let Some(m) = minutes {
        if !(1..=600).contains(&m) {
            return Err(Failure::input(format!(
                "--minutes: {m} is out of range (1 to 600)"
            )));
        }
        if !exercise.records_minutes() {
            return Err(Failure::input(format!(
                "--minutes: {} is counted as {}, not in minutes (use --dose)",
                exercise.name, exercise.dose
            )));
        }
    }
    let dose = dose
        .map(|d| {
            d.parse::<Dose>()
                .map_err(|e| Failure::input(format!("--dose: {e}")))
        })
        .transpose()?;
    let mut session = Session::new(at.fixed_offset(), exercise.id.clone(), outcome);
    session.via = Some(Via::Cli);
    if outcome == Outcome::Done {
        if exercise.records_minutes() {
            session.minutes = minutes
                .or(dose.and_then(|d| d.minutes()))
                .or(exercise.dose.minutes())
                .or(Some(30));
        } else {
            session.dose = Some(dose.unwrap_or(exercise.dose));
        }
    }
    let file = HistoryFile::new(env.paths.history.clone());
    file.append(&session)
        .map_err(|e| Failure::other(format!("cannot write {}: {e}", file.path.display())))?;
    let history = env.history()?;
    env.print_warnings();
    let streak = stats::streak(&prefs, &history, &exercise.id, &env.now);
    println!("{}", render::recorded(&exercise, &session, streak.current));
    Ok(())
}

fn set_dose(env: &mut Env, query: &str, dose: &str) -> Result<(), Failure> {
    let dose = dose.parse::<Dose>().map_err(Failure::input)?;
    let file = PrefsFile::new(env.paths.preferences.clone());
    // Edit the file as written, so a short hand-written file stays short.
    let text = match std::fs::read_to_string(&file.path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            return Err(Failure::other(format!(
                "cannot read {}: {e}",
                file.path.display()
            )));
        }
    };
    let (mut raw, _) = preferences::parse(&text).map_err(|e| {
        Failure::other(format!(
            "{} has errors; fix them first (`second-heart config check`):\n{e}",
            file.path.display()
        ))
    })?;
    let prefs = Preferences::from_raw(&raw).map_err(|errors| {
        let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        Failure::other(format!(
            "{} has errors; fix them first:\n{}",
            file.path.display(),
            list.join("\n")
        ))
    })?;
    let exercise = prefs.find_exercise(query).map_err(Failure::input)?;
    let (id, name, old) = (
        exercise.id.to_string(),
        exercise.name.clone(),
        exercise.dose,
    );
    raw.exercises
        .get_or_insert_default()
        .entry(id)
        .or_insert_with(RawExercise::default)
        .dose = Some(dose.to_string());
    if raw.schema_version.is_none() {
        raw.schema_version = Some(preferences::SCHEMA_VERSION as i64);
    }
    file.save_raw(&raw).map_err(Failure::other)?;
    println!("{name}: dose changed from {old} to {dose}.");
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
            Ok(None) => println!("{}: no file; running on defaults", file.path.display()),
            Ok(Some((_, unknown))) => {
                for f in unknown {
                    eprintln!(
                        "second-heart: warning: {}: unknown field `{f}` ignored",
                        file.path.display()
                    );
                }
                println!("{}: valid", file.path.display());
            }
            Err(problem) => {
                let lines: Vec<String> = problem
                    .lines()
                    .into_iter()
                    .map(|l| format!("  {l}"))
                    .collect();
                return Err(Failure::other(format!(
                    "{} is invalid:\n{}",
                    file.path.display(),
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
                ExportFormat::Csv => print!("{}", render::csv(&history)),
                ExportFormat::Jsonl => {
                    for s in history.sessions() {
                        println!("{}", s.to_line());
                    }
                }
            }
        }
        HistoryAction::Compact => {
            let file = HistoryFile::new(env.paths.history.clone());
            let dropped = file.compact().map_err(|e| {
                Failure::other(format!("cannot compact {}: {e}", file.path.display()))
            })?;
            println!(
                "{}: {dropped} unreadable line(s) dropped; the old file is kept as {}",
                file.path.display(),
                file.path.with_extension("jsonl.bak").display()
            );
        }
    }
    Ok(())
}
