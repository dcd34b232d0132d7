//! A running guided session as `status` reports it: what the window's
//! player, the tray and the terminal show. The window counts down from
//! `elapsed_ms` on its own clock between the daemon's pushes.

use chrono::{DateTime, FixedOffset, Local, Utc};
use serde::{Deserialize, Serialize};

use super::{at_second, rfc3339};
use crate::core::ExerciseId;
use crate::core::guide::{Guided, Part};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuidedEntry {
    pub exercise: ExerciseId,
    pub name: String,
    /// The whole session's dose, "3 sets of 15".
    pub dose: String,
    #[serde(with = "rfc3339")]
    pub started: DateTime<FixedOffset>,
    /// The current step, 0-based, and how many there are.
    pub step: usize,
    pub steps: usize,
    pub title: String,
    pub detail: String,
    pub part: StepPart,
    /// The current step's length; null for a stopwatch.
    pub seconds: Option<u32>,
    /// How far into the current step, when the report was made.
    pub elapsed_ms: u64,
    pub count: Option<CountEntry>,
    /// Sets done, and of how many.
    pub sets: Option<[u32; 2]>,
    /// The next step's title.
    pub next: Option<String>,
    pub paused: bool,
    /// The whole session so far, and its planned length (null with a
    /// stopwatch), pauses left out.
    pub total_elapsed_ms: u64,
    pub total_ms: Option<u64>,
}

/// How a guided session ended: what was recorded, or why nothing was.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GuidedEnd {
    pub exercise: ExerciseId,
    pub name: String,
    #[serde(with = "rfc3339")]
    pub started: DateTime<FixedOffset>,
    /// "Calf raises done: 2 sets of 15." or why nothing was recorded.
    pub said: String,
    /// Whether a session was recorded.
    pub recorded: bool,
    /// The minutes recorded, for a walk or a ride, and when the record is
    /// stamped (to find it again for a correction).
    #[serde(default)]
    pub minutes: Option<u32>,
    #[serde(default, with = "rfc3339::option")]
    pub recorded_at: Option<DateTime<FixedOffset>>,
    /// It ran to its end by itself with minutes recorded: the user is asked
    /// to keep or correct them (they may have stopped walking earlier).
    #[serde(default)]
    pub to_confirm: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepPart {
    Work,
    Rest,
    Switch,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountEntry {
    pub done: u32,
    pub total: u32,
    /// "circles", "reps"
    pub unit: String,
    pub each_ms: u32,
    /// For repetitions: the up and the down of each, for the pacer.
    pub up_ms: Option<u32>,
    pub down_ms: Option<u32>,
}

impl GuidedEntry {
    pub fn of(guided: &Guided, now: &DateTime<Local>) -> Option<GuidedEntry> {
        let p = guided.progress(now.with_timezone(&Utc));
        let step = p.current?;
        Some(GuidedEntry {
            exercise: guided.plan.exercise.clone(),
            name: guided.plan.name.clone(),
            dose: guided.plan.dose.describe(),
            started: at_second(&guided.started.with_timezone(&Local)),
            step: p.step,
            steps: p.steps,
            title: step.title.clone(),
            detail: step.detail.clone(),
            part: match step.part {
                Part::Work => StepPart::Work,
                Part::Rest => StepPart::Rest,
                Part::Switch => StepPart::Switch,
            },
            seconds: step.seconds,
            elapsed_ms: p.elapsed_ms,
            count: step.count.map(|c| CountEntry {
                done: p.counted.unwrap_or(0),
                total: c.total,
                unit: c.unit.to_owned(),
                each_ms: c.each_ms,
                up_ms: c.tempo.map(|t| t.up_ms),
                down_ms: c.tempo.map(|t| t.down_ms),
            }),
            sets: p.sets.map(|(done, of)| [done, of]),
            next: p.next,
            paused: p.paused,
            total_elapsed_ms: p.total_elapsed_ms,
            total_ms: guided.plan.total_seconds().map(|s| u64::from(s) * 1000),
        })
    }

    /// The pacer's word at `elapsed_ms` into a step of repetitions: "up"
    /// or "down".
    pub fn phase(&self, elapsed_ms: u64) -> Option<&'static str> {
        let c = self.count.as_ref()?;
        let (up, down) = (u64::from(c.up_ms?), u64::from(c.down_ms?));
        Some(if elapsed_ms % (up + down).max(1) < up {
            "up"
        } else {
            "down"
        })
    }

    /// `phase` in the user's words.
    pub fn phase_text(&self, elapsed_ms: u64) -> Option<String> {
        self.phase(elapsed_ms).map(|p| match p {
            "up" => crate::t!("guide-up"),
            _ => crate::t!("guide-down"),
        })
    }

    /// The same session `ms` later on the reader's clock (the countdown
    /// between two reports): a paused one stands still, and a step never
    /// runs past its end.
    pub fn later(&self, ms: u64) -> GuidedEntry {
        let mut e = self.clone();
        if !e.paused {
            let step_ms = e.seconds.map_or(u64::MAX, |s| u64::from(s) * 1000);
            let moved = ms.min(step_ms.saturating_sub(e.elapsed_ms));
            e.elapsed_ms += moved;
            e.total_elapsed_ms += moved;
            if let Some(c) = &mut e.count {
                c.done = ((e.elapsed_ms / u64::from(c.each_ms.max(1))) as u32).min(c.total);
            }
        }
        e
    }

    /// "Set 2 of 3 · 7/15 reps · 0:38 left", one line for the tray and the
    /// terminal.
    pub fn line(&self) -> String {
        format!("{} · {}", self.title, self.line_tail())
    }

    /// The line without the title: "7/15 reps · 0:38 left".
    pub fn line_tail(&self) -> String {
        let mut parts = Vec::new();
        if let Some(c) = &self.count {
            parts.push(crate::t!(
                "guide-count",
                done = c.done,
                total = c.total,
                unit = &c.unit
            ));
        }
        match self.seconds {
            Some(s) => {
                let left = (u64::from(s) * 1000).saturating_sub(self.elapsed_ms);
                parts.push(crate::t!(
                    "guide-left-time",
                    time = clock_text(left.div_ceil(1000))
                ));
            }
            None => parts.push(clock_text(self.elapsed_ms / 1000)),
        }
        if self.paused {
            parts.push(crate::t!("guide-paused"));
        }
        parts.join(" · ")
    }
}

/// "4:05", "1:02:00"
pub fn clock_text(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}
