//! logind's PrepareForSleep signal on the system bus: the machine is about to
//! sleep, or has woken. Where there is no system bus or no logind, the
//! scheduler notices a suspend from the wall clock running ahead of the
//! monotonic one, at a wake at most a minute apart; with this watch in
//! place (and `clock_watch`), it needs no such wake.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;

use futures_lite::StreamExt;

use super::Event;

#[zbus::proxy(
    interface = "org.freedesktop.login1.Manager",
    default_service = "org.freedesktop.login1",
    default_path = "/org/freedesktop/login1"
)]
trait LoginManager {
    #[zbus(signal)]
    fn prepare_for_sleep(&self, start: bool) -> zbus::Result<()>;
}

/// Starts the watch; the flag turns true once logind's signal is
/// subscribed to (and false if the bus goes away).
pub fn watch(events: Sender<Event>) -> Arc<AtomicBool> {
    let watching = Arc::new(AtomicBool::new(false));
    let flag = watching.clone();
    let _ = std::thread::Builder::new()
        .name("sleep-watch".into())
        .stack_size(1024 * 1024)
        .spawn(move || {
            let result: zbus::Result<()> = zbus::block_on(async {
                let conn = zbus::Connection::system().await?;
                let manager = LoginManagerProxy::new(&conn).await?;
                let mut signals = manager.receive_prepare_for_sleep().await?;
                flag.store(true, Ordering::Relaxed);
                // Wake the loop: it may sleep longer from now on.
                let _ = events.send(Event::ClockChanged);
                while let Some(signal) = signals.next().await {
                    let going = signal.args()?.start;
                    if events.send(Event::Sleep { going }).is_err() {
                        break;
                    }
                }
                Ok(())
            });
            flag.store(false, Ordering::Relaxed);
            let _ = events.send(Event::ClockChanged);
            if let Err(e) = result {
                super::log(&format!(
                    "no suspend signals from logind ({e}); suspends are noticed from the clock"
                ));
            }
        });
    watching
}
