//! The look: calm teal accents, generous spacing, rounded cards, larger text
//! than egui's defaults, in a light and a dark theme (the user's choice, or
//! the desktop's; see `theme`).
//!
//! Every colour text is drawn in meets WCAG AA against what it is drawn on
//! (4.5:1), and the edges of text fields and meters 3:1, in both themes: the
//! tests below compute the ratios from the colours `apply` sets and the
//! helpers here hand out, so a colour change that breaks it fails there.

use egui::{
    Color32, CornerRadius, FontId, Frame, Margin, Rect, Response, RichText, Role, Sense, Stroke,
    StrokeKind, TextStyle, Theme, Ui, Visuals, WidgetInfo, vec2,
};

/// The accent as a fill (primary buttons, selected tabs in the dark theme,
/// meters, the heat map): white text on it reads at 6:1.
pub const ACCENT: Color32 = Color32::from_rgb(0x17, 0x70, 0x5b);
/// Warm orange for what asks for attention, as strokes and marks; text in
/// that tone is `warm_text`.
pub const WARM: Color32 = Color32::from_rgb(0xf2, 0xa5, 0x41);

/// Accent-coloured text, per theme (the fill is too dark to read on the
/// dark theme's panels).
const ACCENT_TEXT_DARK: Color32 = Color32::from_rgb(0x4c, 0xc9, 0xa8);
/// Warm text on the light theme's panels.
const WARM_TEXT_LIGHT: Color32 = Color32::from_rgb(0x8a, 0x4b, 0x00);

pub fn apply(ctx: &egui::Context) {
    egui_extras::install_image_loaders(ctx);
    ctx.options_mut(|o| o.theme_preference = egui::ThemePreference::System);
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(12.0, 6.0);
        style.spacing.interact_size.y = 30.0;
        style
            .text_styles
            .insert(TextStyle::Body, FontId::proportional(15.0));
        style
            .text_styles
            .insert(TextStyle::Button, FontId::proportional(15.0));
        style
            .text_styles
            .insert(TextStyle::Heading, FontId::proportional(22.0));
        style
            .text_styles
            .insert(TextStyle::Small, FontId::proportional(12.5));
        let r = CornerRadius::same(6);
        style.visuals.widgets.inactive.corner_radius = r;
        style.visuals.widgets.hovered.corner_radius = r;
        style.visuals.widgets.active.corner_radius = r;
        style.visuals.widgets.noninteractive.corner_radius = r;
    });
    for theme in [Theme::Light, Theme::Dark] {
        ctx.style_mut_of(theme, |style| palette(&mut style.visuals, theme));
    }
}

/// The colours of one theme, on top of egui's own.
fn palette(v: &mut Visuals, theme: Theme) {
    let gray = Color32::from_gray;
    match theme {
        Theme::Light => {
            v.panel_fill = gray(246);
            v.window_fill = gray(250);
            v.faint_bg_color = gray(252);
            v.extreme_bg_color = Color32::WHITE;
            v.widgets.noninteractive.fg_stroke.color = gray(40);
            v.weak_text_color = Some(gray(92));
            v.widgets.inactive.fg_stroke.color = gray(30);
            v.widgets.inactive.weak_bg_fill = gray(228);
            v.widgets.inactive.bg_fill = gray(228);
            // The edge of text fields (and buttons): visible on the panel.
            v.widgets.inactive.bg_stroke = Stroke::new(1.0, gray(128));
            // Selected tabs, list entries and selected text: a light tint
            // with dark teal text; a focused field is outlined in that teal.
            v.selection.bg_fill = Color32::from_rgb(0xc4, 0xe8, 0xdd);
            v.selection.stroke = Stroke::new(1.5, Color32::from_rgb(0x0b, 0x4d, 0x3d));
            v.hyperlink_color = ACCENT;
            v.error_fg_color = Color32::from_rgb(0xb0, 0x1e, 0x1e);
            v.warn_fg_color = WARM_TEXT_LIGHT;
        }
        Theme::Dark => {
            v.panel_fill = gray(27);
            v.window_fill = gray(30);
            v.faint_bg_color = gray(33);
            v.extreme_bg_color = gray(12);
            v.widgets.noninteractive.fg_stroke.color = gray(215);
            v.weak_text_color = Some(gray(165));
            v.widgets.inactive.fg_stroke.color = gray(225);
            v.widgets.inactive.weak_bg_fill = gray(55);
            v.widgets.inactive.bg_fill = gray(55);
            v.widgets.inactive.bg_stroke = Stroke::new(1.0, gray(120));
            v.selection.bg_fill = ACCENT;
            v.selection.stroke = Stroke::new(1.5, Color32::WHITE);
            v.hyperlink_color = ACCENT_TEXT_DARK;
            v.error_fg_color = Color32::from_rgb(0xff, 0x8a, 0x80);
            v.warn_fg_color = WARM;
        }
    }
}

