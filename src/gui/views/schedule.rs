//! Schedule: per exercise on/off, dose and rules; working hours per weekday;
//! the away threshold and snooze length; pause. Every field is checked as
//! you type, with the reason beside it; a live preview lists the next
//! prompts the planner would send.
//!
//! A bar above the page keeps Revert, Save and the count of fields to fix
//! in view; the count (and Save while anything is invalid) takes you to
//! the next marked field. Save and Revert keep keyboard focus when there is
//! nothing for them to do (they say they are unavailable to assistive
//! technology instead of leaving the tab order).

use crate::core::schedule::{ALL_DAYS, short_name};
use crate::t;
use chrono::{DateTime, Local};
use egui::{Align, Response, RichText, TextStyle, Ui, WidgetText};

use crate::gui::draft::{Checked, Draft, ExerciseDraft, HoursKind, RuleDraft, RuleKind};
use crate::gui::link::Link;
use crate::gui::model::Model;
use crate::gui::style;
use crate::report::UpcomingEntry;

/// Where the count of fields to fix takes you: the marked fields in page
/// order, the one to go to, and how many there were last frame.
#[derive(Clone, Copy, Default)]
struct Jump {
    target: Option<usize>,
    next: usize,
    count: usize,
}

fn jump_id() -> egui::Id {
    egui::Id::unique("schedule-fields-to-fix")
}

/// Counts the marked fields as the page draws them, and focuses (and
/// scrolls to) the one asked for.
struct Marks {
    target: Option<usize>,
    seen: usize,
    /// The focus was moved (not in a frame with a click, which a focused
    /// text field takes as a click elsewhere and gives the focus up).
    moved: bool,
}

impl Marks {
    fn mark(&mut self, field: &Response) {
        if self.target == Some(self.seen) && !field.ctx.input(|i| i.pointer.any_click()) {
            field.request_focus();
            field.scroll_to_me(Some(Align::Center));
            self.moved = true;
        }
        self.seen += 1;
    }
}

/// Asks the page to go to the next marked field.
fn go_to_next_field(ui: &Ui) {
    ui.data_mut(|d| {
        let jump: &mut Jump = d.get_temp_mut_or_default(jump_id());
        let n = jump.count.max(1);
        jump.target = Some(jump.next % n);
        jump.next = (jump.next + 1) % n;
    });
}

