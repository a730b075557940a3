//! The one way content reaches the page: fetched once per visit, checked
//! (status, JSON rather than an HTML fallback), parsed strictly, and kept
//! for the rest of the visit. A failure stays inside the section that needs
//! the file, with a Retry button.

use crate::content::{files, model::*, Problem};
#[cfg(target_arch = "wasm32")]
use crate::content::{load::check_response, parse};
pub use crate::platform::{base_href, site_href};
use leptos::prelude::*;
#[cfg(target_arch = "wasm32")]
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
    #[cfg(target_arch = "wasm32")]
    pub fn ensure(&self) {
        if !matches!(self.state.get_untracked(), Load::Idle) {
            return;
        }
        self.state.set(Load::Loading);
        let this = *self;
        // Only parsing is per type; the request itself is one copy of code
        // for every file (see `start_fetch`), which keeps the wasm small.
        // Named as in the content folder ("zh-hans/news/index.json"), so
        // a problem names the file an editor would open.
        let file = format!("{}{}", crate::page_lang::lang().content_dir(), self.file());
        start_fetch(
            file.clone(),
            Box::new(move |result| {
                this.state
                    .set(match result.and_then(|text| parse::<T>(&file, &text)) {
                        Ok(v) => Load::Ready(Arc::new(v)),
                        Err(p) => {
                            FAILED.with(|f| {
                                f.borrow_mut().push(Box::new(move || retry_failed(&[this])))
                            });
                            Load::Failed(p)
                        }
                    });
            }),
        );
    }

    /// At build time every file is already loaded: asking for one only
    /// records that the page needs it, so its HTML preloads exactly that.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn ensure(&self) {
        NEEDED.with(|n| n.borrow_mut().insert(self.file()));
    }

    pub fn retry(&self) {
        self.state.set(Load::Idle);
        self.ensure();
    }
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// The content files the page being rendered asked for.
    static NEEDED: std::cell::RefCell<std::collections::BTreeSet<String>> = Default::default();
}

