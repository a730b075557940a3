use crate::components::heading::SectionPage;
use crate::components::link::Link;
use crate::components::meta::PageMeta;
use crate::page_lang::ui;
use crate::routes::Route;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let t = ui();
    view! {
        <SectionPage title=t.not_found_title lead=t.not_found_text noindex=true>
            <ul class="link-list">
                <li><Link href=Route::Home.path()>{t.go_home}</Link></li>
                <li><Link href=Route::News.path()>{t.nav_news}</Link></li>
                <li><Link href=Route::Events.path()>{t.nav_events}</Link></li>
            </ul>
        </SectionPage>
    }
}

/// The body of "Article not found" and its siblings (the page's `<PageHeading>` says
/// what is missing): a missing item inside a section.
#[component]
pub fn ItemNotFound(
    title: &'static str,
    text: &'static str,
    back_href: Route,
    back_label: &'static str,
    /// Words to offer a news search for, taken from the address.
    #[prop(optional)]
    search: Option<String>,
) -> impl IntoView {
    let search = search.filter(|s| !s.is_empty()).map(|words| {
        let href = crate::news::NewsQuery {
            q: words.clone(),
            ..Default::default()
        }
        .href();
        view! { <li><Link href=href>{(ui().search_news_for)(&words)}</Link></li> }
    });
    view! {
        <PageMeta title=title.to_string() description=text.to_string() noindex=true/>
        <p class="lead">{text}</p>
        <ul class="link-list">
            <li><Link href=back_href.path()>{back_label}</Link></li>
            {search}
            <li><Link href=Route::Home.path()>{ui().go_home}</Link></li>
        </ul>
    }
}