/// The bar above the page: the state of the draft, Revert and Save (in
/// that order, as shown), the last action's result, and the choice after
/// a clash with changes made elsewhere.
pub fn bar<L: Link>(ui: &mut Ui, model: &mut Model<L>) {
    model.follow_schedule_file();
    let Some((draft, saved)) = model.schedule.as_ref() else {
        return;
    };
    let checked = draft.check();
    let dirty = draft != saved;
    let fixes = checked.errors.len();
    let can_save = dirty && fixes == 0;
    let state = if fixes > 0 {
        RichText::new(t!("schedule-to-fix", count = fixes)).color(ui.visuals().error_fg_color)
    } else if dirty {
        RichText::new(t!("schedule-unsaved")).color(style::warm_text(ui))
    } else {
        style::muted(ui, t!("schedule-saved"))
    };

    let (mut save, mut revert, mut to_fix) = (false, false, false);
    let spacing = ui.spacing().item_spacing.x;
    let text_width = |ui: &Ui, text: RichText, style: TextStyle| {
        WidgetText::from(text)
            .into_galley(ui, Some(egui::TextWrapMode::Extend), f32::INFINITY, style)
            .size()
            .x
    };
    let button = |ui: &Ui, text: &str| {
        (text_width(
            ui,
            RichText::new(text).size(17.0).strong(),
            TextStyle::Button,
        ) + 2.0 * ui.spacing().button_padding.x)
            .max(110.0)
    };
    let group = text_width(ui, state.clone(), TextStyle::Body)
        + button(ui, &t!("schedule-revert"))
        + button(ui, &t!("schedule-save"))
        + 3.0 * spacing;
    let mut buttons = |ui: &mut Ui| {
        if fixes > 0 {
            to_fix = ui.link(state.clone()).clicked();
        } else {
            ui.label(state.clone());
        }
        let look = |text: &str, on: bool, primary: bool, ui: &Ui| {
            if on && primary {
                style::primary(text)
            } else if on {
                style::secondary(text)
            } else {
                egui::Button::new(
                    RichText::new(text.to_owned())
                        .size(16.0)
                        .color(ui.visuals().weak_text_color()),
                )
                .min_size(egui::vec2(110.0, 38.0))
            }
        };
        let r = ui.add(look(&t!("schedule-revert"), dirty, false, ui));
        unavailable(ui, &r, !dirty);
        revert = r.clicked() && dirty;
        let r = ui.add(look(&t!("schedule-save"), can_save, true, ui));
        unavailable(ui, &r, !can_save);
        save = r.clicked();
    };
    let fits = ui
        .horizontal(|ui| {
            // As tall as the buttons, so that the texts are centred on them.
            ui.set_min_height(38.0);
            ui.heading(t!("schedule-title"));
            let room = ui.available_width();
            if room < group {
                return false;
            }
            ui.add_space(room - group);
            buttons(ui);
            true
        })
        .inner;
    if !fits {
        ui.horizontal_wrapped(|ui| {
            ui.set_min_height(38.0);
            ui.add_space((ui.available_width() - group).max(0.0));
            buttons(ui);
        });
    }
    if let Some(problem) = &model.schedule_problem {
        ui.colored_label(ui.visuals().error_fg_color, problem);
    }
    super::notice(ui, &model.notice);
    let (mut reload, mut keep_mine) = (false, false);
    if model.schedule_conflict {
        ui.horizontal(|ui| {
            reload = ui.button(t!("schedule-reload")).clicked();
            keep_mine = ui.button(t!("schedule-keep-mine")).clicked();
        });
    }
    ui.add_space(6.0);

    if save && can_save {
        model.save_schedule();
    } else if save && fixes > 0 {
        model.notice = Some(crate::gui::model::Notice::Error(t!("schedule-fix-first")));
        ui.data_mut(|d| d.get_temp_mut_or_default::<Jump>(jump_id()).next = 0);
        go_to_next_field(ui);
    }
    if to_fix {
        go_to_next_field(ui);
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

/// A button with nothing to do stays in the tab order (so that focus stays
/// put after Save) and tells assistive technology it is unavailable.
fn unavailable(ui: &Ui, button: &Response, unavailable: bool) {
    if unavailable {
        ui.ctx()
            .accesskit_node_builder(button.id, |node| node.set_disabled());
    }
}

pub fn show<L: Link>(ui: &mut Ui, model: &mut Model<L>) {
    let now = model
        .status
        .as_ref()
        .map(|s| s.now.with_timezone(&Local))
        .unwrap_or_else(crate::clock::now);
    let Some(checked) = model.schedule.as_ref().map(|(d, _)| d.check()) else {
        return;
    };
    // Asked of the daemon before the draft is borrowed for editing.
    let upcoming = checked.prefs.as_ref().map(|prefs| model.preview(prefs));
    let Some((draft, _)) = model.schedule.as_mut() else {
        return;
    };
    let jump: Jump = ui.data(|d| d.get_temp(jump_id()).unwrap_or_default());
    let mut marks = Marks {
        target: jump.target,
        seen: 0,
        moved: false,
    };

    super::two_columns(
        ui,
        |ui| {
            working_hours(ui, draft, &checked, &mut marks);
            ui.add_space(8.0);
            breaks(ui, draft, &checked, &mut marks);
            ui.add_space(8.0);
            region(ui, draft);
        },
        |ui| preview(ui, upcoming, &now),
    );
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
    exercises(ui, draft, &checked, &mut marks);
    ui.add_space(8.0);
    this_computer(ui, model);

    let (count, moved) = (marks.seen, marks.moved);
    if jump.target.is_some() && !moved && count > 0 {
        // Moved next frame, after the click.
        ui.ctx().request_repaint();
    }
    ui.data_mut(|d| {
        let jump: &mut Jump = d.get_temp_mut_or_default(jump_id());
        if moved || count == 0 {
            jump.target = None;
        }
        jump.count = count;
        if count == 0 {
            jump.next = 0;
        }
    });
}

/// "On this computer": settings kept outside the preferences file. They
/// take effect at once and are not part of Save.
fn this_computer<L: Link>(ui: &mut Ui, model: &mut Model<L>) {
    if model.computer.starts_at_login.is_none() {
        model.load_computer();
    }
    ui.label(
        RichText::new(t!("schedule-this-computer"))
            .strong()
            .size(17.0),
    );
    let computer = &model.computer;
    let mut toggled = None;
    style::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(style::muted(ui, t!("schedule-at-once")).small());
        ui.horizontal_wrapped(|ui| {
            let mut on = computer.starts_at_login.unwrap_or(false);
            let checkbox = egui::Checkbox::new(&mut on, t!("schedule-autostart"));
            if ui
                .add_enabled(computer.autostart.is_ok(), checkbox)
                .on_hover_text(t!("schedule-autostart-hint"))
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

/// A labelled text field with the reason for an error under it.
fn field(
    ui: &mut Ui,
    label: &str,
    text: &mut String,
    width: f32,
    error: Option<&str>,
    marks: &mut Marks,
) {
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(label);
        let mut edit = egui::TextEdit::singleline(text).desired_width(width);
        if error.is_some() {
            edit = edit.text_color(ui.visuals().error_fg_color);
        }
        let r = ui.add(edit).labelled_by(l.id);
        if error.is_some() {
            marks.mark(&r);
        }
    });
    if let Some(e) = error {
        ui.colored_label(ui.visuals().error_fg_color, RichText::new(e).small());
    }
}

fn working_hours(ui: &mut Ui, draft: &mut Draft, checked: &Checked, marks: &mut Marks) {
    style::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(t!("schedule-working-hours")).strong());
        ui.label(style::muted(ui, t!("schedule-working-hours-hint")).small());
        egui::Grid::new("working-hours")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                // In the order of the user's week, named in their language.
                let first = crate::i18n::current().first_day.num_days_from_monday() as usize;
                for i in (0..7).map(|k| (first + k) % 7) {
                    let day = ALL_DAYS[i];
                    let path = format!("working_hours.{}", short_name(day));
                    let error = checked.error(&path);
                    let l = ui.label(crate::i18n::format::weekday_full(day));
                    ui.vertical(|ui| {
                        let mut edit = egui::TextEdit::singleline(&mut draft.hours[i])
                            .desired_width(ui.available_width().min(220.0));
                        if error.is_some() {
                            edit = edit.text_color(ui.visuals().error_fg_color);
                        }
                        let r = ui.add(edit).labelled_by(l.id);
                        if error.is_some() {
                            marks.mark(&r);
                        }
                        if let Some(e) = error {
                            ui.colored_label(ui.visuals().error_fg_color, RichText::new(e).small());
                        }
                    });
                    ui.end_row();
                }
            });
    });
}

