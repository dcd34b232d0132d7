//! logind's PrepareForSleep signal on the system bus: the machine is about to
//! sleep, or has woken. Where there is no system bus or no logind, the
//! scheduler still notices a suspend from the wall clock running ahead of
//! the monotonic one; this only makes it prompt.

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

pub fn watch(events: Sender<Event>) {
    let _ = std::thread::Builder::new()
        .name("sleep-watch".into())
        .stack_size(1024 * 1024)
        .spawn(move || {
            let result: zbus::Result<()> = zbus::block_on(async {
                let conn = zbus::Connection::system().await?;
                let manager = LoginManagerProxy::new(&conn).await?;
                let mut signals = manager.receive_prepare_for_sleep().await?;
                while let Some(signal) = signals.next().await {
                    let going = signal.args()?.start;
                    if events.send(Event::Sleep { going }).is_err() {
                        break;
                    }
                }
                Ok(())
            });
            if let Err(e) = result {
                super::log(&format!(
                    "no suspend signals from logind ({e}); suspends are noticed from the clock"
                ));
            }
        });
}
