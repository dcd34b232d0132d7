//! History: the last twelve weeks at a glance. A calendar heat map of the
//! days done, active minutes per week against the weekly target, each
//! exercise's streak, how many prompts were done, and an export of the whole
//! history as CSV.
//!
//! The data comes from the daemon (`Model::history`); it is fetched when the
//! view is first shown and again whenever the status has been refreshed
//! since, so what is drawn is never older than the rest of the window.

mod heat_map;

use crate::t;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use egui::{Align, Align2, Id, Layout, RichText, Role, Ui, WidgetInfo, vec2};
use egui_plot::{AxisHints, Bar, BarChart, GridMark, HLine, HoverPosition, LineStyle, Plot};

use crate::gui::link::Link;
use crate::gui::model::{Model, Notice};
use crate::gui::style;
use crate::report::{self, HistoryReport, WeekEntry};
use crate::store::{HistoryFile, Paths};

pub use heat_map::day_text;

/// How many weeks the view asks the daemon for.
pub const WEEKS: usize = 12;

/// How many weeks of prompt completion the table lists, newest first.
const COMPLETION_WEEKS: usize = 6;

pub fn show<L: Link>(ui: &mut Ui, model: &mut Model<L>) {
    fetch_if_stale(ui, model);
    if model.history.is_none() {
        // The shell says why there is nothing to show.
        return;
    }
    header(ui);
    let Some(history) = model.history.clone() else {
        return;
    };
    ui.add_space(6.0);
    super::two_columns(
        ui,
        |ui| {
            style::card(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                heat_map::heat_map(ui, &history);
            });
        },
        |ui| {
            style::card(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                streaks(ui, &history);
                moments(ui, &history);
            });
        },
    );
    ui.add_space(10.0);
    weekly_chart(ui, &history);
    ui.add_space(10.0);
    super::two_columns(
        ui,
        |ui| {
            style::card(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                completion(ui, &history);
            });
        },
        |ui| {
            style::card(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                export(ui, model, history.today);
            });
        },
    );
}

/// Fetches the history when the view has none yet, or when the status has
/// been refreshed since the last fetch (after an action, or a change the
/// daemon told of). At most once per status, so a daemon that cannot
/// answer is not asked again every frame.
fn fetch_if_stale<L: Link>(ui: &Ui, model: &mut Model<L>) {
    let key = Id::unique("history-view-fetched-for-status");
    let stamp: Option<u64> = model.status.as_ref().map(|_| model.refreshes);
    let fetched_for: Option<Option<u64>> = ui.data(|d| d.get_temp(key));
    if fetched_for.as_ref() != Some(&stamp) {
        model.refresh_history(WEEKS);
        ui.data_mut(|d| d.insert_temp(key, stamp));
    }
}

fn header(ui: &mut Ui) {
    ui.horizontal(|ui| {
        ui.heading(t!("history-title"));
        ui.label(style::muted(ui, t!("history-last-weeks", weeks = WEEKS)));
    });
}

/// "1 day", "4 days".
fn days(n: u32) -> String {
    t!("history-days", days = n)
}

/// "12 sessions in meetings this week": what the moments added.
fn moments(ui: &mut Ui, history: &HistoryReport) {
    let sessions = |n: usize| t!("history-sessions", count = n);
    let mut parts = Vec::new();
    if history.in_meetings_this_week > 0 {
        parts.push(t!(
            "history-in-meetings",
            sessions = sessions(history.in_meetings_this_week)
        ));
    }
    if history.in_calls_this_week > 0 {
        parts.push(t!(
            "history-in-calls",
            sessions = sessions(history.in_calls_this_week)
        ));
    }
    if !parts.is_empty() {
        ui.add_space(6.0);
        ui.label(t!("history-moments-week", parts = parts.join(", ")));
    }
}