fn breaks(ui: &mut Ui, draft: &mut Draft, checked: &Checked, marks: &mut Marks) {
    style::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(t!("schedule-breaks")).strong());
        field(
            ui,
            &t!("schedule-idle"),
            &mut draft.idle_threshold,
            50.0,
            checked.error("idle_threshold_minutes"),
            marks,
        );
        field(
            ui,
            &t!("schedule-snooze"),
            &mut draft.snooze,
            50.0,
            checked.error("snooze_minutes"),
            marks,
        );
        field(
            ui,
            &t!("schedule-remind"),
            &mut draft.remind_again,
            50.0,
            checked.error("remind_again_minutes"),
            marks,
        );
        ui.checkbox(&mut draft.quiet, t!("schedule-quiet"))
            .on_hover_text(t!("schedule-quiet-hint"));
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(t!("schedule-in-meetings"));
            egui::ComboBox::from_id_salt("in-meetings")
                .selected_text(draft.in_meetings.label())
                .show_ui(ui, |ui| {
                    for p in crate::core::moment::MeetingPolicy::ALL {
                        ui.selectable_value(&mut draft.in_meetings, p, p.label());
                    }
                })
                .response
                .labelled_by(l.id)
                .on_hover_text(t!("schedule-in-meetings-hint"));
        });
        ui.checkbox(&mut draft.walk_in_calls, t!("schedule-walk-in-calls"));
        ui.checkbox(&mut draft.sound, t!("schedule-sound"));
        crate::gui::theme::picker(ui, &mut draft.theme);
    });
}

