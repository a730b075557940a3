//! Rich text, as the build wrote it.

use crate::content::model::Rich;
use leptos::prelude::*;

/// A rich text (`model::Rich`): in the content files the build writes, the
/// HTML it made of the editor's Markdown, from a tree that holds only
/// paragraphs, subheadings, lists, quotes, figures, links and emphasis,
/// with every character of text escaped (`content::rich`). The prerendered
/// page and the app insert the same HTML, so the takeover changes nothing,
/// and the browser needs no Markdown parser. `lang` marks a text shown in
/// another language than the page's.
#[component]
pub fn RichText(text: Rich, #[prop(default = None)] lang: Option<String>) -> impl IntoView {
    view! { <div class="rich" lang=lang inner_html=text.0></div> }
}
