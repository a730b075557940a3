//! The page heading, which takes focus after a client-side navigation.

use leptos::html;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How many page headings have been mounted during this visit.
static MOUNTED: AtomicUsize = AtomicUsize::new(0);

/// The page's one `<h1>`. The first heading of a visit is left alone (the
/// browser has just loaded the page); every later one is a new page reached
/// by a link or history move, so it takes focus and screen readers announce
/// it, as they would after a full page load.
#[component]
pub fn PageHeading(children: Children) -> impl IntoView {
    let node = NodeRef::<html::H1>::new();
    let first = MOUNTED.fetch_add(1, Ordering::Relaxed) == 0;
    Effect::new(move |_| {
        if let Some(h1) = node.get() {
            if !first {
                focus_quietly(&h1);
            }
        }
    });
    view! { <h1 tabindex="-1" node_ref=node>{children()}</h1> }
}

/// Focuses `el` without scrolling: the router has already put the new page
/// at its top, and scrolling an element into view makes the browser lay out
/// the whole page there and then (about a third of the work of opening
/// /news from the homepage).
fn focus_quietly(el: &web_sys::HtmlElement) {
    let opts = web_sys::FocusOptions::new();
    opts.set_prevent_scroll(true);
    let _ = el.focus_with_options(&opts);
}

/// After a plain click on a link to another page of the same list, focus
/// goes to the page's heading, as after a page load: the link itself is
/// about to be replaced (which would drop focus to the document), and the
/// heading is where the new page of results is announced and read from.
pub fn focus_heading_on_follow(ev: leptos::ev::MouseEvent) {
    use leptos::wasm_bindgen::JsCast;
    let plain =
        ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
    let on_link = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|t| t.closest("a[href]").ok().flatten().is_some());
    if plain && on_link {
        if let Some(h1) = document()
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
        {
            focus_quietly(&h1);
        }
    }
}
