//! The one route authority: every page of the site as a `Route`, its
//! canonical path (what links, the sitemap and canonical URLs use), the file
//! the build writes it to, and the navigation lists. Also which section a
//! path belongs to, paths under a public URL, and query values in URLs.
//!
//! Canonical paths end in `/` (except the 404 page): every static host
//! answers `news/index.html` at `/news/` with 200 (Cloudflare Pages, GitHub
//! Pages, S3 website hosting, nginx, a plain file server), while `/news`
//! gets a redirect to `/news/` on most of them.

pub use crate::content::STATIC_PAGES;

/// Every page of the site, in the order the sitemap lists them: the
/// sections, the pages of `pages.json`, each article, event and pairing
/// (by slug), and the not-found page. The one list the build prerenders.
pub fn site_routes(
    articles: impl IntoIterator<Item = String>,
    events: impl IntoIterator<Item = String>,
    pairings: impl IntoIterator<Item = String>,
) -> Vec<Route> {
    let mut r = vec![
        Route::Home,
        Route::News,
        Route::Events,
        Route::Cooperation,
        Route::Covenant,
    ];
    r.extend(STATIC_PAGES.iter().map(|s| Route::Page(s)));
    r.extend(articles.into_iter().map(Route::Article));
    r.extend(events.into_iter().map(Route::Event));
    r.extend(pairings.into_iter().map(Route::Pairing));
    r.push(Route::NotFound);
    r
}

/// A page of the site.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Route {
    Home,
    News,
    Article(String),
    Events,
    Event(String),
    Cooperation,
    Pairing(String),
    Covenant,
    /// One of `STATIC_PAGES`.
    Page(&'static str),
    NotFound,
}

impl Route {
    /// The site path, e.g. "/news/some-article/"; "/404.html" for the
    /// not-found page, which hosts serve for every unknown path.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::News => "/news/".into(),
            Route::Article(s) => format!("/news/{s}/"),
            Route::Events => "/events/".into(),
            Route::Event(s) => format!("/events/{s}/"),
            Route::Cooperation => "/city-cooperation/".into(),
            Route::Pairing(s) => format!("/city-cooperation/{s}/"),
            Route::Covenant => "/covenant/".into(),
            Route::Page(s) => format!("/{s}/"),
            Route::NotFound => "/404.html".into(),
        }
    }

    /// The file the build writes, relative to the bundle's root.
    pub fn file(&self) -> String {
        match self {
            Route::NotFound => "404.html".into(),
            r => format!("{}index.html", r.path().trim_start_matches('/')),
        }
    }

    /// The path in `lang`'s edition: "/zh-hans/news/".
    pub fn path_in(&self, lang: crate::lang::Lang) -> String {
        format!("/{}{}", lang.prefix(), self.path().trim_start_matches('/'))
    }

    /// The file of the page in `lang`'s edition: "zh-hans/news/index.html".
    pub fn file_in(&self, lang: crate::lang::Lang) -> String {
        format!("{}{}", lang.prefix(), self.file())
    }

    /// The section's path with a query, e.g. `/news/?tag=x`.
    pub fn with_query(&self, query: &str) -> String {
        if query.is_empty() {
            self.path()
        } else {
            format!("{}?{}", self.path(), query.trim_start_matches('?'))
        }
    }
}

/// When a page's app starts: at once, or at the visitor's first sign of
/// needing it. The build writes it on every page (`<html data-app>`),
/// and the page's inline loader (`src/loader.js`) acts on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppStart {
    /// The page the build wrote may not be what this visitor, today,
    /// should see: the app starts once the page has painted, as it always
    /// did.
    Now,
    /// The page is complete for every visitor on any day: no wasm and no
    /// content file is fetched until the visitor reaches for something
    /// only the app does (the search box, a filter, a button).
    Intent,
}

impl AppStart {
    /// The value of `<html data-app>` (the app sets it to `ready` once it
    /// has taken over).
    pub fn attr(self) -> &'static str {
        match self {
            AppStart::Now => "now",
            AppStart::Intent => "intent",
        }
    }
}

