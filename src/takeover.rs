//! The browser app taking over from the page the build wrote. Each page
//! file already holds the complete page, rendered by the same components.
//! The app renders the same page off-screen; once its content has loaded
//! (`store::pending` is zero, an explicit signal, not a guess from the
//! markup), it replaces the static tree in one step, in the same frame, so
//! nothing moves. Keyboard focus and what was typed carry over, and the
//! scroll position stays because the new tree has the same size.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use std::cell::RefCell;
use web_sys::HtmlElement;

struct Pending {
    root: HtmlElement,
    live: HtmlElement,
}

thread_local! {
    static PENDING: RefCell<Option<Pending>> = const { RefCell::new(None) };
}

/// Elements that can hold focus, in document order.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, [tabindex]";

/// Starts the app. With a prerendered page in `#app` it renders off-screen
/// and takes over when settled; with an empty `#app` (the development
/// server) it renders in place.
pub fn mount() {
    let doc = document();
    let Some(root) = doc
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    if root.child_element_count() == 0 {
        leptos::mount::mount_to(root, crate::app::App).forget();
        mark_ready();
        return;
    }
    let Some(live) = doc
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    PENDING.with(|p| {
        *p.borrow_mut() = Some(Pending {
            root,
            live: live.clone(),
        })
    });
    // The wasm has just been compiled and started in this task. The
    // off-screen render waits for the next one, so that neither is one
    // long task that blocks a tap on the page already shown.
    set_timeout(
        move || leptos::mount::mount_to(live, crate::app::App).forget(),
        std::time::Duration::ZERO,
    );
}

/// Called whenever no content is loading. Waits one frame, so the views
/// that the last file completed have rendered (and any file they asked for
/// has started loading), then takes over if still nothing is loading.
pub fn when_settled() {
    if PENDING.with(|p| p.borrow().is_none()) {
        return;
    }
    request_animation_frame(|| {
        if crate::store::pending_untracked() == 0 {
            if let Some(p) = PENDING.with(|p| p.borrow_mut().take()) {
                swap(p);
            }
        }
    });
}

fn focusables(root: &HtmlElement) -> Vec<HtmlElement> {
    let Ok(list) = root.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .collect()
}

fn swap(Pending { root, live }: Pending) {
    let doc = document();
    // Where focus was, as a position among the focusable elements.
    let active = doc.active_element();
    let focused = active.as_ref().and_then(|a| {
        let list = focusables(&root);
        let i = list.iter().position(|e| a.is_same_node(Some(e)))?;
        let value = a
            .dyn_ref::<web_sys::HtmlInputElement>()
            .map(|input| input.value());
        Some((i, value))
    });
    // One synchronous replacement: no frame shows a half-swapped page.
    root.set_inner_html("");
    while let Some(child) = live.first_child() {
        let _ = root.append_child(&child);
    }
    if let Some((i, value)) = focused {
        if let Some(el) = focusables(&root).get(i) {
            let opts = web_sys::FocusOptions::new();
            opts.set_prevent_scroll(true);
            let _ = el.focus_with_options(&opts);
            if let (Some(v), Some(input)) = (value, el.dyn_ref::<web_sys::HtmlInputElement>()) {
                if !v.is_empty() && input.value() != v {
                    input.set_value(&v);
                    if let Ok(ev) = web_sys::Event::new("input") {
                        let _ = input.dispatch_event(&ev);
                    }
                }
            }
        }
    }
    mark_ready();
}

/// Lets tests (and styles) tell the live app from the prerendered page.
fn mark_ready() {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-app", "ready");
    }
}
