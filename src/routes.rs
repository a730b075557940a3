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
}