/// Language, clock and first weekday: each follows the desktop's locale
/// unless chosen here; saved with the rest, and the window follows at once.
fn region(ui: &mut Ui, draft: &mut Draft) {
    use crate::core::locale::{Clock, Language};
    use chrono::Weekday;
    let desktop = crate::i18n::current().region;
    let like = |value: String| t!("region-like-desktop", value = value);
    let clock_name = |c: Clock| match c {
        Clock::H12 => t!("clock-12h"),
        Clock::H24 => t!("clock-24h"),
    };
    style::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(t!("schedule-region")).strong());
        egui::Grid::new("region")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let l = ui.label(t!("schedule-language"));
                let name = |l: Option<Language>| match l {
                    None => like(desktop.language.native_name().to_owned()),
                    Some(l) => l.native_name().to_owned(),
                };
                egui::ComboBox::from_id_salt("language")
                    .selected_text(name(draft.language))
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut draft.language, None, name(None));
                        for l in Language::ALL {
                            ui.selectable_value(&mut draft.language, Some(l), name(Some(l)));
                        }
                    })
                    .response
                    .labelled_by(l.id);
                ui.end_row();
                let l = ui.label(t!("schedule-clock"));
                // The desktop's clock by its look ("14:30"), which is short.
                let desktop_time = crate::i18n::with(
                    crate::i18n::Setting {
                        clock: desktop.clock,
                        ..crate::i18n::current()
                    },
                    || {
                        let t = chrono::NaiveTime::from_hms_opt(14, 30, 0).expect("a time");
                        crate::i18n::format::time(&t)
                    },
                );
                let name = |c: Option<Clock>| match c {
                    None => like(desktop_time.clone()),
                    Some(c) => clock_name(c),
                };
                egui::ComboBox::from_id_salt("clock")
                    .selected_text(name(draft.clock))
                    .show_ui(ui, |ui| {
                        for c in [None, Some(Clock::H24), Some(Clock::H12)] {
                            ui.selectable_value(&mut draft.clock, c, name(c));
                        }
                    })
                    .response
                    .labelled_by(l.id);
                ui.end_row();
                let l = ui.label(t!("schedule-week-start"));
                let name = |d: Option<Weekday>| match d {
                    None => like(crate::i18n::format::weekday_full(desktop.first_day)),
                    Some(d) => crate::i18n::format::weekday_full(d),
                };
                egui::ComboBox::from_id_salt("week-start")
                    .selected_text(name(draft.week_start))
                    .show_ui(ui, |ui| {
                        for d in [
                            None,
                            Some(Weekday::Mon),
                            Some(Weekday::Sun),
                            Some(Weekday::Sat),
                        ] {
                            ui.selectable_value(&mut draft.week_start, d, name(d));
                        }
                    })
                    .response
                    .labelled_by(l.id);
                ui.end_row();
            });
    });
}

/// The next prompts with the settings as typed, worked out by the daemon
/// from the real history, so they agree with Today.
fn preview(
    ui: &mut Ui,
    upcoming: Option<Result<Vec<UpcomingEntry>, String>>,
    now: &DateTime<Local>,
) {
    style::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(t!("schedule-preview")).strong());
        let prompts = match upcoming {
            None => {
                ui.label(style::muted(ui, t!("schedule-preview-fix")));
                return;
            }
            Some(Err(why)) => {
                ui.label(style::muted(ui, &why));
                return;
            }
            Some(Ok(prompts)) => prompts,
        };
        if prompts.is_empty() {
            ui.label(style::muted(ui, t!("schedule-preview-none")));
        }
        for p in prompts {
            let at = p.at.with_timezone(&Local);
            let when = if at.date_naive() == now.date_naive() {
                crate::i18n::format::time(&at)
            } else {
                crate::i18n::format::weekday_time(&at)
            };
            ui.horizontal(|ui| {
                ui.label(RichText::new(when).monospace());
                ui.label(p.name);
            });
        }
    });
}

