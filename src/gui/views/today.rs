//! Today: what is due now with big Done / Snooze / Skip buttons, when the
//! next prompt comes, progress and streak, the day's checklist, a quick log
//! of minutes for walks and rides, and pause / resume.
//!
//! A session that becomes due is scrolled into view. Right after the due
//! cards change, their buttons ignore clicks for a moment: the card below
//! an answered one moves up under the pointer, and a double click must not
//! answer it too.

use crate::t;
use chrono::{DateTime, Local, Utc};
use egui::{Align, Layout, RichText, Ui};

use crate::core::ExerciseId;
use crate::core::moment::Routine;
use crate::gui::link::Link;
use crate::gui::model::Model;
use crate::gui::style;
use crate::report::DueEntry;
use crate::report::{ItemState, StatusReport, hm, relative};

pub fn show<L: Link>(ui: &mut Ui, model: &mut Model<L>) {
    let Some(status) = model.status.clone() else {
        return;
    };
    // The window's clock, ticking on from the daemon's last answer.
    let now = model
        .now()
        .unwrap_or_else(|| status.now.with_timezone(&Local));
    header(ui, &status, &now);
    ui.add_space(6.0);
    if let Some(until) = &status.paused_until {
        style::card(ui).show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(t!("today-paused", time = hm(until))).strong());
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    if ui.add(style::primary(&t!("today-resume"))).clicked() {
                        model.resume();
                    }
                });
            });
        });
        ui.add_space(6.0);
    }
    due(ui, model, &status);
    super::notice(ui, &model.notice);
    ui.add_space(8.0);
    let mut tick = None;
    super::two_columns(
        ui,
        |ui| {
            tick = anchored(ui, &status);
            checklist(ui, &status);
        },
        |ui| {
            quick_log(ui, model, &status);
            ui.add_space(10.0);
            pause(ui, model, &status);
        },
    );
    if let Some((exercise, routine)) = tick {
        model.tick_anchored(&exercise, &routine);
    }
    for w in &status.warnings {
        ui.label(style::muted(ui, w.clone()).small());
    }
    if let Some(d) = &status.daemon {
        // Where the daemon sees the user from: why "away" or "sitting".
        ui.label(
            style::muted(
                ui,
                t!(
                    "today-sources",
                    idle = d.idle_source.to_string(),
                    lock = d.lock_source.to_string(),
                    fullscreen = d.fullscreen_source.to_string()
                ),
            )
            .small(),
        );
    }
}

fn header(ui: &mut Ui, status: &StatusReport, now: &DateTime<Local>) {
    ui.horizontal(|ui| {
        ui.heading(crate::i18n::format::date_long(&now.date_naive()));
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            let streak = match status.streak.current {
                0 => t!("today-no-streak"),
                n => t!("today-streak", days = n),
            };
            ui.add_space(12.0);
            ui.label(RichText::new(streak).strong().color(style::accent_text(ui)));
        });
    });
    let (done, total) = (status.progress.done, status.progress.total);
    let fraction = if total == 0 {
        0.0
    } else {
        done as f32 / total as f32
    };
    style::meter(
        ui,
        fraction,
        t!("today-progress", done = done, total = total),
    );
    if let Some(next) = &status.next {
        let t = next.at.with_timezone(&Local);
        let when = relative(now.with_timezone(&Utc), t.with_timezone(&Utc));
        if let Some(tick) = next_tick(t.with_timezone(&Utc) - now.with_timezone(&Utc)) {
            ui.ctx().request_repaint_after(tick);
        }
        ui.label(t!(
            "today-next",
            relative = when,
            name = &next.name,
            time = crate::i18n::format::time(&t)
        ));
    } else {
        ui.label(style::muted(ui, t!("today-no-more")));
    }
}

/// How long until the countdown to something `left` away shows another
/// minute (`report::relative` rounds up); `None` once it says "now".
fn next_tick(left: chrono::Duration) -> Option<std::time::Duration> {
    let ms = left.num_milliseconds();
    // "in N min" while at least N-1 minutes and 1 s are left.
    (ms >= 1000)
        .then(|| std::time::Duration::from_millis((ms - 1000).rem_euclid(60_000) as u64 + 1))
}

