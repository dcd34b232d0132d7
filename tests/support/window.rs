//! The window's views under egui_kittest, against the daemon's real command
//! code run in-process on temporary files at a pinned local time.

use chrono::{DateTime, Local, NaiveDate, TimeZone};
use egui_kittest::Harness;

use second_heart::core::{Activity, Via};
use second_heart::desktop::autostart::Autostart;
use second_heart::gui::app::App;
use second_heart::gui::link::Link;
use second_heart::gui::model::{Model, Tab, ThisComputer};
use second_heart::gui::style;
use second_heart::protocol::{Reply, Request};
use second_heart::service::{self, Context, Failure};
use second_heart::store::Paths;

/// The daemon as the window sees it, run in-process.
pub struct InProcess {
    pub model: service::Model,
    pub paths: Paths,
    pub now: DateTime<Local>,
    /// Whether the "daemon" answers; `start` makes it.
    pub running: bool,
    pub starts: u32,
    pub reloads: u32,
    pub dir: tempfile::TempDir,
}

impl InProcess {
    /// A user who has set up before: an (empty, all-defaults) preferences file.
    pub fn new(now: DateTime<Local>, running: bool) -> InProcess {
        let link = InProcess::first_run(now, running);
        std::fs::create_dir_all(link.paths.preferences.parent().unwrap()).unwrap();
        std::fs::write(&link.paths.preferences, "").unwrap();
        link
    }

    /// A new user: no preferences file yet.
    pub fn first_run(now: DateTime<Local>, running: bool) -> InProcess {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths {
            preferences: dir.path().join("config/preferences.toml"),
            history: dir.path().join("history.jsonl"),
            data_dir: dir.path().to_path_buf(),
            state: dir.path().join("state.json"),
            runtime_dir: dir.path().join("run"),
        };
        InProcess {
            model: service::Model::load(&paths, &now).unwrap(),
            paths,
            now,
            running,
            starts: 0,
            reloads: 0,
            dir,
        }
    }
}

impl InProcess {
    fn context(&self) -> Context {
        Context {
            now: self.now,
            sitting_since: Activity::assume_sitting().sitting_since,
            via: Via::Window,
            notes: Vec::new(),
        }
    }

    /// Records a session as `second-heart done --at` would.
    pub fn done(&mut self, exercise: &str, at: DateTime<Local>, minutes: Option<u32>) {
        let request = Request::Done {
            exercise: Some(exercise.to_owned()),
            minutes,
            dose: None,
            at: Some(at.to_rfc3339()),
            prompt: None,
            anchor: None,
        };
        let cx = self.context();
        service::execute(&mut self.model, request, &cx).unwrap();
    }

    /// Records a skip as `second-heart skip --at` would.
    pub fn skip(&mut self, exercise: &str, at: DateTime<Local>) {
        let request = Request::Skip {
            exercise: Some(exercise.to_owned()),
            at: Some(at.to_rfc3339()),
            prompt: None,
            anchor: None,
        };
        let cx = self.context();
        service::execute(&mut self.model, request, &cx).unwrap();
    }
}

impl Link for InProcess {
    fn request(&mut self, request: &Request) -> Result<Option<Reply>, Failure> {
        if !self.running {
            return Ok(None);
        }
        if *request == Request::Reload {
            self.reloads += 1;
            self.model = service::Model::load(&self.paths, &self.now)?;
            return Ok(Some(Reply::Message {
                text: "Preferences reloaded.".into(),
            }));
        }
        let cx = self.context();
        service::execute(&mut self.model, request.clone(), &cx).map(Some)
    }

    fn start(&mut self) -> Result<(), String> {
        self.starts += 1;
        self.running = true;
        Ok(())
    }
}

/// `d` November 2026 at `h:m` local time (the 23rd is a Monday).
pub fn november(d: u32, h: u32, m: u32) -> DateTime<Local> {
    Local
        .from_local_datetime(
            &NaiveDate::from_ymd_opt(2026, 11, d)
                .unwrap()
                .and_hms_opt(h, m, 0)
                .unwrap(),
        )
        .unwrap()
}

/// Monday 23 November 2026 at `h:m` local time.
pub fn monday(h: u32, m: u32) -> DateTime<Local> {
    november(23, h, m)
}

/// "On this computer" with the autostart entry under the link's temporary
/// directory (as if `$XDG_CONFIG_HOME` were `<dir>/xdg-config`).
pub fn temp_computer(link: &InProcess) -> ThisComputer {
    ThisComputer::new(Ok(Autostart::new(
        &link.dir.path().join("xdg-config"),
        "/opt/second heart/second-heart".into(),
    )))
}

/// The app over `link`, on `tab`, with autostart kept in the link's
/// temporary directory.
pub fn app(link: InProcess, tab: Tab) -> App<InProcess> {
    let prefs = link.paths.preferences.clone();
    let computer = temp_computer(&link);
    let mut model = Model::new(link, prefs);
    model.tab = tab;
    model.computer = computer;
    App::new(model)
}

/// The whole window on `tab`, `height` pixels tall (views scroll).
pub fn window(link: InProcess, tab: Tab, height: f32) -> Harness<'static, App<InProcess>> {
    let mut h = Harness::builder()
        .with_size([900.0, height])
        .with_context_setup(style::apply)
        .build_ui_state(|ui, app: &mut App<InProcess>| app.show(ui), app(link, tab));
    h.run();
    h
}

impl InProcess {
    /// Time passes on the link's clock, and the running guided session
    /// moves on as the daemon's wake would move it.
    pub fn advance(&mut self, seconds: i64) {
        self.now += chrono::Duration::seconds(seconds);
        let cx = self.context();
        service::guide::tick(&mut self.model, &cx);
    }
}
