//! The tray icon on Windows: a notification-area icon with the same menu
//! and tooltip as on Linux (tray-icon, its menu from muda).
//!
//! Win32 delivers the icon's clicks and its menu's commands to a hidden
//! window on the thread that made the icon, so one thread ("tray") owns the
//! icon and runs its message loop; the daemon hands it a new view by
//! storing it and posting the thread a message. Menu clicks come back
//! through muda's channel, mapped by [`MenuIds`] to the menu they were
//! made in, and go to the daemon's loop as `Event::Tray` like on Linux; a
//! left click opens the window. The mapping, the tooltip's length and the
//! icon's pixels are plain functions tested on every platform; this file
//! keeps the Win32 calls thin.

use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use tray_icon::menu::{Menu, MenuEvent, MenuItem, PredefinedMenuItem};
use tray_icon::{Icon, MouseButton, MouseButtonState, TrayIcon, TrayIconBuilder, TrayIconEvent};
use windows_sys::Win32::System::Threading::GetCurrentThreadId;
use windows_sys::Win32::UI::WindowsAndMessaging::{
    DispatchMessageW, GetMessageW, MSG, PM_NOREMOVE, PeekMessageW, PostThreadMessageW,
    TranslateMessage, WM_APP, WM_QUIT, WM_USER,
};

use super::{MenuIds, TrayView, icon_pngs, perform, rgba};
use crate::daemon::{Event, log};

/// Posted to the tray's thread: a new view is waiting.
const WM_NEW_VIEW: u32 = WM_APP + 1;

/// The tray, as the daemon sees it.
pub struct Tray {
    /// The view to show next, taken by the tray's thread.
    next: Arc<Mutex<TrayView>>,
    shown: TrayView,
    /// The tray's thread and its Win32 id, while it runs.
    thread: Option<(u32, JoinHandle<()>)>,
}

impl Tray {
    /// Starts the tray's thread and waits until it has made the icon (or
    /// said why not, once, in the log).
    pub fn start(events: Sender<Event>, view: TrayView) -> Tray {
        let next = Arc::new(Mutex::new(view.clone()));
        let (ready, started) = mpsc::channel();
        let shared = next.clone();
        let thread = std::thread::Builder::new()
            .name("tray".into())
            .stack_size(256 * 1024)
            .spawn(move || run(shared, events, ready))
            .ok()
            .and_then(|handle| Some((started.recv().ok()??, handle)));
        Tray {
            next,
            shown: view,
            thread,
        }
    }

    /// Shows `view` if it differs from what is shown.
    pub fn show(&mut self, view: TrayView) {
        if view == self.shown {
            return;
        }
        if let Ok(mut next) = self.next.lock() {
            *next = view.clone();
        }
        self.shown = view;
        if let Some((id, _)) = &self.thread {
            // SAFETY: posting a message without pointers to a thread id.
            unsafe { PostThreadMessageW(*id, WM_NEW_VIEW, 0, 0) };
        }
    }

    /// Takes the icon out of the notification area and ends its thread.
    pub fn stop(&mut self) {
        if let Some((id, handle)) = self.thread.take() {
            // SAFETY: as in `show`.
            unsafe { PostThreadMessageW(id, WM_QUIT, 0, 0) };
            let _ = handle.join();
        }
    }
}

