//! The window's shell: a header with the tabs, the current view, and a line
//! about the daemon. Reactive: it repaints on input, after actions, when the
//! daemon says something changed (`Model::keep_current`), and when the
//! countdown's minute turns.
//!
//! Each view is a page of its own that scrolls (its offset kept per view);
//! keyboard focus is kept on screen and in place; closing the window with
//! unsaved Schedule changes asks first.

use crate::t;
use egui::{Id, RichText, Ui, ViewportCommand};

use super::link::Link;
use super::model::{Connection, Model, Tab};
use super::{style, theme, views};

/// Below this width the header leaves out the title.
const NARROW: f32 = 680.0;

pub struct App<L: Link> {
    pub model: Model<L>,
    /// The widget with keyboard focus at the end of the last frame.
    last_focus: Option<Id>,
    /// Closing: asking whether to save the Schedule's unsaved changes.
    asking_to_close: bool,
    /// The user chose to close (after saving or discarding).
    may_close: bool,
    /// The window was fitted to the screen it opened on.
    fitted: bool,
}

impl<L: Link> App<L> {
    pub fn new(model: Model<L>) -> Self {
        App {
            model,
            last_focus: None,
            asking_to_close: false,
            may_close: false,
            fitted: false,
        }
    }

    pub fn show(&mut self, ui: &mut Ui) {
        self.fit_to_screen(ui.ctx());
        self.handle_close_request(ui.ctx());
        self.model.keep_current(ui.ctx());
        theme::apply(ui.ctx(), self.model.theme());
        super::fonts::follow(ui.ctx(), crate::i18n::current().language);

        egui::Panel::top("header")
            .frame(
                egui::Frame::new()
                    .inner_margin(egui::Margin::symmetric(16, 10))
                    .fill(ui.visuals().panel_fill),
            )
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    if ui.available_width() >= NARROW {
                        ui.label(
                            RichText::new("Second Heart")
                                .size(20.0)
                                .strong()
                                .color(style::accent_text(ui)),
                        );
                        ui.add_space(16.0);
                    }
                    let tabs = [
                        (Tab::Today, t!("tab-today")),
                        (Tab::Schedule, t!("tab-schedule")),
                        (Tab::Exercises, t!("tab-exercises")),
                        (Tab::History, t!("tab-history")),
                    ];
                    // First run shows only the welcome.
                    let tabs = if self.model.welcome {
                        &tabs[..0]
                    } else {
                        &tabs[..]
                    };
                    let before = self.model.tab;
                    for (tab, name) in tabs {
                        let tab = *tab;
                        ui.selectable_value(
                            &mut self.model.tab,
                            tab,
                            RichText::new(name).size(16.0),
                        );
                    }
                    if self.model.tab != before {
                        // A notice is about the view where it happened.
                        self.model.notice = None;
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
                    views::welcome::page(ui, &mut self.model);
                    return;
                }
                if !self.connection_banner(ui) {
                    return;
                }
                let tab = self.model.tab;
                // A guided session, whichever view is open.
                views::player::show(ui, &mut self.model);
                if tab == Tab::Schedule {
                    // Save, and what stops it, stay in view above the page.
                    views::schedule::bar(ui, &mut self.model);
                }
                // Each view keeps its own scroll offset.
                egui::ScrollArea::vertical()
                    .id_salt(("view", tab))
                    .show(ui, |ui| {
                        match tab {
                            Tab::Schedule => views::schedule::show(ui, &mut self.model),
                            Tab::Exercises => views::exercises::show(ui, &mut self.model),
                            Tab::History => views::history::show(ui, &mut self.model),
                            Tab::Today => views::today::show(ui, &mut self.model),
                        }
                        self.scroll_to_focus(ui);
                    });
            });
        self.close_dialog(ui);
        self.keep_focus(ui.ctx());
    }

    /// Scrolls the page to the widget that just got keyboard focus when it
    /// is (partly) outside the page's visible part.
    fn scroll_to_focus(&self, ui: &mut Ui) {
        let focused = ui.ctx().memory(|m| m.focused());
        if focused == self.last_focus {
            return;
        }
        let Some(r) = focused.and_then(|id| ui.ctx().read_response(id)) else {
            return;
        };
        // Clipped by the page's viewport: on the page and not all in view
        // (the widgets above the page are never clipped).
        if r.interact_rect != r.rect {
            ui.scroll_to_rect(r.rect.expand(8.0), None);
        }
    }

    /// Escape leaves focus where it was (egui drops it), so that Tab goes
    /// on from there; remembers the focus for the next frame.
    fn keep_focus(&mut self, ctx: &egui::Context) {
        let focused = ctx.memory(|m| m.focused());
        let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
        if escape
            && focused.is_none()
            && let Some(last) = self.last_focus
            && ctx.read_response(last).is_some()
        {
            ctx.memory_mut(|m| m.request_focus(last));
        }
        self.last_focus = ctx.memory(|m| m.focused());
    }

    /// The window manager asked to close: with unsaved Schedule changes the
    /// close is held and the user asked.
    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) {
            return;
        }
        if self.may_close || !self.model.unsaved_schedule() {
            return;
        }
        ctx.send_viewport_cmd(ViewportCommand::CancelClose);
        self.asking_to_close = true;
    }

    /// Save / Discard / Cancel for the unsaved Schedule changes.
    fn close_dialog(&mut self, ui: &mut Ui) {
        if !self.asking_to_close {
            return;
        }
        #[derive(PartialEq)]
        enum Choice {
            Save,
            Discard,
            Cancel,
        }
        let mut choice = None;
        let modal = egui::Modal::new(Id::unique("close-unsaved")).show(ui.ctx(), |ui| {
            ui.set_max_width(420.0);
            ui.label(RichText::new(t!("close-title")).size(18.0).strong());
            ui.label(t!("close-detail"));
            ui.add_space(6.0);
            ui.horizontal_wrapped(|ui| {
                if ui.add(style::primary(&t!("close-save"))).clicked() {
                    choice = Some(Choice::Save);
                }
                if ui.add(style::secondary(&t!("close-discard"))).clicked() {
                    choice = Some(Choice::Discard);
                }
                if ui.add(style::secondary(&t!("close-cancel"))).clicked() {
                    choice = Some(Choice::Cancel);
                }
            });
        });
        if choice.is_none() && modal.should_close() {
            choice = Some(Choice::Cancel);
        }
        match choice {
            Some(Choice::Save) => {
                self.asking_to_close = false;
                self.model.save_schedule();
                if self.model.unsaved_schedule() {
                    // Not saved (fields to fix, or a clash): show why.
                    self.model.tab = Tab::Schedule;
                } else {
                    self.close(ui.ctx());
                }
            }
            Some(Choice::Discard) => {
                self.asking_to_close = false;
                self.close(ui.ctx());
            }
            Some(Choice::Cancel) => self.asking_to_close = false,
            None => {}
        }
    }

    fn close(&mut self, ctx: &egui::Context) {
        self.may_close = true;
        ctx.send_viewport_cmd(ViewportCommand::Close);
    }

    /// A window larger than the screen it opens on (a small screen at a
    /// high scale) is made to fit, once.
    fn fit_to_screen(&mut self, ctx: &egui::Context) {
        if self.fitted {
            return;
        }
        let (inner, monitor) = ctx.input(|i| {
            let v = i.viewport();
            (v.inner_rect.map(|r| r.size()), v.monitor_size)
        });
        let (Some(inner), Some(monitor)) = (inner, monitor) else {
            return;
        };
        self.fitted = true;
        if let Some(size) = super::fitted_size(inner, monitor) {
            ctx.send_viewport_cmd(ViewportCommand::InnerSize(size));
        }
    }

    /// Says when the daemon cannot be reached and offers to start it.
    /// Returns whether there is data to show.
    fn connection_banner(&mut self, ui: &mut Ui) -> bool {
        let (title, detail) = match &self.model.connection {
            Connection::Connected => return true,
            Connection::NotRunning(None) => {
                (t!("daemon-not-running"), t!("daemon-not-running-detail"))
            }
            Connection::NotRunning(Some(why)) => (t!("daemon-not-started"), why.clone()),
            Connection::Failing(why) => (t!("daemon-not-answering"), why.clone()),
        };
        style::due_card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(title).size(18.0).strong());
            ui.label(detail);
            ui.add_space(6.0);
            let failing = matches!(self.model.connection, Connection::Failing(_));
            ui.horizontal(|ui| {
                if failing {
                    if ui.add(style::primary(&t!("daemon-restart"))).clicked() {
                        self.model.restart_daemon();
                    }
                } else if ui.add(style::primary(&t!("daemon-start"))).clicked() {
                    self.model.start_daemon();
                }
                if ui.add(style::secondary(&t!("daemon-try-again"))).clicked() {
                    self.model.refresh();
                }
            });
        });
        false
    }
}

/// The widest texture the window asks for. egui makes its font atlas as
/// wide as the GPU allows (16,384 px under Mesa's llvmpipe), then grows it
/// in height: a 16,384 px row of glyphs costs megabytes for the few sizes
/// of text this window shows. 2,048 px (egui's own portable default) holds
/// them in about 2 MB; the images (exercise drawings, the icon) are far
/// smaller.
pub const MAX_TEXTURE_SIDE: usize = 2048;

impl<L: Link> eframe::App for App<L> {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        raw_input.max_texture_side = Some(
            raw_input
                .max_texture_side
                .map_or(MAX_TEXTURE_SIDE, |side| side.min(MAX_TEXTURE_SIDE)),
        );
    }
}
