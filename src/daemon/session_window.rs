//! What Windows says about the session, heard by one hidden window on a
//! thread of its own: the screen locking and unlocking (session change
//! notifications), suspend and resume (power broadcasts), the clock being
//! set (`WM_TIMECHANGE`), and the session ending (logout, shutdown:
//! `WM_ENDSESSION`) or the daemon being asked to close (`WM_CLOSE`, as
//! `taskkill` without `/F` sends). The console's Ctrl-C, Ctrl-Break and
//! close reach the same place through a console control handler. Each
//! becomes what the Linux watchers send: a lock, a sleep, a clock change,
//! a terminate.
//!
//! The window is a hidden top-level window, not a message-only one
//! (`HWND_MESSAGE`): message-only windows get no broadcasts, and power
//! changes, clock changes and the end of the session are broadcast to
//! top-level windows only. It is never shown and, being a tool window,
//! would have no taskbar button if it were. Where no top-level window can
//! be made (Wine without a display), a message-only window still hears
//! lock and unlock, and says it hears no broadcasts, so
//! suspends and clock changes are noticed from the clock instead.
//!
//! What a message means is decided in plain functions ([`Listener::hear`],
//! [`ctrl_heard`]), tested on every platform; the Win32 calls stay thin.

// The thread-locals here are const already; clippy 1.96 as built for
// Windows (-Zbuild-std) reports them all the same.
#![cfg_attr(windows, allow(clippy::missing_const_for_thread_local))]

// The Win32 numbers the mapping reads (WinUser.h, WtsApi32.h,
// WinCon.h); the Windows tests check them against windows-sys.
const WM_CLOSE: u32 = 0x0010;
const WM_ENDSESSION: u32 = 0x0016;
const WM_TIMECHANGE: u32 = 0x001E;
const WM_POWERBROADCAST: u32 = 0x0218;
const WM_WTSSESSION_CHANGE: u32 = 0x02B1;
const WTS_SESSION_LOCK: u32 = 0x7;
const WTS_SESSION_UNLOCK: u32 = 0x8;
const PBT_APMSUSPEND: u32 = 0x4;
const PBT_APMRESUMESUSPEND: u32 = 0x7;
const PBT_APMRESUMEAUTOMATIC: u32 = 0x12;
const CTRL_C_EVENT: u32 = 0;
const CTRL_BREAK_EVENT: u32 = 1;
const CTRL_CLOSE_EVENT: u32 = 2;
const CTRL_LOGOFF_EVENT: u32 = 5;
const CTRL_SHUTDOWN_EVENT: u32 = 6;

/// The C runtime's numbers for what stops the daemon (signal.h on
/// Windows), so the log says "signal 2" for Ctrl-C as it does on Linux.
pub const SIGINT: i32 = 2;
pub const SIGTERM: i32 = 15;
pub const SIGBREAK: i32 = 21;

/// One thing heard about the session, as the daemon's events say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Heard {
    Locked(bool),
    Sleep {
        going: bool,
    },
    ClockChanged,
    /// Stop as on `second-heart stop`, with the signal number it stands for.
    Terminate(i32),
}

/// Turns the window's messages into [`Heard`]. Windows sends two resume
/// broadcasts after a suspend the user ends (`PBT_APMRESUMEAUTOMATIC`,
/// then `PBT_APMRESUMESUSPEND`) and only the first after one ended by a
/// timer; the scheduler is told of a wake once.
#[derive(Debug, Default)]
pub struct Listener {
    /// A resume was told since the last suspend.
    resumed: bool,
}

