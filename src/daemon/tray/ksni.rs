//! The tray on Linux: a StatusNotifierItem with a dbusmenu, over D-Bus
//! (ksni, no GTK main loop). Desktops without a tray host (a plain GNOME
//! without the AppIndicator extension) get one line in the log, and the
//! item appears if a host starts later.
//!
//! A host that starts later takes its bus name a moment before it can take
//! items (it exports its watcher object after the name, as
//! gtk-sni-tray-standalone does): the registration ksni then makes fails,
//! and ksni would wait for the next host. So the item is served anew, a
//! little later, until the host takes it ([`Retry`]).

use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use ksni::blocking::TrayMethods as _;
use ksni::menu::{MenuItem, StandardItem};

use super::super::Event;
use super::{Action, TrayView};

struct Item {
    view: TrayView,
    events: Sender<Event>,
    /// The tray this item serves, to be served anew if a host refuses it.
    tray: Weak<Mutex<Inner>>,
    /// Registrations refused so far in a row.
    refused: u32,
}

impl Item {
    fn act(&self, action: &Action) {
        match action.request() {
            None => super::super::commands::open_window(),
            Some(request) => {
                let _ = self.events.send(Event::Tray(request));
            }
        }
    }
}

impl ksni::Tray for Item {
    fn id(&self) -> String {
        "second-heart".into()
    }

    fn title(&self) -> String {
        "Second Heart".into()
    }

    fn category(&self) -> ksni::Category {
        ksni::Category::ApplicationStatus
    }

    fn status(&self) -> ksni::Status {
        if self.view.due.is_empty() {
            ksni::Status::Active
        } else {
            ksni::Status::NeedsAttention
        }
    }

    /// The badge is drawn into the icon itself: many hosts never show an
    /// attention icon, and a themed icon name would win over the pixmaps.
    fn icon_pixmap(&self) -> Vec<ksni::Icon> {
        icons(!self.view.due.is_empty())
    }

    fn attention_icon_pixmap(&self) -> Vec<ksni::Icon> {
        icons(true)
    }

    fn tool_tip(&self) -> ksni::ToolTip {
        ksni::ToolTip {
            title: "Second Heart".into(),
            description: self.view.summary(),
            icon_name: String::new(),
            icon_pixmap: Vec::new(),
        }
    }

    /// A left click opens the window.
    fn activate(&mut self, _x: i32, _y: i32) {
        super::super::commands::open_window();
    }

    fn menu(&self) -> Vec<MenuItem<Self>> {
        self.view
            .menu()
            .into_iter()
            .map(|item| match item {
                None => MenuItem::Separator,
                Some((label, action)) => StandardItem {
                    label,
                    activate: Box::new(move |item: &mut Item| item.act(&action)),
                    ..Default::default()
                }
                .into(),
            })
            .collect()
    }

    /// No host yet, or it went away: ksni registers again when a new one
    /// takes the watcher's name. A host that is there but refused the item
    /// (not ready yet): this service ends and a new one is started later.
    fn watcher_offline(&self, reason: ksni::OfflineReason) -> bool {
        let why = match &reason {
            ksni::OfflineReason::No => "the tray host went away".to_owned(),
            ksni::OfflineReason::Error(e) => e.to_string(),
            other => format!("{other:?}"),
        };
        if no_host(&reason) {
            super::super::log(&format!(
                "no tray here ({why}); running without a tray icon until a tray host appears"
            ));
            return true;
        }
        match Retry::after(self.refused) {
            Some(retry) => {
                if self.refused == 0 {
                    super::super::log(&format!(
                        "the tray host did not take the icon ({why}); trying again"
                    ));
                }
                retry.spawn(self.tray.clone(), self.refused + 1);
                false
            }
            None => {
                super::super::log(&format!(
                    "the tray host still does not take the icon ({why}); waiting for another one"
                ));
                true
            }
        }
    }

    fn watcher_online(&self) {
        super::super::log("a tray host appeared; showing the icon there");
    }
}

/// The tray icons in a few sizes, as the ARGB32 (network byte order) the
/// StatusNotifierItem spec asks for. Decoded once.
fn icons(due: bool) -> Vec<ksni::Icon> {
    use std::sync::OnceLock;
    static IDLE: OnceLock<Vec<ksni::Icon>> = OnceLock::new();
    static DUE: OnceLock<Vec<ksni::Icon>> = OnceLock::new();
    let (cell, pngs): (_, [&[u8]; 3]) = if due {
        (
            &DUE,
            [
                include_bytes!("../../../assets/icons/tray/tray-due-22.png"),
                include_bytes!("../../../assets/icons/tray/tray-due-32.png"),
                include_bytes!("../../../assets/icons/tray/tray-due-48.png"),
            ],
        )
    } else {
        (
            &IDLE,
            [
                include_bytes!("../../../assets/icons/tray/tray-idle-22.png"),
                include_bytes!("../../../assets/icons/tray/tray-idle-32.png"),
                include_bytes!("../../../assets/icons/tray/tray-idle-48.png"),
            ],
        )
    };
    cell.get_or_init(|| pngs.iter().filter_map(|p| argb(p)).collect())
        .clone()
}

