//! The look: calm teal accents, generous spacing, rounded cards, larger text
//! than egui's defaults, in both light and dark themes (which follow the
//! system's).

use egui::{Color32, CornerRadius, FontId, Frame, Margin, RichText, Stroke, TextStyle, Ui};

pub const ACCENT: Color32 = Color32::from_rgb(0x1f, 0x8a, 0x70);
pub const WARM: Color32 = Color32::from_rgb(0xf2, 0xa5, 0x41);

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
        style.visuals.selection.bg_fill = ACCENT;
        style.visuals.hyperlink_color = ACCENT;
        let r = CornerRadius::same(6);
        style.visuals.widgets.inactive.corner_radius = r;
        style.visuals.widgets.hovered.corner_radius = r;
        style.visuals.widgets.active.corner_radius = r;
        style.visuals.widgets.noninteractive.corner_radius = r;
    });
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

pub fn primary(text: &str) -> egui::Button<'static> {
    egui::Button::new(
        RichText::new(text.to_owned())
            .size(17.0)
            .strong()
            .color(Color32::WHITE),
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