impl Listener {
    pub fn hear(&mut self, message: u32, wparam: usize) -> Option<Heard> {
        // Session and power codes fit in 32 bits; a wider value is none of them.
        let code = u32::try_from(wparam).unwrap_or(u32::MAX);
        match message {
            WM_WTSSESSION_CHANGE => match code {
                WTS_SESSION_LOCK => Some(Heard::Locked(true)),
                WTS_SESSION_UNLOCK => Some(Heard::Locked(false)),
                // Logons, remote connections, console switches: the lock
                // that comes with them is what says "away".
                _ => None,
            },
            WM_POWERBROADCAST => match code {
                PBT_APMSUSPEND => {
                    self.resumed = false;
                    Some(Heard::Sleep { going: true })
                }
                PBT_APMRESUMEAUTOMATIC | PBT_APMRESUMESUSPEND if !self.resumed => {
                    self.resumed = true;
                    Some(Heard::Sleep { going: false })
                }
                // Battery and power-setting changes say nothing of time.
                _ => None,
            },
            WM_TIMECHANGE => Some(Heard::ClockChanged),
            // wParam FALSE: the shutdown was cancelled; the session goes on.
            WM_ENDSESSION if wparam != 0 => Some(Heard::Terminate(SIGTERM)),
            WM_CLOSE => Some(Heard::Terminate(SIGTERM)),
            _ => None,
        }
    }
}

/// A console control event, as the C runtime names it: Ctrl-C is SIGINT,
/// Ctrl-Break SIGBREAK, and the console closing, logoff or shutdown
/// SIGTERM.
pub fn ctrl_heard(ctrl_type: u32) -> Option<Heard> {
    match ctrl_type {
        CTRL_C_EVENT => Some(Heard::Terminate(SIGINT)),
        CTRL_BREAK_EVENT => Some(Heard::Terminate(SIGBREAK)),
        CTRL_CLOSE_EVENT | CTRL_LOGOFF_EVENT | CTRL_SHUTDOWN_EVENT => {
            Some(Heard::Terminate(SIGTERM))
        }
        _ => None,
    }
}

/// Whether `heard` ends the process soon after it is handled (the session
/// or the console goes away): then the thread that heard it waits a moment
/// for the daemon to stop cleanly, because Windows ends the process as
/// soon as it returns.
pub fn ends_process(ctrl_or_message: Heard) -> bool {
    matches!(ctrl_or_message, Heard::Terminate(SIGTERM))
}

/// Where heard things go; false once nobody listens (the daemon stopped).
pub type Sink = Box<dyn FnMut(Heard) -> bool + Send>;

#[cfg(windows)]
pub use windows::{Opened, open, watch_console};

#[cfg(windows)]
mod windows {
    use std::cell::RefCell;
    use std::sync::{Mutex, OnceLock};
    use std::time::Duration;

    use windows_sys::Win32::Foundation::{FALSE, HWND, LPARAM, LRESULT, TRUE, WPARAM};
    use windows_sys::Win32::System::Console::SetConsoleCtrlHandler;
    use windows_sys::Win32::System::LibraryLoader::GetModuleHandleW;
    use windows_sys::Win32::System::RemoteDesktop::{
        NOTIFY_FOR_THIS_SESSION, WTSRegisterSessionNotification,
    };
    use windows_sys::Win32::UI::WindowsAndMessaging::{
        CreateWindowExW, DefWindowProcW, DispatchMessageW, GetMessageW, HWND_MESSAGE, MSG,
        RegisterClassW, TranslateMessage, WM_CLOSE, WM_ENDSESSION, WM_POWERBROADCAST,
        WM_QUERYENDSESSION, WNDCLASSW, WS_EX_TOOLWINDOW, WS_OVERLAPPED,
    };
    use windows_sys::core::BOOL;

    use super::{Listener, Sink, ctrl_heard, ends_process};

    /// The window's class: one per process.
    pub const CLASS: &str = "SecondHeartSession";

    /// How long a thread that heard the end of the session holds Windows
    /// back, at most, for the daemon's loop to stop (Windows allows about
    /// five seconds before it ends the process anyway).
    const GRACE: Duration = Duration::from_secs(4);

    /// What the window was registered for.
    #[derive(Clone, Copy, Debug)]
    pub struct Opened {
        /// Lock and unlock reach the window (WTSRegisterSessionNotification).
        pub session_notifications: bool,
        /// A top-level window: power, clock and end-of-session broadcasts
        /// reach it (a message-only window gets none).
        pub broadcasts: bool,
    }

