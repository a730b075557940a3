//! IUC Asia website.
//!
//! The content model and all logic (dates, calendars, feeds, search) are plain
//! Rust in the modules below and are tested on the host. The Leptos user
//! interface (`app`, `components`, `pages`) compiles for both: the browser
//! runs it (`csr`), and the build renders every page with it (`ssr`,
//! `render`), so each URL is a complete HTML file before any wasm runs.

#![recursion_limit = "256"]

#[cfg(not(target_arch = "wasm32"))]
pub mod bundle;
pub mod calendar;
pub mod content;
/// The site's languages (`content::lang`), at the crate root where every
/// layer names them.
pub use content::lang;
pub mod cooperation;
pub mod covenant;
pub mod events;
pub mod feeds;
pub mod format;
pub mod head;
pub mod ics;
pub mod news;
#[cfg(not(target_arch = "wasm32"))]
pub mod page_check;
pub mod page_lang;
#[cfg(not(target_arch = "wasm32"))]
pub mod pipeline;
pub mod platform;
#[cfg(not(target_arch = "wasm32"))]
pub mod render;
pub mod routes;
pub mod search;
#[cfg(not(target_arch = "wasm32"))]
pub mod share_image;
pub mod strings;
pub mod structured;
pub mod subscribe;
#[cfg(not(target_arch = "wasm32"))]
pub mod tools;

mod app;
mod components;
mod pages;
pub mod store;
#[cfg(target_arch = "wasm32")]
mod takeover;

/// Starts the browser app: `takeover` mounts `App` and takes over the page
/// the build wrote once it is ready.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    takeover::mount(app::App);
}
