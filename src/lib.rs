//! IUC Asia website.
//!
//! The content model and all logic (dates, calendars, feeds, search) are plain
//! Rust in the modules below and are tested on the host. The Leptos user
//! interface is compiled only for the browser (`wasm32`).

#[cfg(not(target_arch = "wasm32"))]
pub mod bundle;
pub mod calendar;
pub mod content;
pub mod cooperation;
pub mod covenant;
pub mod events;
pub mod feeds;
pub mod format;
pub mod ics;
pub mod news;
pub mod routes;
pub mod search;
pub mod shell;
pub mod strings;
#[cfg(not(target_arch = "wasm32"))]
pub mod tools;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(target_arch = "wasm32")]
mod store;

/// Replaces the static first-paint shell in `#app` with the live app.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    use leptos::prelude::document;
    use wasm_bindgen::JsCast;
    let root = document()
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| document().body().expect("a page always has a body"));
    root.set_inner_html("");
    leptos::mount::mount_to(root, app::App).forget();
    // Lets tests (and styles) tell the live app from the static shell.
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-app", "ready");
    }
}
