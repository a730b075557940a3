//! Per-page document title and description.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// Sets `<title>` ("Page – IUC Asia") and the meta description.
#[component]
pub fn PageMeta(
    #[prop(into)] title: Signal<String>,
    #[prop(into)] description: Signal<String>,
) -> impl IntoView {
    view! {
        <Title text=move || title.get()/>
        <Meta name="description" content=move || description.get()/>
    }
}
