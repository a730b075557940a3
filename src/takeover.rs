//! The browser app taking over from the page the build wrote. Each page
//! file already holds the complete page, rendered by the same components.
//! The app renders the same page off-screen; once its content has loaded
//! (`store::pending` is zero, an explicit signal, not a guess from the
//! markup), it replaces the static tree in one step, in the same frame, so
//! nothing moves. Keyboard focus and what was typed carry over, and the
//! scroll position stays because the new tree has the same size.
//!
//! Inserting the whole new tree at once would have the browser style, lay
//! out and paint all of it in the swap's frame: one long task on a long page
//! (31–74 ms traced on `/city-cooperation/`). So the parts of the new tree
//! that lie wholly below the window are left unrendered in that frame
//! (`content-visibility: auto`, held at the size the old part had), and are
//! rendered a window's height at a time in the frames that follow. Nothing
//! in or above the window moves; the app is marked ready after the last.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use std::cell::RefCell;
use web_sys::{Element, HtmlElement};

struct Pending {
    root: HtmlElement,
    live: HtmlElement,
}

/// Work waiting for the app to be ready.
type Waiting = Vec<Box<dyn FnOnce()>>;

thread_local! {
    static PENDING: RefCell<Option<Pending>> = const { RefCell::new(None) };
    /// What waits for the app to be ready (`None` once it is).
    static AFTER: RefCell<Option<Waiting>> = const { RefCell::new(Some(Vec::new())) };
}

/// Runs `f` once the app has taken over (at once if it has), so that work
/// the page does not need never delays the takeover.
pub fn after_ready(f: impl FnOnce() + 'static) {
    let f: Box<dyn FnOnce()> = Box::new(f);
    let now = AFTER.with(|a| match &mut *a.borrow_mut() {
        Some(waiting) => {
            waiting.push(f);
            None
        }
        None => Some(f),
    });
    if let Some(f) = now {
        f();
    }
}

/// Elements that can hold focus, in document order.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, [tabindex]";

/// `app` with the takeover's readiness signal: once no content file is
/// loading any more, the page is complete and the app may take over from
/// the prerendered HTML (`when_settled`).
fn with_readiness<V: IntoView>(app: impl FnOnce() -> V) -> impl FnOnce() -> V {
    move || {
        Effect::new(move |_| {
            if crate::store::pending() == 0 {
                when_settled();
            }
        });
        app()
    }
}

/// Starts the app. With a prerendered page in `#app` it renders off-screen
/// and takes over when settled; with an empty `#app` (the development
/// server) it renders in place.
pub fn mount<V: IntoView + 'static>(app: impl FnOnce() -> V + 'static) {
    let app = with_readiness(app);
    let doc = document();
    let Some(root) = doc
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    if root.child_element_count() == 0 {
        leptos::mount::mount_to(root, app).forget();
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
        move || leptos::mount::mount_to(live, app).forget(),
        std::time::Duration::ZERO,
    );
}

/// Whether the app is rendering off-screen to take over from the page the
/// build wrote (and has not swapped yet).
pub fn off_screen() -> bool {
    PENDING.with(|p| p.borrow().is_some())
}

/// Called whenever no content is loading. Waits one frame, so the views
/// that the last file completed have rendered (and any file they asked for
/// has started loading), then takes over if still nothing is loading.
pub fn when_settled() {
    if PENDING.with(|p| p.borrow().is_none()) {
        return;
    }
    request_animation_frame(|| {
        if crate::store::pending_untracked() != 0 {
            return;
        }
        let kept = PENDING.with(|p| p.borrow().as_ref().is_some_and(keep_page));
        if !kept {
            if let Some(p) = PENDING.with(|p| p.borrow_mut().take()) {
                swap(p);
            }
        }
    });
}

/// The class of the notice `keep_page` puts at the top of `<main>`.
const KEPT: &str = "kept-page";

