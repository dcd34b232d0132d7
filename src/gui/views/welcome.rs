//! First run: a short welcome, the safety line, a choice of starter
//! schedule and the seed's three everyday moments as one-click choices
//! (written as the preferences file when the user starts). The Start
//! button stays in view below the page, whatever the window's size.

use crate::t;
use egui::{Align, Layout, RichText, Ui};

use crate::core::preferences::{Moments, Starter};
use crate::gui::link::Link;
use crate::gui::model::Model;
use crate::gui::style;

/// The whole welcome: Start at the bottom, the page above it scrolling.
pub fn page<L: Link>(ui: &mut Ui, model: &mut Model<L>) {
    ui.with_layout(Layout::bottom_up(Align::Center), |ui| {
        if ui.add(style::primary(&t!("welcome-start"))).clicked() {
            model.finish_welcome();
        }
        super::notice(ui, &model.notice);
        ui.separator();
        ui.with_layout(Layout::top_down(Align::Min), |ui| {
            egui::ScrollArea::vertical()
                .id_salt("welcome")
                .show(ui, |ui| show(ui, model));
        });
    });
}

pub fn show<L: Link>(ui: &mut Ui, model: &mut Model<L>) {
    // A short window (a small screen at a high scale) keeps its room for
    // the text and the choices.
    let icon = if ui.ctx().content_rect().height() < 480.0 {
        48.0
    } else {
        96.0
    };
    ui.vertical_centered(|ui| {
        ui.set_max_width(ui.available_width().min(640.0));
        ui.add(
            egui::Image::new(egui::include_image!(
                "../../../assets/icons/second-heart.svg"
            ))
            .fit_to_exact_size(egui::vec2(icon, icon))
            .alt_text("Second Heart"),
        );
        ui.label(RichText::new(t!("welcome-title")).size(26.0).strong());
        ui.add_space(4.0);
        ui.label(t!("welcome-intro"));
        ui.add_space(8.0);
        style::due_card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(t!("welcome-safety")).strong());
        });
        ui.add_space(10.0);
        ui.label(RichText::new(t!("welcome-choose")).size(16.0));
    });
    ui.add_space(6.0);
    for starter in Starter::ALL {
        let selected = model.starter == starter;
        let frame = if selected {
            style::due_card(ui)
        } else {
            style::card(ui)
        };
        let r = frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.radio_value(
                &mut model.starter,
                starter,
                RichText::new(starter.title()).size(17.0).strong(),
            );
            ui.label(starter.summary());
        });
        if r.response.interact(egui::Sense::click()).clicked() {
            model.starter = starter;
        }
        ui.add_space(4.0);
    }
    moments(ui, &mut model.moments);
}

/// Ankle rotations in meetings, calf raises while brushing teeth, a walk
/// during calls: each one click on or off.
fn moments(ui: &mut Ui, moments: &mut Moments) {
    ui.add_space(6.0);
    ui.label(RichText::new(t!("welcome-moments")).size(16.0).strong());
    let flags = [
        &mut moments.meetings,
        &mut moments.brushing_teeth,
        &mut moments.calls,
    ];
    for (flag, (title, what)) in flags.into_iter().zip(Moments::explained()) {
        ui.horizontal_wrapped(|ui| {
            ui.checkbox(flag, RichText::new(&title).strong())
                .on_hover_text(&what);
            ui.label(style::muted(ui, what));
        });
    }
}
