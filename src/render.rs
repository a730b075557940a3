//! Build-time rendering: every page of the site rendered to HTML on the
//! host by the same Leptos components the browser runs (`App`, with the
//! `ssr` feature), with the content store filled from the checked content.

use crate::app::App;
use crate::components::meta::HeadSink;
use crate::content::check::ContentSet;
use crate::head::Head;
use crate::platform::{set_env, RenderEnv};
use crate::routes::Route;
use crate::store::Prefilled;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use std::collections::HashMap;
use std::sync::Arc;

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
}

/// The derived files, and what the pages are rendered from (the pipeline's
/// derive stage makes them; the renderer only reads them).
pub struct Derived {
    pub news: crate::news::NewsFiles,
    pub events: crate::content::model::EventsFile,
    pub events_home: crate::content::model::EventsFile,
}

/// The store's contents for rendering, from checked content and the
/// derived files the build writes beside it.
pub fn prefill(set: &ContentSet, d: Derived) -> Result<Prefilled, String> {
    fn need<T: Clone>(
        v: &Option<crate::content::validate::Source<T>>,
        name: &str,
    ) -> Result<Arc<T>, String> {
        v.as_ref()
            .map(|s| Arc::new(s.value.clone()))
            .ok_or_else(|| format!("{name} did not load"))
    }
    let links = &d.news.links;
    Ok(Prefilled {
        site: need(&set.site, "site.json")?,
        latest: Arc::new(d.news.latest),
        news: Arc::new(d.news.catalogue),
        news_facets: Arc::new(d.news.facets),
        news_pages: d.news.pages.into_iter().map(Arc::new).collect(),
        events_index: Arc::new(crate::events::index_file(&d.events)),
        events: Arc::new(d.events),
        events_home: Arc::new(d.events_home),
        cooperation: need(&set.cooperation, "cooperation.json")?,
        covenant: need(&set.covenant, "covenant.json")?,
        pages: need(&set.pages, "pages.json")?,
        articles: set
            .articles
            .iter()
            .map(|a| {
                let mut a = a.value.clone();
                crate::news::set_links(&mut a, links);
                (a.slug.clone(), Arc::new(a))
            })
            .collect::<HashMap<_, _>>(),
    })
}

/// Every page the site has: the sections, each item, and the 404 page.
pub fn routes(p: &Prefilled) -> Vec<Route> {
    let mut r = vec![
        Route::Home,
        Route::News,
        Route::Events,
        Route::Cooperation,
        Route::Covenant,
    ];
    r.extend(crate::routes::STATIC_PAGES.iter().map(|s| Route::Page(s)));
    r.extend(
        p.news_pages
            .iter()
            .flat_map(|page| &page.articles)
            .map(|a| Route::Article(a.slug.clone())),
    );
    r.extend(p.events.events.iter().map(|e| Route::Event(e.slug.clone())));
    r.extend(
        p.cooperation
            .pairings
            .iter()
            .map(|x| Route::Pairing(x.slug.clone())),
    );
    r.push(Route::NotFound);
    r
}

/// Renders one page with the app's own components.
pub fn render(p: &Prefilled, env: &RenderEnv, route: &Route) -> Page {
    set_env(env.clone());
    let _ = crate::store::take_needed();
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
    }
}