fn streaks(ui: &mut Ui, history: &HistoryReport) {
    ui.label(RichText::new(t!("history-streaks")).strong());
    let enabled: Vec<_> = history.exercises.iter().filter(|e| e.enabled).collect();
    if enabled.is_empty() {
        ui.label(style::muted(ui, t!("history-none-on")));
        return;
    }
    egui::Grid::new("history-streaks")
        .num_columns(3)
        .striped(true)
        .spacing(vec2(14.0, 4.0))
        .show(ui, |ui| {
            ui.label(style::muted(ui, t!("history-exercise")).small());
            ui.label(style::muted(ui, t!("history-current")).small());
            ui.label(style::muted(ui, t!("history-best")).small());
            ui.end_row();
            for e in enabled {
                ui.label(&e.name);
                let current = RichText::new(days(e.streak.current));
                ui.label(if e.streak.current > 0 {
                    current.strong().color(style::accent_text(ui))
                } else {
                    current
                });
                ui.label(days(e.streak.best));
                ui.end_row();
            }
        });
}

/// A week's start for the axis: "16 Nov".
fn week_label(w: &WeekEntry) -> String {
    crate::i18n::format::day_month(&w.start)
}

fn weekly_chart(ui: &mut Ui, history: &HistoryReport) {
    let target = history.weekly_target_minutes;
    let weeks = &history.weeks;
    ui.horizontal(|ui| {
        ui.label(RichText::new(t!("history-active-minutes")).strong());
        if target > 0 {
            ui.label(style::muted(ui, t!("history-target-line", target = target)));
        }
    });
    ui.label(style::muted(ui, active_minutes_meaning(history)));
    if weeks.is_empty() {
        ui.label(style::muted(ui, t!("history-no-weeks")));
        return;
    }
    let labels: Vec<String> = weeks.iter().map(week_label).collect();
    let bars: Vec<Bar> = weeks
        .iter()
        .zip(&labels)
        .enumerate()
        .map(|(i, (w, label))| {
            Bar::new(i as f64, f64::from(w.minutes))
                .name(t!("history-week-of", date = label))
                .width(0.6)
                .fill(style::ACCENT)
        })
        .collect();
    let chart = BarChart::new(t!("history-active-minutes"), bars)
        .color(style::ACCENT)
        .element_formatter(Box::new(|bar, _| {
            t!("history-bar", week = &bar.name, minutes = bar.value.round())
        }));
    let n = weeks.len();
    let top = weeks
        .iter()
        .map(|w| w.minutes)
        .max()
        .unwrap_or(0)
        .max(target)
        .max(30);
    let target_name = t!("history-target", target = target);
    let hover_target = target_name.clone();
    let x_axis =
        AxisHints::new_x()
            .label_spacing(40.0..=52.0)
            .formatter(move |mark: GridMark, _| {
                let i = mark.value.round();
                if (mark.value - i).abs() > 1e-6 || i < 0.0 {
                    return String::new();
                }
                labels.get(i as usize).cloned().unwrap_or_default()
            });
    let summary = chart_summary(history);
    let warm = style::warm_text(ui);
    let response = Plot::new("history-weekly-minutes")
        .height(220.0)
        .width(ui.available_width())
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .allow_axis_zoom_drag(false)
        .show_crosshair(false)
        .show_grid([false, true])
        .include_x(-0.6)
        .include_x(n as f64 - 0.4)
        .include_y(0.0)
        .include_y(f64::from(top) * 1.15)
        .custom_x_axes(vec![x_axis])
        .x_grid_spacer(move |_| {
            // One mark per week; every other one counts double, so when the
            // chart is narrow the odd weeks' labels give way first.
            (0..n)
                .map(|i| GridMark {
                    value: i as f64,
                    step_size: if (n - 1 - i).is_multiple_of(2) {
                        2.0
                    } else {
                        1.0
                    },
                })
                .collect()
        })
        .y_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .label_formatter(move |pos: &HoverPosition<'_>| match pos {
            HoverPosition::NearDataPoint { plot_name, .. } if *plot_name == hover_target => {
                Some(hover_target.clone())
            }
            _ => None,
        })
        .show(ui, move |plot| {
            plot.bar_chart(chart);
            if target > 0 {
                plot.hline(
                    HLine::new(target_name.clone(), f64::from(target))
                        .color(warm)
                        .width(1.5)
                        .style(LineStyle::dashed_loose()),
                );
                plot.text(
                    egui_plot::Text::new(
                        "target-label",
                        egui_plot::PlotPoint::new(-0.5, f64::from(target)),
                        RichText::new(target_name).small().color(warm),
                    )
                    .anchor(Align2::LEFT_BOTTOM),
                );
            }
        })
        .response;
    response.widget_info(|| WidgetInfo::labeled(Role::Figure, true, &summary));
}

