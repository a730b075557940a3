//! The one way content reaches the page: fetched once per visit, checked
//! (status, JSON rather than an HTML fallback), parsed strictly, and kept
//! for the rest of the visit. A failure stays inside the section that needs
//! the file, with a Retry button.

use crate::content::{files, load::check_response, model::*, parse, Problem};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::de::DeserializeOwned;
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Debug)]
pub enum Load<T> {
    Idle,
    Loading,
    Ready(Arc<T>),
    Failed(Problem),
}

impl<T> Clone for Load<T> {
    fn clone(&self) -> Self {
        match self {
            Load::Idle => Load::Idle,
            Load::Loading => Load::Loading,
            Load::Ready(v) => Load::Ready(Arc::clone(v)),
            Load::Failed(p) => Load::Failed(p.clone()),
        }
    }
}

/// One content file and its loading state.
pub struct Remote<T: Send + Sync + 'static> {
    file: StoredValue<String>,
    pub state: RwSignal<Load<T>>,
}

impl<T: Send + Sync + 'static> Clone for Remote<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Remote<T> {}

impl<T: DeserializeOwned + Send + Sync + 'static> Remote<T> {
    fn new(file: String) -> Self {
        Remote {
            file: StoredValue::new(file),
            state: RwSignal::new(Load::Idle),
        }
    }

    pub fn file(&self) -> String {
        self.file.get_value()
    }

    /// Starts the fetch unless it has already started or finished.
    pub fn ensure(&self) {
        if !matches!(self.state.get_untracked(), Load::Idle) {
            return;
        }
        self.state.set(Load::Loading);
        let this = *self;
        spawn_local(async move {
            let file = this.file();
            let result = fetch_text(&file)
                .await
                .and_then(|text| parse::<T>(&file, &text));
            this.state.set(match result {
                Ok(v) => Load::Ready(Arc::new(v)),
                Err(p) => Load::Failed(p),
            });
        });
    }

    pub fn retry(&self) {
        self.state.set(Load::Idle);
        self.ensure();
    }
}

/// The site's address prefix, from `<base href>`: `/` or e.g. `/iuc-asia/`.
/// Read once: every in-site link needs it, and it never changes.
pub fn base_href() -> String {
    thread_local! {
        static BASE: String = read_base_href();
    }
    BASE.with(String::clone)
}

fn read_base_href() -> String {
    document()
        .query_selector("base")
        .ok()
        .flatten()
        .and_then(|b| b.get_attribute("href"))
        .filter(|h| h.starts_with('/'))
        .map(|h| if h.ends_with('/') { h } else { format!("{h}/") })
        .unwrap_or_else(|| "/".to_string())
}

/// Not generic on purpose: one copy of the network code serves every file.
async fn fetch_text(file: &str) -> Result<String, Problem> {
    let url = format!("{}content/{file}", base_href());
    let resp = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| Problem::whole_file(file, format!("the server could not be reached ({e})")))?;
    let content_type = resp.headers().get("content-type");
    let text = resp
        .text()
        .await
        .map_err(|e| Problem::whole_file(file, format!("the download was interrupted ({e})")))?;
    check_response(file, resp.status(), content_type.as_deref(), &text)?;
    Ok(text)
}

/// Every content file of the site, each fetched at most once per visit.
#[derive(Clone, Copy)]
pub struct Store {
    pub site: Remote<Site>,
    pub latest: Remote<NewsIndex>,
    pub news: Remote<NewsIndex>,
    pub search: Remote<SearchIndex>,
    pub events: Remote<EventsFile>,
    /// The homepage's few events (see `events::homepage_events`).
    pub events_home: Remote<EventsFile>,
    pub cooperation: Remote<Cooperation>,
    pub covenant: Remote<Covenant>,
    pub pages: Remote<Pages>,
    articles: StoredValue<HashMap<String, Remote<Article>>>,
    owner: StoredValue<Owner>,
}

impl Store {
    pub fn new() -> Self {
        Store {
            site: Remote::new(files::SITE.into()),
            latest: Remote::new(files::NEWS_LATEST.into()),
            news: Remote::new(files::NEWS_INDEX.into()),
            search: Remote::new(files::NEWS_SEARCH.into()),
            events: Remote::new(files::EVENTS.into()),
            events_home: Remote::new(files::EVENTS_HOME.into()),
            cooperation: Remote::new(files::COOPERATION.into()),
            covenant: Remote::new(files::COVENANT.into()),
            pages: Remote::new(files::PAGES.into()),
            articles: StoredValue::new(HashMap::new()),
            owner: StoredValue::new(Owner::current().expect("Store is created inside the app")),
        }
    }

    /// The article file for `slug`, created under the app's owner so it
    /// outlives the page that first asked for it.
    pub fn article(&self, slug: &str) -> Remote<Article> {
        if let Some(r) = self.articles.with_value(|m| m.get(slug).copied()) {
            return r;
        }
        let r = self
            .owner
            .with_value(|o| o.with(|| Remote::new(files::article(slug))));
        self.articles.update_value(|m| {
            m.insert(slug.to_string(), r);
        });
        r
    }
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}

/// An in-site path ("/news?page=2") as an href under the public URL.
pub fn site_href(path: &str) -> String {
    format!("{}{}", base_href(), path.trim_start_matches('/'))
}
