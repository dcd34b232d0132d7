//! One file per view; each draws from the model and calls its actions.
pub mod exercises;
pub mod history;
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
