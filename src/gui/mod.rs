//! The window: a short-lived client of the daemon. `second-heart` with no
//! arguments opens it; it starts the daemon if none runs, and exits when
//! closed (the daemon keeps prompting). A second launch brings the open
//! window to the front instead of opening another.

pub mod app;
pub mod contrast;
pub mod draft;
pub mod feed;
pub mod fonts;
pub mod link;
pub mod model;
pub mod single;
pub mod style;
pub mod theme;
pub mod views;

use std::sync::{Arc, Mutex};

use egui::Vec2;

use crate::store::Paths;
use app::App;
use link::SocketLink;
use model::{Connection, Model};

/// The size the window opens at, in logical points.
pub const START_SIZE: Vec2 = Vec2::new(900.0, 680.0);

/// The smallest window the views lay out in without cutting anything off.
/// Small enough for a 1280x800 screen at scale 2 (640x400 points, less a
/// top bar and the title bar); the views reflow to one column.
pub const MIN_SIZE: Vec2 = Vec2::new(520.0, 320.0);

/// The part of the screen a window may take at most when it opens (the
/// rest is for panels, docks and the title bar).
const SCREEN_SHARE: Vec2 = Vec2::new(0.95, 0.8);

/// The inner size a window of `inner` should shrink to on a screen of
/// `monitor` (both in points), or `None` when it fits.
pub fn fitted_size(inner: Vec2, monitor: Vec2) -> Option<Vec2> {
    let room = monitor * SCREEN_SHARE;
    if inner.x <= room.x && inner.y <= room.y {
        return None;
    }
    Some(inner.min(room).max(MIN_SIZE))
}

pub fn run() -> Result<(), String> {
    let paths = Paths::from_env()?;
    let (lock, listener) = match single::claim(&paths.runtime_dir)? {
        single::Window::Raised => {
            println!("Second Heart is already open; it was brought to the front.");
            return Ok(());
        }
        single::Window::First { lock, listener } => (lock, listener),
    };
    let log = paths.state.with_file_name("daemon.log");
    let mut model = Model::new(
        SocketLink {
            runtime_dir: paths.runtime_dir.clone(),
            log,
        },
        paths.preferences.clone(),
    );
    if model.connection == Connection::NotRunning(None) {
        model.start_daemon();
    }
    let icon = eframe::icon_data::from_png_bytes(include_bytes!(
        "../../assets/icons/hicolor/256x256/apps/io.github.secondheart.SecondHeart.png"
    ))
    .map_err(|e| format!("bad icon: {e}"))?;
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Second Heart")
            .with_app_id(crate::desktop::APP_ID)
            .with_inner_size(START_SIZE)
            .with_min_inner_size(MIN_SIZE)
            .with_icon(icon),
        ..Default::default()
    };
    // A later launch asks us to come to the front.
    let ctx_slot: Arc<Mutex<Option<egui::Context>>> = Arc::default();
    let slot = ctx_slot.clone();
    single::listen(listener, move || {
        if let Some(ctx) = slot.lock().ok().and_then(|c| c.clone()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
            ctx.send_viewport_cmd(egui::ViewportCommand::Visible(true));
            ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
            ctx.request_repaint();
        }
    });
    let result = eframe::run_native(
        "Second Heart",
        options,
        Box::new(move |cc| {
            style::apply(&cc.egui_ctx);
            theme::follow_desktop(&cc.egui_ctx);
            if let Ok(mut slot) = ctx_slot.lock() {
                *slot = Some(cc.egui_ctx.clone());
            }
            Ok(Box::new(App::new(model)))
        }),
    );
    drop(lock);
    result.map_err(|e| {
        format!("cannot open the window: {e} (`second-heart status` shows today's checklist without one)")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_fits_a_small_screen_at_scale_two() {
        // 1280x800 pixels at scale 2.
        let screen = Vec2::new(640.0, 400.0);
        let fitted = fitted_size(START_SIZE, screen).expect("900x680 does not fit");
        assert!(
            fitted.x <= screen.x && fitted.y <= screen.y - 64.0,
            "{fitted:?}"
        );
        assert!(
            MIN_SIZE.x <= fitted.x && MIN_SIZE.y <= fitted.y,
            "{fitted:?}"
        );
        // A large screen keeps the size asked for.
        assert_eq!(fitted_size(START_SIZE, Vec2::new(1920.0, 1080.0)), None);
    }
}
