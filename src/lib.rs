//! IUC Asia website.
//!
//! The content model and all logic (dates, calendars, feeds, search) are plain
//! Rust in the modules below and are tested on the host. The Leptos user
//! interface (`app`, `components`, `pages`) compiles for both: the browser
//! runs it (`csr`), and the build renders every page with it (`ssr`,
//! `render`), so each URL is a complete HTML file before any wasm runs.

#![recursion_limit = "256"]

// The layers, each a crate the compiler keeps in order (a cycle between
// them does not build): content (crates/content) → logic (crates/domain)
// → the UI (app, components, pages, store, takeover, platform, page_lang,
// here) → the build (pipeline, render, bundle, share images, page check,
// tools; host only, here). The lower crates' modules are re-exported at
// this crate's root, so every layer names them alike (`crate::news`).
pub use iuc_asia_domain::{
    calendar, content, cooperation, covenant, events, feeds, format, head, ics, lang, news, routes,
    search, strings, structured, subscribe,
};

#[cfg(not(target_arch = "wasm32"))]
pub mod bundle;
#[cfg(not(target_arch = "wasm32"))]
pub mod page_check;
pub mod page_lang;
#[cfg(not(target_arch = "wasm32"))]
pub mod pipeline;
pub mod platform;
#[cfg(not(target_arch = "wasm32"))]
pub mod render;
#[cfg(not(target_arch = "wasm32"))]
pub mod share_image;
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