/// Text in the accent colour (a streak, a success notice, a title).
pub fn accent_text(ui: &Ui) -> Color32 {
    accent_text_of(ui.visuals())
}

fn accent_text_of(v: &Visuals) -> Color32 {
    if v.dark_mode {
        ACCENT_TEXT_DARK
    } else {
        ACCENT
    }
}

/// Text in the warm colour ("Unsaved changes", the target's label).
pub fn warm_text(ui: &Ui) -> Color32 {
    warm_text_of(ui.visuals())
}

fn warm_text_of(v: &Visuals) -> Color32 {
    if v.dark_mode { WARM } else { WARM_TEXT_LIGHT }
}

/// A rounded card with a soft fill.
pub fn card(ui: &Ui) -> Frame {
    Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .stroke(Stroke::new(
            1.0,
            ui.visuals().widgets.noninteractive.bg_stroke.color,
        ))
        .corner_radius(CornerRadius::same(10))
        .inner_margin(Margin::same(14))
}

/// A card that asks for attention (something is due).
pub fn due_card(ui: &Ui) -> Frame {
    card(ui).stroke(Stroke::new(2.0, WARM))
}

/// Text on `ACCENT` fills.
pub const ON_ACCENT: Color32 = Color32::WHITE;

pub fn primary(text: &str) -> egui::Button<'static> {
    egui::Button::new(
        RichText::new(text.to_owned())
            .size(17.0)
            .strong()
            .color(ON_ACCENT),
    )
    .fill(ACCENT)
    .min_size(egui::vec2(110.0, 38.0))
}

pub fn secondary(text: &str) -> egui::Button<'static> {
    egui::Button::new(RichText::new(text.to_owned()).size(16.0)).min_size(egui::vec2(110.0, 38.0))
}

pub fn muted(ui: &Ui, text: impl Into<String>) -> RichText {
    RichText::new(text.into()).color(ui.visuals().weak_text_color())
}

/// The colours of a meter: its track, the track's edge, and the text over
/// the track (the filled part is `ACCENT` with `ON_ACCENT` text).
pub fn meter_colors(v: &Visuals) -> (Color32, Color32, Color32) {
    (
        v.extreme_bg_color,
        v.widgets.inactive.bg_stroke.color,
        v.text_color(),
    )
}

