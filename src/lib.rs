//! IUC Asia website.
//!
//! The content model and all logic (dates, calendars, feeds, search) are plain
//! Rust in the modules below and are tested on the host. The Leptos user
//! interface is compiled only for the browser (`wasm32`).

pub mod content;
pub mod news;
#[cfg(not(target_arch = "wasm32"))]
pub mod tools;
