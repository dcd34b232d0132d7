//! A window manager (openbox) on the test desktop, and a plain X11 window
//! the tests can make fullscreen and focus the way an application asks its
//! window manager to (EWMH client messages), as a presentation or a video
//! call does.

use std::time::Duration;

use x11rb::connection::Connection as _;
use x11rb::protocol::xproto::{
    Atom, AtomEnum, ClientMessageEvent, ConnectionExt as _, CreateWindowAux, EventMask, PropMode,
    Window, WindowClass,
};
use x11rb::rust_connection::RustConnection;
use x11rb::wrapper::ConnectionExt as _;

use super::process::{log_file, read_log};
use super::{Desktop, Process, wait_until};

const TIMEOUT: Duration = Duration::from_secs(10);

impl Desktop {
    /// Starts openbox (with its defaults: the config dirs are the test's)
    /// and waits until it manages the screen (`_NET_SUPPORTING_WM_CHECK`).
    pub fn start_window_manager(&self) -> Process {
        let log = self.dir().join("openbox.log");
        let mut cmd = self.command("openbox");
        cmd.arg("--sm-disable")
            .stdout(log_file(&log))
            .stderr(log_file(&log));
        let mut wm = Process::spawn("openbox", &mut cmd);
        let x = TestWindow::connect(self.display());
        let managed = wait_until(TIMEOUT, || {
            wm.assert_running(&log);
            x.root_window_property("_NET_SUPPORTING_WM_CHECK").is_some()
        });
        assert!(
            managed,
            "openbox did not take the screen; its log:\n{}",
            read_log(&log)
        );
        wm
    }
}

/// A window of the test's own on the test display.
pub struct TestWindow {
    conn: RustConnection,
    root: Window,
    pub window: Window,
}

impl TestWindow {
    fn connect(display: &str) -> TestWindow {
        let (conn, screen) = x11rb::connect(Some(display))
            .unwrap_or_else(|e| panic!("x11rb: cannot connect to {display}: {e}"));
        let root = conn.setup().roots[screen].root;
        TestWindow {
            conn,
            root,
            window: 0,
        }
    }

    /// Opens a 400x300 window titled `title` and waits until the window
    /// manager has given it focus.
    pub fn open(desktop: &Desktop, title: &str) -> TestWindow {
        let mut w = TestWindow::connect(desktop.display());
        let screen = &w.conn.setup().roots[0];
        let window = w.conn.generate_id().unwrap();
        w.conn
            .create_window(
                screen.root_depth,
                window,
                w.root,
                0,
                0,
                400,
                300,
                0,
                WindowClass::INPUT_OUTPUT,
                screen.root_visual,
                &CreateWindowAux::new()
                    .background_pixel(screen.white_pixel)
                    .event_mask(EventMask::STRUCTURE_NOTIFY),
            )
            .unwrap();
        w.conn
            .change_property8(
                PropMode::REPLACE,
                window,
                AtomEnum::WM_NAME,
                AtomEnum::STRING,
                title.as_bytes(),
            )
            .unwrap();
        w.conn.map_window(window).unwrap();
        w.conn.flush().unwrap();
        w.window = window;
        // The request is lost if it comes before the window manager took
        // the window on: ask again until it holds.
        assert!(
            wait_until(TIMEOUT, || {
                w.activate();
                std::thread::sleep(Duration::from_millis(50));
                w.active() == Some(window)
            }),
            "the window manager did not focus the test window"
        );
        w
    }

    /// Asks the window manager to make the window fullscreen (or not) and
    /// waits until it says so in `_NET_WM_STATE`.
    pub fn set_fullscreen(&self, on: bool) {
        let fullscreen = self.atom("_NET_WM_STATE_FULLSCREEN");
        // 1 = add, 0 = remove; source 2 = a pager or user action.
        self.client_message("_NET_WM_STATE", [u32::from(on), fullscreen, 0, 2, 0]);
        assert!(
            wait_until(TIMEOUT, || self.is_fullscreen() == on),
            "the window manager did not set fullscreen = {on}"
        );
    }

    fn activate(&self) {
        self.client_message("_NET_ACTIVE_WINDOW", [2, 0, 0, 0, 0]);
    }

    fn is_fullscreen(&self) -> bool {
        let state = self.atom("_NET_WM_STATE");
        let fullscreen = self.atom("_NET_WM_STATE_FULLSCREEN");
        self.conn
            .get_property(false, self.window, state, AtomEnum::ATOM, 0, 64)
            .unwrap()
            .reply()
            .ok()
            .and_then(|r| r.value32().map(|mut v| v.any(|a| a == fullscreen)))
            .unwrap_or(false)
    }

    fn active(&self) -> Option<Window> {
        self.root_window_property("_NET_ACTIVE_WINDOW")
    }

    fn root_window_property(&self, name: &str) -> Option<u32> {
        let atom = self.atom(name);
        self.conn
            .get_property(false, self.root, atom, AtomEnum::WINDOW, 0, 1)
            .ok()?
            .reply()
            .ok()?
            .value32()?
            .next()
            .filter(|w| *w != 0)
    }

    fn client_message(&self, kind: &str, data: [u32; 5]) {
        let event = ClientMessageEvent::new(32, self.window, self.atom(kind), data);
        self.conn
            .send_event(
                false,
                self.root,
                EventMask::SUBSTRUCTURE_REDIRECT | EventMask::SUBSTRUCTURE_NOTIFY,
                event,
            )
            .unwrap();
        self.conn.flush().unwrap();
    }

    fn atom(&self, name: &str) -> Atom {
        self.conn
            .intern_atom(false, name.as_bytes())
            .unwrap()
            .reply()
            .unwrap()
            .atom
    }
}
