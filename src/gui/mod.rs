//! The window: a short-lived client of the daemon. `second-heart` with no
//! arguments opens it; it starts the daemon if none runs, and exits when
//! closed (the daemon keeps prompting). A second launch brings the open
//! window to the front instead of opening another.

pub mod app;
pub mod draft;
pub mod feed;
pub mod link;
pub mod model;
#[cfg(unix)]
pub mod single;
pub mod style;
pub mod theme;
pub mod views;

use std::sync::{Arc, Mutex};

use crate::store::Paths;
use app::App;
use link::SocketLink;
use model::{Connection, Model};

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
        "../../assets/icons/hicolor/256x256/apps/second-heart.png"
    ))
    .map_err(|e| format!("bad icon: {e}"))?;
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Second Heart")
            .with_app_id("second-heart")
            .with_inner_size([900.0, 680.0])
            .with_min_inner_size([800.0, 600.0])
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
            if let Some(theme) = theme::desktop_theme() {
                cc.egui_ctx.options_mut(|o| o.fallback_theme = theme);
            }
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
