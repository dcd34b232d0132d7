//! Plain-text output for people: short lines, local times, no colour codes
//! (the output is often piped or read by status bars).

use chrono::{DateTime, Local, Utc};
use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::core::Dose;
use crate::core::quote::{escape_controls, quote};
use crate::i18n::format;
use crate::t;

use crate::report::{ItemState, StatusReport, UpcomingEntry, hm, relative};

/// The widest of `texts` on a terminal: CJK characters take two columns.
fn width<'a>(texts: impl Iterator<Item = &'a String>) -> usize {
    texts.map(|n| columns(n)).max().unwrap_or(0)
}

/// Columns a text takes on a terminal (East Asian wide characters two).
fn columns(text: &str) -> usize {
    text.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 => 2,
            _ => 1,
        })
        .sum()
}

/// `text` padded with spaces to `width` columns.
fn pad(text: &str, width: usize) -> String {
    let mut out = text.to_owned();
    out.extend(std::iter::repeat_n(
        ' ',
        width.saturating_sub(columns(text)),
    ));
    out
}

pub fn upcoming(list: &[UpcomingEntry], from: &DateTime<Local>) -> String {
    if list.is_empty() {
        return format!("{}\n", t!("upcoming-none"));
    }
    let w = width(list.iter().map(|p| &p.name));
    let dw = width(list.iter().map(|p| &p.dose));
    let mut labels = Vec::new();
    let mut last_day = None;
    for p in list {
        let t = p.at.with_timezone(&Local);
        let day = t.date_naive();
        labels.push(if last_day == Some(day) {
            String::new()
        } else if day == from.date_naive() {
            t!("upcoming-today")
        } else if Some(day) == from.date_naive().succ_opt() {
            t!("upcoming-tomorrow")
        } else {
            format::date_short(&day)
        });
        last_day = Some(day);
    }
    let times: Vec<String> = list
        .iter()
        .map(|p| format::time(&p.at.with_timezone(&Local)))
        .collect();
    let lw = width(labels.iter()).max(10);
    let tw = width(times.iter());
    let mut out = String::new();
    for ((p, label), time) in list.iter().zip(&labels).zip(&times) {
        out.push_str(&format!(
            "{} {}  {}  {}  {}\n",
            pad(label, lw),
            pad(time, tw),
            pad(&p.name, w),
            pad(&p.dose, dw),
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
        0 => t!("status-no-streak"),
        n => t!("status-streak", days = n),
    };
    let streak = if r.streak.best > r.streak.current {
        format!("{streak} {}", t!("status-best", days = r.streak.best))
    } else {
        streak
    };
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(t!(
        "status-headline",
        date = format::date_long(&now.date_naive()),
        done = r.progress.done,
        total = r.progress.total,
        streak = streak
    ));
    if let Some(p) = &r.paused_until {
        line(t!("status-paused", time = hm(p)));
    }
    match (&r.busy_until, r.busy_with) {
        (Some(b), Some(mode)) => line(t!(
            "status-context-said",
            context = mode.situation().phrase(),
            time = hm(b)
        )),
        _ => line(t!("status-context", context = r.context.phrase())),
    }
    if let Some(g) = &r.guided {
        line(t!(
            "status-guided",
            name = &g.name,
            dose = &g.dose,
            step = g.line(),
            number = g.step + 1,
            steps = g.steps
        ));
    }
    if let Some(d) = &r.daemon {
        match &d.sitting_since {
            Some(s) => line(t!("status-sitting-since", time = hm(s))),
            None => line(t!("status-away")),
        }
        line(t!(
            "status-sources",
            idle = d.idle_source.to_string(),
            lock = d.lock_source.to_string(),
            fullscreen = d.fullscreen_source.to_string()
        ));
    }
    line(String::new());
    if r.checklist.is_empty() {
        line(format!("  {}", t!("status-nothing-today")));
    }
    let w = width(r.checklist.iter().map(|i| &i.name));
    let times: Vec<String> = r.checklist.iter().map(|i| hm(&i.at)).collect();
    let tw = width(times.iter());
    for (i, time) in r.checklist.iter().zip(&times) {
        let (mark, note) = match i.state {
            ItemState::Done => (
                "✓",
                i.minutes
                    .map(|m| t!("item-done-with", what = t!("dose-minutes", minutes = m)))
                    .or(i.dose.as_ref().map(|d| t!("item-done-with", what = d)))
                    .unwrap_or_else(|| t!("item-done")),
            ),
            ItemState::Skipped => ("–", t!("item-skipped")),
            ItemState::Missed => ("✗", t!("item-missed")),
            ItemState::Due => {
                let dose = r
                    .due
                    .iter()
                    .find(|d| d.exercise == i.exercise)
                    .map(|d| d.dose.clone())
                    .unwrap_or_default();
                ("●", t!("item-due", dose = dose))
            }
            ItemState::Snoozed => ("◷", t!("item-snoozed", time = hm(&i.at))),
            ItemState::Upcoming => ("○", t!("item-upcoming")),
        };
        line(format!(
            "  {mark} {}  {}  {note}",
            pad(time, tw),
            pad(&i.name, w)
        ));
    }
    for a in &r.anchored {
        let (mark, note) = match (a.answer, &a.when) {
            (Some(crate::core::Outcome::Done), Some(when)) => {
                ("✓", t!("anchored-done", when = when))
            }
            (Some(_), _) => ("–", t!("anchored-not-today")),
            (None, _) => (
                "○",
                t!(
                    "anchored-tick",
                    exercise = a.exercise.to_string(),
                    routine = a.routine.to_string()
                ),
            ),
        };
        line(format!("  {mark} {} — {}  {note}", a.name, a.label));
    }
    line(String::new());
    if let Some(n) = &r.next {
        let t = n.at.with_timezone(&Local);
        let time = if t.date_naive() == now.date_naive() {
            format::time(&t)
        } else if (t.date_naive() - now.date_naive()).num_days() < 7 {
            format::weekday_time(&t)
        } else {
            format::date_time(&t)
        };
        line(t!(
            "status-next",
            name = &n.name,
            time = time,
            relative = relative(now.with_timezone(&Utc), t.with_timezone(&Utc))
        ));
    }
    for t in &r.weekly_targets {
        let pct = (t.minutes as u64 * 100 / t.target.max(1) as u64).min(999);
        line(t!(
            "status-week-target",
            name = &t.name,
            minutes = t.minutes,
            target = t.target,
            percent = pct
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
        line(t!("status-weeks", rates = rates.join(" · ")));
    }
    for s in &r.suggestions {
        // The command keeps the file's spelling of the dose, which is
        // what `dose` reads; the sentence shows it in the user's words.
        let shown = s
            .suggested
            .parse::<Dose>()
            .map(|d| d.describe())
            .unwrap_or_else(|_| s.suggested.clone());
        line(t!(
            "status-suggestion",
            name = &s.name,
            days = s.full_days,
            suggested = shown,
            exercise = s.exercise.to_string(),
            dose = &s.suggested
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