/// What counts as an active minute, in the words of the view (the same
/// figure as Today's target bars, `status` and the weekly nudge).
pub fn active_minutes_meaning(history: &HistoryReport) -> String {
    let names = &history.active_minutes_of;
    match names.as_slice() {
        [] => t!("history-active-none"),
        [one] => t!("history-active-one", name = one),
        [rest @ .., last] => t!("history-active-many", names = rest.join(", "), last = last),
    }
}

/// What the chart shows, in words, for screen readers.
fn chart_summary(history: &HistoryReport) -> String {
    let this_week = history.weeks.last().map(|w| w.minutes).unwrap_or(0);
    let mut text = t!("history-summary", minutes = this_week);
    if history.weekly_target_minutes > 0 {
        text = t!(
            "history-summary-target",
            summary = text,
            target = history.weekly_target_minutes
        );
    }
    let weeks = history.weeks.len();
    if weeks > 1 {
        let total: u32 = history.weeks.iter().map(|w| w.minutes).sum();
        text = t!(
            "history-summary-average",
            summary = text,
            average = total / weeks as u32,
            weeks = weeks
        );
    }
    text
}

fn percent(fraction: f64) -> String {
    format!("{:.0}%", fraction * 100.0)
}

fn completion(ui: &mut Ui, history: &HistoryReport) {
    ui.label(RichText::new(t!("history-prompts-done")).strong());
    let (done, asked) = history.weeks.iter().fold((0, 0), |(d, a), w| {
        (d + w.done, a + w.done + w.skipped + w.missed)
    });
    if asked > 0 {
        ui.label(style::muted(
            ui,
            t!(
                "history-completion",
                percent = percent(f64::from(done) / f64::from(asked)),
                weeks = history.weeks.len(),
                done = done,
                asked = asked
            ),
        ));
    }
    egui::Grid::new("history-completion")
        .num_columns(3)
        .striped(true)
        .spacing(vec2(14.0, 4.0))
        .show(ui, |ui| {
            let n = history.weeks.len();
            for (age, w) in history
                .weeks
                .iter()
                .rev()
                .take(COMPLETION_WEEKS)
                .enumerate()
            {
                let name = match age {
                    0 if n > 0 => t!("history-this-week"),
                    1 => t!("history-last-week"),
                    _ => t!("history-week-of", date = week_label(w)),
                };
                ui.label(name);
                match w.completion {
                    Some(c) => {
                        ui.label(RichText::new(percent(c)).strong());
                        ui.label(style::muted(
                            ui,
                            t!(
                                "history-done-of",
                                done = w.done,
                                asked = w.done + w.skipped + w.missed
                            ),
                        ));
                    }
                    None => {
                        ui.label("–");
                        ui.label(style::muted(ui, t!("history-no-prompts")));
                    }
                }
                ui.end_row();
            }
        });
}

fn export<L: Link>(ui: &mut Ui, model: &mut Model<L>, today: NaiveDate) {
    // Not stretched to the column's width like the rest of `columns`.
    ui.with_layout(Layout::top_down(Align::Min), |ui| {
        export_inner(ui, model, today)
    });
}