/// The content files the last rendered page asked for, cleared for the next.
#[cfg(not(target_arch = "wasm32"))]
pub fn take_needed() -> Vec<String> {
    NEEDED.with(|n| std::mem::take(&mut *n.borrow_mut()).into_iter().collect())
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Content requests in flight, for the app's readiness signal.
    /// Reference-counted, so no component's owner can dispose of it.
    static PENDING: ArcRwSignal<i32> = ArcRwSignal::new(0);
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// How to retry each content file that failed, for a Retry that is not
    /// its section's own (the takeover's notice, `takeover::keep_page`).
    static FAILED: std::cell::RefCell<Vec<Box<dyn Fn()>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Retries every content file that failed so far (each one that has not
/// loaded since).
#[cfg(target_arch = "wasm32")]
pub fn retry_all_failed() {
    for retry in FAILED.with(|f| std::mem::take(&mut *f.borrow_mut())) {
        retry();
    }
}

#[cfg(target_arch = "wasm32")]
pub(crate) fn pending_add(n: i32) {
    PENDING.with(|p| p.update(|v| *v += n));
}

/// How many content files are still loading (tracked: readable in effects).
#[cfg(target_arch = "wasm32")]
pub fn pending() -> i32 {
    PENDING.with(|p| p.get())
}

#[cfg(target_arch = "wasm32")]
pub fn pending_untracked() -> i32 {
    PENDING.with(|p| p.get_untracked())
}

/// Fetches `file` and hands the text (or the problem) to `done`, counting
/// the request as pending until then.
#[cfg(target_arch = "wasm32")]
fn start_fetch(file: String, done: Box<dyn FnOnce(Result<String, Problem>)>) {
    pending_add(1);
    spawn_local(async move {
        let result = fetch_text(&file).await;
        done(result);
        pending_add(-1);
    });
}

/// How long a content request may take before it counts as failed.
#[cfg(target_arch = "wasm32")]
const FETCH_TIMEOUT_MS: u64 = 20_000;

/// Not generic on purpose: one copy of the network code serves every file.
#[cfg(target_arch = "wasm32")]
async fn fetch_text(file: &str) -> Result<String, Problem> {
    let url = format!("{}content/{file}", crate::platform::public_url());
    // A request that stalls is cut off, so the page says so and offers
    // Retry instead of loading for ever.
    let abort = web_sys::AbortController::new().ok();
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let timer = abort.clone().and_then(|a| {
        let flag = timed_out.clone();
        set_timeout_with_handle(
            move || {
                flag.set(true);
                a.abort();
            },
            std::time::Duration::from_millis(FETCH_TIMEOUT_MS),
        )
        .ok()
    });
    let signal = abort.as_ref().map(|a| a.signal());
    let result = gloo_net::http::Request::get(&url)
        .abort_signal(signal.as_ref())
        .send()
        .await;
    let why = |e: gloo_net::Error, what: &str| {
        Problem::whole_file(
            file,
            if timed_out.get() {
                crate::page_lang::ui().timed_out.to_string()
            } else {
                format!("{what} ({e})")
            },
        )
    };
    let resp = result.map_err(|e| why(e, "the server could not be reached"))?;
    let content_type = resp.headers().get("content-type");
    let text = resp
        .text()
        .await
        .map_err(|e| why(e, "the download was interrupted"));
    if let Some(t) = timer {
        t.clear();
    }
    let text = text?;
    check_response(file, resp.status(), content_type.as_deref(), &text)?;
    same_build(file, &text)?;
    Ok(text)
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The build this visit's news files come from: the page's own
    /// (`<html data-build>`), else the first file's.
    static BUILD: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Files of two builds never combine (T6): a filter or search that read
/// the catalogue of one and the facets or index of the next listed the
/// wrong articles. A file from another build than the page's means the site
/// was published again during the visit: the page reloads once to show the
/// new build whole, and says so if it still finds a mix.
#[cfg(target_arch = "wasm32")]
fn same_build(file: &str, text: &str) -> Result<(), Problem> {
    let Some(build) = crate::content::load::build_of(text) else {
        return Ok(());
    };
    let first = BUILD.with(|b| {
        b.borrow_mut()
            .get_or_insert_with(|| {
                crate::platform::page_build().unwrap_or_else(|| build.to_string())
            })
            .clone()
    });
    if first == build {
        return Ok(());
    }
    crate::platform::reload_for(build);
    Err(Problem::whole_file(
        file,
        crate::page_lang::ui().site_updated,
    ))
}

/// Every content file of the site, each fetched at most once per visit.
#[derive(Clone, Copy)]
pub struct Store {
    pub site: Remote<Site>,
    pub latest: Remote<NewsIndex>,
    /// The news catalogue: filters, paging and the search shards' keys.
    pub news: Remote<NewsCatalogue>,
    /// Each article's topics and countries, for a filtered `/news`.
    pub news_facets: Remote<NewsFacets>,
    /// The events' filters and years, without the events.
    pub events_index: Remote<EventsFile>,
    /// The homepage's few events (see `events::homepage_events`).
    pub events_home: Remote<EventsFile>,
    pub cooperation: Remote<Cooperation>,
    pub covenant: Remote<Covenant>,
    pub pages: Remote<Pages>,
    articles: Keyed<Article>,
    news_pages: Keyed<NewsIndex>,
    shards: Keyed<SearchShard>,
    event_files: Keyed<EventsFile>,
    years: Keyed<EventsFile>,
    owner: StoredValue<Owner>,
}

/// Content files named by a key (an article's slug, a page number…).
type Keyed<T> = StoredValue<HashMap<String, Remote<T>>>;

/// Everything the build renders pages from: every content file it writes
/// for the edition (path below the edition's `content/` folder → the JSON
/// text), read as the browser reads it. One data path: a page and the
/// files it ships come from the same bytes, computed once
/// (`pipeline::derive`). Each file is parsed on first use, then kept.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone)]
pub struct Prefilled {
    files: Arc<std::collections::BTreeMap<String, String>>,
    parsed: Arc<std::sync::Mutex<HashMap<String, Arc<dyn std::any::Any + Send + Sync>>>>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Prefilled {
    pub fn new(files: std::collections::BTreeMap<String, String>) -> Self {
        Prefilled {
            files: Arc::new(files),
            parsed: Default::default(),
        }
    }

    /// The files, by path.
    pub fn files(&self) -> &std::collections::BTreeMap<String, String> {
        &self.files
    }

    /// `file` parsed as the browser parses it (`content::parse`), or the
    /// problem the browser would show; a file the build did not write is
    /// missing, as on the server.
    pub fn get<T: DeserializeOwned + Send + Sync + 'static>(
        &self,
        file: &str,
    ) -> Result<Arc<T>, Problem> {
        let mut parsed = self.parsed.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(v) = parsed
            .get(file)
            .and_then(|v| Arc::clone(v).downcast::<T>().ok())
        {
            return Ok(v);
        }
        let text = self
            .files
            .get(file)
            .ok_or_else(|| Problem::missing_file(file))?;
        let v = Arc::new(crate::content::parse::<T>(file, text)?);
        parsed.insert(file.to_string(), v.clone());
        Ok(v)
    }
}

/// One of the store's files: at build time already loaded, as the build
/// wrote it; in the browser, fetched when a page first asks for it.
fn remote<T: DeserializeOwned + Send + Sync + 'static>(file: &str) -> Remote<T> {
    let r = Remote::new(file.into());
    #[cfg(not(target_arch = "wasm32"))]
    fill(r, true);
    r
}

impl Store {
    /// The store of a running app: at build time it holds every file,
    /// already loaded; in the browser each loads on demand.
    // No Default: a store belongs to a running app (it needs the app's owner
    // and, at build time, its content), which `new` says more plainly.
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        Store {
            site: remote(files::SITE),
            latest: remote(files::NEWS_LATEST),
            news: remote(files::NEWS_INDEX),
            news_facets: remote(files::NEWS_FACETS),
            events_index: remote(files::EVENTS_INDEX),
            events_home: remote(files::EVENTS_HOME),
            cooperation: remote(files::COOPERATION),
            covenant: remote(files::COVENANT),
            pages: remote(files::PAGES),
            articles: StoredValue::new(HashMap::new()),
            news_pages: StoredValue::new(HashMap::new()),
            shards: StoredValue::new(HashMap::new()),
            event_files: StoredValue::new(HashMap::new()),
            years: StoredValue::new(HashMap::new()),
            owner: StoredValue::new(Owner::current().expect("Store is created inside the app")),
        }
    }

    /// The file of `key` in `map`, created under the app's owner so it
    /// outlives the page that first asked for it; and whether it is new.
    fn keyed<T: DeserializeOwned + Send + Sync + 'static>(
        &self,
        map: Keyed<T>,
        key: &str,
        file: impl FnOnce() -> String,
    ) -> (Remote<T>, bool) {
        if let Some(r) = map.with_value(|m| m.get(key).copied()) {
            return (r, false);
        }
        let r = self.owner.with_value(|o| o.with(|| Remote::new(file())));
        map.update_value(|m| {
            m.insert(key.to_string(), r);
        });
        (r, true)
    }

    pub fn article(&self, slug: &str) -> Remote<Article> {
        #[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
        let (r, new) = self.keyed(self.articles, slug, || files::article(slug));
        #[cfg(not(target_arch = "wasm32"))]
        fill(r, new);
        r
    }

    /// Page `n` (from 1) of the news summaries.
    pub fn news_page(&self, n: usize) -> Remote<NewsIndex> {
        #[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
        let (r, new) = self.keyed(self.news_pages, &n.to_string(), || files::news_page(n));
        #[cfg(not(target_arch = "wasm32"))]
        fill(r, new);
        r
    }

    /// Fetches what the list of all news needs (its catalogue and first
    /// page) ahead of a visit to it: it then opens in one render, with no
    /// loading line and no second layout. The homepage's budget counts the
    /// same files (`bundle::homepage_downloads`).
    #[cfg(target_arch = "wasm32")]
    pub fn news_ahead(&self) {
        self.news.ensure();
        self.news_page(1).ensure();
    }

    /// The search shard of `key` (pages are never rendered with a search).
    pub fn search_shard(&self, key: &str) -> Remote<SearchShard> {
        #[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
        let (r, new) = self.keyed(self.shards, key, || files::search_shard(key));
        #[cfg(not(target_arch = "wasm32"))]
        fill(r, new);
        r
    }

    /// One event's file: the event and its neighbours in time.
    pub fn event(&self, slug: &str) -> Remote<EventsFile> {
        #[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
        let (r, new) = self.keyed(self.event_files, slug, || files::event(slug));
        #[cfg(not(target_arch = "wasm32"))]
        fill(r, new);
        r
    }

    /// The events that touch `year`.
    pub fn events_year(&self, year: i32) -> Remote<EventsFile> {
        #[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
        let (r, new) = self.keyed(self.years, &year.to_string(), || files::events_year(year));
        #[cfg(not(target_arch = "wasm32"))]
        fill(r, new);
        r
    }
}

