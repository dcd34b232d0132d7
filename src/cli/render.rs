//! Plain-text output for people: short lines, local times, no colour codes
//! (the output is often piped or read by status bars).

use chrono::{DateTime, Local, Utc};
use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::core::quote::{escape_controls, quote};

use crate::report::{ItemState, StatusReport, UpcomingEntry, hm, relative};

fn width<'a>(names: impl Iterator<Item = &'a String>) -> usize {
    names.map(|n| n.chars().count()).max().unwrap_or(0)
}

pub fn upcoming(list: &[UpcomingEntry], from: &DateTime<Local>) -> String {
    if list.is_empty() {
        return "No prompts ahead: every exercise is disabled or has no rules.\n".to_owned();
    }
    let w = width(list.iter().map(|p| &p.name));
    let dw = width(list.iter().map(|p| &p.dose));
    let mut out = String::new();
    let mut last_day = None;
    for p in list {
        let t = p.at.with_timezone(&Local);
        let day = t.date_naive();
        let label = if last_day == Some(day) {
            String::new()
        } else if day == from.date_naive() {
            "Today".to_owned()
        } else if Some(day) == from.date_naive().succ_opt() {
            "Tomorrow".to_owned()
        } else {
            t.format("%a %-d %b").to_string()
        };
        last_day = Some(day);
        out.push_str(&format!(
            "{label:<10} {}  {:<w$}  {:<dw$}  {}\n",
            t.format("%H:%M"),
            p.name,
            p.dose,
            p.rule
        ));
    }
    out
}

/// The report as text, in the report's own time (which is the daemon's when
/// a daemon answered).
pub fn status(r: &StatusReport) -> String {
    let now = &r.now.with_timezone(&Local);
    let mut out = String::new();
    let streak = match r.streak.current {
        0 => "no streak yet".to_owned(),
        1 => "streak 1 day".to_owned(),
        n => format!("streak {n} days"),
    };
    let best = if r.streak.best > r.streak.current {
        format!(" (best {})", r.streak.best)
    } else {
        String::new()
    };
    out.push_str(&format!(
        "{} · {} of {} done · {streak}{best}\n",
        now.format("%A %-d %B"),
        r.progress.done,
        r.progress.total
    ));
    if let Some(p) = &r.paused_until {
        out.push_str(&format!("Paused until {}\n", hm(p)));
    }
    match (&r.busy_until, r.busy_with) {
        (Some(b), Some(mode)) => out.push_str(&format!(
            "Context: {} until {} (said so): time without input counts as sitting\n",
            mode.situation().phrase(),
            hm(b)
        )),
        _ => out.push_str(&format!("Context: {}\n", r.context.phrase())),
    }
    if let Some(g) = &r.guided {
        out.push_str(&format!(
            "Doing {} ({}): {}, step {} of {}\n",
            g.name,
            g.dose,
            g.line(),
            g.step + 1,
            g.steps
        ));
    }
    if let Some(d) = &r.daemon {
        match &d.sitting_since {
            Some(s) => out.push_str(&format!("Sitting since {}\n", hm(s))),
            None => out.push_str("Away from the desk\n"),
        }
        out.push_str(&format!(
            "Seen from: idle {} · lock {} · fullscreen {}\n",
            d.idle_source, d.lock_source, d.fullscreen_source
        ));
    }
    out.push('\n');
    if r.checklist.is_empty() {
        out.push_str("  Nothing scheduled today.\n");
    }
    let w = width(r.checklist.iter().map(|i| &i.name));
    for i in &r.checklist {
        let (mark, note) = match i.state {
            ItemState::Done => (
                "✓",
                i.minutes
                    .map(|m| format!("done, {m} min"))
                    .or(i.dose.as_ref().map(|d| format!("done, {d}")))
                    .unwrap_or("done".into()),
            ),
            ItemState::Skipped => ("–", "skipped".to_owned()),
            ItemState::Missed => ("✗", "missed".to_owned()),
            ItemState::Due => {
                let dose = r
                    .due
                    .iter()
                    .find(|d| d.exercise == i.exercise)
                    .map(|d| d.dose.clone())
                    .unwrap_or_default();
                ("●", format!("due now · {dose}"))
            }
            ItemState::Snoozed => ("◷", format!("snoozed until {}", hm(&i.at))),
            ItemState::Upcoming => ("○", "upcoming".to_owned()),
        };
        out.push_str(&format!("  {mark} {}  {:<w$}  {note}\n", hm(&i.at), i.name));
    }
    for a in &r.anchored {
        let (mark, note) = match (a.answer, &a.when) {
            (Some(crate::core::Outcome::Done), Some(when)) => ("✓", format!("done {when}")),
            (Some(_), _) => ("–", "not today".to_owned()),
            (None, _) => (
                "○",
                format!(
                    "tick it off: second-heart done {} --anchor {}",
                    a.exercise, a.routine
                ),
            ),
        };
        out.push_str(&format!("  {mark} {} — {}  {note}\n", a.name, a.label));
    }
    out.push('\n');
    if let Some(n) = &r.next {
        let t = n.at.with_timezone(&Local);
        out.push_str(&format!(
            "Next prompt: {} at {} ({})\n",
            n.name,
            if t.date_naive() == now.date_naive() {
                t.format("%H:%M").to_string()
            } else if (t.date_naive() - now.date_naive()).num_days() < 7 {
                t.format("%a %H:%M").to_string()
            } else {
                t.format("%a %-d %b %H:%M").to_string()
            },
            relative(now.with_timezone(&Utc), t.with_timezone(&Utc))
        ));
    }
    for t in &r.weekly_targets {
        let pct = (t.minutes as u64 * 100 / t.target.max(1) as u64).min(999);
        out.push_str(&format!(
            "This week: {} {} of {} min ({pct}%)\n",
            t.name, t.minutes, t.target
        ));
    }
    if r.weeks.iter().any(|w| w.completion.is_some()) {
        let rates: Vec<String> = r
            .weeks
            .iter()
            .map(|w| {
                w.completion
                    .map(|c| format!("{:.0}%", c * 100.0))
                    .unwrap_or_else(|| "–".into())
            })
            .collect();
        out.push_str(&format!(
            "Prompts done, last 4 weeks: {}\n",
            rates.join(" · ")
        ));
    }
    for s in &r.suggestions {
        out.push_str(&format!(
            "Ready for more? {}: full dose on {} of the last 7 days. Try {} (second-heart dose {} \"{}\")\n",
            s.name, s.full_days, s.suggested, s.exercise, s.suggested
        ));
    }
    out
}