/// The tray's thread: makes the icon, then serves its messages until told
/// to quit. Sends its thread id once it can receive thread messages, or
/// `None` if there is no icon.
fn run(next: Arc<Mutex<TrayView>>, events: Sender<Event>, ready: Sender<Option<u32>>) {
    // SAFETY: plain Win32 calls on this thread; `msg` is ours. Peeking
    // makes the thread's message queue, so nothing posted after `ready`
    // is lost.
    let id = unsafe {
        let mut msg: MSG = std::mem::zeroed();
        PeekMessageW(
            &mut msg,
            std::ptr::null_mut(),
            WM_USER,
            WM_USER,
            PM_NOREMOVE,
        );
        GetCurrentThreadId()
    };
    let view = next.lock().map(|v| v.clone()).unwrap_or_default();
    let mut shown = match Shown::make(view) {
        Ok(s) => s,
        Err(e) => {
            log(&format!("no tray ({e}); running without a tray icon"));
            let _ = ready.send(None);
            return;
        }
    };
    let _ = ready.send(Some(id));
    loop {
        // SAFETY: `msg` is ours; a null window takes the thread's messages
        // and those of every window on it.
        let mut msg: MSG = unsafe { std::mem::zeroed() };
        let got = unsafe { GetMessageW(&mut msg, std::ptr::null_mut(), 0, 0) };
        if got == 0 || got == -1 {
            break;
        }
        if msg.hwnd.is_null() && msg.message == WM_NEW_VIEW {
            if let Ok(view) = next.lock().map(|v| v.clone()) {
                shown.update(view);
            }
        } else {
            // SAFETY: a message GetMessageW just filled in.
            unsafe {
                TranslateMessage(&msg);
                DispatchMessageW(&msg);
            }
        }
        shown.answer(&events);
    }
    // Dropping the icon takes it out of the notification area.
    drop(shown);
}

/// The icon on screen, the view it shows and the ids of its menu.
struct Shown {
    icon: TrayIcon,
    view: TrayView,
    ids: MenuIds,
    builds: u64,
}

impl Shown {
    fn make(view: TrayView) -> Result<Shown, String> {
        let (menu, ids) = menu(&view, 0)?;
        let icon = TrayIconBuilder::new()
            .with_tooltip(tooltip(&view))
            .with_icon(picture(!view.due.is_empty())?)
            .with_menu(Box::new(menu))
            // A left click opens the window, as on Linux; the menu is on
            // the right button.
            .with_menu_on_left_click(false)
            .build()
            .map_err(|e| e.to_string())?;
        Ok(Shown {
            icon,
            view,
            ids,
            builds: 0,
        })
    }

    /// Shows a new view: the menu rebuilt, the tooltip, and the icon if
    /// whether something is due changed.
    fn update(&mut self, view: TrayView) {
        if view == self.view {
            return;
        }
        self.builds += 1;
        match menu(&view, self.builds) {
            Ok((menu, ids)) => {
                self.icon.set_menu(Some(Box::new(menu)));
                self.ids = ids;
            }
            Err(e) => log(&format!("the tray menu could not be rebuilt ({e})")),
        }
        let _ = self.icon.set_tooltip(Some(tooltip(&view)));
        if view.due.is_empty() != self.view.due.is_empty()
            && let Ok(picture) = picture(!view.due.is_empty())
        {
            let _ = self.icon.set_icon(Some(picture));
        }
        self.view = view;
    }

    /// Hands the clicks made since last time to the daemon.
    fn answer(&self, events: &Sender<Event>) {
        while let Ok(click) = MenuEvent::receiver().try_recv() {
            if let Some(action) = self.ids.action(click.id.as_ref()) {
                perform(action, events);
            }
        }
        while let Ok(click) = TrayIconEvent::receiver().try_recv() {
            if let TrayIconEvent::Click {
                button: MouseButton::Left,
                button_state: MouseButtonState::Up,
                ..
            } = click
            {
                crate::daemon::commands::open_window();
            }
        }
    }
}

/// The menu of `view`, with its items' ids for build `build`.
fn menu(view: &TrayView, build: u64) -> Result<(Menu, MenuIds), String> {
    let items = view.menu();
    let ids = MenuIds::new(build, &items);
    let menu = Menu::new();
    for (index, item) in items.iter().enumerate() {
        let appended = match item {
            None => menu.append(&PredefinedMenuItem::separator()),
            Some((label, _)) => menu.append(&MenuItem::with_id(
                ids.id(index),
                menu_label(label),
                true,
                None,
            )),
        };
        appended.map_err(|e| e.to_string())?;
    }
    Ok((menu, ids))
}

/// The icon's picture: the 32-pixel one, which Windows scales to the
/// notification area's size.
fn picture(due: bool) -> Result<Icon, String> {
    let (pixels, width, height) =
        rgba(icon_pngs(due)[1]).ok_or("the tray icon is not an RGBA PNG")?;
    Icon::from_rgba(pixels, width, height).map_err(|e| e.to_string())
}

