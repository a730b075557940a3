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
                // Without scrolling: the router has already put the new page
                // at its top, and scrolling an element into view makes the
                // browser lay out the whole page there and then (about a
                // third of the work of opening /news from the homepage).
                let opts = web_sys::FocusOptions::new();
                opts.set_prevent_scroll(true);
                let _ = h1.focus_with_options(&opts);
            }
        }
    });
    view! { <h1 tabindex="-1" node_ref=node>{children()}</h1> }
}
