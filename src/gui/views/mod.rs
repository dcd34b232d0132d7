//! One file per view; each draws from the model and calls its actions.
pub mod exercises;
pub mod history;
pub mod player;
pub mod schedule;
pub mod today;
pub mod welcome;

use super::model::Notice;

/// The outcome of the last action, under the buttons that caused it.
pub fn notice(ui: &mut egui::Ui, notice: &Option<Notice>) {
    match notice {
        Some(Notice::Info(text)) => {
            ui.label(egui::RichText::new(text).color(super::style::accent_text(ui)));
        }
        Some(Notice::Error(text)) => {
            ui.colored_label(ui.visuals().error_fg_color, text);
        }
        None => {}
    }
}

/// Narrower than this, two side-by-side parts of a view are stacked.
pub const WIDE: f32 = 680.0;

/// `left` and `right` side by side, or one above the other in a narrow
/// window (a small screen at a high scale).
pub fn two_columns(
    ui: &mut egui::Ui,
    left: impl FnOnce(&mut egui::Ui),
    right: impl FnOnce(&mut egui::Ui),
) {
    if ui.available_width() >= WIDE {
        ui.columns(2, |cols| {
            left(&mut cols[0]);
            right(&mut cols[1]);
        });
    } else {
        left(ui);
        ui.add_space(8.0);
        right(ui);
    }
}