/// A progress meter ("3 of 17 done today", "Cycling: 40 of 150 min"): the
/// done part filled, the text readable over both parts, and nothing filled
/// at all for nothing done (egui's bar shows a round dot at zero).
/// Screen readers get the text and the percentage.
pub fn meter(ui: &mut Ui, fraction: f32, text: impl Into<String>) -> Response {
    let text = text.into();
    let fraction = if fraction.is_finite() {
        fraction.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let size = vec2(
        ui.available_size_before_wrap().x.max(96.0),
        ui.spacing().interact_size.y,
    );
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    response.widget_info(|| {
        let mut info = WidgetInfo::labeled(Role::ProgressIndicator, true, &text);
        info.value = Some((f64::from(fraction) * 100.0).floor());
        info
    });
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let (track, edge, text_color) = meter_colors(ui.visuals());
    let radius = CornerRadius::from(rect.height() / 2.0);
    let painter = ui.painter();
    painter.rect(
        rect,
        radius,
        track,
        Stroke::new(1.0, edge),
        StrokeKind::Inside,
    );
    let filled_to = if fraction > 0.0 {
        // At least a round end's width, so a little progress still shows.
        rect.left() + (rect.width() * fraction).max(rect.height())
    } else {
        rect.left()
    };
    let filled = Rect::from_min_max(rect.min, egui::pos2(filled_to, rect.bottom()));
    if fraction > 0.0 {
        painter.rect_filled(filled, radius, ACCENT);
    }
    let galley = painter.layout_no_wrap(text, TextStyle::Button.resolve(ui.style()), text_color);
    let pos = egui::pos2(
        rect.left() + ui.spacing().item_spacing.x + 2.0,
        rect.center().y - galley.size().y / 2.0,
    );
    let rest = Rect::from_min_max(egui::pos2(filled_to, rect.top()), rect.max);
    painter
        .with_clip_rect(filled.intersect(painter.clip_rect()))
        .galley_with_override_text_color(pos, galley.clone(), ON_ACCENT);
    painter
        .with_clip_rect(rest.intersect(painter.clip_rect()))
        .galley_with_override_text_color(pos, galley, text_color);
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::contrast::ratio;

    /// Every pair of text colour and background the window draws, in one
    /// theme, as the views get them.
    fn text_pairs(v: &Visuals) -> Vec<(&'static str, Color32, Color32)> {
        let (accent, warm) = (accent_text_of(v), warm_text_of(v));
        let text = v.text_color();
        let weak = v.weak_text_color();
        let button = &v.widgets.inactive;
        let (track, _, on_track) = meter_colors(v);
        vec![
            ("text on the panel", text, v.panel_fill),
            ("text on a card", text, v.faint_bg_color),
            ("muted text on the panel", weak, v.panel_fill),
            ("muted text on a card", weak, v.faint_bg_color),
            ("accent text on the panel", accent, v.panel_fill),
            ("accent text on a card", accent, v.faint_bg_color),
            ("warm text on the panel", warm, v.panel_fill),
            ("warm text on a card", warm, v.faint_bg_color),
            ("error text on the panel", v.error_fg_color, v.panel_fill),
            ("error text on a card", v.error_fg_color, v.faint_bg_color),
            ("link on the panel", v.hyperlink_color, v.panel_fill),
            (
                "selected tab",
                v.selection.stroke.color,
                v.selection.bg_fill,
            ),
            ("button", button.fg_stroke.color, button.weak_bg_fill),
            ("primary button", ON_ACCENT, ACCENT),
            ("meter text over its fill", ON_ACCENT, ACCENT),
            ("meter text over its track", on_track, track),
            ("text field", button.fg_stroke.color, v.text_edit_bg_color()),
            ("text field hint", weak, v.text_edit_bg_color()),
            (
                "selected text in a field",
                v.selection.stroke.color,
                v.selection.bg_fill,
            ),
        ]
    }

    /// The edges that make a control visible (WCAG 1.4.11, 3:1).
    fn edge_pairs(v: &Visuals) -> Vec<(&'static str, Color32, Color32)> {
        let edge = v.widgets.inactive.bg_stroke.color;
        let (track, meter_edge, _) = meter_colors(v);
        vec![
            ("text field edge on the panel", edge, v.panel_fill),
            ("text field edge on a card", edge, v.faint_bg_color),
            ("text field edge on its fill", edge, v.text_edit_bg_color()),
            (
                "focused text field edge",
                v.selection.stroke.color,
                v.text_edit_bg_color(),
            ),
            ("meter edge on its track", meter_edge, track),
        ]
    }

    fn themed(theme: Theme) -> (egui::Context, std::sync::Arc<egui::Style>) {
        let ctx = egui::Context::default();
        apply(&ctx);
        ctx.set_theme(theme);
        let style = ctx.style_of(theme);
        (ctx, style)
    }

    #[test]
    fn every_text_meets_wcag_aa_in_both_themes() {
        let mut failures = Vec::new();
        for theme in [Theme::Light, Theme::Dark] {
            let (_, style) = themed(theme);
            for (what, fg, bg) in text_pairs(&style.visuals) {
                let r = ratio(fg, bg);
                println!("{theme:?} {what}: {r:.2}:1");
                if r < 4.5 {
                    failures.push(format!("{theme:?} {what}: {r:.2}:1"));
                }
            }
            for (what, fg, bg) in edge_pairs(&style.visuals) {
                let r = ratio(fg, bg);
                println!("{theme:?} {what}: {r:.2}:1");
                if r < 3.0 {
                    failures.push(format!("{theme:?} {what}: {r:.2}:1"));
                }
            }
        }
        assert!(
            failures.is_empty(),
            "below WCAG AA:\n{}",
            failures.join("\n")
        );
    }

    #[test]
    fn the_two_themes_differ_and_follow_the_choice() {
        let (ctx, light) = themed(Theme::Light);
        let dark = ctx.style_of(Theme::Dark);
        assert!(!light.visuals.dark_mode && dark.visuals.dark_mode);
        assert_ne!(light.visuals.panel_fill, dark.visuals.panel_fill);
        assert_eq!(ctx.theme(), Theme::Light);
    }
}
