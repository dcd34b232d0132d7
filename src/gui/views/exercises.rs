//! Exercises: each session with its illustration, dose, how-to and rules,
//! and a form to add your own exercise or edit one you added.

use crate::t;
use egui::{ImageSource, RichText, Ui};

use crate::core::Exercise;
use crate::core::preferences::limits::EVERY_MINUTES_SITTING;
use crate::gui::draft::OwnExercise;
use crate::gui::link::Link;
use crate::gui::model::{Model, Notice};
use crate::gui::style;

/// The illustration of an exercise (built-in ones have their own drawing).
pub fn illustration(id: &str) -> ImageSource<'static> {
    match id {
        "ankle-rotations" => egui::include_image!("../../../assets/exercises/ankle-rotations.svg"),
        "calf-raises" => egui::include_image!("../../../assets/exercises/calf-raises.svg"),
        "soleus-stretch" => egui::include_image!("../../../assets/exercises/soleus-stretch.svg"),
        "brisk-walk" => egui::include_image!("../../../assets/exercises/brisk-walk.svg"),
        "cycling" => egui::include_image!("../../../assets/exercises/cycling.svg"),
        "legs-up" => egui::include_image!("../../../assets/exercises/legs-up.svg"),
        _ => egui::include_image!("../../../assets/exercises/custom.svg"),
    }
}

pub fn show<L: Link>(ui: &mut Ui, model: &mut Model<L>) {
    model.follow_schedule_file();
    // What is in effect: the schedule as saved, not the Schedule tab's draft.
    let Some((draft, saved)) = &model.schedule else {
        return;
    };
    ui.heading(t!("exercises-title"));
    if let Some(problem) = &model.schedule_problem {
        ui.colored_label(ui.visuals().error_fg_color, problem);
    }
    let Some(prefs) = saved.check().prefs else {
        ui.label(t!("exercises-cannot-show"));
        return;
    };
    let mut open_schedule = false;
    if draft != saved {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(t!("exercises-unsaved")).color(style::warm_text(ui)));
            open_schedule = ui.link(t!("exercises-open-schedule")).clicked();
        });
    }
    ui.label(style::muted(ui, t!("exercises-intro")));
    ui.add_space(6.0);
    let mut edit = None;
    let mut start = None;
    let guiding = model.status.as_ref().is_some_and(|s| s.guided.is_some());
    for e in &prefs.exercises {
        let id = e.id.as_str();
        let find = |d: &crate::gui::draft::Draft| d.exercises.iter().find(|x| x.id == id).cloned();
        let unsaved = find(draft) != find(saved);
        match card(ui, e, unsaved, guiding) {
            Some(Clicked::Edit) => edit = Some(e.id.to_string()),
            Some(Clicked::Start) => start = Some(e.id.clone()),
            None => {}
        }
        ui.add_space(6.0);
    }

    if let Some(id) = edit {
        let (instruction, how_to, logged) = saved.texts(&id);
        if let Some(e) = prefs.exercises.iter().find(|e| e.id.as_str() == id) {
            model.own = OwnExercise {
                id,
                name: e.name.clone(),
                dose: e.dose.to_string(),
                logged,
                instruction,
                how_to,
                sitting_minutes: String::new(),
                place: e.place,
                anchors: e
                    .anchors
                    .iter()
                    .map(|r| r.key().to_owned())
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            model.own_editing = true;
        }
    }
    form(ui, model, &prefs);
    if let Some(id) = start {
        model.start(&id, None);
    }
    if open_schedule {
        model.tab = crate::gui::model::Tab::Schedule;
        // A notice is about the view where it happened.
        model.notice = None;
    }
}

/// A button of an exercise's card.
enum Clicked {
    Start,
    Edit,
}

/// One exercise; returns the button clicked. `unsaved`: the Schedule tab
/// has unsaved changes to it; `guiding`: a session runs (no other starts).
fn card(ui: &mut Ui, e: &Exercise, unsaved: bool, guiding: bool) -> Option<Clicked> {
    let mut clicked = None;
    style::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_top(|ui| {
            ui.add(
                egui::Image::new(illustration(e.id.as_str()))
                    .fit_to_exact_size(egui::vec2(150.0, 150.0))
                    .alt_text(t!("player-illustration", name = e.display_name())),
            );
            ui.vertical(|ui| {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(e.display_name()).size(19.0).strong());
                    if !e.enabled {
                        ui.label(style::muted(ui, t!("exercises-off")));
                    }
                });
                if unsaved {
                    ui.label(
                        RichText::new(t!("exercises-changed"))
                            .small()
                            .color(style::warm_text(ui)),
                    );
                }
                ui.label(
                    RichText::new(e.dose.describe())
                        .size(16.0)
                        .color(style::accent_text(ui)),
                );
                ui.label(RichText::new(e.display_instruction()).italics());
                ui.label(e.display_how_to());
                let rules: Vec<String> = e.rules.iter().map(|r| r.describe()).collect();
                let when = if rules.is_empty() {
                    t!("exercises-no-rules")
                } else {
                    rules.join("; ")
                };
                ui.label(style::muted(ui, t!("exercises-when", when = when)));
                let mut fits = t!("exercises-where", place = e.place.label());
                if !e.anchors.is_empty() {
                    let with: Vec<String> = e.anchors.iter().map(|r| r.label()).collect();
                    fits = t!("exercises-with", where = fits, routines = with.join("; "));
                }
                ui.label(style::muted(ui, fits));
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(
                            !guiding,
                            style::secondary(&t!("exercises-start", name = e.display_name())),
                        )
                        .on_hover_text(t!("exercises-start-hint"))
                        .on_disabled_hover_text(t!("exercises-start-disabled"))
                        .clicked()
                    {
                        clicked = Some(Clicked::Start);
                    }
                    if !e.builtin && ui.button(t!("exercises-edit", name = &e.name)).clicked() {
                        clicked = Some(Clicked::Edit);
                    }
                });
            });
        });
    });
    clicked
}