/// A command-line usage error as one line: clap's message without its usage
/// block and tips, plus where to look, with anything the user typed escaped.
/// E.g. "unrecognized subcommand 'frobnicate' (see `second-heart --help`)".
pub fn usage_error(e: &clap::Error) -> String {
    // clap's first paragraph is the message (a list of missing arguments
    // runs over several lines); usage and tips follow a blank line.
    let rendered = e.render().to_string();
    let paragraph: Vec<&str> = rendered
        .lines()
        .map(str::trim)
        .skip_while(|l| l.is_empty())
        .take_while(|l| !l.is_empty())
        .collect();
    let joined = paragraph.join(" ");
    let message = joined.strip_prefix("error: ").unwrap_or(&joined);
    // clap's text drops escape sequences from what the user typed (so
    // `'\e[2J'` shows as `''`): name such a value from the error's context.
    let typed = typed_value(e).filter(|v| escape_controls(v) != *v);
    let message = match typed {
        Some(v) => describe_typed(e, &v),
        None if message.is_empty() => "invalid arguments".to_owned(),
        None => message.to_owned(),
    };
    let hint = match (e.kind(), e.get(ContextKind::SuggestedSubcommand)) {
        (ErrorKind::InvalidSubcommand, Some(ContextValue::Strings(s))) if !s.is_empty() => {
            format!("did you mean `{}`?", s[0])
        }
        _ => "see `second-heart --help`".to_owned(),
    };
    escape_controls(&format!("{message} ({hint})"))
}

/// The argument or value the user typed that clap refused, if it says.
fn typed_value(e: &clap::Error) -> Option<String> {
    let kind = match e.kind() {
        ErrorKind::InvalidSubcommand => ContextKind::InvalidSubcommand,
        ErrorKind::UnknownArgument => ContextKind::InvalidArg,
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => ContextKind::InvalidValue,
        _ => return None,
    };
    match e.get(kind) {
        Some(ContextValue::String(v)) => Some(v.clone()),
        _ => None,
    }
}

fn describe_typed(e: &clap::Error, value: &str) -> String {
    match (e.kind(), e.get(ContextKind::InvalidArg)) {
        (ErrorKind::InvalidSubcommand, _) => format!("unrecognized subcommand {}", quote(value)),
        (ErrorKind::UnknownArgument, _) => format!("unexpected argument {}", quote(value)),
        (_, Some(ContextValue::String(arg))) => {
            format!("invalid value {} for '{arg}'", quote(value))
        }
        _ => format!("invalid value {}", quote(value)),
    }
}
