//! The History view's calendar heat map: one square a day, twelve weeks in
//! columns, shaded by how many sessions were done, with rest days, days
//! before the first use and today marked, a legend, and each square named
//! for screen readers. The squares grow with the window's width.

use crate::t;
use chrono::{Datelike, Duration, NaiveDate};
use egui::{
    Align2, Color32, CornerRadius, FontId, Painter, Rect, RichText, Role, Sense, Stroke,
    StrokeKind, Ui, WidgetInfo, vec2,
};

use crate::gui::style;
use crate::report::{DayEntry, HistoryReport};

/// A heat map square, smallest and largest, and the gap between squares,
/// in points; between those sizes, the map fills its card's width.
const CELL: f32 = 14.0;
const MAX_CELL: f32 = 44.0;
const GAP: f32 = 3.0;
/// Room for the weekday names left of the grid and the month names above it.
const DAY_LABELS: f32 = 34.0;
const MONTH_LABELS: f32 = 16.0;

/// What a day square says, on hover and to a screen reader:
/// "Mon 23 Nov: 3 done, 1 skipped, 40 min"; "Mon 7 Sep: before your first
/// session" for a day before the app was used (`started` false).
pub fn day_text(day: NaiveDate, entry: &DayEntry, started: bool) -> String {
    if !started {
        return t!(
            "heat-before-first",
            date = crate::i18n::format::date_short(&day)
        );
    }
    let mut parts = vec![t!("heat-done", count = entry.done)];
    if entry.skipped > 0 {
        parts.push(t!("heat-skipped", count = entry.skipped));
    }
    if entry.missed > 0 {
        parts.push(t!("heat-missed", count = entry.missed));
    }
    if entry.minutes > 0 {
        parts.push(t!("heat-minutes", minutes = entry.minutes));
    }
    if !entry.scheduled {
        parts.push(t!("heat-rest-day"));
    }
    format!(
        "{}: {}",
        crate::i18n::format::date_short(&day),
        parts.join(", ")
    )
}

/// The fill for a day with `done` sessions: faint for none, then steps from
/// there to the accent for 1, 2 to 3, and 4 or more (in both themes, since
/// the steps start from the theme's own neutral).
fn shade(ui: &Ui, done: u32) -> Color32 {
    let none = ui.visuals().widgets.inactive.bg_fill;
    match done {
        0 => none,
        1 => none.lerp_to_gamma(style::ACCENT, 0.4),
        2 | 3 => none.lerp_to_gamma(style::ACCENT, 0.7),
        _ => style::ACCENT,
    }
}

/// One square. Rest days (nothing scheduled) are a little smaller, and only
/// outlined when nothing was done; today gets a ring.
fn paint_day(ui: &Ui, painter: &Painter, cell: Rect, done: u32, scheduled: bool, today: bool) {
    let radius = CornerRadius::same(3);
    if scheduled {
        painter.rect_filled(cell, radius, shade(ui, done));
    } else if done == 0 {
        painter.rect_stroke(
            cell.shrink(1.5),
            radius,
            Stroke::new(1.0, ui.visuals().widgets.inactive.bg_fill),
            StrokeKind::Inside,
        );
    } else {
        painter.rect_filled(cell.shrink(1.5), radius, shade(ui, done));
    }
    if today {
        painter.rect_stroke(
            cell.expand(1.0),
            CornerRadius::same(4),
            Stroke::new(1.5, ui.visuals().strong_text_color()),
            StrokeKind::Outside,
        );
    }
}