fn exercises(ui: &mut Ui, draft: &mut Draft, checked: &Checked, marks: &mut Marks) {
    ui.label(RichText::new(t!("schedule-exercises")).strong().size(17.0));
    for e in draft.exercises.iter_mut() {
        let base = format!("exercises.{}", e.id);
        style::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let dose_error = checked.error(&format!("{base}.dose"));
            ui.horizontal_wrapped(|ui| {
                let name = crate::core::exercise::shown_name(&e.id, &e.name);
                ui.checkbox(&mut e.enabled, RichText::new(&name).strong().size(16.0));
                let l = ui.label(t!("schedule-dose"));
                let r = ui
                    .add(egui::TextEdit::singleline(&mut e.dose).desired_width(200.0))
                    .labelled_by(l.id)
                    .on_hover_text(dose_hint());
                if dose_error.is_some() {
                    marks.mark(&r);
                }
            });
            if let Some(err) = dose_error {
                ui.colored_label(ui.visuals().error_fg_color, RichText::new(err).small());
            }
            if !e.enabled {
                return;
            }
            pacing(ui, e, &base, checked, marks);
            let mut remove = None;
            for (i, rule) in e.rules.iter_mut().enumerate() {
                let path = format!("{base}.rules[{i}]");
                ui.separator();
                if rule_row(
                    ui,
                    rule,
                    &path,
                    &crate::core::exercise::shown_name(&e.id, &e.name),
                    checked,
                    marks,
                ) {
                    remove = Some(i);
                }
            }
            if let Some(i) = remove {
                e.rules.remove(i);
            }
            if ui
                .button(t!(
                    "schedule-add-rule",
                    name = crate::core::exercise::shown_name(&e.id, &e.name)
                ))
                .clicked()
            {
                e.rules.push(RuleDraft::new());
            }
        });
        ui.add_space(4.0);
    }
}

/// "e.g. 3 sets of 15, 10 circles each way, 30 s each leg, 30 min", in
/// the user's language (which the dose field reads).
pub fn dose_hint() -> String {
    use crate::core::Dose;
    let examples = [
        Dose::SetsOfReps { sets: 3, reps: 15 },
        Dose::CirclesEachWay(10),
        Dose::SecondsEachLeg(30),
        Dose::Minutes(30),
    ]
    .map(|d| d.describe())
    .join(", ");
    t!("schedule-dose-hint", examples = examples)
}

/// The guided session's pace, for the fields the dose uses (none for a
/// hold each leg, or a dose still being typed).
fn pacing(ui: &mut Ui, e: &mut ExerciseDraft, base: &str, checked: &Checked, marks: &mut Marks) {
    use crate::core::Dose;
    let shown: Vec<(&str, String)> = match Dose::parse_shown(&e.dose) {
        _ if e.logged => vec![],
        Ok(Dose::CirclesEachWay(_)) => vec![("circle_seconds", t!("schedule-pace-circle"))],
        Ok(Dose::SetsOfReps { .. }) => vec![
            ("up_seconds", t!("schedule-pace-up")),
            ("down_seconds", t!("schedule-pace-down")),
            ("rest_seconds", t!("schedule-pace-rest")),
        ],
        Ok(Dose::Minutes(_)) => vec![("interval_minutes", t!("schedule-pace-interval"))],
        _ => vec![],
    };
    if shown.is_empty() {
        return;
    }
    let default = e.default_pacing;
    let mut fields = e.pacing.fields(&default);
    ui.horizontal_wrapped(|ui| {
        for (name, label) in &shown {
            let Some((_, text, _)) = fields.iter_mut().find(|(n, _, _)| n == name) else {
                continue;
            };
            let error = checked.error(&format!("{base}.{name}"));
            let l = ui.label(label.as_str());
            let mut edit = egui::TextEdit::singleline(&mut **text).desired_width(40.0);
            if error.is_some() {
                edit = edit.text_color(ui.visuals().error_fg_color);
            }
            let r = ui.add(edit).labelled_by(l.id);
            if error.is_some() {
                marks.mark(&r);
            }
        }
    });
    for (name, _) in &shown {
        if let Some(err) = checked.error(&format!("{base}.{name}")) {
            ui.colored_label(ui.visuals().error_fg_color, RichText::new(err).small());
        }
    }
}

