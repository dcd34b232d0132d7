//! The player: the guided session the daemon runs, above whichever view is
//! open. The exercise's illustration, the current step in large text, a
//! countdown ring, the reps and sets with the pacer's "up" and "down", what
//! comes next, and Pause / Skip step / Stop. It counts down on the window's
//! own clock from the daemon's last report (which comes with every step);
//! it repaints at most ten times a second while a session runs, and not at
//! all otherwise. When the session the window followed ends, what it came
//! to stays on screen until dismissed.

use crate::t;
use std::time::Duration;

use egui::{Align2, FontId, RichText, Stroke, Ui, pos2, vec2};

use super::exercises::illustration;
use crate::gui::link::Link;
use crate::gui::model::Model;
use crate::gui::style;
use crate::protocol::{GuideAction, Request};
use crate::report::{GuidedEntry, StepPart, clock_text};

/// The player's frame interval: ten frames a second at most.
pub const FRAME: Duration = Duration::from_millis(100);

pub fn show<L: Link>(ui: &mut Ui, model: &mut Model<L>) {
    let Some(status) = &model.status else {
        return;
    };
    let Some(entry) = &status.guided else {
        ended(ui, model);
        return;
    };
    // Counted on from the report, on this window's clock.
    let since = model
        .status_at
        .map_or(0, |t| t.elapsed().as_millis() as u64);
    let g = entry.later(since);
    model.following = Some(g.started);
    let mut action = None;
    style::due_card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_top(|ui| {
            ui.add(
                egui::Image::new(illustration(g.exercise.as_str()))
                    .fit_to_exact_size(vec2(120.0, 120.0))
                    .alt_text(t!("player-illustration", name = &g.name)),
            );
            ui.add_space(8.0);
            ring(ui, &g);
            ui.add_space(12.0);
            ui.vertical(|ui| {
                ui.label(style::muted(ui, format!("{} · {}", g.name, g.dose)));
                ui.label(RichText::new(&g.title).size(28.0).strong());
                ui.label(RichText::new(&g.detail).size(16.0));
                counts(ui, &g);
                let next = match &g.next {
                    Some(next) => t!("player-next", next = next),
                    None => t!("player-last"),
                };
                ui.label(style::muted(
                    ui,
                    t!(
                        "player-step",
                        step = g.step + 1,
                        steps = g.steps,
                        next = next
                    ),
                ));
            });
        });
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let (label, toggle) = if g.paused {
                (t!("player-resume"), GuideAction::Resume)
            } else {
                (t!("player-pause"), GuideAction::Pause)
            };
            if ui.add(style::primary(&label)).clicked() {
                action = Some(toggle);
            }
            if ui.add(style::secondary(&t!("player-skip"))).clicked() {
                action = Some(GuideAction::Skip);
            }
            if ui
                .add(style::secondary(&t!("player-stop")))
                .on_hover_text(t!("player-stop-hint"))
                .clicked()
            {
                action = Some(GuideAction::Stop);
            }
        });
    });
    ui.add_space(8.0);
    if let Some(action) = action {
        model.guide(action);
    } else if !g.paused {
        ui.ctx().request_repaint_after(FRAME);
    }
}

