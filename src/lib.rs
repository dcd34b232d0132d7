pub mod cli;
pub mod clock;
pub mod core;
pub mod report;
pub mod store;