/// At build time a file is filled from what the build wrote, or missing.
#[cfg(not(target_arch = "wasm32"))]
fn fill<T: DeserializeOwned + Send + Sync + 'static>(r: Remote<T>, new: bool) {
    if new {
        let file = r.file();
        r.state.set(
            match use_context::<Prefilled>().map(|p| p.get::<T>(&file)) {
                Some(Ok(v)) => Load::Ready(v),
                Some(Err(problem)) => Load::Failed(problem),
                None => Load::Failed(Problem::missing_file(&file)),
            },
        );
    }
}

/// Several files as one: ready when all are, failed when one has failed
/// (its problem), loading otherwise. Reading it starts every fetch.
pub fn all_loaded<T: DeserializeOwned + Send + Sync + 'static>(
    remotes: &[Remote<T>],
) -> Load<Vec<Arc<T>>> {
    let mut out = Vec::with_capacity(remotes.len());
    let mut loading = false;
    for r in remotes {
        r.ensure();
        match r.state.get() {
            Load::Ready(v) => out.push(v),
            Load::Failed(p) => return Load::Failed(p),
            _ => loading = true,
        }
    }
    if loading {
        Load::Loading
    } else {
        Load::Ready(Arc::new(out))
    }
}

/// Retries each of `remotes` that failed.
pub fn retry_failed<T: DeserializeOwned + Send + Sync + 'static>(remotes: &[Remote<T>]) {
    for r in remotes {
        if matches!(r.state.get_untracked(), Load::Failed(_)) {
            r.retry();
        }
    }
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}
