//! Schedule: per exercise on/off, dose and rules; working hours per weekday;
//! the away threshold and snooze length; pause. Every field is checked as
//! you type, with the reason beside it; Save stays disabled while anything
//! is invalid; a live preview lists the next prompts the planner would send.

use chrono::{DateTime, Local};
use egui::{Align, Layout, RichText, Ui};

use crate::core::History;
use crate::core::planner::{self, Activity};
use crate::gui::draft::{Checked, Draft, HoursKind, RuleDraft, RuleKind};
use crate::gui::link::Link;
use crate::gui::model::Model;
use crate::gui::style;

const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const DAY_SHORT: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

pub fn show<L: Link>(ui: &mut Ui, model: &mut Model<L>) {
    model.follow_schedule_file();
    let now = model
        .status
        .as_ref()
        .map(|s| s.now.with_timezone(&Local))
        .unwrap_or_else(crate::clock::now);
    let Some((draft, saved)) = model.schedule.as_mut() else {
        return;
    };
    let checked = draft.check();
    let dirty = draft != saved;

    let mut save = false;
    let mut revert = false;
    ui.horizontal(|ui| {
        ui.heading("Schedule");
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            let can_save = dirty && checked.prefs.is_some();
            save = ui.add_enabled(can_save, style::primary("Save")).clicked();
            revert = ui.add_enabled(dirty, style::secondary("Revert")).clicked();
            let state = if !checked.errors.is_empty() {
                RichText::new(format!(
                    "{} to fix before saving",
                    plural(checked.errors.len(), "field")
                ))
                .color(ui.visuals().error_fg_color)
            } else if dirty {
                RichText::new("Unsaved changes").color(style::warm_text(ui))
            } else {
                style::muted(ui, "All changes saved")
            };
            ui.label(state);
        });
    });
    super::notice(ui, &model.notice);
    let (mut reload, mut keep_mine) = (false, false);
    if model.schedule_conflict {
        ui.horizontal(|ui| {
            reload = ui.button("Reload").clicked();
            keep_mine = ui.button("Keep mine").clicked();
        });
    }
    ui.add_space(6.0);

    let Some((draft, _)) = model.schedule.as_mut() else {
        return;
    };
    ui.columns(2, |cols| {
        working_hours(&mut cols[0], draft, &checked);
        cols[0].add_space(8.0);
        breaks(&mut cols[0], draft, &checked);
        preview(&mut cols[1], &checked, &now);
    });
    if let Some(status) = model.status.clone() {
        ui.add_space(6.0);
        style::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            super::today::pause(ui, model, &status);
        });
    }
    let Some((draft, _)) = model.schedule.as_mut() else {
        return;
    };
    ui.add_space(8.0);
    exercises(ui, draft, &checked);
    ui.add_space(8.0);
    this_computer(ui, model);

    if save {
        model.save_schedule();
    }
    if reload {
        model.load_schedule();
        model.notice = None;
    }
    if keep_mine {
        model.keep_my_schedule();
    }
    if revert && let Some((draft, saved)) = model.schedule.as_mut() {
        *draft = saved.clone();
    }
}

/// "On this computer": settings kept outside the preferences file. They
/// take effect at once and are not part of Save.
fn this_computer<L: Link>(ui: &mut Ui, model: &mut Model<L>) {
    if model.computer.starts_at_login.is_none() {
        model.load_computer();
    }
    ui.label(RichText::new("On this computer").strong().size(17.0));
    let computer = &model.computer;
    let mut toggled = None;
    style::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(style::muted(ui, "These apply at once; they are not part of Save.").small());
        ui.horizontal_wrapped(|ui| {
            let mut on = computer.starts_at_login.unwrap_or(false);
            let checkbox = egui::Checkbox::new(&mut on, "Start reminders at login");
            if ui
                .add_enabled(computer.autostart.is_ok(), checkbox)
                .on_hover_text("Starts the background daemon when you log in")
                .changed()
            {
                toggled = Some(on);
            }
            if let Some(problem) = &computer.problem {
                ui.colored_label(ui.visuals().error_fg_color, RichText::new(problem).small());
            }
        });
    });
    if let Some(on) = toggled {
        model.set_starts_at_login(on);
    }
}

fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// A labelled text field with the reason for an error under it.
fn field(ui: &mut Ui, label: &str, text: &mut String, width: f32, error: Option<&str>) {
    ui.horizontal(|ui| {
        let l = ui.label(label);
        let mut edit = egui::TextEdit::singleline(text).desired_width(width);
        if error.is_some() {
            edit = edit.text_color(ui.visuals().error_fg_color);
        }
        ui.add(edit).labelled_by(l.id);
    });
    if let Some(e) = error {
        ui.colored_label(ui.visuals().error_fg_color, RichText::new(e).small());
    }
}

fn working_hours(ui: &mut Ui, draft: &mut Draft, checked: &Checked) {
    style::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new("Working hours").strong());
        ui.label(
            style::muted(
                ui,
                "Ranges such as 09:00-12:30, 13:30-17:30. Leave a day empty for a day off.",
            )
            .small(),
        );
        egui::Grid::new("working-hours")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                for (i, name) in DAY_NAMES.iter().enumerate() {
                    let path = format!("working_hours.{}", DAY_SHORT[i].to_lowercase());
                    let error = checked.error(&path);
                    let l = ui.label(*name);
                    ui.vertical(|ui| {
                        let mut edit =
                            egui::TextEdit::singleline(&mut draft.hours[i]).desired_width(220.0);
                        if error.is_some() {
                            edit = edit.text_color(ui.visuals().error_fg_color);
                        }
                        ui.add(edit).labelled_by(l.id);
                        if let Some(e) = error {
                            ui.colored_label(ui.visuals().error_fg_color, RichText::new(e).small());
                        }
                    });
                    ui.end_row();
                }
            });
    });
}

fn breaks(ui: &mut Ui, draft: &mut Draft, checked: &Checked) {
    style::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new("Breaks, snooze and quiet").strong());
        field(
            ui,
            "Away from the desk after (minutes)",
            &mut draft.idle_threshold,
            50.0,
            checked.error("idle_threshold_minutes"),
        );
        field(
            ui,
            "Snooze length (minutes)",
            &mut draft.snooze,
            50.0,
            checked.error("snooze_minutes"),
        );
        ui.checkbox(
            &mut draft.quiet,
            "Hold prompts during do-not-disturb or a fullscreen window",
        )
        .on_hover_text(
            "Presentations and video calls stay undisturbed; held prompts come once, afterwards, if still within hours.",
        );
        ui.checkbox(&mut draft.sound, "Play the desktop's notification sound");
        crate::gui::theme::picker(ui, &mut draft.theme);
    });
}

fn preview(ui: &mut Ui, checked: &Checked, now: &DateTime<Local>) {
    style::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new("Next prompts with these settings").strong());
        let Some(prefs) = &checked.prefs else {
            ui.label(style::muted(
                ui,
                "Fix the marked fields to see the preview.",
            ));
            return;
        };
        let prompts = planner::upcoming(
            prefs,
            &History::default(),
            &Activity::assume_sitting(),
            now,
            10,
        );
        if prompts.is_empty() {
            ui.label(style::muted(
                ui,
                "No prompts: every exercise is off or has no rules.",
            ));
        }
        for p in prompts {
            let name = prefs
                .exercise(&p.exercise)
                .map(|e| e.name.clone())
                .unwrap_or_default();
            let when = if p.at.date_naive() == now.date_naive() {
                p.at.format("%H:%M").to_string()
            } else {
                p.at.format("%a %H:%M").to_string()
            };
            ui.horizontal(|ui| {
                ui.label(RichText::new(when).monospace());
                ui.label(name);
            });
        }
    });
}