fn due<L: Link>(ui: &mut Ui, model: &mut Model<L>, status: &StatusReport) {
    let (newly_due, settled) = due_changes(ui, &status.due);
    if status.due.is_empty() {
        style::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(t!("today-nothing-due")).size(17.0));
        });
        return;
    }
    let snooze = status_snooze(status);
    for d in &status.due {
        let card = style::due_card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.vertical(|ui| {
                    ui.label(RichText::new(&d.name).size(20.0).strong());
                    ui.label(RichText::new(&d.dose).size(16.0));
                    ui.label(style::muted(
                        ui,
                        t!(
                            "today-due-since",
                            instruction = &d.instruction,
                            time = hm(&d.since)
                        ),
                    ));
                });
            });
            ui.add_space(4.0);
            // Four buttons wrap in a narrow window rather than run off it.
            ui.horizontal_wrapped(|ui| {
                let guiding = status.guided.is_some();
                if ui
                    .add_enabled(!guiding, style::primary(&t!("today-start")))
                    .on_hover_text(t!("today-start-hint", name = &d.name))
                    .on_disabled_hover_text(t!("today-start-disabled"))
                    .clicked()
                    && settled
                {
                    model.start(&d.exercise, Some(d.since));
                }
                if ui
                    .add(style::secondary(&t!("today-done")))
                    .on_hover_text(t!("today-done-hint", name = &d.name))
                    .clicked()
                    && settled
                {
                    model.done(&d.exercise, d.since);
                }
                if ui.add(style::secondary(&snooze)).clicked() && settled {
                    model.snooze(&d.exercise, d.since);
                }
                if ui.add(style::secondary(&t!("today-skip"))).clicked() && settled {
                    model.skip(&d.exercise, d.since);
                }
            });
        });
        if newly_due.as_ref() == Some(&d.exercise) {
            card.response.scroll_to_me(None);
        }
        ui.add_space(4.0);
    }
}

/// How long the due cards' buttons ignore clicks after the cards changed
/// (longer than a double click).
const SETTLE_SECONDS: f64 = 0.6;

/// Compares the due sessions with the last frame's: the first one that was
/// not due then, and whether the cards have stayed put long enough for a
/// click on them to be meant for the card under the pointer.
fn due_changes(ui: &Ui, due: &[DueEntry]) -> (Option<ExerciseId>, bool) {
    let id = egui::Id::unique("today-due");
    let now = ui.input(|i| i.time);
    let ids: Vec<ExerciseId> = due.iter().map(|d| d.exercise.clone()).collect();
    let last: Option<(Vec<ExerciseId>, f64)> = ui.data(|d| d.get_temp(id));
    let (newly_due, changed_at) = match last {
        Some((before, at)) if before == ids => (None, at),
        Some((before, _)) => (ids.iter().find(|e| !before.contains(e)).cloned(), now),
        None => (None, f64::NEG_INFINITY),
    };
    ui.data_mut(|d| d.insert_temp(id, (ids, changed_at)));
    (newly_due, now - changed_at >= SETTLE_SECONDS)
}

fn status_snooze(status: &StatusReport) -> String {
    t!("today-snooze", minutes = status.snooze_minutes)
}

fn checklist(ui: &mut Ui, status: &StatusReport) {
    ui.label(RichText::new(t!("today-checklist")).strong());
    if status.checklist.is_empty() {
        ui.label(style::muted(ui, t!("today-nothing-scheduled")));
    }
    // Part of the page, which scrolls as a whole.
    for item in &status.checklist {
        let note = match item.state {
            ItemState::Done => t!("today-item-done"),
            ItemState::Skipped => t!("today-item-skipped"),
            ItemState::Missed => t!("today-item-missed"),
            ItemState::Due => t!("today-item-due"),
            ItemState::Snoozed => t!("today-item-snoozed", time = hm(&item.at)),
            ItemState::Upcoming => String::new(),
        };
        ui.horizontal_wrapped(|ui| {
            mark(ui, item.state);
            ui.label(RichText::new(hm(&item.at)).monospace());
            ui.label(&item.name);
            if !note.is_empty() {
                ui.label(style::muted(ui, note));
            }
        });
    }
}

/// Items anchored to everyday routines ("Calf raises — while brushing
/// teeth, morning"), which the app cannot see: ticked off here afterwards,
/// dated at the routine ("this morning").
fn anchored(ui: &mut Ui, status: &StatusReport) -> Option<(ExerciseId, Routine)> {
    if status.anchored.is_empty() {
        return None;
    }
    ui.label(RichText::new(t!("today-routines")).strong());
    let mut tick = None;
    for a in &status.anchored {
        ui.horizontal_wrapped(|ui| {
            let state = match a.answer {
                Some(crate::core::Outcome::Done) => ItemState::Done,
                Some(_) => ItemState::Skipped,
                None => ItemState::Upcoming,
            };
            mark(ui, state);
            ui.label(t!("today-routine-item", name = &a.name, routine = &a.label));
            match (a.answer, &a.when) {
                (Some(crate::core::Outcome::Done), Some(when)) => {
                    ui.label(style::muted(ui, t!("today-routine-done", when = when)));
                }
                (Some(_), _) => {
                    ui.label(style::muted(ui, t!("today-routine-not-today")));
                }
                (None, _) => {
                    if ui
                        .button(t!("today-routine-tick", name = &a.name, routine = &a.label))
                        .on_hover_text(t!("today-routine-tick-hint"))
                        .clicked()
                    {
                        tick = Some((a.exercise.clone(), a.routine.clone()));
                    }
                }
            }
        });
    }
    ui.add_space(8.0);
    tick
}