/// When `route`'s app starts. `first_view_varies` says whether rendering
/// the page read the clock or the visitor's time zone (the renderer
/// records it: `platform::take_varies`). Those pages start at once: the
/// homepage and `/events` list what is upcoming today, an event shows its
/// time in the visitor's zone too. So does the not-found page: hosts serve
/// the one file for every unknown address, and the app tells the visitor
/// what the address asked for (an unknown article offers a search for its
/// words). Every other page waits for intent.
///
/// The address's query is the one thing the build cannot see, since
/// `/news/?tag=x` is served the file of `/news/`: the loader also starts
/// at once when the address carries one of the keys `query_keys` names
/// (written as `<html data-app-query>`).
pub fn app_start(route: &Route, first_view_varies: bool) -> AppStart {
    match route {
        Route::Home | Route::Events | Route::Event(_) | Route::NotFound => AppStart::Now,
        _ if first_view_varies => AppStart::Now,
        Route::News
        | Route::Article(_)
        | Route::Cooperation
        | Route::Pairing(_)
        | Route::Covenant
        | Route::Page(_) => AppStart::Intent,
    }
}

/// The query keys a page reads (`/news/?tag=x`): an address that carries
/// one shows a view the build did not write, so the app starts at once.
pub fn query_keys(route: &Route) -> &'static [&'static str] {
    match route {
        Route::News => &crate::news::NewsQuery::KEYS,
        Route::Events => &crate::calendar::EventsQuery::KEYS,
        Route::Cooperation => &crate::cooperation::PairingFilter::KEYS,
        Route::Covenant => &crate::covenant::QUERY_KEYS,
        _ => &[],
    }
}

/// A site path in its canonical form: a page path gets its trailing slash
/// ("/news?tag=x" → "/news/?tag=x"); files ("/events.ics") and fragments
/// stay as they are.
pub fn canonical_href(path: &str) -> String {
    let cut = path.find(['?', '#']).unwrap_or(path.len());
    let (p, rest) = path.split_at(cut);
    let last = p.rsplit('/').next().unwrap_or("");
    if p.is_empty() || p.ends_with('/') || last.contains('.') {
        path.to_string()
    } else {
        format!("{p}/{rest}")
    }
}

/// The same page in another edition: `public_url` ("/" or "/iuc-asia/"),
/// the path below the edition's prefix ("/news/") and the query ("?tag=x").
pub fn edition_href(public_url: &str, lang: crate::lang::Lang, path: &str, search: &str) -> String {
    let search = search.trim_start_matches('?');
    format!(
        "{public_url}{}{}{}{search}",
        lang.prefix(),
        canonical_href(path).trim_start_matches('/'),
        if search.is_empty() { "" } else { "?" }
    )
}

/// The route part of a browser path: "/iuc-asia/news/x" under base
/// "/iuc-asia/" is "/news/x".
pub fn strip_base(pathname: &str, base: &str) -> String {
    let base = base.trim_end_matches('/');
    let p = pathname
        .strip_prefix(base)
        .filter(|rest| rest.is_empty() || rest.starts_with('/'))
        .unwrap_or(pathname);
    if p.is_empty() {
        "/".to_string()
    } else {
        p.to_string()
    }
}

/// Is the visitor at `current` in the section `href`? "/" only on the
/// homepage; "/news/" on "/news", "/news/" and "/news/…".
pub fn in_section(current: &str, href: &str) -> bool {
    let href = href.trim_end_matches('/');
    if href.is_empty() {
        current == "/"
    } else {
        current == href || current.starts_with(&format!("{href}/"))
    }
}

