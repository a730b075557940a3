use crate::components::heading::PageHeading;
use crate::components::link::Link;
use crate::components::rich::RichText;
use crate::components::{meta::PageMeta, status::with_content, time::Date};
use crate::page_lang::ui;
use crate::store::{use_store, Load};
use leptos::prelude::*;

/// The facts only the site's owner can give (publisher, data controller,
/// accessibility contact…) for the page `slug`: each as supplied, or what is
/// still missing, never an invented stand-in.
#[component]
fn OwnerFacts(
    pages: std::sync::Arc<crate::content::model::Pages>,
    slug: &'static str,
) -> impl IntoView {
    let t = ui();
    let group = slug.replace('-', "_");
    let facts: Vec<(&'static str, crate::content::model::OwnerFact)> = pages
        .owner_facts()
        .into_iter()
        .filter(|(g, _, _)| *g == group)
        .map(|(g, f, fact)| (t.owner_fact_label(&format!("{g}.{f}")), fact.clone()))
        .collect();
    (!facts.is_empty()).then(|| {
        view! {
            <section aria-labelledby="owner-facts-heading">
                <h2 id="owner-facts-heading">{t.owner_facts_heading}</h2>
                <dl class="facts">
                    {facts.into_iter().map(|(label, fact)| {
                        let text = match (fact.value(), fact.missing()) {
                            (Some(v), _) => v.to_string(),
                            (None, Some(m)) => (t.owner_fact_missing)(m),
                            (None, None) => String::new(),
                        };
                        view! { <dt>{label}</dt><dd>{text}</dd> }
                    }).collect_view()}
                </dl>
            </section>
        }
    })
}

/// About, legal notice, privacy and accessibility, from `pages.json`.
/// `fallback_title` heads the page while the text loads or if it cannot.
#[component]
pub fn StaticPage(slug: &'static str, fallback_title: &'static str) -> impl IntoView {
    let store = use_store();
    let t = ui();
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
            {with_content(store.pages, t.what_page, move |pages| {
                match pages.pages.iter().find(|p| p.slug == slug).cloned() {
                    None => view! {
                        <PageMeta title=fallback_title.to_string() description=String::new()/>
                        <p class="lead">{t.page_text_missing}</p>
                        <p><Link href=crate::routes::Route::Home.path()>{t.go_home}</Link></p>
                    }.into_any(),
                    Some(p) => view! {
                        <PageMeta title=p.title.clone() description=p.description.clone()/>
                        <p class="lead">{p.intro.clone()}</p>
                        {p.sections.iter().map(|s| view! {
                            <section>
                                <h2>{s.heading.clone()}</h2>
                                <RichText text=s.body.clone()/>
                            </section>
                        }).collect_view()}
                        <OwnerFacts pages=pages.clone() slug=slug/>
                        <p class="meta">{t.last_reviewed} {t.colon} <Date date=p.updated/></p>
                    }.into_any(),
                }
            })}
        </div>
    }
}