fn form<L: Link>(ui: &mut Ui, model: &mut Model<L>, prefs: &crate::core::Preferences) {
    let editing = model.own_editing;
    style::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let title = if editing {
            t!("exercises-edit", name = &model.own.name)
        } else {
            t!("exercises-add-title")
        };
        ui.label(RichText::new(title).strong().size(17.0));
        let own = &mut model.own;
        let mut problems: Vec<String> = Vec::new();
        egui::Grid::new("own-exercise")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let row = |ui: &mut Ui, label: &str, text: &mut String, hint: &str| {
                    let l = ui.label(label);
                    ui.add(
                        egui::TextEdit::singleline(text)
                            .desired_width(ui.available_width().min(320.0))
                            .hint_text(hint),
                    )
                    .labelled_by(l.id);
                    ui.end_row();
                };
                let dose_hint = crate::core::Dose::SetsOfReps { sets: 2, reps: 10 }.describe();
                row(
                    ui,
                    &t!("exercises-name"),
                    &mut own.name,
                    &t!("exercises-name-hint"),
                );
                row(ui, &t!("exercises-dose"), &mut own.dose, &dose_hint);
                row(
                    ui,
                    &t!("exercises-instruction"),
                    &mut own.instruction,
                    &t!("exercises-instruction-hint"),
                );
                let l = ui.label(t!("exercises-how-to"));
                ui.add(
                    egui::TextEdit::multiline(&mut own.how_to)
                        .desired_width(ui.available_width().min(320.0))
                        .desired_rows(3),
                )
                .labelled_by(l.id);
                ui.end_row();
                if !editing {
                    row(ui, &t!("exercises-every"), &mut own.sitting_minutes, "90");
                }
                let l = ui.label(t!("exercises-where-label"));
                egui::ComboBox::from_id_salt("own-place")
                    .selected_text(own.place.label())
                    .show_ui(ui, |ui| {
                        for p in crate::core::moment::Place::ALL {
                            ui.selectable_value(&mut own.place, p, p.label());
                        }
                    })
                    .response
                    .labelled_by(l.id);
                ui.end_row();
                row(
                    ui,
                    &t!("exercises-routines"),
                    &mut own.anchors,
                    &t!("exercises-routines-hint"),
                );
            });
        // Below the grid, the full width: a long label wraps there.
        ui.checkbox(&mut own.logged, t!("exercises-logged"));
        if !editing {
            own.id = OwnExercise::id_from_name(&own.name);
        }
        if own.name.trim().is_empty() {
            problems.push(t!("exercises-give-name"));
        } else if !editing
            && prefs
                .exercise(
                    &own.id
                        .parse()
                        .unwrap_or_else(|_| "x".parse().expect("valid")),
                )
                .is_some()
        {
            problems.push(t!("exercises-exists", name = own.name.trim()));
        }
        if let Err(e) = crate::core::Dose::parse_shown(&own.dose) {
            problems.push(t!("exercises-dose-problem", problem = e));
        }
        for p in own.routine_problems() {
            problems.push(t!("exercises-routines-problem", problem = p));
        }
        if !editing
            && !own
                .sitting_minutes
                .trim()
                .parse::<u32>()
                .is_ok_and(|m| EVERY_MINUTES_SITTING.contains(m))
        {
            problems.push(t!(
                "exercises-every-problem",
                min = EVERY_MINUTES_SITTING.min,
                max = EVERY_MINUTES_SITTING.max
            ));
        }
        for p in &problems {
            ui.colored_label(ui.visuals().error_fg_color, RichText::new(p).small());
        }
        ui.horizontal(|ui| {
            let label = if editing {
                t!("exercises-save")
            } else {
                t!("exercises-add")
            };
            if ui
                .add_enabled(problems.is_empty(), style::primary(&label))
                .clicked()
            {
                model.save_own();
                if matches!(model.notice, Some(Notice::Info(_))) {
                    model.own = OwnExercise::new();
                    model.own_editing = false;
                }
            }
            if editing && ui.add(style::secondary(&t!("exercises-cancel"))).clicked() {
                model.own = OwnExercise::new();
                model.own_editing = false;
            }
        });
        super::notice(ui, &model.notice);
    });
}
