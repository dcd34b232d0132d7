//! Rendered snapshots of every view in both themes (egui_kittest with wgpu
//! on Mesa's CPU driver). The PNGs are checked in under tests/snapshots/
//! (`<view>.png` dark, `<view>-light.png` light); a change in how a view
//! looks fails here until accepted with UPDATE_SNAPSHOTS=1.

use egui_kittest::{Harness, SnapshotResults};

use crate::support::window::{InProcess, app, monday, november};
use second_heart::core::locale::Language;
use second_heart::gui::app::App;
use second_heart::gui::model::Tab;
use second_heart::gui::style;
use second_heart::gui::views::history::ExportFolder;
use second_heart::i18n::Setting;

/// A week of use: some sessions done, some skipped, a ride and a walk.
fn used(link: &mut InProcess) {
    for day in [16, 17, 18, 19, 20] {
        link.done("ankle-rotations", november(day, 10, 2), None);
        link.done("calf-raises", november(day, 10, 31), None);
        link.done("soleus-stretch", november(day, 11, 46), None);
    }
    link.done("brisk-walk", november(18, 12, 20), Some(30));
    link.done("cycling", november(21, 10, 0), Some(45));
    link.done("cycling", november(22, 17, 0), Some(40));
    link.done("ankle-rotations", november(23, 10, 1), None);
    link.skip("legs-up", november(23, 11, 31));
}

/// The view in the dark theme, then in the light one. The theme setting is
/// "like the desktop", and the desktop here says `theme` (what the portal
/// would), so the window draws what a user of that desktop sees.
fn snapshot(tab: Tab, height: f32, first_run: bool, name: &str) {
    // Both are taken (and updated) before either fails the test.
    let mut results = SnapshotResults::new();
    results.extend(snapshot_in(
        egui::Theme::Dark,
        tab,
        [900.0, height],
        1.0,
        first_run,
        name,
    ));
    results.extend(snapshot_in(
        egui::Theme::Light,
        tab,
        [900.0, height],
        1.0,
        first_run,
        &format!("{name}-light"),
    ));
    results.unwrap();
}

/// A window of `size` points at `scale` (the PNG has `size * scale`
/// pixels), in the dark theme.
fn sized(tab: Tab, size: [f32; 2], scale: f32, first_run: bool, name: &str) {
    snapshot_in(egui::Theme::Dark, tab, size, scale, first_run, name).unwrap();
}

fn snapshot_in(
    theme: egui::Theme,
    tab: Tab,
    size: [f32; 2],
    scale: f32,
    first_run: bool,
    name: &str,
) -> SnapshotResults {
    let now = monday(11, 50);
    let mut link = if first_run {
        InProcess::first_run(now, true)
    } else {
        InProcess::new(now, true)
    };
    if !first_run {
        used(&mut link);
    }
    let mut app = app(link, tab);
    // A home of the same name on every machine.
    app.model.export_folder = Some(ExportFolder {
        path: "/home/ann/Documents".into(),
        documents: true,
        shown: "~/Documents".into(),
    });
    let mut h = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(scale)
        .with_theme(theme)
        .with_context_setup(move |ctx| {
            style::apply(ctx);
            ctx.options_mut(|o| o.fallback_theme = theme);
        })
        .wgpu()
        .build_ui_state(|ui, app: &mut App<InProcess>| app.show(ui), app);
    h.run();
    h.snapshot(name);
    h.take_snapshot_results()
}

#[test]
fn today() {
    snapshot(Tab::Today, 900.0, false, "today");
}

#[test]
fn schedule() {
    snapshot(Tab::Schedule, 1400.0, false, "schedule");
}

#[test]
fn exercises() {
    snapshot(Tab::Exercises, 1600.0, false, "exercises");
}

#[test]
fn history() {
    snapshot(Tab::History, 1000.0, false, "history");
}

#[test]
fn welcome() {
    // Tall enough for the everyday moments below the starters.
    snapshot(Tab::Today, 1000.0, true, "welcome");
}

// The smallest sizes a user meets: the old minimum, 800x600, and a
// 1280x800 screen at scale 2 (the window's minimum, 520x320 points).

#[test]
fn today_800x600() {
    sized(Tab::Today, [800.0, 600.0], 1.0, false, "today_800x600");
}

#[test]
fn schedule_800x600() {
    sized(
        Tab::Schedule,
        [800.0, 600.0],
        1.0,
        false,
        "schedule_800x600",
    );
}

#[test]
fn welcome_800x600() {
    sized(Tab::Today, [800.0, 600.0], 1.0, true, "welcome_800x600");
}

#[test]
fn today_small_at_scale_2() {
    sized(Tab::Today, [520.0, 320.0], 2.0, false, "today_small");
}