/// When a content file failed (or timed out) while the app rendered
/// off-screen, the page the build wrote is complete and correct, and the
/// app's version would show an error in its place (T7). So the published
/// page stays, and a notice at the top of its `<main>` shows each problem
/// the app met, with a Retry that retries every failed file; once they
/// load, the app takes over as usual. True when the page is kept.
fn keep_page(p: &Pending) -> bool {
    use wasm_bindgen::closure::Closure;
    let doc = document();
    let main: Element = p
        .root
        .query_selector("main")
        .ok()
        .flatten()
        .unwrap_or_else(|| p.root.clone().into());
    if let Ok(Some(old)) = main.query_selector(&format!(".{KEPT}")) {
        old.remove();
    }
    let Ok(problems) = p.live.query_selector_all(".load-error") else {
        return false;
    };
    if problems.length() == 0 {
        return false;
    }
    let Ok(notice) = doc.create_element("div") else {
        return false;
    };
    notice.set_class_name(&format!("{KEPT} note"));
    if let Ok(lead) = doc.create_element("p") {
        lead.set_text_content(Some(crate::page_lang::ui().kept_page));
        let _ = notice.append_child(&lead);
    }
    for i in 0..problems.length() {
        let Some(copy) = problems
            .item(i)
            .and_then(|n| n.clone_node_with_deep(true).ok())
            .and_then(|n| n.dyn_into::<Element>().ok())
        else {
            continue;
        };
        // The copy's Retry: the original's handler belongs to the page
        // rendered off-screen.
        if let Ok(Some(button)) = copy.query_selector("button") {
            let n = notice.clone();
            let retry = Closure::<dyn Fn()>::new(move || {
                n.remove();
                crate::store::retry_all_failed();
            });
            let _ =
                button.add_event_listener_with_callback("click", retry.as_ref().unchecked_ref());
            retry.forget();
        }
        let _ = notice.append_child(&copy);
    }
    let _ = main.insert_before(&notice, main.first_child().as_ref());
    mark_ready();
    true
}

fn focusables(root: &HtmlElement) -> Vec<HtmlElement> {
    let Ok(list) = root.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .collect()
}

/// The form controls whose values a visitor can change.
const CONTROLS: &str = "input[type=search], select, textarea";

fn controls(root: &Element) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(CONTROLS) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// A property of a DOM object as a string ("" when it has none).
fn prop(of: &wasm_bindgen::JsValue, name: &str) -> String {
    js_sys::Reflect::get(of, &name.into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// What the page the build wrote left in a control: its `defaultValue`, or
/// for a `<select>` the option the markup selects (else the first).
fn default_value(control: &Element) -> String {
    if control.tag_name() != "SELECT" {
        return prop(control, "defaultValue");
    }
    control
        .query_selector("option[selected]")
        .ok()
        .flatten()
        .or_else(|| control.query_selector("option").ok().flatten())
        .map(|o| prop(&o, "value"))
        .unwrap_or_default()
}

/// Every control the visitor changed on the page the build wrote (typed in
/// the search box, picked a filter), by position, with its value: the loader
/// (`src/loader.js`) brings the app at the first sign of such use, so the
/// visitor may have typed on while it loaded, and none of it may be lost.
fn changed_controls(root: &Element) -> Vec<(usize, String)> {
    controls(root)
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let value = prop(c, "value");
            (value != default_value(c)).then_some((i, value))
        })
        .collect()
}

/// Puts each changed value into the same control of the app's page, and
/// tells the app (an `input` or `change` event, as the visitor's own would
/// have), which then acts on it: searches, filters.
fn carry_over(root: &Element, changed: Vec<(usize, String)>) {
    let now = controls(root);
    for (i, value) in changed {
        let Some(c) = now.get(i) else { continue };
        if prop(c, "value") == value {
            continue;
        }
        let _ = js_sys::Reflect::set(c, &"value".into(), &value.as_str().into());
        let kind = if c.tag_name() == "SELECT" {
            "change"
        } else {
            "input"
        };
        if let Ok(ev) = web_sys::Event::new(kind) {
            let _ = c.dispatch_event(&ev);
        }
    }
}

