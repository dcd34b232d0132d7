//! The tray on Windows. (Being built on branch w-winprompt: tray-icon in
//! the notification area.)

use std::sync::mpsc::Sender;

use super::super::Event;
use super::TrayView;

pub struct Tray;

impl Tray {
    pub fn start(_events: Sender<Event>, _view: TrayView) -> Tray {
        Tray
    }

    pub fn show(&mut self, _view: TrayView) {}

    pub fn stop(&mut self) {}
}
