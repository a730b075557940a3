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
                let _ = h1.focus();
            }
        }
    });
    view! { <h1 tabindex="-1" node_ref=node>{children()}</h1> }
}
