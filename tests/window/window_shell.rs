//! The window as a whole, with egui_kittest: closing with unsaved Schedule
//! changes asks first; keyboard focus stays on screen and in place; Save
//! and the count of fields to fix stay in view and lead to the fields; each
//! view has its own scroll offset and its own notices; and every view fits
//! a small screen at scale 2 without cutting anything off.

use egui::accesskit::Role;
use egui::{Key, Pos2, Rect, Vec2, ViewportCommand, ViewportEvent, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::window::{InProcess, app, monday, window};
use second_heart::gui::app::App;
use second_heart::gui::model::Tab;
use second_heart::gui::style;

type H = Harness<'static, App<InProcess>>;

/// The app on `tab` in a window of `size` points at `scale`.
fn sized(link: InProcess, tab: Tab, size: [f32; 2], scale: f32) -> H {
    let mut h = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(scale)
        .with_context_setup(style::apply)
        .build_ui_state(|ui, app: &mut App<InProcess>| app.show(ui), app(link, tab));
    h.run();
    h
}

fn set_field(h: &mut H, label: &str, text: &str) {
    h.get_by_role_and_label(Role::TextInput, label)
        .set_text_value_accesskit(text);
    h.run();
}

/// Clicks a tab in the header (not a heading of the same name).
fn open_tab(h: &mut H, name: &str) {
    h.get_all_by_label(name)
        .find(|n| n.accesskit_node().role() != Role::Label)
        .expect("a tab")
        .click();
    h.run();
}

/// The window manager's close button: one frame, then whether the app held
/// the close.
fn close_held(h: &mut H) -> bool {
    h.input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    h.step();
    let held = sent(h, &ViewportCommand::CancelClose);
    h.run();
    held
}

fn sent(h: &H, command: &ViewportCommand) -> bool {
    h.output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(command))
}

/// Clicks `label` and tells whether that frame asked to close the window.
fn click_closes(h: &mut H, label: &str) -> bool {
    h.get_by_label(label).click();
    // The click's events (move, press, release) run one frame each; the
    // release is the last.
    h.step();
    let closes = sent(h, &ViewportCommand::Close);
    h.run();
    closes
}

fn file_text(h: &H) -> String {
    std::fs::read_to_string(&h.state().model.prefs_file).unwrap()
}

const ASK: &str = "Save your schedule changes before closing?";

#[test]
fn closing_with_unsaved_schedule_changes_asks_save_discard_or_cancel() {
    let mut h = window(InProcess::new(monday(8, 0), true), Tab::Schedule, 1200.0);
    let before = file_text(&h);
    // Nothing unsaved: the window closes without asking.
    assert!(!close_held(&mut h));
    assert!(h.query_by_label(ASK).is_none());

    set_field(&mut h, "Snooze length (minutes)", "15");
    assert!(close_held(&mut h), "the close is held");
    h.get_by_label(ASK);
    // Cancel: the draft stays, nothing is written, the next close asks again.
    assert!(!click_closes(&mut h, "Cancel"));
    assert!(h.query_by_label(ASK).is_none());
    h.get_by_label("Unsaved changes");
    assert_eq!(file_text(&h), before);
    assert!(close_held(&mut h));

    // Save and close: written, then closed.
    assert!(click_closes(&mut h, "Save and close"));
    assert!(
        file_text(&h).contains("snooze_minutes = 15"),
        "{}",
        file_text(&h)
    );
    assert!(!close_held(&mut h), "closing now goes ahead");
}

#[test]
fn discarding_closes_without_writing() {
    let mut h = window(InProcess::new(monday(8, 0), true), Tab::Schedule, 1200.0);
    let before = file_text(&h);
    set_field(&mut h, "Snooze length (minutes)", "15");
    assert!(close_held(&mut h));
    assert!(click_closes(&mut h, "Discard and close"));
    assert_eq!(file_text(&h), before);
    assert!(!close_held(&mut h));
}

#[test]
fn save_and_close_with_fields_to_fix_stays_open_on_the_schedule() {
    let mut h = window(InProcess::new(monday(8, 0), true), Tab::Schedule, 1200.0);
    set_field(&mut h, "Tuesday", "09:00-08:00");
    open_tab(&mut h, "Today");
    assert!(close_held(&mut h));
    assert!(!click_closes(&mut h, "Save and close"));
    assert_eq!(h.state().model.tab, Tab::Schedule);
    h.get_by_label("Fix the fields marked in red before saving.");
}

/// The node with keyboard focus.
fn focused(h: &H) -> Option<(String, Rect)> {
    h.query_by(|n| n.is_focused())
        .map(|n| (n.accesskit_node().label().unwrap_or_default(), n.rect()))
}

fn press(h: &mut H, key: Key) {
    h.key_press(key);
    h.run();
}

