//! Per-page document title and description.
//!
//! Written directly to the `<title>` and `<meta name="description">` that
//! index.html already carries: one of each, always, and no extra crate.

use crate::strings::ui;
use leptos::prelude::*;

fn set_meta(name: &str, content: &str) {
    let doc = document();
    let selector = format!("meta[name=\"{name}\"]");
    let el = match doc.query_selector(&selector).ok().flatten() {
        Some(el) => el,
        None => {
            let Ok(el) = doc.create_element("meta") else {
                return;
            };
            let _ = el.set_attribute("name", name);
            if let Some(head) = doc.head() {
                let _ = head.append_child(&el);
            }
            el
        }
    };
    let _ = el.set_attribute("content", content);
}

/// Sets the title ("Page – IUC Asia"; the site name alone for an empty
/// title) and, when known, the description.
#[component]
pub fn PageMeta(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] description: Signal<String>,
) -> impl IntoView {
    Effect::new(move |_| {
        let t = title.get();
        let full = if t.is_empty() {
            ui().site_name.to_string()
        } else {
            format!("{t}{}", ui().title_suffix)
        };
        document().set_title(&full);
        let d = description.get();
        if !d.is_empty() {
            set_meta("description", &d);
        }
    });
}
