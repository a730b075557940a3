//! The application: content store, router and route table. The browser
//! mounts it; the build renders it to HTML for every page (`crate::render`).

use crate::components::heading::KeepFocus;
use crate::components::layout::{Footer, Header, Later};
use crate::page_lang::ui;
use crate::pages::*;
use crate::store::{base_href, Store};
use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

#[component]
pub fn App() -> impl IntoView {
    provide_context(Store::new());
    // The router works below the bundle's public URL ("/" or e.g. "/iuc-asia").
    let base = base_href().trim_end_matches('/').to_string();

    view! {
        <Router base=base>
            <KeepFocus/>
            <Later><Header/></Later>
            <main id="main" tabindex="-1">
                <Later><Routes fallback=NotFound>
                    <Route path=path!("/") view=Home/>
                    <Route path=path!("/news") view=NewsPage/>
                    <Route path=path!("/news/:slug") view=ArticlePage/>
                    <Route path=path!("/events") view=EventsPage/>
                    <Route path=path!("/events/:slug") view=EventPage/>
                    <Route path=path!("/city-cooperation") view=CooperationPage/>
                    <Route path=path!("/city-cooperation/:slug") view=PairingPage/>
                    <Route path=path!("/covenant") view=CovenantPage/>
                    <Route path=path!("/about") view=|| view! { <StaticPage slug="about" fallback_title=ui().about_title/> }/>
                    <Route path=path!("/legal-notice") view=|| view! { <StaticPage slug="legal-notice" fallback_title=ui().legal_notice_title/> }/>
                    <Route path=path!("/privacy") view=|| view! { <StaticPage slug="privacy" fallback_title=ui().privacy_title/> }/>
                    <Route path=path!("/accessibility") view=|| view! { <StaticPage slug="accessibility" fallback_title=ui().accessibility_title/> }/>
                </Routes></Later>
            </main>
            <Later><Footer/></Later>
        </Router>
    }
}
