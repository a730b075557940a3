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

/// A section's page (news, events, city cooperation, the Covenant, and
/// the not-found page): its head, its heading and lead, then `children`.
#[component]
pub fn SectionPage(
    title: &'static str,
    lead: &'static str,
    /// Kept out of search engines (the not-found page).
    #[prop(optional)]
    noindex: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <crate::components::meta::PageMeta title=title.to_string() description=lead.to_string() noindex=noindex/>
        <div class="wrap page">
            <PageHeading>{title}</PageHeading>
            <p class="lead">{lead}</p>
            {children()}
        </div>
    }
}

/// Focuses `el` without scrolling: the router has already scrolled where
/// the page should be, and scrolling an element into view makes the browser
/// lay out the whole page there and then (about a third of the work of
/// opening /news from the homepage).
fn focus_quietly(el: &web_sys::HtmlElement) {
    let opts = web_sys::FocusOptions::new();
    opts.set_prevent_scroll(true);
    let _ = el.focus_with_options(&opts);
}

/// After every navigation within the app, once the new view is drawn: if
/// the element that had focus has gone (the link just followed was part of
/// what the new view replaced, as a pager's links, "This month" and "Clear
/// filters" are), focus goes to the heading of the part of the page in view,
/// as after a page load. Otherwise it would fall to the document, and the
/// next Tab would carry on from wherever the old link had been. A new
/// page's own heading takes focus as it mounts (`PageHeading`), so this only
/// acts within a page.
#[component]
pub fn KeepFocus() -> impl IntoView {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::wasm_bindgen::JsCast;
        // Which element had focus last, to tell focus lost with it (it has
        // left the page) from a page where nothing was focused yet.
        let _ = window_event_listener(leptos::ev::focusin, |ev| {
            let target = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            LAST_FOCUSED.with(|l| *l.borrow_mut() = target);
        });
    }
    let location = leptos_router::hooks::use_location();
    Effect::new(move |seen: Option<()>| {
        location.pathname.track();
        location.search.track();
        if seen.is_some() {
            request_animation_frame(refocus_if_lost);
        }
    });
}

thread_local! {
    static LAST_FOCUSED: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
}

/// The page's `<h1>`, or, where the visitor is further down (the router
/// leaves the calendar's month links where they were), the heading of the
/// section at the top of the window: the last visible one that starts above
/// the window's first quarter.
fn refocus_if_lost() {
    use leptos::wasm_bindgen::JsCast;
    let doc = document();
    let gone = LAST_FOCUSED.with(|l| l.borrow().as_ref().is_some_and(|e| !e.is_connected()));
    let on_document = match doc.active_element() {
        None => true,
        Some(active) => doc.body().is_some_and(|b| active.is_same_node(Some(&b))),
    };
    if !(gone && on_document) {
        return;
    }
    let Ok(list) = doc.query_selector_all("main h1, main h2:not(.visually-hidden)") else {
        return;
    };
    let top = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
        / 4.0;
    let headings =
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok());
    let mut target = None;
    for (i, h) in headings.enumerate() {
        if i == 0 || h.get_bounding_client_rect().top() <= top {
            target = Some(h);
        }
    }
    if let Some(h) = target {
        make_focusable(&h);
        focus_quietly(&h);
    }
}

/// Lets a script focus `el` (a heading, `main`) without adding it to the
/// Tab order.
pub fn make_focusable(el: &web_sys::HtmlElement) {
    if !el.has_attribute("tabindex") {
        let _ = el.set_attribute("tabindex", "-1");
    }
}
