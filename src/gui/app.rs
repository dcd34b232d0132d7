//! The window's shell: a header with the tabs, the current view, and a line
//! about the daemon. Reactive: it repaints on input, after actions, when the
//! daemon says something changed (`Model::keep_current`), and when the
//! countdown's minute turns.

use egui::{RichText, Ui};

use super::link::Link;
use super::model::{Connection, Model, Tab};
use super::{style, views};

pub struct App<L: Link> {
    pub model: Model<L>,
}

impl<L: Link> App<L> {
    pub fn new(model: Model<L>) -> Self {
        App { model }
    }

    pub fn show(&mut self, ui: &mut Ui) {
        self.model.keep_current(ui.ctx());

        egui::Panel::top("header")
            .frame(
                egui::Frame::new()
                    .inner_margin(egui::Margin::symmetric(16, 10))
                    .fill(ui.visuals().panel_fill),
            )
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new("Second Heart")
                            .size(20.0)
                            .strong()
                            .color(style::ACCENT),
                    );
                    ui.add_space(16.0);
                    let tabs = [
                        (Tab::Today, "Today"),
                        (Tab::Schedule, "Schedule"),
                        (Tab::Exercises, "Exercises"),
                        (Tab::History, "History"),
                    ];
                    // First run shows only the welcome.
                    let tabs = if self.model.welcome {
                        &tabs[..0]
                    } else {
                        &tabs[..]
                    };
                    for &(tab, name) in tabs {
                        ui.selectable_value(
                            &mut self.model.tab,
                            tab,
                            RichText::new(name).size(16.0),
                        );
                    }
                });
            });

        egui::CentralPanel::default()
            .frame(
                egui::Frame::new()
                    .inner_margin(egui::Margin::symmetric(18, 12))
                    .fill(ui.visuals().panel_fill),
            )
            .show(ui, |ui| {
                if self.model.welcome {
                    egui::ScrollArea::vertical()
                        .id_salt("welcome")
                        .show(ui, |ui| views::welcome::show(ui, &mut self.model));
                    return;
                }
                if !self.connection_banner(ui) {
                    return;
                }
                egui::ScrollArea::vertical()
                    .id_salt("view")
                    .show(ui, |ui| match self.model.tab {
                        Tab::Schedule => views::schedule::show(ui, &mut self.model),
                        Tab::Exercises => views::exercises::show(ui, &mut self.model),
                        Tab::History => views::history::show(ui, &mut self.model),
                        Tab::Today => views::today::show(ui, &mut self.model),
                    });
            });
    }

    /// Says when the daemon cannot be reached and offers to start it.
    /// Returns whether there is data to show.
    fn connection_banner(&mut self, ui: &mut Ui) -> bool {
        let (title, detail) = match &self.model.connection {
            Connection::Connected => return true,
            Connection::NotRunning(None) => (
                "The background daemon is not running.",
                "Prompts only arrive while it runs. Start it to see today's sessions.".to_owned(),
            ),
            Connection::NotRunning(Some(why)) => {
                ("The background daemon could not be started.", why.clone())
            }
            Connection::Failing(why) => ("The background daemon is not answering.", why.clone()),
        };
        style::due_card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(title).size(18.0).strong());
            ui.label(detail);
            ui.add_space(6.0);
            let failing = matches!(self.model.connection, Connection::Failing(_));
            ui.horizontal(|ui| {
                if failing {
                    if ui.add(style::primary("Restart it")).clicked() {
                        self.model.restart_daemon();
                    }
                } else if ui.add(style::primary("Start it")).clicked() {
                    self.model.start_daemon();
                }
                if ui.add(style::secondary("Try again")).clicked() {
                    self.model.refresh();
                }
            });
        });
        false
    }
}

impl<L: Link> eframe::App for App<L> {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