#[test]
fn schedule_small_at_scale_2() {
    sized(Tab::Schedule, [520.0, 320.0], 2.0, false, "schedule_small");
}

#[test]
fn exercises_small_at_scale_2() {
    sized(
        Tab::Exercises,
        [520.0, 320.0],
        2.0,
        false,
        "exercises_small",
    );
}

#[test]
fn welcome_small_at_scale_2() {
    sized(Tab::Today, [520.0, 320.0], 2.0, true, "welcome_small");
}

/// Keyboard focus is visible: Tab has reached Save after an edit.
#[test]
fn schedule_focus_on_save() {
    use egui_kittest::kittest::Queryable;
    let mut link = InProcess::new(monday(11, 50), true);
    used(&mut link);
    let mut h = Harness::builder()
        .with_size([800.0, 600.0])
        .with_theme(egui::Theme::Dark)
        .with_context_setup(style::apply)
        .wgpu()
        .build_ui_state(
            |ui, app: &mut App<InProcess>| app.show(ui),
            app(link, Tab::Schedule),
        );
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Snooze length (minutes)")
        .set_text_value_accesskit("15");
    h.run();
    h.get_by_label("Revert").focus();
    h.run();
    h.key_press(egui::Key::Tab);
    h.run();
    h.snapshot("schedule_focus_on_save");
}

/// Today with calf raises anchored to brushing teeth: the morning one
/// ticked off, the evening one still to tick.
#[test]
fn today_anchored() {
    use second_heart::gui::link::Link;
    use second_heart::protocol::Request;
    let mut link = InProcess::new(monday(11, 50), true);
    used(&mut link);
    std::fs::write(
        &link.paths.preferences,
        "[exercises.calf-raises]\nanchors = [\"morning\", \"evening\"]\n",
    )
    .unwrap();
    link.request(&Request::Reload).unwrap();
    link.request(&Request::Done {
        exercise: Some("calf-raises".into()),
        minutes: None,
        dose: None,
        at: None,
        prompt: None,
        anchor: Some("morning".into()),
    })
    .unwrap();
    let mut h = Harness::builder()
        .with_size([900.0, 1000.0])
        .with_theme(egui::Theme::Dark)
        .with_context_setup(style::apply)
        .wgpu()
        .build_ui_state(
            |ui, app: &mut App<InProcess>| app.show(ui),
            app(link, Tab::Today),
        );
    h.run();
    h.snapshot("today_anchored");
}

#[test]
fn history_small_at_scale_2() {
    sized(Tab::History, [520.0, 320.0], 2.0, false, "history_small");
}

/// A view in `language` with `locale`'s clock and week, at the default
/// window size, light theme: German's long words must fit, Japanese must
/// render (a system CJK font, found through fontconfig).
fn in_language(language: Language, locale: &str, tab: Tab, height: f32, name: &str) {
    in_language_at(language, locale, tab, height, false, name);
}

/// `in_language`, on first launch (the welcome) when `first_run`.
fn in_language_at(
    language: Language,
    locale: &str,
    tab: Tab,
    height: f32,
    first_run: bool,
    name: &str,
) {
    second_heart::i18n::with(Setting::in_locale(language, locale), || {
        snapshot_in(
            egui::Theme::Light,
            tab,
            [900.0, height],
            1.0,
            first_run,
            name,
        )
        .unwrap()
    });
}

#[test]
fn today_in_german() {
    in_language(
        Language::German,
        "de_DE.UTF-8",
        Tab::Today,
        900.0,
        "today-de",
    );
}

#[test]
fn schedule_in_german() {
    in_language(
        Language::German,
        "de_DE.UTF-8",
        Tab::Schedule,
        1500.0,
        "schedule-de",
    );
}

#[test]
fn today_in_japanese() {
    in_language(
        Language::Japanese,
        "ja_JP.UTF-8",
        Tab::Today,
        900.0,
        "today-ja",
    );
}

#[test]
fn schedule_in_japanese() {
    in_language(
        Language::Japanese,
        "ja_JP.UTF-8",
        Tab::Schedule,
        1500.0,
        "schedule-ja",
    );
}

#[test]
fn exercises_in_german() {
    in_language(
        Language::German,
        "de_DE.UTF-8",
        Tab::Exercises,
        1600.0,
        "exercises-de",
    );
}

#[test]
fn history_in_german() {
    in_language(
        Language::German,
        "de_DE.UTF-8",
        Tab::History,
        1000.0,
        "history-de",
    );
}

#[test]
fn welcome_in_french() {
    in_language_at(
        Language::French,
        "fr_FR.UTF-8",
        Tab::Today,
        820.0,
        true,
        "welcome-fr",
    );
}
