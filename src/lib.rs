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

/// Longest wait for a page's content before the live app replaces the
/// static shell anyway (its loading messages then show).
#[cfg(target_arch = "wasm32")]
const SHELL_MAX_MS: f64 = 3000.0;

/// Starts the app beside the static first-paint shell in `#app`, and swaps
/// it in once the page's content has loaded (a heading, no `.loading`) or after
/// `SHELL_MAX_MS`. Swapping whole trees at once means nothing on screen
/// moves while content arrives: the shell stays until the page is complete.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    use leptos::prelude::document;
    use wasm_bindgen::JsCast;
    let doc = document();
    let root = doc
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| doc.body().expect("a page always has a body"));
    let live = doc
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .expect("a div can be created");
    leptos::mount::mount_to(live.clone(), app::App).forget();
    let started = js_sys::Date::now();
    swap_when_ready(root, live, started);
}

#[cfg(target_arch = "wasm32")]
fn swap_when_ready(root: web_sys::HtmlElement, live: web_sys::HtmlElement, started: f64) {
    use leptos::prelude::document;
    // The route renders asynchronously: ready means a heading is there and
    // no section is still loading.
    let has = |sel: &str| live.query_selector(sel).ok().flatten().is_some();
    let ready = has("main h1") && !has(".loading");
    if !ready && js_sys::Date::now() - started < SHELL_MAX_MS {
        leptos::prelude::request_animation_frame(move || swap_when_ready(root, live, started));
        return;
    }
    // Move the live nodes into #app in place of the shell.
    root.set_inner_html("");
    while let Some(child) = live.first_child() {
        let _ = root.append_child(&child);
    }
    // Lets tests (and styles) tell the live app from the static shell.
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-app", "ready");
    }
}
