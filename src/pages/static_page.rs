use crate::components::heading::PageHeading;
use crate::components::link::Link;
use crate::components::{meta::PageMeta, status::with_content, time::Date};
use crate::store::{use_store, Load};
use crate::strings::ui;
use leptos::prelude::*;

/// About, legal notice, privacy and accessibility, from `pages.json`.
/// `fallback_title` heads the page while the text loads or if it cannot.
#[component]
pub fn StaticPage(slug: &'static str, fallback_title: &'static str) -> impl IntoView {
    let store = use_store();
    let title = move || match store.pages.state.get() {
        Load::Ready(p) => p
            .pages
            .iter()
            .find(|p| p.slug == slug)
            .map_or(fallback_title.to_string(), |p| p.title.clone()),
        _ => fallback_title.to_string(),
    };
    view! {
        <div class="wrap page prose">
            <PageHeading>{title}</PageHeading>
            {with_content(store.pages, "this page", move |pages| {
                match pages.pages.iter().find(|p| p.slug == slug).cloned() {
                    None => view! {
                        <PageMeta title=fallback_title.to_string() description=String::new()/>
                        <p class="lead">"This page's text is missing from the site content."</p>
                        <p><Link href=crate::routes::Route::Home.path()>{ui().go_home}</Link></p>
                    }.into_any(),
                    Some(p) => view! {
                        <PageMeta title=p.title.clone() description=p.description.clone()/>
                        <p class="lead">{p.intro.clone()}</p>
                        {p.sections.iter().map(|s| view! {
                            <section>
                                <h2>{s.heading.clone()}</h2>
                                {s.paragraphs.iter().map(|t| view! { <p>{t.clone()}</p> }).collect_view()}
                            </section>
                        }).collect_view()}
                        <p class="meta">"Last reviewed: " <Date date=p.updated/></p>
                    }.into_any(),
                }
            })}
        </div>
    }
}