/// One rule's fields; returns whether its Remove button was clicked.
fn rule_row(
    ui: &mut Ui,
    rule: &mut RuleDraft,
    path: &str,
    exercise: &str,
    checked: &Checked,
    marks: &mut Marks,
) -> bool {
    let mut remove = false;
    // The rule's first field stands for any of its errors.
    let marked = checked.errors_under(path).next().is_some();
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(t!("schedule-when"));
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
                .labelled_by(l.id)
        };
        let first = match rule.kind {
            RuleKind::Sitting => small(ui, &t!("schedule-minutes"), &mut rule.minutes, 50.0),
            RuleKind::Clock => {
                let first = small(ui, &t!("schedule-every-minutes"), &mut rule.minutes, 50.0);
                small(ui, &t!("schedule-at-minute"), &mut rule.at_minute, 40.0);
                first
            }
            RuleKind::Times => small(ui, &t!("schedule-times"), &mut rule.times, 160.0),
            RuleKind::Weekly => {
                let first = small(ui, &t!("schedule-minutes-week"), &mut rule.minutes, 60.0);
                small(ui, &t!("schedule-check-at"), &mut rule.times, 60.0);
                first
            }
        };
        if marked {
            marks.mark(&first);
        }
        remove = ui
            .button(t!("schedule-remove"))
            .on_hover_text(t!("schedule-remove-hint", name = exercise))
            .clicked();
    });
    ui.horizontal_wrapped(|ui| {
        let mut own_days = rule.days.is_some();
        if ui.checkbox(&mut own_days, t!("schedule-only-on")).changed() {
            rule.days = own_days.then_some([true, true, true, true, true, false, false]);
        }
        if let Some(days) = rule.days.as_mut() {
            let first = crate::i18n::current().first_day.num_days_from_monday() as usize;
            for i in (0..7).map(|k| (first + k) % 7) {
                ui.checkbox(&mut days[i], crate::i18n::format::weekday_name(ALL_DAYS[i]));
            }
        } else {
            ui.label(style::muted(ui, t!("schedule-working-days")));
        }
        ui.add_space(8.0);
        let l = ui.label(t!("schedule-hours"));
        egui::ComboBox::from_id_salt(format!("{path}.hours"))
            .selected_text(match rule.hours {
                HoursKind::Working => t!("schedule-hours-working"),
                HoursKind::Any => t!("schedule-hours-any"),
                HoursKind::Ranges => t!("schedule-hours-ranges"),
            })
            .show_ui(ui, |ui| {
                ui.selectable_value(
                    &mut rule.hours,
                    HoursKind::Working,
                    t!("schedule-hours-working"),
                );
                ui.selectable_value(&mut rule.hours, HoursKind::Any, t!("schedule-hours-any"));
                ui.selectable_value(
                    &mut rule.hours,
                    HoursKind::Ranges,
                    t!("schedule-hours-ranges"),
                );
            })
            .response
            .labelled_by(l.id);
        if rule.hours == HoursKind::Ranges {
            let l = ui.label(t!("schedule-ranges"));
            ui.add(egui::TextEdit::singleline(&mut rule.ranges).desired_width(160.0))
                .labelled_by(l.id);
        }
    });
    for (_, reason) in checked.errors_under(path) {
        ui.colored_label(ui.visuals().error_fg_color, RichText::new(reason).small());
    }
    remove
}