/// The countdown ring: the part of the step still to go, and the time
/// left in its middle (the time so far, for a stopwatch).
fn ring(ui: &mut Ui, g: &GuidedEntry) {
    let size = 120.0;
    let (rect, response) = ui.allocate_exact_size(vec2(size, size), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let centre = rect.center();
    let radius = size / 2.0 - 8.0;
    let track = ui.visuals().widgets.inactive.bg_fill;
    painter.circle_stroke(centre, radius, Stroke::new(10.0, track));
    let colour = match g.part {
        StepPart::Work => style::ACCENT,
        StepPart::Rest | StepPart::Switch => style::WARM,
    };
    let (left, text) = match g.seconds {
        Some(s) => {
            let total = u64::from(s) * 1000;
            let left = total.saturating_sub(g.elapsed_ms);
            (
                left as f32 / total.max(1) as f32,
                clock_text(left.div_ceil(1000)),
            )
        }
        None => (1.0, clock_text(g.elapsed_ms / 1000)),
    };
    if left > 0.0 {
        // Clockwise from the top, shrinking as the step runs.
        let steps = 64;
        let points: Vec<_> = (0..=steps)
            .map(|i| {
                let a = -std::f32::consts::FRAC_PI_2
                    + std::f32::consts::TAU * left * i as f32 / steps as f32;
                centre + radius * vec2(a.cos(), a.sin())
            })
            .collect();
        painter.add(egui::Shape::line(points, Stroke::new(10.0, colour)));
    }
    let text_colour = ui.visuals().strong_text_color();
    painter.text(
        centre,
        Align2::CENTER_CENTER,
        &text,
        FontId::proportional(26.0),
        text_colour,
    );
    if g.paused {
        painter.text(
            pos2(centre.x, centre.y + 24.0),
            Align2::CENTER_CENTER,
            t!("player-paused"),
            FontId::proportional(13.0),
            ui.visuals().weak_text_color(),
        );
    }
    let label = match g.seconds {
        Some(_) => t!("player-left-in", time = &text, step = &g.title),
        None => t!("player-so-far", time = &text),
    };
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
}

/// Keep or correct the minutes of a walk that ran by itself; whether the
/// card was shown.
fn confirm<L: Link>(ui: &mut Ui, model: &mut Model<L>) -> bool {
    let Some(end) = model
        .status
        .as_ref()
        .and_then(|s| s.guided_ended.clone())
        .filter(|e| e.to_confirm)
    else {
        return false;
    };
    let Some(minutes) = end.minutes else {
        return false;
    };
    if model.correct_minutes.0 != Some(end.started) {
        model.correct_minutes = (Some(end.started), minutes.to_string());
    }
    let mut send = None;
    style::due_card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(t!(
                "player-ran-by-itself",
                name = &end.name,
                minutes = minutes
            ))
            .size(17.0)
            .strong(),
        );
        ui.label(t!("player-stopped-earlier"));
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(t!("player-minutes"));
            ui.add(egui::TextEdit::singleline(&mut model.correct_minutes.1).desired_width(60.0))
                .labelled_by(l.id);
            if ui.add(style::primary(&t!("player-correct"))).clicked() {
                send = Some(model.correct_minutes.1.trim().parse::<u32>().map_err(|_| {
                    t!(
                        "player-not-number",
                        value = format!("{:?}", model.correct_minutes.1.trim())
                    )
                }));
            }
            if ui
                .add(style::secondary(&t!("player-keep", minutes = minutes)))
                .clicked()
            {
                send = Some(Ok(minutes));
            }
        });
    });
    ui.add_space(8.0);
    match send {
        Some(Ok(m)) => model.act(Request::Correct {
            minutes: (m != minutes).then_some(m),
        }),
        Some(Err(e)) => model.notice = Some(crate::gui::model::Notice::Error(e)),
        None => {}
    }
    true
}

/// "7 / 15 reps · up" and "Set 2 of 3".
fn counts(ui: &mut Ui, g: &GuidedEntry) {
    let Some(c) = &g.count else {
        return;
    };
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(crate::t!(
                "guide-count",
                done = c.done,
                total = c.total,
                unit = &c.unit
            ))
            .size(22.0)
            .strong()
            .color(style::accent_text(ui)),
        );
        if let Some(phase) = g.phase_text(g.elapsed_ms).filter(|_| !g.paused) {
            ui.label(RichText::new(phase.to_uppercase()).size(22.0).strong());
        }
    });
    if let Some([done, of]) = g.sets {
        ui.label(crate::t!("guide-sets-done", done = done, sets = of));
    }
}

/// What the session this window followed came to, until dismissed; and a
/// walk or ride that ran to its end by itself (the screen locked, the user
/// away) asks whether its minutes stand, in every window.
fn ended<L: Link>(ui: &mut Ui, model: &mut Model<L>) {
    if confirm(ui, model) {
        return;
    }
    let Some(followed) = model.following else {
        return;
    };
    let Some(end) = model
        .status
        .as_ref()
        .and_then(|s| s.guided_ended.as_ref())
        .filter(|e| e.started == followed)
    else {
        return;
    };
    let said = end.said.clone();
    let mut dismiss = false;
    style::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            ui.label(RichText::new(said).size(17.0));
            dismiss = ui.add(style::secondary("OK")).clicked();
        });
    });
    ui.add_space(8.0);
    if dismiss {
        model.following = None;
    }
}