/// A small round mark: filled for done and due, hollow for the rest.
fn mark(ui: &mut Ui, state: ItemState) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
    let c = rect.center();
    let weak = ui.visuals().weak_text_color();
    match state {
        ItemState::Done => ui.painter().circle_filled(c, 6.0, style::ACCENT),
        ItemState::Due => ui.painter().circle_filled(c, 6.0, style::WARM),
        ItemState::Snoozed => {
            ui.painter()
                .circle_stroke(c, 5.5, egui::Stroke::new(2.0, style::WARM))
        }
        ItemState::Missed => {
            ui.painter()
                .circle_stroke(c, 5.5, egui::Stroke::new(2.0, ui.visuals().error_fg_color))
        }
        ItemState::Skipped | ItemState::Upcoming => {
            ui.painter()
                .circle_stroke(c, 5.5, egui::Stroke::new(1.5, weak))
        }
    };
}

fn quick_log<L: Link>(ui: &mut Ui, model: &mut Model<L>, status: &StatusReport) {
    ui.label(RichText::new(t!("today-log-title")).strong());
    let choices: Vec<(ExerciseId, String)> = status
        .exercises
        .iter()
        .filter(|e| e.records_minutes)
        .map(|e| (e.exercise.clone(), e.name.clone()))
        .collect();
    ui.horizontal(|ui| {
        let current = choices
            .iter()
            .find(|(id, _)| *id == model.log_exercise)
            .map(|(_, n)| n.clone())
            .unwrap_or_default();
        let label = ui.label(t!("today-log-activity"));
        egui::ComboBox::from_id_salt("log-exercise")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for (id, name) in &choices {
                    ui.selectable_value(&mut model.log_exercise, id.clone(), name);
                }
            })
            .response
            .labelled_by(label.id);
    });
    ui.horizontal(|ui| {
        let label = ui.label(t!("today-log-minutes"));
        let field = ui.add(
            egui::TextEdit::singleline(&mut model.log_minutes)
                .desired_width(60.0)
                .hint_text("30"),
        );
        let field = field.labelled_by(label.id);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.add(style::secondary(&t!("today-log"))).clicked() || enter {
            model.log();
        }
    });
    for t in &status.weekly_targets {
        let f = (t.minutes as f32 / t.target.max(1) as f32).min(1.0);
        style::meter(
            ui,
            f,
            t!(
                "today-week-target",
                name = &t.name,
                minutes = t.minutes,
                target = t.target
            ),
        );
    }
}

/// Pause 1 hour / until tomorrow, or Resume while paused.
pub fn pause<L: Link>(ui: &mut Ui, model: &mut Model<L>, status: &StatusReport) {
    if let Some(until) = &status.paused_until {
        ui.horizontal(|ui| {
            ui.label(t!("today-paused-short", time = hm(until)));
            if ui.button(t!("today-resume-prompts")).clicked() {
                model.resume();
            }
        });
        return;
    }
    ui.label(RichText::new(t!("today-break-title")).strong());
    ui.horizontal_wrapped(|ui| {
        if ui.button(t!("today-pause-hour")).clicked() {
            model.pause("1h");
        }
        if ui.button(t!("today-pause-tomorrow")).clicked() {
            model.pause("until-tomorrow");
        }
    });
    busy(ui, model, status);
}

/// In a meeting, a call or reading: sitting still without input is still
/// sitting, and prompts fit the situation. The same three modes as the
/// tray and `second-heart busy`.
fn busy<L: Link>(ui: &mut Ui, model: &mut Model<L>, status: &StatusReport) {
    use crate::core::moment::BusyMode;
    ui.add_space(4.0);
    match (&status.busy_until, status.busy_with) {
        (Some(until), Some(mode)) => {
            ui.horizontal_wrapped(|ui| {
                ui.label(t!(
                    "today-busy-until",
                    mode = mode.label(),
                    time = hm(until)
                ));
                if ui.button(t!("today-busy-off")).clicked() {
                    model.act(crate::protocol::Request::Busy {
                        duration: "off".into(),
                        mode: None,
                    });
                }
            });
        }
        _ => {
            // In a row of its own, sized to its text like the pause buttons.
            ui.horizontal_wrapped(|ui| {
                for mode in BusyMode::ALL {
                    if ui
                        .button(t!("today-busy-hour", mode = mode.label()))
                        .on_hover_text(t!("today-busy-hint"))
                        .clicked()
                    {
                        model.act(crate::protocol::Request::Busy {
                            duration: "1h".into(),
                            mode: Some(mode),
                        });
                    }
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone, Utc};

    use super::next_tick;
    use crate::report::relative;

    #[test]
    fn the_countdown_is_redrawn_just_as_its_minute_changes() {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 35, 0).unwrap();
        for left_ms in [
            300_000, 299_500, 241_000, 240_999, 61_000, 60_500, 1_000, 3_600_000,
        ] {
            let due = now + Duration::milliseconds(left_ms);
            let tick = next_tick(due - now).unwrap();
            let tick = Duration::from_std(tick).unwrap();
            let before = relative(now + tick - Duration::milliseconds(1), due);
            assert_eq!(before, relative(now, due), "{left_ms} ms: too early");
            assert_ne!(
                relative(now + tick, due),
                before,
                "{left_ms} ms: the text changes then"
            );
        }
        let under_a_second = Duration::milliseconds(999);
        assert_eq!(relative(now, now + under_a_second), "now");
        assert_eq!(next_tick(under_a_second), None);
    }
}