fn swap(Pending { root, live }: Pending) {
    let doc = document();
    // Where focus was, as a position among the focusable elements.
    let active = doc.active_element();
    let focused = active.as_ref().and_then(|a| {
        let list = focusables(&root);
        list.iter().position(|e| a.is_same_node(Some(e)))
    });
    let changed = changed_controls(&root);
    let fold = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let mut deferred = Vec::new();
    if fold > 0.0 {
        defer_below(&root, &live, fold, &mut deferred);
    }
    // One synchronous replacement: no frame shows a half-swapped page.
    root.set_inner_html("");
    while let Some(child) = live.first_child() {
        let _ = root.append_child(&child);
    }
    if let Some(el) = focused.and_then(|i| focusables(&root).into_iter().nth(i)) {
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = el.focus_with_options(&opts);
    }
    carry_over(&root, changed);
    if deferred.is_empty() {
        mark_ready();
        return;
    }
    deferred.reverse();
    // From the next frame on: this one renders only what is in the window.
    request_animation_frame(move || render_deferred(deferred, fold));
}

/// Pairs the old tree's elements with the new tree's, in order, and marks
/// each new element whose old twin lies wholly below `fold` (the window's
/// bottom) to be skipped by the browser's rendering until it is needed,
/// held at its twin's size. Descends only where the trees agree, and only
/// into HTML elements (nothing inside an SVG drawing can be held).
fn defer_below(old: &Element, new: &Element, fold: f64, out: &mut Vec<(HtmlElement, f64)>) {
    let (mut o, mut n) = (old.first_element_child(), new.first_element_child());
    while let (Some(oe), Some(ne)) = (o, n) {
        if oe.tag_name() != ne.tag_name() {
            return;
        }
        (o, n) = (oe.next_element_sibling(), ne.next_element_sibling());
        let Some(h) = ne.dyn_ref::<HtmlElement>() else {
            continue;
        };
        let r = oe.get_bounding_client_rect();
        // A part taller than the window is split into its own parts, so that
        // no frame renders much more than a window's height.
        if r.top() >= fold && r.height() <= fold {
            hold(h, r.width(), r.height());
            out.push((h.clone(), r.height()));
        } else if r.bottom() > fold {
            defer_below(&oe, &ne, fold, out);
        }
    }
}

/// The properties that hold a part, in the order `hold` gives their values;
/// `render_deferred` removes the same ones.
const HELD: [&str; 4] = [
    "content-visibility",
    "contain-intrinsic-size",
    "padding",
    "border-width",
];

/// Has the browser skip rendering `part` until it is needed, held at its
/// old twin's `width` × `height`: its padding and borders are dropped
/// meanwhile, so that size is all of it. (Where `content-visibility` does
/// not apply, as on an inline box, this only changes spacing below the
/// window for a few frames.)
fn hold(part: &HtmlElement, width: f64, height: f64) {
    let size = format!("{}px {}px", width as i32, height as i32);
    let style = part.style();
    for (property, value) in HELD.into_iter().zip(["auto", &size, "0", "0"]) {
        let _ = style.set_property(property, value);
    }
}

/// Renders the held parts (last first in `rest`), about a window's
/// height of them per frame, then marks the app ready.
fn render_deferred(mut rest: Vec<(HtmlElement, f64)>, budget: f64) {
    let mut done = 0.0;
    while done < budget {
        let Some((part, height)) = rest.pop() else {
            mark_ready();
            return;
        };
        let style = part.style();
        for property in HELD {
            let _ = style.remove_property(property);
        }
        done += height;
    }
    request_animation_frame(move || render_deferred(rest, budget));
}

/// Lets tests (and styles) tell the live app from the prerendered page.
fn mark_ready() {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-app", "ready");
    }
    for f in AFTER.with(|a| a.borrow_mut().take()).unwrap_or_default() {
        f();
    }
}