fn argb(png_bytes: &[u8]) -> Option<ksni::Icon> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().ok()?;
    let mut buf = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buf).ok()?;
    if info.color_type != png::ColorType::Rgba {
        return None;
    }
    let data = buf[..info.buffer_size()]
        .chunks_exact(4)
        .flat_map(|p| [p[3], p[0], p[1], p[2]])
        .collect();
    Some(ksni::Icon {
        width: info.width as i32,
        height: info.height as i32,
        data,
    })
}

/// Whether ksni went offline because no host runs at all (rather than
/// because one refused the item). ksni's zbus is not ours, so its error is
/// told by name.
fn no_host(reason: &ksni::OfflineReason) -> bool {
    match reason {
        ksni::OfflineReason::No => true,
        ksni::OfflineReason::Error(ksni::Error::Watcher(e)) => {
            format!("{e:?}").starts_with("ServiceUnknown")
        }
        _ => false,
    }
}

/// When to serve the item anew after a host refused it: soon, then less
/// often; after a minute or so of refusals, only when another host appears.
struct Retry(Duration);

impl Retry {
    // A panel that is slow to start (a loaded machine at login) is caught
    // within a second or two of being ready; about 45 s in all.
    const DELAYS_MS: [u64; 16] = [
        100, 200, 400, 800, 1_600, 2_000, 2_000, 2_000, 3_000, 3_000, 4_000, 4_000, 5_000, 5_000,
        6_000, 6_000,
    ];

    fn after(refused: u32) -> Option<Retry> {
        Retry::DELAYS_MS
            .get(refused as usize)
            .map(|ms| Retry(Duration::from_millis(*ms)))
    }

    fn spawn(self, tray: Weak<Mutex<Inner>>, refused: u32) {
        let _ = std::thread::Builder::new()
            .name("tray-retry".into())
            .stack_size(256 * 1024)
            .spawn(move || {
                std::thread::sleep(self.0);
                if let Some(tray) = tray.upgrade() {
                    serve(&tray, refused);
                }
            });
    }
}

/// The tray, as the daemon sees it.
pub struct Tray {
    inner: Arc<Mutex<Inner>>,
}

struct Inner {
    handle: Option<ksni::blocking::Handle<Item>>,
    shown: TrayView,
    events: Sender<Event>,
    stopped: bool,
}

/// Serves the item (anew) with what the tray shows now. Registering can
/// take a while, so the lock is not held meanwhile: the daemon's loop
/// never waits for the bus.
fn serve(tray: &Arc<Mutex<Inner>>, refused: u32) {
    let Some((view, events, old)) = tray.lock().ok().and_then(|mut t| {
        (!t.stopped).then(|| (t.shown.clone(), t.events.clone(), t.handle.take()))
    }) else {
        return;
    };
    if let Some(old) = old {
        old.shutdown().wait();
    }
    let item = Item {
        view: view.clone(),
        events,
        tray: Arc::downgrade(tray),
        refused,
    };
    match item.assume_sni_available(true).spawn() {
        Ok(handle) => {
            let Ok(mut t) = tray.lock() else { return };
            if t.stopped {
                drop(t);
                handle.shutdown().wait();
                return;
            }
            if t.shown != view {
                let v = t.shown.clone();
                handle.update(move |item| item.view = v);
            }
            t.handle = Some(handle);
        }
        // A host that refused the item (not ready yet): later, a few times.
        Err(e @ ksni::Error::Watcher(_)) if Retry::after(refused).is_some() => {
            if refused == 0 {
                super::super::log(&format!(
                    "the tray host did not take the icon ({e}); trying again"
                ));
            }
            if let Some(retry) = Retry::after(refused) {
                retry.spawn(Arc::downgrade(tray), refused + 1);
            }
        }
        // No session bus, or a host that keeps refusing.
        Err(e) => super::super::log(&format!("no tray ({e}); running without a tray icon")),
    }
}

impl Tray {
    /// Starts serving the item. Without a session bus there is no tray; the
    /// reason is logged once.
    pub fn start(events: Sender<Event>, view: TrayView) -> Tray {
        let inner = Arc::new(Mutex::new(Inner {
            handle: None,
            shown: view,
            events,
            stopped: false,
        }));
        serve(&inner, 0);
        Tray { inner }
    }

    /// Shows `view` if it differs from what is shown.
    pub fn show(&mut self, view: TrayView) {
        let Ok(mut t) = self.inner.lock() else { return };
        if view == t.shown {
            return;
        }
        if let Some(h) = &t.handle {
            let v = view.clone();
            h.update(move |item| item.view = v);
        }
        t.shown = view;
    }

    pub fn stop(&mut self) {
        let handle = self.inner.lock().ok().and_then(|mut t| {
            t.stopped = true;
            t.handle.take()
        });
        if let Some(h) = handle {
            h.shutdown().wait();
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_icons_decode_to_argb_in_three_sizes() {
        for due in [false, true] {
            let icons = icons(due);
            assert_eq!(
                icons.iter().map(|i| i.width).collect::<Vec<_>>(),
                [22, 32, 48]
            );
            for i in &icons {
                assert_eq!(i.data.len(), (i.width * i.height * 4) as usize);
            }
        }
    }
}
