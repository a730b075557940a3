//! Per-page document title, description, canonical URL, Open Graph tags,
//! robots and structured data (`crate::head` computes them). At build time
//! the page's `Head` goes to the renderer, which writes it into the HTML;
//! in the browser it is applied to the live `<head>` after each navigation.

use crate::head::{absolute, canonical_path, full_title, Head};
use crate::page_lang::ui;
use crate::routes::strip_base;
use leptos::prelude::*;

/// Where the build collects the head of the page it renders.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Default)]
pub struct HeadSink(pub std::sync::Arc<std::sync::Mutex<Option<Head>>>);

/// Sets the page's head. `section` ("News", "Events") joins the title so
/// that an article and an event of the same name stay apart. Pages reached
/// with a query (filters, search, page numbers, months) and `noindex` pages
/// carry `noindex` and no canonical URL.
#[component]
pub fn PageMeta(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] description: Signal<String>,
    /// "article" for news articles; "website" otherwise.
    #[prop(optional)]
    kind: Option<&'static str>,
    #[prop(optional)] section: Option<&'static str>,
    #[prop(optional)] noindex: bool,
    /// schema.org JSON-LD (see `crate::structured`); empty for none.
    #[prop(optional, into)]
    json_ld: String,
) -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let head = move || {
        let t = title.get();
        let path = strip_base(&location.pathname.get(), &crate::platform::base_href());
        let hidden = noindex || !location.search.get().is_empty();
        let canonical_route = canonical_path(&path);
        Head {
            alternates: if hidden {
                Vec::new()
            } else {
                crate::head::alternates_of(
                    &crate::platform::configured_site_url(),
                    &canonical_route,
                    &crate::platform::editions(),
                )
            },
            lang: ui().lang,
            title: full_title(&t, section, ui()),
            og_title: if t.is_empty() {
                ui().site_name.to_string()
            } else {
                t
            },
            description: description.get(),
            canonical: (!hidden).then(|| absolute(&crate::platform::site_url(), &canonical_route)),
            og_type: kind.unwrap_or("website"),
            noindex: hidden,
            json_ld: (!json_ld.is_empty()).then(|| json_ld.clone()),
            image: None,
        }
    };
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(sink) = use_context::<HeadSink>() {
        *sink.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(head());
    }
    #[cfg(target_arch = "wasm32")]
    // Only when it changed: a month or a search typed changes the URL but
    // seldom the head, and rewriting `<head>` costs the browser a style
    // pass (and Chromium fetches the favicon again).
    Effect::new(move |last: Option<Head>| {
        let h = head();
        if last.as_ref() != Some(&h) {
            apply(&h);
        }
        h
    });
}

/// Finds `selector` in `<head>`, or creates `tag` with `attrs` there.
#[cfg(target_arch = "wasm32")]
fn head_element(selector: &str, tag: &str, attrs: &[(&str, &str)]) -> Option<web_sys::Element> {
    let doc = document();
    if let Some(el) = doc.query_selector(selector).ok().flatten() {
        return Some(el);
    }
    let el = doc.create_element(tag).ok()?;
    for (k, v) in attrs {
        let _ = el.set_attribute(k, v);
    }
    doc.head()?.append_child(&el).ok()?;
    Some(el)
}

/// Sets (or, with `None`, removes) one `<meta>`/`<link>` value.
#[cfg(target_arch = "wasm32")]
fn set(selector: &str, tag: &str, key: (&str, &str), value_attr: &str, value: Option<&str>) {
    match value {
        Some(v) => {
            if let Some(el) = head_element(selector, tag, &[key]) {
                let _ = el.set_attribute(value_attr, v);
            }
        }
        None => {
            if let Some(el) = document().query_selector(selector).ok().flatten() {
                el.remove();
            }
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn apply(h: &Head) {
    document().set_title(&h.title);
    let desc = (!h.description.is_empty()).then_some(h.description.as_str());
    set(
        "meta[name=\"description\"]",
        "meta",
        ("name", "description"),
        "content",
        desc,
    );
    set(
        "meta[property=\"og:description\"]",
        "meta",
        ("property", "og:description"),
        "content",
        desc,
    );
    set(
        "meta[name=\"robots\"]",
        "meta",
        ("name", "robots"),
        "content",
        h.noindex.then_some("noindex"),
    );
    let canonical = h.canonical.as_deref();
    set(
        "link[rel=\"canonical\"]",
        "link",
        ("rel", "canonical"),
        "href",
        canonical,
    );
    set(
        "meta[property=\"og:url\"]",
        "meta",
        ("property", "og:url"),
        "content",
        canonical,
    );
    set(
        "meta[property=\"og:title\"]",
        "meta",
        ("property", "og:title"),
        "content",
        Some(&h.og_title),
    );
    set(
        "meta[property=\"og:type\"]",
        "meta",
        ("property", "og:type"),
        "content",
        Some(h.og_type),
    );
    for (tag, href) in &h.alternates {
        let sel = format!("link[rel=\"alternate\"][hreflang=\"{tag}\"]");
        set(&sel, "link", ("rel", "alternate"), "href", Some(href));
        if let Some(el) = document().query_selector(&sel).ok().flatten() {
            let _ = el.set_attribute("hreflang", tag);
        }
    }
    if h.alternates.is_empty() {
        if let Ok(list) = document().query_selector_all("link[rel=\"alternate\"][hreflang]") {
            for i in 0..list.length() {
                if let Some(n) = list.item(i) {
                    if let Some(el) = leptos::wasm_bindgen::JsCast::dyn_ref::<web_sys::Element>(&n)
                    {
                        el.remove();
                    }
                }
            }
        }
    }
    // Structured data describes the page it was written for; after a
    // navigation only the new page's own may stay.
    let sel = "script[type=\"application/ld+json\"]";
    match &h.json_ld {
        Some(j) => {
            if let Some(el) = head_element(sel, "script", &[("type", "application/ld+json")]) {
                el.set_text_content(Some(j));
            }
        }
        None => {
            if let Some(el) = document().query_selector(sel).ok().flatten() {
                el.remove();
            }
        }
    }
}