fn export_inner<L: Link>(ui: &mut Ui, model: &mut Model<L>, today: NaiveDate) {
    ui.label(RichText::new(t!("history-export")).strong());
    if model.export_folder.is_none() {
        model.export_folder = export_folder().ok();
    }
    let Some(folder) = model.export_folder.clone() else {
        ui.label(style::muted(ui, t!("history-no-home")));
        return;
    };
    ui.label(style::muted(
        ui,
        t!("history-export-where", folder = folder.describe()),
    ));
    if ui
        .add(style::secondary(&t!("history-export-button")))
        .clicked()
    {
        model.notice = Some(export_to(&folder.path, today));
    }
    super::notice(ui, &model.notice);
}

/// Where the Export button writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportFolder {
    pub path: PathBuf,
    /// The XDG documents folder (`XDG_DOCUMENTS_DIR` in user-dirs.dirs),
    /// or else the home folder.
    pub documents: bool,
    /// The path as the view writes it: under the home folder as `~/...`.
    pub shown: String,
}

impl ExportFolder {
    /// "your Documents folder (~/Documents)".
    pub fn describe(&self) -> String {
        if self.documents {
            t!("history-documents", path = &self.shown)
        } else {
            t!("history-home", path = &self.shown)
        }
    }
}

/// `path` with the home folder written `~`.
fn tilde(path: &Path, home: &Path) -> String {
    match path.strip_prefix(home) {
        Ok(rest) if rest.as_os_str().is_empty() => "~".to_owned(),
        Ok(rest) => format!("~/{}", rest.display()),
        Err(_) => path.display().to_string(),
    }
}

/// The documents folder the desktop names (and that exists), or the home
/// folder where there is none: what the view promises is where it writes.
/// Looked up once a window (`Model::export_folder`).
pub fn export_folder() -> Result<ExportFolder, String> {
    let dirs = directories::UserDirs::new().ok_or_else(|| t!("history-no-home"))?;
    let home = dirs.home_dir();
    let (path, documents) = match dirs.document_dir().filter(|d| d.is_dir()) {
        Some(d) => (d.to_path_buf(), true),
        None => (home.to_path_buf(), false),
    };
    Ok(ExportFolder {
        shown: tilde(&path, home),
        path,
        documents,
    })
}

/// The Export button: the real history file into `dir`.
fn export_to(dir: &Path, today: NaiveDate) -> Notice {
    let paths = match Paths::from_env() {
        Ok(p) => p,
        Err(e) => return Notice::Error(t!("history-cannot-export", reason = e)),
    };
    match export_csv(&paths.history, dir, today) {
        Ok((path, n)) => Notice::Info(t!(
            "history-exported",
            count = n,
            path = path.display().to_string()
        )),
        Err(e) => Notice::Error(e),
    }
}

/// Writes the history file at `history_path` as CSV (a header line, then
/// one line per session) to `dir/second-heart-history-<today>.csv`,
/// replacing an export made earlier the same day. Returns the file written
/// and how many sessions it holds.
///
/// A history file that does not exist yet means nothing has been recorded:
/// the export is then just the header, with 0 sessions. Unreadable lines in
/// the history are left out, as everywhere else. `dir` must exist.
pub fn export_csv(
    history_path: &Path,
    dir: &Path,
    today: NaiveDate,
) -> Result<(PathBuf, usize), String> {
    let (history, _unreadable) = HistoryFile::new(history_path.to_path_buf())
        .load()
        .map_err(|e| format!("Cannot read the history {}: {e}", history_path.display()))?;
    let path = dir.join(format!("second-heart-history-{today}.csv"));
    fs::write(&path, report::csv(&history))
        .map_err(|e| format!("Cannot write {}: {e}", path.display()))?;
    Ok((path, history.len()))
}