/// Windows keeps 127 UTF-16 units of a tooltip.
const TOOLTIP_UNITS: usize = 127;

/// The tooltip: the title, then the view's summary, cut at the last whole
/// line that fits (or, for a first line too long, at a character) with an
/// ellipsis, so no line is shown half.
fn tooltip(view: &TrayView) -> String {
    let full = format!("Second Heart\n{}", view.summary());
    if full.encode_utf16().count() <= TOOLTIP_UNITS {
        return full;
    }
    let room = TOOLTIP_UNITS - 1;
    let mut kept = String::new();
    for line in full.split('\n') {
        let candidate = match kept.is_empty() {
            true => line.to_owned(),
            false => format!("{kept}\n{line}"),
        };
        if candidate.encode_utf16().count() > room {
            break;
        }
        kept = candidate;
    }
    if kept.is_empty() {
        for c in full.chars() {
            if kept.encode_utf16().count() + c.len_utf16() > room {
                break;
            }
            kept.push(c);
        }
    }
    kept.push('…');
    kept
}

/// A label as a Win32 menu shows it: '&' marks the next letter as the
/// item's shortcut, so a literal one is doubled; a tab would start the
/// accelerator column.
fn menu_label(label: &str) -> String {
    label.replace('&', "&&").replace('\t', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(due: usize, unsaved: usize) -> TrayView {
        let since = chrono::DateTime::parse_from_rfc3339("2026-11-23T10:30:00+01:00").unwrap();
        TrayView {
            due: (0..due)
                .map(|i| {
                    (
                        format!("exercise-{i}").parse().unwrap(),
                        format!("Exercise {i} — 3 sets of 15"),
                        since,
                    )
                })
                .collect(),
            done: 2,
            total: 8,
            unsaved: (0..unsaved)
                .map(|i| format!("your answer to Exercise {i} could not be saved (disk full)"))
                .collect(),
            ..TrayView::default()
        }
    }

    #[test]
    fn a_short_tooltip_is_the_title_and_the_summary() {
        assert_eq!(
            tooltip(&view(1, 0)),
            "Second Heart\n2 of 8 done today\nDue now: Exercise 0 — 3 sets of 15"
        );
    }

    #[test]
    fn a_long_tooltip_keeps_whole_lines_within_windows_limit() {
        let t = tooltip(&view(1, 3));
        assert!(t.encode_utf16().count() <= TOOLTIP_UNITS, "{t}");
        assert_eq!(
            t,
            "Second Heart\n2 of 8 done today\nDue now: Exercise 0 — 3 sets of 15…"
        );
        let one_long_line = TrayView {
            unsaved: vec!["x".repeat(300)],
            ..view(0, 0)
        };
        let t = tooltip(&one_long_line);
        assert!(t.encode_utf16().count() <= TOOLTIP_UNITS);
        assert!(t.starts_with("Second Heart\n2 of 8 done today") && t.ends_with('…'));
    }

    #[test]
    fn menu_labels_show_ampersands_as_written() {
        assert_eq!(
            menu_label("Done: Heel & toe\traises"),
            "Done: Heel && toe raises"
        );
    }

    /// Under Wine (Xvfb gives it a desktop with a notification area), the
    /// icon is made with its menu, shown anew, and removed, without error;
    /// the clicks cannot be made here. Without a desktop Wine has no
    /// windows to make (error 1400), so it runs on demand:
    /// `xvfb-run -a tests/windows/wine-run.sh <tests>.exe --ignored tray::windows`.
    #[test]
    #[ignore = "needs a desktop: run under xvfb-run"]
    fn the_icon_is_made_updated_and_removed() {
        let (tx, rx) = mpsc::channel();
        let mut tray = Tray::start(tx, view(1, 0));
        assert!(tray.thread.is_some(), "the tray's thread made no icon");
        tray.show(view(0, 0));
        tray.show(TrayView {
            unshown: true,
            ..view(2, 1)
        });
        tray.stop();
        assert!(tray.thread.is_none());
        assert!(rx.try_recv().is_err(), "no click, no request");
    }
}