    struct State {
        listener: Listener,
        sink: Sink,
    }

    thread_local! {
        /// The window procedure's state: it runs on the window's thread only.
        static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
    }

    fn wide(s: &str) -> Vec<u16> {
        s.encode_utf16().chain([0]).collect()
    }

    /// Opens the hidden window (titled `title`, so a test can find it) on
    /// a thread of its own; what it hears goes to `sink` until the sink
    /// says nobody listens.
    pub fn open(title: &str, sink: Sink) -> Result<Opened, String> {
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        let title = wide(title);
        std::thread::Builder::new()
            .name("session-window".into())
            .stack_size(256 * 1024)
            .spawn(move || {
                let (hwnd, broadcasts) = match create(&title, false) {
                    Ok(hwnd) => (hwnd, true),
                    Err(top) => match create(&title, true) {
                        Ok(hwnd) => (hwnd, false),
                        Err(e) => {
                            let _ = tx.send(Err(format!("{top}; {e}")));
                            return;
                        }
                    },
                };
                // SAFETY: a window of this thread.
                let session =
                    unsafe { WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION) } != 0;
                STATE.with(|s| {
                    *s.borrow_mut() = Some(State {
                        listener: Listener::default(),
                        sink,
                    })
                });
                let _ = tx.send(Ok(Opened {
                    session_notifications: session,
                    broadcasts,
                }));
                pump();
            })
            .map_err(|e| e.to_string())?;
        rx.recv()
            .map_err(|_| "the session window's thread ended".to_owned())?
    }

    /// A hidden top-level window, or a message-only one.
    fn create(title: &[u16], message_only: bool) -> Result<HWND, String> {
        let class = wide(CLASS);
        // SAFETY: the class and title outlive the calls; the window
        // procedure is a plain function.
        unsafe {
            let instance = GetModuleHandleW(std::ptr::null());
            let wc = WNDCLASSW {
                lpfnWndProc: Some(procedure),
                hInstance: instance,
                lpszClassName: class.as_ptr(),
                ..std::mem::zeroed()
            };
            // A second window in the process (tests) finds the class there.
            RegisterClassW(&wc);
            let hwnd = CreateWindowExW(
                WS_EX_TOOLWINDOW,
                class.as_ptr(),
                title.as_ptr(),
                WS_OVERLAPPED,
                0,
                0,
                0,
                0,
                if message_only {
                    HWND_MESSAGE
                } else {
                    std::ptr::null_mut()
                },
                std::ptr::null_mut(),
                instance,
                std::ptr::null(),
            );
            if hwnd.is_null() {
                let what = if message_only {
                    "message-only"
                } else {
                    "top-level"
                };
                return Err(format!(
                    "no {what} window ({})",
                    std::io::Error::last_os_error()
                ));
            }
            Ok(hwnd)
        }
    }

    /// The thread's message loop, until the sink has nobody to tell.
    fn pump() {
        // SAFETY: MSG is plain data; the calls get a valid pointer to it.
        unsafe {
            let mut msg: MSG = std::mem::zeroed();
            while GetMessageW(&mut msg, std::ptr::null_mut(), 0, 0) > 0 {
                TranslateMessage(&msg);
                DispatchMessageW(&msg);
                if STATE.with(|s| s.borrow().is_none()) {
                    return;
                }
            }
        }
    }

    unsafe extern "system" fn procedure(
        hwnd: HWND,
        message: u32,
        wparam: WPARAM,
        lparam: LPARAM,
    ) -> LRESULT {
        let heard = STATE.with(|s| {
            let mut state = s.borrow_mut();
            let st = state.as_mut()?;
            let heard = st.listener.hear(message, wparam)?;
            if !(st.sink)(heard) {
                *state = None;
            }
            Some(heard)
        });
        if heard.is_some_and(ends_process) && message == WM_ENDSESSION {
            // Windows ends the process once this returns; the loop's own
            // end ends it sooner.
            std::thread::sleep(GRACE);
        }
        match message {
            // The session may end: this daemon does not stand in its way.
            WM_QUERYENDSESSION => TRUE as LRESULT,
            WM_POWERBROADCAST => TRUE as LRESULT,
            // Closing is stopping the daemon, not destroying the window
            // under the loop's feet.
            WM_CLOSE => 0,
            // SAFETY: the arguments Windows gave this procedure.
            _ => unsafe { DefWindowProcW(hwnd, message, wparam, lparam) },
        }
    }

    static CONSOLE: OnceLock<Mutex<Sink>> = OnceLock::new();

    /// Ctrl-C, Ctrl-Break and the console closing stop the daemon cleanly
    /// when it runs in a console (`second-heart daemon` from cmd or
    /// PowerShell). Whether the handler was installed.
    pub fn watch_console(sink: Sink) -> bool {
        if CONSOLE.set(Mutex::new(sink)).is_err() {
            return false;
        }
        // SAFETY: a plain function that lives as long as the process.
        unsafe { SetConsoleCtrlHandler(Some(on_ctrl), TRUE) != 0 }
    }

    /// Runs on a thread Windows makes for the event.
    unsafe extern "system" fn on_ctrl(ctrl_type: u32) -> BOOL {
        let Some(heard) = ctrl_heard(ctrl_type) else {
            return FALSE;
        };
        let told = CONSOLE
            .get()
            .is_some_and(|sink| (sink.lock().unwrap_or_else(|p| p.into_inner()))(heard));
        if !told {
            // Nobody to stop cleanly: the default handler ends the process.
            return FALSE;
        }
        if ends_process(heard) {
            // The console is going: Windows ends the process when this
            // returns; the loop's own end ends it sooner.
            std::thread::sleep(GRACE);
        }
        TRUE
    }

    #[cfg(test)]
    mod tests {
        use super::super::Heard;
        use super::*;
        use std::sync::mpsc;
        use windows_sys::Win32::UI::WindowsAndMessaging::{
            FindWindowExW, FindWindowW, PBT_APMRESUMEAUTOMATIC, PBT_APMRESUMESUSPEND,
            PBT_APMSUSPEND, PostMessageW, WM_TIMECHANGE, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK,
            WTS_SESSION_UNLOCK,
        };

        #[test]
        fn the_numbers_are_windows_own() {
            use windows_sys::Win32::System::Console as c;
            assert_eq!(super::super::WM_CLOSE, WM_CLOSE);
            assert_eq!(super::super::WM_ENDSESSION, WM_ENDSESSION);
            assert_eq!(super::super::WM_TIMECHANGE, WM_TIMECHANGE);
            assert_eq!(super::super::WM_POWERBROADCAST, WM_POWERBROADCAST);
            assert_eq!(super::super::WM_WTSSESSION_CHANGE, WM_WTSSESSION_CHANGE);
            assert_eq!(super::super::WTS_SESSION_LOCK, WTS_SESSION_LOCK);
            assert_eq!(super::super::WTS_SESSION_UNLOCK, WTS_SESSION_UNLOCK);
            assert_eq!(super::super::PBT_APMSUSPEND, PBT_APMSUSPEND);
            assert_eq!(super::super::PBT_APMRESUMESUSPEND, PBT_APMRESUMESUSPEND);
            assert_eq!(super::super::PBT_APMRESUMEAUTOMATIC, PBT_APMRESUMEAUTOMATIC);
            assert_eq!(super::super::CTRL_C_EVENT, c::CTRL_C_EVENT);
            assert_eq!(super::super::CTRL_BREAK_EVENT, c::CTRL_BREAK_EVENT);
            assert_eq!(super::super::CTRL_CLOSE_EVENT, c::CTRL_CLOSE_EVENT);
            assert_eq!(super::super::CTRL_LOGOFF_EVENT, c::CTRL_LOGOFF_EVENT);
            assert_eq!(super::super::CTRL_SHUTDOWN_EVENT, c::CTRL_SHUTDOWN_EVENT);
        }

        /// The real window, found as another program would find it, told
        /// what Windows tells it: each message arrives as what it means.
        #[test]
        fn messages_posted_to_the_hidden_window_arrive_as_events() {
            let (tx, rx) = mpsc::channel();
            let title = format!("Second Heart test {}", std::process::id());
            let opened = open(&title, Box::new(move |h| tx.send(h).is_ok())).unwrap();
            eprintln!("{opened:?}");
            // As another program finds it: among the top-level windows, or
            // among the message-only ones where no display allows those.
            let find = || unsafe {
                match opened.broadcasts {
                    true => FindWindowW(wide(CLASS).as_ptr(), wide(&title).as_ptr()),
                    false => FindWindowExW(
                        HWND_MESSAGE,
                        std::ptr::null_mut(),
                        wide(CLASS).as_ptr(),
                        wide(&title).as_ptr(),
                    ),
                }
            };
            let hwnd = find();
            assert!(!hwnd.is_null(), "the hidden window is not found");
            let posts: [(u32, usize); 8] = [
                (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK as usize),
                (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK as usize),
                (WM_POWERBROADCAST, PBT_APMSUSPEND as usize),
                (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC as usize),
                (WM_POWERBROADCAST, PBT_APMRESUMESUSPEND as usize),
                (WM_TIMECHANGE, 0),
                (WM_ENDSESSION, 0),
                (WM_CLOSE, 0),
            ];
            for (message, wparam) in posts {
                assert_ne!(unsafe { PostMessageW(hwnd, message, wparam, 0) }, 0);
            }
            let heard: Vec<Heard> = (0..5)
                .map(|_| rx.recv_timeout(Duration::from_secs(5)).unwrap())
                .collect();
            assert_eq!(
                heard,
                [
                    Heard::Locked(true),
                    Heard::Locked(false),
                    Heard::Sleep { going: true },
                    Heard::Sleep { going: false },
                    Heard::ClockChanged,
                ]
            );
            // The cancelled shutdown says nothing; the close stops.
            assert_eq!(
                rx.recv_timeout(Duration::from_secs(5)).unwrap(),
                Heard::Terminate(super::super::SIGTERM)
            );
            assert!(rx.recv_timeout(Duration::from_millis(200)).is_err());
            // The window is still there after WM_CLOSE: closing stops the
            // daemon, it does not pull the window from under it.
            assert_eq!(find(), hwnd);
        }

        /// The console handler, called as Windows calls it.
        #[test]
        fn ctrl_c_reaches_the_daemon_and_is_handled() {
            let (tx, rx) = mpsc::channel();
            assert!(watch_console(Box::new(move |h| tx.send(h).is_ok())));
            let handled = unsafe { on_ctrl(windows_sys::Win32::System::Console::CTRL_C_EVENT) };
            assert_eq!(handled, TRUE);
            assert_eq!(rx.try_recv(), Ok(Heard::Terminate(super::super::SIGINT)));
            // An event it does not know goes on to the next handler.
            assert_eq!(unsafe { on_ctrl(99) }, FALSE);
        }
    }
}

