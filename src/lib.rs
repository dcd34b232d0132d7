pub mod cli;
pub(crate) mod clock;
pub mod core;
#[cfg(unix)]
pub(crate) mod daemon;
pub mod desktop;
#[cfg(unix)]
pub mod gui;
pub mod protocol;
pub mod report;
pub mod service;
pub mod store;
