//! Light and dark: the theme chosen in the Schedule view is shown at once,
//! saved with the schedule and used by the next window; and the meters
//! (today's progress, the weekly target) fill nothing when nothing is done.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::support::window::{InProcess, monday, november, window};
use second_heart::core::preferences::Theme;
use second_heart::gui::app::App;
use second_heart::gui::model::Tab;
use second_heart::gui::style;

#[test]
fn the_theme_chosen_in_the_schedule_shows_at_once_and_is_saved() {
    let mut h = window(InProcess::new(monday(8, 0), true), Tab::Schedule, 2600.0);
    // No choice in the file: the desktop's (egui's fallback here, dark).
    assert_eq!(h.state().model.theme(), Theme::System);
    assert_eq!(
        h.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::System
    );
    h.get_by_label("Light").click();
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Light, "shown before saving");
    h.get_by_label("Unsaved changes");
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label("Saved. The new schedule is in effect.");
    let prefs_file = h.state().model.prefs_file.clone();
    let text = std::fs::read_to_string(&prefs_file).unwrap();
    assert!(text.contains("theme = \"light\""), "{text}");
    assert_eq!(h.ctx.theme(), egui::Theme::Light);

    // The next window opens light, on any tab.
    let mut link = InProcess::new(monday(8, 0), true);
    std::fs::copy(&prefs_file, &link.paths.preferences).unwrap();
    link.model = second_heart::service::Model::load(&link.paths, &link.now).unwrap();
    let next = window(link, Tab::Today, 900.0);
    assert_eq!(next.ctx.theme(), egui::Theme::Light);

    // Dark, and back to the desktop's.
    h.get_by_label("Dark").click();
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    h.get_by_label("Like the desktop").click();
    h.run();
    assert_eq!(
        h.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::System
    );
}

#[test]
fn the_desktops_theme_is_followed_while_the_choice_is_system() {
    let mut h = window(InProcess::new(monday(8, 0), true), Tab::Today, 900.0);
    // What `theme::follow_desktop` does when the portal announces a change.
    h.ctx.options_mut(|o| o.fallback_theme = egui::Theme::Light);
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Light);
    h.ctx.options_mut(|o| o.fallback_theme = egui::Theme::Dark);
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
}

/// The colour at the rounded left end of the meter named `label`, where
/// egui's progress bar drew a filled dot even at zero.
fn meter_start(h: &mut Harness<'static, App<InProcess>>, label: &str) -> [u8; 4] {
    let rect = h.get_by_label(label).rect();
    let image = h.render().unwrap();
    let ppp = h.ctx.pixels_per_point();
    let x = (rect.left() + rect.height() / 2.0) * ppp;
    let y = rect.center().y * ppp;
    image.get_pixel(x as u32, y as u32).0
}

fn is_accent(pixel: [u8; 4]) -> bool {
    let [r, g, b, _] = pixel;
    let a = style::ACCENT;
    [(r, a.r()), (g, a.g()), (b, a.b())]
        .iter()
        .all(|(p, q)| p.abs_diff(*q) < 24)
}

#[test]
fn empty_meters_show_no_filled_dot_and_full_ones_are_filled() {
    // Sunday 22 November: nothing scheduled, nothing ridden.
    let link = InProcess::new(november(22, 11, 0), true);
    let mut h = Harness::builder()
        .with_size([900.0, 900.0])
        .with_context_setup(style::apply)
        .wgpu()
        .build_ui_state(
            |ui, app: &mut App<InProcess>| app.show(ui),
            crate::support::window::app(link, Tab::Today),
        );
    h.run();
    for theme in [egui::Theme::Dark, egui::Theme::Light] {
        h.ctx.options_mut(|o| o.fallback_theme = theme);
        h.run();
        for label in ["0 of 0 done today", "Cycling: 0 of 150 min this week"] {
            let pixel = meter_start(&mut h, label);
            assert!(!is_accent(pixel), "{theme:?} {label}: {pixel:?}");
        }
    }
    // A ride of 150 minutes fills the target's meter from its start.
    let now = h.state().model.link.now;
    h.state_mut().model.link.done("cycling", now, Some(150));
    h.state_mut().model.refresh();
    h.run();
    let pixel = meter_start(&mut h, "Cycling: 150 of 150 min this week");
    assert!(is_accent(pixel), "{pixel:?}");
}