fn exercises(ui: &mut Ui, draft: &mut Draft, checked: &Checked) {
    ui.label(RichText::new("Exercises").strong().size(17.0));
    for e in draft.exercises.iter_mut() {
        let base = format!("exercises.{}", e.id);
        style::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.checkbox(&mut e.enabled, RichText::new(&e.name).strong().size(16.0));
                let l = ui.label("Dose");
                ui.add(egui::TextEdit::singleline(&mut e.dose).desired_width(160.0))
                    .labelled_by(l.id)
                    .on_hover_text("e.g. 3 sets of 15, 10 circles each way, 30 s each leg, 30 min");
            });
            if let Some(err) = checked.error(&format!("{base}.dose")) {
                ui.colored_label(ui.visuals().error_fg_color, RichText::new(err).small());
            }
            if !e.enabled {
                return;
            }
            let mut remove = None;
            for (i, rule) in e.rules.iter_mut().enumerate() {
                let path = format!("{base}.rules[{i}]");
                ui.separator();
                if rule_row(ui, rule, &path, &e.name, checked) {
                    remove = Some(i);
                }
            }
            if let Some(i) = remove {
                e.rules.remove(i);
            }
            if ui.button(format!("Add a rule for {}", e.name)).clicked() {
                e.rules.push(RuleDraft::new());
            }
        });
        ui.add_space(4.0);
    }
}

/// One rule's fields; returns whether its Remove button was clicked.
fn rule_row(
    ui: &mut Ui,
    rule: &mut RuleDraft,
    path: &str,
    exercise: &str,
    checked: &Checked,
) -> bool {
    let mut remove = false;
    ui.horizontal_wrapped(|ui| {
        let l = ui.label("When");
        egui::ComboBox::from_id_salt(format!("{path}.kind"))
            .selected_text(rule.kind.label())
            .width(230.0)
            .show_ui(ui, |ui| {
                for kind in RuleKind::ALL {
                    ui.selectable_value(&mut rule.kind, kind, kind.label());
                }
            })
            .response
            .labelled_by(l.id);
        let small = |ui: &mut Ui, label: &str, text: &mut String, width: f32| {
            let l = ui.label(label);
            ui.add(egui::TextEdit::singleline(text).desired_width(width))
                .labelled_by(l.id);
        };
        match rule.kind {
            RuleKind::Sitting => small(ui, "Minutes", &mut rule.minutes, 50.0),
            RuleKind::Clock => {
                small(ui, "Every (minutes)", &mut rule.minutes, 50.0);
                small(ui, "At minute", &mut rule.at_minute, 40.0);
            }
            RuleKind::Times => small(ui, "Times", &mut rule.times, 160.0),
            RuleKind::Weekly => {
                small(ui, "Minutes a week", &mut rule.minutes, 60.0);
                small(ui, "Check at", &mut rule.times, 60.0);
            }
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            remove = ui
                .button("Remove")
                .on_hover_text(format!("Remove this rule of {exercise}"))
                .clicked();
        });
    });
    ui.horizontal_wrapped(|ui| {
        let mut own_days = rule.days.is_some();
        if ui.checkbox(&mut own_days, "Only on").changed() {
            rule.days = own_days.then_some([true, true, true, true, true, false, false]);
        }
        if let Some(days) = rule.days.as_mut() {
            for (i, on) in days.iter_mut().enumerate() {
                ui.checkbox(on, DAY_SHORT[i]);
            }
        } else {
            ui.label(style::muted(ui, "working days"));
        }
        ui.add_space(8.0);
        let l = ui.label("Hours");
        egui::ComboBox::from_id_salt(format!("{path}.hours"))
            .selected_text(match rule.hours {
                HoursKind::Working => "Working hours",
                HoursKind::Any => "Any time",
                HoursKind::Ranges => "These hours",
            })
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut rule.hours, HoursKind::Working, "Working hours");
                ui.selectable_value(&mut rule.hours, HoursKind::Any, "Any time");
                ui.selectable_value(&mut rule.hours, HoursKind::Ranges, "These hours");
            })
            .response
            .labelled_by(l.id);
        if rule.hours == HoursKind::Ranges {
            let l = ui.label("Ranges");
            ui.add(egui::TextEdit::singleline(&mut rule.ranges).desired_width(160.0))
                .labelled_by(l.id);
        }
    });
    for (_, reason) in checked.errors_under(path) {
        ui.colored_label(ui.visuals().error_fg_color, RichText::new(reason).small());
    }
    remove
}