#[test]
fn tabbing_through_a_long_page_keeps_the_focus_on_screen() {
    let height = 600.0;
    let mut h = window(InProcess::new(monday(8, 0), true), Tab::Schedule, height);
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..150 {
        press(&mut h, Key::Tab);
        let Some((label, rect)) = focused(&h) else {
            continue;
        };
        assert!(
            rect.min.y >= 0.0 && rect.max.y <= height,
            "{label} is focused at {rect:?}, outside the window"
        );
        seen.insert(label);
        if seen.contains("Start reminders at login") {
            return;
        }
    }
    panic!("Tab never reached the end of the page: {seen:?}");
}

#[test]
fn save_keeps_the_focus_and_the_tab_order_follows_the_layout() {
    let mut h = window(InProcess::new(monday(8, 0), true), Tab::Schedule, 1200.0);
    set_field(&mut h, "Snooze length (minutes)", "15");
    let revert = h.get_by_label("Revert").rect();
    let save = h.get_by_label("Save").rect();
    assert!(revert.max.x <= save.min.x, "Revert | Save");
    h.get_by_label("Revert").focus();
    h.run();
    press(&mut h, Key::Tab);
    assert_eq!(focused(&h).unwrap().0, "Save", "Revert, then Save");
    press(&mut h, Key::Enter);
    assert!(file_text(&h).contains("snooze_minutes = 15"));
    h.get_by_label("All changes saved");
    assert_eq!(focused(&h).unwrap().0, "Save", "the focus stays on Save");
    assert!(
        h.get_by_label("Save").accesskit_node().is_disabled(),
        "told unavailable now"
    );
}

#[test]
fn escape_leaves_the_focus_where_it_was() {
    let mut h = window(InProcess::new(monday(8, 0), true), Tab::Schedule, 1200.0);
    h.get_by_label("Pause 1 hour").focus();
    h.run();
    press(&mut h, Key::Escape);
    assert_eq!(focused(&h).unwrap().0, "Pause 1 hour");
    press(&mut h, Key::Tab);
    assert_eq!(focused(&h).unwrap().0, "Pause until tomorrow");
}

#[test]
fn the_count_of_fields_to_fix_stays_in_view_and_takes_you_to_them() {
    let height = 600.0;
    let mut h = window(InProcess::new(monday(8, 0), true), Tab::Schedule, height);
    set_field(&mut h, "Tuesday", "09:00-08:00");
    // Far down the page: a rule of the last exercise.
    h.get_all_by_role_and_label(Role::TextInput, "Minutes")
        .last()
        .unwrap()
        .set_text_value_accesskit("0");
    h.run();
    // Scrolled to the end, Save and the count are still in view.
    h.get_by_label("Start reminders at login").scroll_to_me();
    h.run();
    let in_view = |r: Rect| r.min.y >= 0.0 && r.max.y <= height;
    let count = "2 fields to fix before saving";
    assert!(in_view(h.get_by_label(count).rect()));
    assert!(in_view(h.get_by_label("Save").rect()));

    h.get_by_label(count).click();
    h.run();
    let (label, rect) = focused(&h).expect("a field is focused");
    assert_eq!(label, "Tuesday");
    assert!(in_view(rect), "{rect:?}");
    h.get_by_label(count).click();
    h.run();
    let (label, rect) = focused(&h).expect("a field is focused");
    assert_eq!(label, "Minutes");
    assert!(in_view(rect), "{rect:?}");
    // Save, while anything is to fix, goes to the first again.
    h.get_by_label("Save").click();
    h.run();
    assert_eq!(focused(&h).unwrap().0, "Tuesday");
}

#[test]
fn each_view_keeps_its_own_scroll_offset_and_notices() {
    // Narrow: both pages are long.
    let mut h = sized(
        InProcess::new(monday(8, 0), true),
        Tab::Schedule,
        [520.0, 400.0],
        1.0,
    );
    set_field(&mut h, "Snooze length (minutes)", "15");
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label("Saved. The new schedule is in effect.");
    h.get_by_label("Start reminders at login").scroll_to_me();
    h.run();
    open_tab(&mut h, "Today");
    let heading = h.get_by_label("Monday 23 November").rect();
    let tabs = h.get_by_role_and_label(Role::Button, "Today").rect();
    assert!(
        heading.min.y > tabs.max.y && heading.min.y < 150.0,
        "Today starts at its top: {heading:?}, below the tabs {tabs:?}"
    );
    assert!(
        h.query_by_label_contains("Saved.").is_none(),
        "the Schedule's notice stays there"
    );
}

