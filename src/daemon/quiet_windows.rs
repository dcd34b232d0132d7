//! Full screen, presentations and Focus Assist on Windows. (Being built on
//! branch w-winpresence: SHQueryUserNotificationState.)

pub struct Quiet;

impl Quiet {
    pub fn new() -> Quiet {
        Quiet
    }

    pub fn describe(&self) -> &'static str {
        "not seen here yet"
    }

    pub fn reason(&mut self) -> Option<String> {
        None
    }
}
