//! Per-page document title, description, canonical URL and Open Graph tags.
//!
//! Written directly into the `<head>` (one element of each, created once),
//! without an extra crate.

use crate::strings::ui;
use leptos::prelude::*;

/// Sets `content` on the `<meta {attr}="{key}">`, creating it if needed.
fn set_meta(attr: &str, key: &str, content: &str) {
    let doc = document();
    let el = match doc
        .query_selector(&format!("meta[{attr}=\"{key}\"]"))
        .ok()
        .flatten()
    {
        Some(el) => el,
        None => {
            let Ok(el) = doc.create_element("meta") else {
                return;
            };
            let _ = el.set_attribute(attr, key);
            if let Some(head) = doc.head() {
                let _ = head.append_child(&el);
            }
            el
        }
    };
    let _ = el.set_attribute("content", content);
}

fn set_canonical(url: &str) {
    let doc = document();
    let el = match doc.query_selector("link[rel=\"canonical\"]").ok().flatten() {
        Some(el) => el,
        None => {
            let Ok(el) = doc.create_element("link") else {
                return;
            };
            let _ = el.set_attribute("rel", "canonical");
            if let Some(head) = doc.head() {
                let _ = head.append_child(&el);
            }
            el
        }
    };
    let _ = el.set_attribute("href", url);
}

/// Sets the title ("Page – IUC Asia"; the site name alone for an empty
/// title), the description when known, the canonical URL (this page's
/// address without its query) and the matching Open Graph tags.
#[component]
pub fn PageMeta(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] description: Signal<String>,
    /// "article" for news articles; "website" otherwise.
    #[prop(optional)]
    kind: Option<&'static str>,
) -> impl IntoView {
    let pathname = leptos_router::hooks::use_location().pathname;
    Effect::new(move |_| {
        let t = title.get();
        let full = if t.is_empty() {
            ui().site_name.to_string()
        } else {
            format!("{t}{}", ui().title_suffix)
        };
        document().set_title(&full);
        // The browser's own path: it includes the public URL, which the
        // router's pathname may not.
        pathname.track();
        let loc = window().location();
        let url = format!(
            "{}{}",
            loc.origin().unwrap_or_default(),
            loc.pathname().unwrap_or_default()
        );
        set_canonical(&url);
        set_meta(
            "property",
            "og:title",
            if t.is_empty() { ui().site_name } else { &t },
        );
        set_meta("property", "og:type", kind.unwrap_or("website"));
        set_meta("property", "og:url", &url);
        set_meta("property", "og:site_name", ui().site_name);
        let d = description.get();
        if !d.is_empty() {
            set_meta("name", "description", &d);
            set_meta("property", "og:description", &d);
        }
    });
}