/// Every node lies across the window's width: nothing is cut off at the
/// right edge (the page scrolls only vertically).
fn assert_nothing_cut_off(h: &H, what: &str) {
    let width = h.ctx.viewport_rect().width();
    let ppp = h.ctx.pixels_per_point();
    let cut: Vec<String> = h
        .query_all_by(|_| true)
        .filter_map(|n| {
            let b = n.accesskit_node().bounding_box()?;
            let (x0, x1) = (b.x0 as f32 / ppp, b.x1 as f32 / ppp);
            (x0 < -0.5 || x1 > width + 0.5).then(|| {
                format!(
                    "{:?} {:?} {x0}..{x1}",
                    n.accesskit_node().role(),
                    n.accesskit_node().label()
                )
            })
        })
        .collect();
    assert!(cut.is_empty(), "{what} at {width} points wide: {cut:#?}");
}

#[test]
fn every_view_fits_800_by_600_and_a_small_screen_at_scale_2() {
    for (size, scale) in [([800.0, 600.0], 1.0), ([520.0, 320.0], 2.0)] {
        for tab in [Tab::Today, Tab::Schedule, Tab::Exercises, Tab::History] {
            let h = sized(InProcess::new(monday(10, 35), true), tab, size, scale);
            assert_nothing_cut_off(&h, &format!("{tab:?}"));
        }
        let h = sized(
            InProcess::first_run(monday(9, 0), true),
            Tab::Today,
            size,
            scale,
        );
        assert_nothing_cut_off(&h, "the welcome");
        let start = h.get_by_label("Start").rect();
        assert!(start.max.y <= size[1], "Start is in view: {start:?}");
    }
}

#[test]
fn a_window_larger_than_the_screen_is_made_to_fit() {
    // 1280x800 pixels at scale 2: 640x400 points.
    let mut h = sized(
        InProcess::new(monday(9, 0), true),
        Tab::Today,
        [900.0, 680.0],
        2.0,
    );
    let viewport = h.input_mut().viewports.entry(ViewportId::ROOT).or_default();
    viewport.monitor_size = Some(Vec2::new(640.0, 400.0));
    viewport.inner_rect = Some(Rect::from_min_size(Pos2::ZERO, Vec2::new(900.0, 680.0)));
    h.run();
    let size = h.ctx.viewport_rect().size();
    assert!(size.x <= 640.0 && size.y <= 400.0, "{size:?}");
    assert!(
        size.x >= second_heart::gui::MIN_SIZE.x && size.y >= second_heart::gui::MIN_SIZE.y,
        "{size:?}"
    );
}

/// Under Mesa's llvmpipe the GPU allows 16,384 px textures, and egui makes
/// its font atlas that wide: the window caps the side it asks for, so the
/// atlas of the text it shows stays about 2 MB (RGBA) instead of megabytes.
#[test]
fn the_font_atlas_stays_small_where_the_gpu_allows_huge_textures() {
    let mut app = app(InProcess::new(monday(10, 0), true), Tab::Today);
    let ctx = egui::Context::default();
    style::apply(&ctx);
    let mut raw = egui::RawInput {
        max_texture_side: Some(16_384),
        ..Default::default()
    };
    eframe::App::raw_input_hook(&mut app, &ctx, &mut raw);
    assert_eq!(
        raw.max_texture_side,
        Some(second_heart::gui::app::MAX_TEXTURE_SIDE)
    );
    // Text in the sizes the window uses, in both weights.
    for _ in 0..2 {
        let mut out = ctx.run_ui(raw.clone(), |ui| {
            for size in [11.0, 13.0, 14.0, 16.0, 20.0, 28.0] {
                ui.label(
                    egui::RichText::new("Second Heart 0123456789 — Done, Snooze, Skip").size(size),
                );
                ui.label(
                    egui::RichText::new("Mon Tue Wed Thu Fri Sat Sun ·°%")
                        .size(size)
                        .strong(),
                );
            }
        });
        // No painter here: the atlas uploads are not wanted.
        out.textures_delta.clear();
    }
    let [w, h] = ctx.fonts(|f| f.font_image_size());
    assert!(w <= 2048, "atlas {w} x {h}");
    assert!(w * h * 4 <= 2 * 1024 * 1024, "atlas {w} x {h}");
}

/// The window opens in the language the preferences name, from its first
/// frame (Today), without the Schedule tab having been opened.
#[test]
fn the_window_opens_in_the_language_of_the_preferences() {
    let link = crate::support::window::InProcess::new(crate::support::window::monday(11, 50), true);
    std::fs::write(&link.paths.preferences, "language = \"de\"\n").unwrap();
    let h = crate::support::window::window(link, second_heart::gui::model::Tab::Today, 900.0);
    h.get_by_label("Heute");
    h.get_by_label("Zeitplan");
    assert!(h.query_by_label("Schedule").is_none());
}
