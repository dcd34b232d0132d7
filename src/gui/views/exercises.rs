//! Exercises: each session with its illustration, dose, how-to and rules,
//! and a form to add your own exercise or edit one you added.

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
    ui.heading("Exercises");
    if let Some(problem) = &model.schedule_problem {
        ui.colored_label(ui.visuals().error_fg_color, problem);
    }
    let Some(prefs) = saved.check().prefs else {
        ui.label("The saved schedule cannot be shown; see the Schedule tab.");
        return;
    };
    let mut open_schedule = false;
    if draft != saved {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(
                    "The Schedule tab has unsaved changes: this page shows the schedule in effect.",
                )
                .color(style::warm_text(ui)),
            );
            open_schedule = ui.link("Open the Schedule tab").clicked();
        });
    }
    ui.label(style::muted(
        ui,
        "Small, frequent sessions work the calf muscle pump. Not medical advice: with a history of DVT, \
         heart failure or leg pain, ask a clinician before changing your routine.",
    ));
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
                    .alt_text(format!("Illustration: {}", e.name)),
            );
            ui.vertical(|ui| {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(&e.name).size(19.0).strong());
                    if !e.enabled {
                        ui.label(style::muted(ui, "(off)"));
                    }
                });
                if unsaved {
                    ui.label(
                        RichText::new("Changed in the Schedule tab, not saved yet")
                            .small()
                            .color(style::warm_text(ui)),
                    );
                }
                ui.label(
                    RichText::new(e.dose.to_string())
                        .size(16.0)
                        .color(style::accent_text(ui)),
                );
                ui.label(RichText::new(&e.instruction).italics());
                ui.label(&e.how_to);
                let rules: Vec<String> = e.rules.iter().map(|r| r.describe()).collect();
                let when = if rules.is_empty() {
                    "no rules: never prompted".to_owned()
                } else {
                    rules.join("; ")
                };
                ui.label(style::muted(ui, format!("When: {when}")));
                let mut fits = format!("Where: {}", e.place.label());
                if !e.anchors.is_empty() {
                    let with: Vec<String> = e.anchors.iter().map(|r| r.label()).collect();
                    fits.push_str(&format!(" · With: {}", with.join("; ")));
                }
                ui.label(style::muted(ui, fits));
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(!guiding, style::secondary(&format!("Start {}", e.name)))
                        .on_hover_text("Do it now, guided step by step")
                        .on_disabled_hover_text("A guided session is running")
                        .clicked()
                    {
                        clicked = Some(Clicked::Start);
                    }
                    if !e.builtin && ui.button(format!("Edit {}", e.name)).clicked() {
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
            format!("Edit {}", model.own.name)
        } else {
            "Add your own exercise".to_owned()
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
                row(ui, "Name", &mut own.name, "Desk squats");
                row(ui, "Dose", &mut own.dose, "2 sets of 10");
                row(
                    ui,
                    "One-line instruction",
                    &mut own.instruction,
                    "Shown in the prompt",
                );
                let l = ui.label("How to");
                ui.add(
                    egui::TextEdit::multiline(&mut own.how_to)
                        .desired_width(ui.available_width().min(320.0))
                        .desired_rows(3),
                )
                .labelled_by(l.id);
                ui.end_row();
                if !editing {
                    row(
                        ui,
                        "Every N minutes of sitting",
                        &mut own.sitting_minutes,
                        "90",
                    );
                }
                let l = ui.label("Where");
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
                    "With routines",
                    &mut own.anchors,
                    "morning, evening, after-lunch, kettle or your own",
                );
            });
        // Below the grid, the full width: a long label wraps there.
        ui.checkbox(
            &mut own.logged,
            "I log it with minutes afterwards (like a walk)",
        );
        if !editing {
            own.id = OwnExercise::id_from_name(&own.name);
        }
        if own.name.trim().is_empty() {
            problems.push("Give it a name.".into());
        } else if !editing
            && prefs
                .exercise(
                    &own.id
                        .parse()
                        .unwrap_or_else(|_| "x".parse().expect("valid")),
                )
                .is_some()
        {
            problems.push(format!(
                "There is already an exercise called {}.",
                own.name.trim()
            ));
        }
        if let Err(e) = crate::core::Dose::parse_shown(&own.dose) {
            problems.push(format!("Dose: {e}"));
        }
        for p in own.routine_problems() {
            problems.push(format!("Routines: {p}"));
        }
        if !editing
            && !own
                .sitting_minutes
                .trim()
                .parse::<u32>()
                .is_ok_and(|m| EVERY_MINUTES_SITTING.contains(m))
        {
            problems.push(format!(
                "Every N minutes: a number from {EVERY_MINUTES_SITTING}."
            ));
        }
        for p in &problems {
            ui.colored_label(ui.visuals().error_fg_color, RichText::new(p).small());
        }
        ui.horizontal(|ui| {
            let label = if editing {
                "Save changes"
            } else {
                "Add exercise"
            };
            if ui
                .add_enabled(problems.is_empty(), style::primary(label))
                .clicked()
            {
                model.save_own();
                if matches!(model.notice, Some(Notice::Info(_))) {
                    model.own = OwnExercise::new();
                    model.own_editing = false;
                }
            }
            if editing && ui.add(style::secondary("Cancel")).clicked() {
                model.own = OwnExercise::new();
                model.own_editing = false;
            }
        });
        super::notice(ui, &model.notice);
    });
}
