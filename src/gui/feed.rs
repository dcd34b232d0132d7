//! Following the daemon while the window is open: a thread of the window's
//! own holds a subscription (`Link::follower`) and sleeps in it. At each
//! push, and when the daemon goes away, it marks what the window shows as
//! stale and asks egui for a frame at once; that frame asks the daemon for
//! the status again (`Model::keep_current`). So the window wakes only when
//! something changed, and shows it within a frame.
//!
//! Without a daemon the thread waits to be told that one answers again
//! (`kick`): it never polls on its own.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex};

use super::link::Follow;
use crate::protocol::Push;

pub struct Feed {
    shared: Arc<Shared>,
    kick: Sender<()>,
}

#[derive(Default)]
struct Shared {
    /// Something changed since the window last asked.
    stale: AtomicBool,
    /// A subscription is open.
    live: AtomicBool,
    /// The window's, once it has drawn a frame.
    ctx: Mutex<Option<egui::Context>>,
}

impl Shared {
    fn mark(&self) {
        self.stale.store(true, Ordering::SeqCst);
        if let Ok(ctx) = self.ctx.lock()
            && let Some(ctx) = ctx.as_ref()
        {
            ctx.request_repaint();
        }
    }
}

impl Feed {
    /// Subscribes at once, and again whenever kicked after a subscription
    /// ended or failed. The thread ends with the `Feed`.
    pub fn start(mut follow: Box<dyn Follow>) -> Feed {
        let shared = Arc::new(Shared::default());
        let (kick, kicks) = mpsc::channel::<()>();
        let theirs = shared.clone();
        let _ = std::thread::Builder::new()
            .name("feed".into())
            .stack_size(256 * 1024)
            .spawn(move || {
                loop {
                    if let Ok(Some(mut pushes)) = follow.subscribe() {
                        theirs.live.store(true, Ordering::SeqCst);
                        // What changed before the subscription began.
                        theirs.mark();
                        while let Some(push) = pushes.next_push() {
                            theirs.mark();
                            if push == Push::Stopping {
                                break;
                            }
                        }
                        theirs.live.store(false, Ordering::SeqCst);
                        theirs.mark();
                    }
                    if kicks.recv().is_err() {
                        return;
                    }
                }
            });
        Feed { shared, kick }
    }

    /// Lets pushes wake the window's event loop.
    pub fn attach(&self, ctx: &egui::Context) {
        if let Ok(mut slot) = self.shared.ctx.lock()
            && slot.is_none()
        {
            *slot = Some(ctx.clone());
        }
    }

    /// Whether something changed since the last call.
    pub fn take_stale(&self) -> bool {
        self.shared.stale.swap(false, Ordering::SeqCst)
    }

    /// Whether a subscription is open (else the window asks once a minute).
    pub fn live(&self) -> bool {
        self.shared.live.load(Ordering::SeqCst)
    }

    /// A daemon answers: subscribe, if not already.
    pub fn kick(&self) {
        let _ = self.kick.send(());
    }
}