/// Percent-encodes a query value (RFC 3986 unreserved characters pass).
pub fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections() {
        assert!(in_section("/", "/"));
        assert!(!in_section("/news", "/"));
        assert!(in_section("/news", "/news"));
        assert!(in_section("/news/a-b", "/news"));
        assert!(!in_section("/newsletter", "/news"));
        assert!(in_section("/news", "/news/"));
        assert!(in_section("/news/", "/news/"));
        assert!(!in_section("/news/", "/"));
    }

    #[test]
    fn edition_hrefs_keep_the_page_and_query() {
        use crate::lang::Lang;
        assert_eq!(
            edition_href("/", Lang::ZhHans, "/news/", "?tag=x"),
            "/zh-hans/news/?tag=x"
        );
        assert_eq!(edition_href("/iuc-asia/", Lang::En, "/", ""), "/iuc-asia/");
        assert_eq!(
            edition_href("/iuc-asia/", Lang::ZhHans, "/events", "view=month"),
            "/iuc-asia/zh-hans/events/?view=month"
        );
    }

    #[test]
    fn canonical_hrefs() {
        assert_eq!(canonical_href("/news"), "/news/");
        assert_eq!(canonical_href("/news?tag=x"), "/news/?tag=x");
        assert_eq!(canonical_href("/news/a#top"), "/news/a/#top");
        assert_eq!(canonical_href("/news/"), "/news/");
        assert_eq!(canonical_href("/events.ics"), "/events.ics");
        assert_eq!(canonical_href("/calendar/x.ics"), "/calendar/x.ics");
        assert_eq!(canonical_href("/"), "/");
    }

    #[test]
    fn route_paths_and_files() {
        assert_eq!(Route::Home.file(), "index.html");
        assert_eq!(Route::News.path(), "/news/");
        assert_eq!(Route::News.file(), "news/index.html");
        assert_eq!(Route::Article("a-b".into()).file(), "news/a-b/index.html");
        assert_eq!(Route::Page("privacy").path(), "/privacy/");
        assert_eq!(Route::NotFound.file(), "404.html");
        use crate::lang::Lang;
        assert_eq!(Route::News.path_in(Lang::ZhHans), "/zh-hans/news/");
        assert_eq!(Route::Home.path_in(Lang::ZhHans), "/zh-hans/");
        assert_eq!(Route::Home.path_in(Lang::En), "/");
        assert_eq!(
            Route::Article("a".into()).file_in(Lang::ZhHans),
            "zh-hans/news/a/index.html"
        );
        assert_eq!(Route::NotFound.file_in(Lang::ZhHans), "zh-hans/404.html");
        assert_eq!(Route::News.with_query("tag=x"), "/news/?tag=x");
        assert_eq!(Route::News.with_query(""), "/news/");
    }

    #[test]
    fn bases() {
        assert_eq!(strip_base("/iuc-asia/news/x", "/iuc-asia/"), "/news/x");
        assert_eq!(strip_base("/iuc-asia", "/iuc-asia/"), "/");
        assert_eq!(strip_base("/iuc-asia/", "/iuc-asia/"), "/");
        assert_eq!(
            strip_base("/iuc-asia-old/x", "/iuc-asia/"),
            "/iuc-asia-old/x"
        );
        assert_eq!(strip_base("/news", "/"), "/news");
    }

    #[test]
    fn pages_complete_for_everyone_wait_for_intent() {
        let intent = [
            Route::News,
            Route::Article("a".into()),
            Route::Cooperation,
            Route::Pairing("a-b".into()),
            Route::Covenant,
            Route::Page("about"),
        ];
        for r in &intent {
            assert_eq!(app_start(r, false), AppStart::Intent, "{r:?}");
            // A page that reads the clock or the visitor's zone is theirs.
            assert_eq!(app_start(r, true), AppStart::Now, "{r:?}");
        }
        for r in [
            Route::Home,
            Route::Events,
            Route::Event("e".into()),
            Route::NotFound,
        ] {
            assert_eq!(app_start(&r, false), AppStart::Now, "{r:?}");
        }
        assert_eq!(AppStart::Now.attr(), "now");
        assert_eq!(AppStart::Intent.attr(), "intent");
    }

    /// Every key each page's query parser reads, and no other, is in
    /// `query_keys`: a key missing there would leave `/news/?tag=x`
    /// showing the unfiltered page until the visitor touched something.
    #[test]
    fn query_keys_are_what_each_page_reads() {
        use std::cell::RefCell;
        use std::collections::BTreeSet;
        // Every key a parser asks for, given answers that reach each branch.
        fn read(parse: impl Fn(&dyn Fn(&str) -> Option<String>)) -> BTreeSet<String> {
            let asked = RefCell::new(BTreeSet::new());
            for view in [None, Some("month"), Some("day"), Some("past")] {
                parse(&|k: &str| {
                    asked.borrow_mut().insert(k.to_string());
                    (k == "view").then_some(view).flatten().map(str::to_string)
                });
            }
            asked.into_inner()
        }
        let keys = |r: &Route| -> BTreeSet<String> {
            query_keys(r).iter().map(|k| k.to_string()).collect()
        };
        assert_eq!(
            read(|get| {
                crate::news::NewsQuery::from_query(get);
            }),
            keys(&Route::News)
        );
        assert_eq!(
            read(|get| {
                crate::calendar::EventsQuery::from_query(get);
            }),
            keys(&Route::Events)
        );
        assert_eq!(
            read(|get| {
                crate::cooperation::PairingFilter::from_query(get);
                crate::cooperation::PairingFilter::unreadable_round(get);
            }),
            keys(&Route::Cooperation)
        );
        assert_eq!(query_keys(&Route::Covenant), ["country"]);
        assert!(query_keys(&Route::Article("a".into())).is_empty());
    }
}