/// What the daemon's loop is told of what was heard.
pub fn event(heard: Heard) -> super::Event {
    match heard {
        Heard::Locked(locked) => super::Event::Locked {
            locked,
            source: SOURCE,
        },
        Heard::Sleep { going } => super::Event::Sleep { going },
        Heard::ClockChanged => super::Event::ClockChanged,
        Heard::Terminate(signal) => super::Event::Terminate(signal),
    }
}

/// Who tells the daemon the screen locked, for its log and `status`.
pub const SOURCE: &str = "session notifications";

/// The daemon's one window, opened by whichever watcher asks first (lock,
/// sleep, clock, signals: all of them hear through it); what it was
/// registered for, or `None` if it could not be made (said once, in the
/// log).
#[cfg(windows)]
pub fn shared(events: &std::sync::mpsc::Sender<super::Event>) -> Option<Opened> {
    static OPENED: std::sync::OnceLock<Option<Opened>> = std::sync::OnceLock::new();
    *OPENED.get_or_init(|| {
        let events = events.clone();
        let sink: Sink = Box::new(move |heard| events.send(event(heard)).is_ok());
        open("Second Heart", sink)
            .inspect_err(|e| super::log(&format!("{e}: no lock, suspend or clock messages")))
            .ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_and_unlock_are_heard_and_other_session_changes_are_not() {
        let mut l = Listener::default();
        assert_eq!(
            l.hear(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK as usize),
            Some(Heard::Locked(true))
        );
        assert_eq!(
            l.hear(WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK as usize),
            Some(Heard::Locked(false))
        );
        // WTS_CONSOLE_CONNECT, WTS_SESSION_LOGON, WTS_REMOTE_DISCONNECT.
        for other in [1, 5, 4] {
            assert_eq!(l.hear(WM_WTSSESSION_CHANGE, other), None);
        }
        assert_eq!(l.hear(WM_WTSSESSION_CHANGE, usize::MAX), None);
    }

    #[test]
    fn a_suspend_and_its_two_resumes_are_one_sleep_and_one_wake() {
        let mut l = Listener::default();
        let suspend = PBT_APMSUSPEND as usize;
        let automatic = PBT_APMRESUMEAUTOMATIC as usize;
        let by_user = PBT_APMRESUMESUSPEND as usize;
        assert_eq!(
            l.hear(WM_POWERBROADCAST, suspend),
            Some(Heard::Sleep { going: true })
        );
        assert_eq!(
            l.hear(WM_POWERBROADCAST, automatic),
            Some(Heard::Sleep { going: false })
        );
        assert_eq!(l.hear(WM_POWERBROADCAST, by_user), None);
        // Woken by a timer: only the automatic resume comes; the next
        // suspend is heard afresh.
        assert_eq!(
            l.hear(WM_POWERBROADCAST, suspend),
            Some(Heard::Sleep { going: true })
        );
        assert_eq!(
            l.hear(WM_POWERBROADCAST, automatic),
            Some(Heard::Sleep { going: false })
        );
        // PBT_APMPOWERSTATUSCHANGE, PBT_POWERSETTINGCHANGE.
        assert_eq!(l.hear(WM_POWERBROADCAST, 0xA), None);
        assert_eq!(l.hear(WM_POWERBROADCAST, 0x8013), None);
    }

    #[test]
    fn a_resume_without_a_suspend_heard_is_still_a_wake() {
        // A critical suspend (battery empty) sends no PBT_APMSUSPEND.
        let mut l = Listener::default();
        assert_eq!(
            l.hear(WM_POWERBROADCAST, PBT_APMRESUMESUSPEND as usize),
            Some(Heard::Sleep { going: false })
        );
    }

    #[test]
    fn the_clock_set_and_the_session_ending_are_heard() {
        let mut l = Listener::default();
        assert_eq!(l.hear(WM_TIMECHANGE, 0), Some(Heard::ClockChanged));
        assert_eq!(l.hear(WM_ENDSESSION, 1), Some(Heard::Terminate(SIGTERM)));
        // A shutdown another program cancelled: the session goes on.
        assert_eq!(l.hear(WM_ENDSESSION, 0), None);
        assert_eq!(l.hear(WM_CLOSE, 0), Some(Heard::Terminate(SIGTERM)));
        // WM_PAINT, WM_QUERYENDSESSION: nothing for the daemon.
        assert_eq!(l.hear(0x000F, 0), None);
        assert_eq!(l.hear(0x0011, 0), None);
    }

    #[test]
    fn console_events_stop_as_signals_do() {
        assert_eq!(ctrl_heard(CTRL_C_EVENT), Some(Heard::Terminate(SIGINT)));
        assert_eq!(
            ctrl_heard(CTRL_BREAK_EVENT),
            Some(Heard::Terminate(SIGBREAK))
        );
        for end in [CTRL_CLOSE_EVENT, CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT] {
            assert_eq!(ctrl_heard(end), Some(Heard::Terminate(SIGTERM)));
            assert!(ends_process(ctrl_heard(end).unwrap()));
        }
        assert!(!ends_process(ctrl_heard(CTRL_C_EVENT).unwrap()));
        assert_eq!(ctrl_heard(3), None);
    }
}
