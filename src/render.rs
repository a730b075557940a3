//! Build-time rendering: every page of the site rendered to HTML on the
//! host by the same Leptos components the browser runs (`App`, with the
//! `ssr` feature), with the content store filled from the checked content.

use crate::app::App;
use crate::components::meta::HeadSink;
use crate::content::{files, Cooperation, EventsFile, NewsIndex};
use crate::head::Head;
use crate::platform::{set_env, RenderEnv};
use crate::routes::Route;
use crate::store::Prefilled;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

/// One rendered page.
pub struct Page {
    pub route: Route,
    pub lang: crate::lang::Lang,
    pub editions: Vec<crate::lang::Lang>,
    /// The markup that goes inside `<div id="app">`.
    pub body: String,
    pub head: Head,
    /// The content files the page's components asked for, to preload.
    pub needs: Vec<String>,
    /// Whether rendering it read the clock or the visitor's time zone
    /// (`platform::take_varies`).
    pub varies: bool,
}

impl Page {
    /// When the page's app starts (`routes::app_start`).
    pub fn app_start(&self) -> crate::routes::AppStart {
        crate::routes::app_start(&self.route, self.varies)
    }
}

/// What the derive stage makes for one edition: every content file the
/// browser reads, by path below the edition's `content/` folder, as the
/// JSON the build writes. The pages are rendered from these same values.
pub struct Derived {
    pub lang: crate::lang::Lang,
    pub content: std::collections::BTreeMap<String, String>,
}

/// The store's contents for rendering: the edition's content files.
pub fn prefill(d: Derived) -> Prefilled {
    Prefilled::new(d.content)
}

/// Every page the edition has (`routes::site_routes`), from its files:
/// the articles newest first (the news pages), the events in date order
/// (the year files), each once, and the pairings.
pub fn routes(p: &Prefilled) -> Vec<Route> {
    let articles: Vec<String> = (1..)
        .map_while(|n| p.get::<NewsIndex>(&files::news_page(n)).ok())
        .flat_map(|page| {
            page.articles
                .iter()
                .map(|a| a.slug.clone())
                .collect::<Vec<_>>()
        })
        .collect();
    // An event that runs over New Year is in both years' files: one page.
    let mut seen = std::collections::HashSet::new();
    let events: Vec<String> = p
        .get::<EventsFile>(files::EVENTS_INDEX)
        .map(|index| {
            index
                .years
                .iter()
                .filter_map(|y| p.get::<EventsFile>(&files::events_year(*y as i32)).ok())
                .flat_map(|f| f.events.iter().map(|e| e.slug.clone()).collect::<Vec<_>>())
                .filter(|slug| seen.insert(slug.clone()))
                .collect()
        })
        .unwrap_or_default();
    let pairings: Vec<String> = p
        .get::<Cooperation>(files::COOPERATION)
        .map(|c| c.pairings.iter().map(|x| x.slug.clone()).collect())
        .unwrap_or_default();
    crate::routes::site_routes(articles, events, pairings)
}

/// Renders one page with the app's own components.
pub fn render(p: &Prefilled, env: &RenderEnv, route: &Route) -> Page {
    set_env(env.clone());
    let _ = crate::store::take_needed();
    let _ = crate::platform::take_varies();
    let owner = Owner::new();
    let (body, head) = owner.with(|| {
        provide_context(p.clone());
        let sink = HeadSink::default();
        provide_context(sink.clone());
        let url = format!(
            "{}{}",
            env.base.trim_end_matches('/'),
            route.path_in(env.lang)
        );
        provide_context(RequestUrl::new(&url));
        // Leptos marks text-node boundaries and empty slots with `<!>` for
        // hydration. The browser never hydrates these pages (the app mounts
        // its own tree and swaps it in, see takeover.rs), and `<!>` is an
        // HTML parse error ("bogus comment"), so the markers go. Content
        // text and attributes are escaped, so no `<!>` of theirs is touched.
        let body = view! { <App/> }.to_html().replace("<!>", "");
        let head = sink
            .0
            .lock()
            .ok()
            .and_then(|mut h| h.take())
            .unwrap_or_default();
        (body, head)
    });
    drop(owner);
    Page {
        route: route.clone(),
        lang: env.lang,
        editions: env.editions.clone(),
        body,
        head,
        needs: crate::store::take_needed(),
        varies: crate::platform::take_varies(),
    }
}
