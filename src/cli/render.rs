//! Plain-text output for people: short lines, local times, no colour codes
//! (the output is often piped or read by status bars).

use chrono::{DateTime, Local, Utc};

use crate::report::{StatusReport, UpcomingEntry, hm, local_time, relative};

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
        let Some(t) = local_time(&p.at) else { continue };
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
    let now = &local_time(&r.now).unwrap_or_else(Local::now);
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
    if let Some(d) = &r.daemon {
        match &d.sitting_since {
            Some(s) => out.push_str(&format!("Sitting since {}\n", hm(s))),
            None => out.push_str("Away from the desk\n"),
        }
    }
    out.push('\n');
    if r.checklist.is_empty() {
        out.push_str("  Nothing scheduled today.\n");
    }
    let w = width(r.checklist.iter().map(|i| &i.name));
    for i in &r.checklist {
        let (mark, note) = match i.state.as_str() {
            "done" => (
                "✓",
                i.minutes
                    .map(|m| format!("done, {m} min"))
                    .or(i.dose.as_ref().map(|d| format!("done, {d}")))
                    .unwrap_or("done".into()),
            ),
            "skipped" => ("–", "skipped".to_owned()),
            "missed" => ("✗", "missed".to_owned()),
            "due" => {
                let dose = r
                    .due
                    .iter()
                    .find(|d| d.exercise == i.exercise)
                    .map(|d| d.dose.clone())
                    .unwrap_or_default();
                ("●", format!("due now · {dose}"))
            }
            "snoozed" => ("◷", format!("snoozed until {}", hm(&i.at))),
            _ => ("○", "upcoming".to_owned()),
        };
        out.push_str(&format!("  {mark} {}  {:<w$}  {note}\n", hm(&i.at), i.name));
    }
    out.push('\n');
    if let Some(n) = &r.next
        && let Some(t) = local_time(&n.at)
    {
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