pub fn heat_map(ui: &mut Ui, history: &HistoryReport) {
    ui.label(RichText::new(t!("heat-title")).strong());
    let today = history.today;
    let days: Vec<(NaiveDate, &DayEntry)> = history
        .days
        .iter()
        .map(|e| (e.date, e))
        .filter(|(d, _)| *d <= today)
        .collect();
    let Some(first) = days
        .first()
        .map(|(d, _)| crate::core::stats::week_start(*d, history.week_start))
    else {
        ui.label(style::muted(ui, t!("heat-nothing")));
        return;
    };
    let weeks = ((today - first).num_days() / 7 + 1) as usize;
    let cell = ((ui.available_width() - DAY_LABELS) / weeks as f32 - GAP).clamp(CELL, MAX_CELL);
    let step = cell + GAP;
    let size = vec2(
        DAY_LABELS + weeks as f32 * step,
        MONTH_LABELS + 7.0 * step - GAP,
    );
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter().clone();
    let font = FontId::proportional(11.5);
    let weak = ui.visuals().weak_text_color();

    // The rows start on the user's first day of the week, named in their
    // language (the first column's days are that week's).
    let row_names =
        (0..7).map(|k| crate::i18n::format::weekday_short(&(first + Duration::days(k))));
    for (row, name) in row_names.enumerate() {
        let y = rect.top() + MONTH_LABELS + row as f32 * step + cell / 2.0;
        painter.text(
            egui::pos2(rect.left(), y),
            Align2::LEFT_CENTER,
            name,
            font.clone(),
            weak,
        );
    }

    for (col, month) in month_labels(first, weeks) {
        let x = rect.left() + DAY_LABELS + col as f32 * step;
        painter.text(
            egui::pos2(x, rect.top()),
            Align2::LEFT_TOP,
            month,
            font.clone(),
            weak,
        );
    }

    for (day, entry) in days {
        let col = ((day - first).num_days() / 7) as f32;
        let row = ((day - first).num_days() % 7) as f32;
        let min = rect.min + vec2(DAY_LABELS + col * step, MONTH_LABELS + row * step);
        let square = Rect::from_min_size(min, vec2(cell, cell));
        // Before the first use nothing was asked: drawn like a rest day.
        let started = history.first_use.is_some_and(|f| day >= f);
        paint_day(
            ui,
            &painter,
            square,
            entry.done,
            entry.scheduled && started,
            day == today,
        );
        let text = day_text(day, entry, started);
        let cell = square;
        let response = ui.interact(
            cell,
            ui.make_persistent_id(("history-day", day)),
            Sense::hover(),
        );
        response.widget_info(|| WidgetInfo::labeled(Role::Cell, true, &text));
        response.on_hover_text(text);
    }

    ui.add_space(4.0);
    legend(ui);
    let counted = history.days_done;
    if counted.scheduled > 0 {
        ui.label(
            style::muted(
                ui,
                t!(
                    "heat-days-done",
                    done = counted.done,
                    scheduled = counted.scheduled
                ),
            )
            .small(),
        );
    }
}

/// Month names over the columns where a month starts (the column holding
/// its 1st), and over the first column unless a name follows too closely.
fn month_labels(first: NaiveDate, weeks: usize) -> Vec<(usize, String)> {
    let mut labels: Vec<(usize, String)> = Vec::new();
    for col in 0..weeks {
        let monday = first + Duration::weeks(col as i64);
        let sunday = monday + Duration::days(6);
        let starts = col == 0 || (0..7).any(|k| (monday + Duration::days(k)).day() == 1);
        if starts {
            labels.push((col, crate::i18n::format::month_short(&sunday)));
        }
    }
    if labels.len() > 1 && labels[1].0 <= 2 {
        labels.remove(0);
    }
    labels
}

fn legend(ui: &mut Ui) {
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = GAP;
        ui.label(style::muted(ui, t!("heat-less")).small());
        ui.add_space(3.0);
        for (done, what) in [
            (0, t!("heat-none-done")),
            (1, t!("heat-one-done")),
            (2, t!("heat-two-three")),
            (4, t!("heat-four-more")),
        ] {
            let (cell, response) = ui.allocate_exact_size(vec2(CELL, CELL), Sense::hover());
            paint_day(ui, ui.painter(), cell, done, true, false);
            response.on_hover_text(what);
        }
        ui.add_space(3.0);
        ui.label(style::muted(ui, t!("heat-more")).small());
        ui.add_space(14.0);
        let (cell, response) = ui.allocate_exact_size(vec2(CELL, CELL), Sense::hover());
        paint_day(ui, ui.painter(), cell, 0, false, false);
        response.on_hover_text(t!("heat-rest-hint"));
        ui.add_space(3.0);
        ui.label(style::muted(ui, t!("heat-rest-legend")).small());
    });
}
