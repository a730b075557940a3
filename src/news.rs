//! News logic: ordering, summaries and reading time.

#[cfg(not(target_arch = "wasm32"))]
use crate::content::model::{Article, ArticleSummary, NewsIndex};
use crate::content::model::{NewsCatalogue, PubDate};
use std::cmp::Ordering;

/// How many summaries the homepage gets in `news/latest.json`.
pub const LATEST_COUNT: usize = 6;

/// Newest first. Vaguer dates sort after exact dates in their span; ties are
/// broken by the editor's `order` (higher first), then by slug for stability.
pub fn newest_first(
    a: (&PubDate, Option<u32>, &str),
    b: (&PubDate, Option<u32>, &str),
) -> Ordering {
    b.0.sort_key()
        .cmp(&a.0.sort_key())
        .then(b.1.unwrap_or(0).cmp(&a.1.unwrap_or(0)))
        .then(a.2.cmp(b.2))
}

/// Words in a text. Chinese has no spaces: two characters count as one
/// word, which puts 400 characters a minute at the reading speed.
pub fn word_count(text: &str) -> u32 {
    let cjk = text.chars().filter(|c| crate::search::is_cjk(*c)).count() as u32;
    let words = text
        .split_whitespace()
        .filter(|w| {
            !w.chars()
                .all(|c| crate::search::is_cjk(c) || !crate::search::is_word_char(c))
        })
        .count() as u32;
    words + cjk.div_ceil(2)
}

/// Minutes to read at 200 words a minute, never less than one.
pub fn reading_minutes(words: u32) -> u32 {
    words.div_ceil(200).max(1)
}

#[cfg(not(target_arch = "wasm32"))]
/// The summary of `a`, whose body's plain text is `text`.
pub fn summarize(a: &Article, text: &str) -> ArticleSummary {
    ArticleSummary {
        slug: a.slug.clone(),
        title: a.title.clone(),
        published: a.published,
        order: a.order,
        teaser: a.teaser.clone(),
        tags: a.tags.clone(),
        countries: a.countries.clone(),
        image: a.image.clone(),
        words: word_count(text),
        lang: a.lang.clone(),
    }
}

/// Everything the build writes for the news of one edition.
#[cfg(not(target_arch = "wasm32"))]
pub struct NewsFiles {
    /// Every summary, newest first (the feeds' entries).
    pub summaries: Vec<ArticleSummary>,
    pub catalogue: NewsCatalogue,
    pub facets: crate::content::model::NewsFacets,
    /// `news/page/<n>.json`, from page 1.
    pub pages: Vec<NewsIndex>,
    pub latest: NewsIndex,
    pub shards: Vec<(String, crate::content::model::SearchShard)>,
    /// Each article's newer, older and related articles, by slug.
    pub links: std::collections::HashMap<String, Links>,
}

#[cfg(not(target_arch = "wasm32"))]
impl NewsFiles {
    /// Names `build` in every file whose positions refer to another's (the
    /// catalogue, facets, pages, latest and search shards): a filter or a
    /// search that read them from two builds listed the wrong articles
    /// (T6), so the browser refuses to combine them.
    pub fn stamp(&mut self, build: &str) {
        self.catalogue.build = build.to_string();
        self.facets.build = build.to_string();
        self.latest.build = build.to_string();
        for p in &mut self.pages {
            p.build = build.to_string();
        }
        for (_, s) in &mut self.shards {
            s.build = build.to_string();
        }
    }
}

/// An article's newer, older (at most one each) and related articles.
#[cfg(not(target_arch = "wasm32"))]
pub type Links = [Vec<ArticleSummary>; 3];

/// Sets the links the build found for `a` (`NewsFiles::links`).
#[cfg(not(target_arch = "wasm32"))]
pub fn set_links(a: &mut Article, links: &std::collections::HashMap<String, Links>) {
    let [newer, older, related] = links.get(&a.slug).cloned().unwrap_or_default();
    (a.newer, a.older, a.related) = (newer, older, related);
}

/// Postings per search shard (`search::build_shards`): about 10 KB
/// compressed. Fewer, larger shards than the 4,000 postings this began
/// with: each request costs the browser's main thread about a millisecond
/// whatever its size, and a prefix being typed ("ci") spanned 6 of those.
#[cfg(not(target_arch = "wasm32"))]
pub const SHARD_POSTINGS: usize = 12000;

/// The news files: the catalogue and facets, pages of summaries, the
/// homepage's short list, the search shards and each article's links.
/// Each article comes with its body's plain text (`rich::plain`), which
/// search indexes: its words, never its Markdown or link addresses.
#[cfg(not(target_arch = "wasm32"))]
pub fn build_news(articles: &[(&Article, &str)]) -> NewsFiles {
    let mut sorted: Vec<(&Article, &str)> = articles.to_vec();
    sorted.sort_by(|(a, _), (b, _)| {
        newest_first(
            (&a.published, a.order, &a.slug),
            (&b.published, b.order, &b.slug),
        )
    });
    let all: Vec<ArticleSummary> = sorted.iter().map(|(a, text)| summarize(a, text)).collect();
    let total = all.len() as u32;
    let (tags, counts): (Vec<String>, Vec<u32>) = tag_counts(&all)
        .into_iter()
        .map(|(t, n)| (t, n as u32))
        .unzip();
    let mut countries: Vec<String> = all.iter().flat_map(|a| a.countries.clone()).collect();
    countries.sort();
    countries.dedup();
    let at = |list: &[String], x: &String| list.iter().position(|c| c == x).unwrap_or(0) as u32;
    let n = tags.len() as u32;
    let facets = crate::content::model::NewsFacets {
        build: String::new(),
        articles: all
            .iter()
            .map(|a| {
                let mine = a.tags.iter().map(|t| at(&tags, t));
                mine.chain(a.countries.iter().map(|c| at(&countries, c) + n))
                    .collect()
            })
            .collect(),
    };
    let searchable: Vec<crate::search::Searchable> = sorted
        .iter()
        .map(|(a, text)| (a.title.as_str(), a.teaser.as_str(), *text))
        .collect();
    let shards = crate::search::build_shards(&searchable, SHARD_POSTINGS);
    let mut pages: Vec<NewsIndex> = all
        .chunks(PER_PAGE)
        .map(|c| NewsIndex {
            build: String::new(),
            total,
            articles: c.to_vec(),
        })
        .collect();
    // The first page file exists even with no news (then empty), so the
    // app can ask for it together with the catalogue
    // (`NewsQuery::page_file_before_index`).
    if pages.is_empty() {
        pages.push(NewsIndex {
            build: String::new(),
            total,
            articles: Vec::new(),
        });
    }
    let links = all
        .iter()
        .map(|a| {
            let (newer, older) = neighbours(&all, &a.slug);
            let related = related(&all, &a.slug, &a.tags, 3);
            let list = |a: Option<&ArticleSummary>| a.into_iter().cloned().collect();
            (
                a.slug.clone(),
                [
                    list(newer),
                    list(older),
                    related.into_iter().cloned().collect(),
                ],
            )
        })
        .collect();
    NewsFiles {
        latest: NewsIndex {
            build: String::new(),
            total,
            articles: all.iter().take(LATEST_COUNT).cloned().collect(),
        },
        catalogue: NewsCatalogue {
            build: String::new(),
            total,
            tag_counts: counts,
            tags,
            countries,
            shards: shards.iter().map(|s| s.0.clone()).collect(),
        },
        facets,
        pages,
        shards,
        summaries: all,
        links,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_words_count_two_characters_each() {
        assert_eq!(word_count("城市合作"), 2);
        assert_eq!(word_count("EU 城市合作 cities"), 4);
        assert_eq!(word_count("three plain words"), 3);
    }

    fn d(s: &str) -> PubDate {
        PubDate::parse(s).unwrap()
    }

    #[test]
    fn month_only_dates_sort_after_exact_days_of_that_month() {
        let mut v = [
            ("a", d("2020-10-08"), None),
            ("b", d("2020-10"), None),
            ("c", d("2020-09-23"), None),
            ("e", d("2020-11-01"), None),
        ];
        v.sort_by(|x, y| newest_first((&x.1, x.2, x.0), (&y.1, y.2, y.0)));
        let order: Vec<_> = v.iter().map(|x| x.0).collect();
        assert_eq!(order, ["e", "b", "a", "c"]);
    }

    #[test]
    fn editor_order_breaks_ties() {
        let mut v = [
            ("x", d("2020-10"), Some(1)),
            ("y", d("2020-10"), Some(5)),
            ("z", d("2020-10"), None),
        ];
        v.sort_by(|p, q| newest_first((&p.1, p.2, p.0), (&q.1, q.2, q.0)));
        let order: Vec<_> = v.iter().map(|x| x.0).collect();
        assert_eq!(order, ["y", "x", "z"]);
    }

    #[test]
    fn reading_time() {
        assert_eq!(reading_minutes(0), 1);
        assert_eq!(reading_minutes(200), 1);
        assert_eq!(reading_minutes(201), 2);
        assert_eq!(word_count("one two\n\n three "), 3);
    }

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(d("2018").to_string(), "2018");
        assert_eq!(d("2020-02-29").to_string(), "2020-02-29");
        for bad in [
            "2019-02-29",
            "2020-13",
            "20-10-01",
            "2020-1-01",
            "2020/10/01",
            "",
        ] {
            assert!(PubDate::parse(bad).is_err(), "{bad}");
        }
    }
}

/// Articles per page in the news feed.
pub const PER_PAGE: usize = 12;

/// One page of a list: which items, and where it sits among the pages.
#[derive(Debug, PartialEq, Eq)]
pub struct Paging {
    pub page: usize,
    pub pages: usize,
    pub start: usize,
    pub end: usize,
    /// The requested page does not exist (beyond the last, or not a number).
    pub out_of_range: bool,
}

/// Pages are numbered from 1. An empty list still has one (empty) page.
pub fn paginate(len: usize, requested: Option<&str>, per_page: usize) -> Paging {
    let pages = len.div_ceil(per_page).max(1);
    let parsed = match requested {
        None | Some("") => Some(1),
        Some(s) => s.parse::<usize>().ok(),
    };
    match parsed {
        Some(p) if (1..=pages).contains(&p) => Paging {
            page: p,
            pages,
            start: (p - 1) * per_page,
            end: (p * per_page).min(len),
            out_of_range: false,
        },
        _ => Paging {
            page: 0,
            pages,
            start: 0,
            end: 0,
            out_of_range: true,
        },
    }
}

/// The neighbours of `slug` in a newest-first list: (newer, older).
#[cfg(not(target_arch = "wasm32"))]
pub fn neighbours<'a>(
    list: &'a [ArticleSummary],
    slug: &str,
) -> (Option<&'a ArticleSummary>, Option<&'a ArticleSummary>) {
    match list.iter().position(|a| a.slug == slug) {
        None => (None, None),
        Some(i) => (i.checked_sub(1).and_then(|j| list.get(j)), list.get(i + 1)),
    }
}

/// Up to `n` other articles sharing the most tags with `slug`, newest first
/// among equals.
#[cfg(not(target_arch = "wasm32"))]
pub fn related<'a>(
    list: &'a [ArticleSummary],
    slug: &str,
    tags: &[String],
    n: usize,
) -> Vec<&'a ArticleSummary> {
    let mut scored: Vec<(usize, usize, &ArticleSummary)> = list
        .iter()
        .enumerate()
        .filter(|(_, a)| a.slug != slug)
        .map(|(i, a)| (a.tags.iter().filter(|t| tags.contains(t)).count(), i, a))
        .filter(|(shared, _, _)| *shared > 0)
        .collect();
    scored.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
    scored.into_iter().take(n).map(|(_, _, a)| a).collect()
}

#[cfg(test)]
mod catalogue_tests {
    use super::*;
    use crate::content::model::{Article, Image};

    fn article(slug: &str, date: &str, tags: &[&str], countries: &[&str]) -> Article {
        Article {
            slug: slug.into(),
            title: format!("Title {slug}"),
            published: PubDate::parse(date).unwrap(),
            order: None,
            teaser: "teaser".into(),
            body: crate::content::model::Rich("body".into()),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            countries: countries.iter().map(|c| c.to_string()).collect(),
            image: Image {
                src: "images/x.svg".into(),
                alt: "x".into(),
                width: 1,
                height: 1,
            },
            source: "https://example.org/x".into(),
            lang: None,
            newer: vec![],
            older: vec![],
            related: vec![],
            words: 0,
        }
    }

    #[test]
    fn the_catalogue_filters_without_the_summaries() {
        let list: Vec<Article> = (0..30)
            .map(|i| {
                let tag = if i % 3 == 0 { "energy" } else { "climate" };
                let country = if i % 2 == 0 { "CN" } else { "VN" };
                article(
                    &format!("a-{i}"),
                    &format!("2020-01-{:02}", i % 28 + 1),
                    &[tag],
                    &[country],
                )
            })
            .collect();
        let refs: Vec<(&Article, &str)> = list.iter().map(|a| (a, "")).collect();
        let files = build_news(&refs);
        let cat = &files.catalogue;
        assert_eq!(cat.total, 30);
        assert_eq!(cat.tags, ["climate", "energy"]);
        assert_eq!(cat.tag_counts, [20, 10]);
        assert_eq!(cat.countries, ["CN", "VN"]);
        assert_eq!(files.pages.len(), 3);
        assert_eq!(files.pages[2].articles.len(), 6);
        assert_eq!(
            files.latest.articles[..],
            files.pages[0].articles[..LATEST_COUNT]
        );
        let all: Vec<usize> = (0..30).collect();
        let q = |tag: Option<&str>, country: Option<&str>| NewsQuery {
            tag: tag.map(String::from),
            country: country.map(String::from),
            ..Default::default()
        };
        let summary = |p: usize| &files.pages[p / PER_PAGE].articles[p % PER_PAGE];
        let facets = &files.facets.articles;
        assert_eq!(facets.len(), 30);
        let energy_cn = filter_positions(cat, facets, all.clone(), &q(Some("energy"), Some("CN")));
        assert_eq!(energy_cn.len(), 5);
        for p in &energy_cn {
            assert_eq!(
                (
                    summary(*p).tags[0].as_str(),
                    summary(*p).countries[0].as_str()
                ),
                ("energy", "CN")
            );
        }
        assert!(filter_positions(cat, facets, all.clone(), &q(Some("unused"), None)).is_empty());
        assert!(filter_positions(cat, facets, all.clone(), &q(None, Some("DE"))).is_empty());
        // With no topic or country the facets are not read: the list of
        // all news does not load them.
        assert_eq!(filter_positions(cat, &[], all.clone(), &q(None, None)), all);
        // Each article links to its neighbours in the feed's order.
        let first = &files.pages[0].articles[0].slug;
        let second = &files.pages[0].articles[1].slug;
        let [newer, _, related] = &files.links[second];
        assert_eq!(&newer[0].slug, first);
        assert!(files.links[first][0].is_empty());
        assert_eq!(related.len(), 3);
    }
}

#[cfg(test)]
mod paging_tests {
    use super::*;

    #[test]
    fn pages_of_twelve() {
        assert_eq!(
            paginate(15, None, 12),
            Paging {
                page: 1,
                pages: 2,
                start: 0,
                end: 12,
                out_of_range: false
            }
        );
        assert_eq!(
            paginate(15, Some("2"), 12),
            Paging {
                page: 2,
                pages: 2,
                start: 12,
                end: 15,
                out_of_range: false
            }
        );
        assert!(paginate(15, Some("3"), 12).out_of_range);
        assert!(paginate(15, Some("0"), 12).out_of_range);
        assert!(paginate(15, Some("x"), 12).out_of_range);
        assert_eq!(paginate(0, None, 12).pages, 1);
        assert_eq!(paginate(24, Some("2"), 12).end, 24);
    }
}

/// The feed's state, as it appears in the URL query: `page`, `tag`,
/// `country` and `q` (the search text).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewsQuery {
    pub page: Option<String>,
    pub tag: Option<String>,
    pub country: Option<String>,
    pub q: String,
}

impl NewsQuery {
    /// The news listed under one topic.
    pub fn tag(tag: &str) -> Self {
        NewsQuery {
            tag: Some(tag.to_string()),
            ..Default::default()
        }
    }

    /// The query keys `from_query` reads.
    pub const KEYS: [&'static str; 4] = ["q", "tag", "country", "page"];

    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Self {
        let val = |k: &str| get(k).filter(|v| !v.trim().is_empty());
        NewsQuery {
            page: val("page"),
            tag: val("tag"),
            country: val("country"),
            q: get("q")
                .map(|q| crate::search::clip_query(&q).to_string())
                .unwrap_or_default(),
        }
    }

    /// The path with this state, e.g. `/news?tag=webinar&page=2`. Page 1 is
    /// left out, so there is one address per view.
    pub fn href(&self) -> String {
        use crate::routes::encode;
        let mut parts = Vec::new();
        if !self.q.is_empty() {
            parts.push(format!("q={}", encode(&self.q)));
        }
        if let Some(t) = &self.tag {
            parts.push(format!("tag={}", encode(t)));
        }
        if let Some(c) = &self.country {
            parts.push(format!("country={}", encode(c)));
        }
        if let Some(p) = self.page.as_deref().filter(|p| *p != "1") {
            parts.push(format!("page={}", encode(p)));
        }
        crate::routes::Route::News.with_query(&parts.join("&"))
    }

    /// The same view on another page.
    pub fn at_page(&self, page: usize) -> NewsQuery {
        NewsQuery {
            page: Some(page.to_string()),
            ..self.clone()
        }
    }

    /// Any filter or search set (the page number aside)?
    pub fn is_filtered(&self) -> bool {
        self.by_facet() || !self.q.trim().is_empty()
    }

    /// Does this view filter by topic or country, and so read the facets?
    pub fn by_facet(&self) -> bool {
        self.tag.is_some() || self.country.is_some()
    }

    /// The page file this view shows whatever the catalogue holds: the
    /// first, for the first page of all news (the build always writes it).
    /// Any other view needs the catalogue (or the search) first.
    pub fn page_file_before_index(&self) -> Option<usize> {
        (!self.is_filtered() && matches!(self.page.as_deref(), None | Some("1"))).then_some(1)
    }
}

/// Keeps the positions whose article has the query's topic and country,
/// in their order. `facets` is read only when the query filters by topic
/// or country (`NewsQuery::by_facet`); otherwise it may be empty.
pub fn filter_positions(
    cat: &NewsCatalogue,
    facets: &[Vec<u32>],
    positions: Vec<usize>,
    q: &NewsQuery,
) -> Vec<usize> {
    if !q.by_facet() {
        return positions;
    }
    // A topic or country not in use matches nothing.
    let n = cat.tags.len();
    let tag = q
        .tag
        .as_ref()
        .map(|x| cat.tags.iter().position(|t| t == x).map(|i| i as u32));
    let country = q.country.as_ref().map(|x| {
        cat.countries
            .iter()
            .position(|c| c == x)
            .map(|i| (i + n) as u32)
    });
    let has = |facets: &[u32], want: Option<Option<u32>>| {
        want.is_none_or(|w| w.is_some_and(|w| facets.contains(&w)))
    };
    positions
        .into_iter()
        .filter(|&i| {
            facets
                .get(i)
                .is_some_and(|f| has(f, tag) && has(f, country))
        })
        .collect()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn tag_counts(list: &[ArticleSummary]) -> Vec<(String, usize)> {
    let mut m = std::collections::BTreeMap::new();
    for a in list {
        for t in &a.tags {
            *m.entry(t.clone()).or_insert(0) += 1;
        }
    }
    m.into_iter().collect()
}

#[cfg(test)]
mod query_tests {
    use super::*;

    #[test]
    fn href_round_trips_and_drops_page_one() {
        let q = NewsQuery {
            page: Some("2".into()),
            tag: Some("global-covenant".into()),
            country: None,
            q: "da nang".into(),
        };
        assert_eq!(q.href(), "/news/?q=da%20nang&tag=global-covenant&page=2");
        assert_eq!(
            q.at_page(1).href(),
            "/news/?q=da%20nang&tag=global-covenant"
        );
        assert_eq!(NewsQuery::default().href(), "/news/");
        let parsed = NewsQuery::from_query(|k| match k {
            "page" => Some("2".into()),
            "tag" => Some("global-covenant".into()),
            "country" => Some("".into()),
            "q" => Some("da nang".into()),
            _ => None,
        });
        assert_eq!(parsed, q);
        assert!(parsed.is_filtered());
        assert!(!NewsQuery {
            page: Some("3".into()),
            ..Default::default()
        }
        .is_filtered());
    }

    #[test]
    fn only_the_first_page_of_all_news_knows_its_page_file_before_the_catalogue() {
        let at = |page: Option<&str>, q: &str, tag: Option<&str>| {
            NewsQuery {
                page: page.map(str::to_string),
                tag: tag.map(str::to_string),
                country: None,
                q: q.into(),
            }
            .page_file_before_index()
        };
        assert_eq!(at(None, "", None), Some(1));
        assert_eq!(at(Some("1"), " ", None), Some(1));
        assert_eq!(at(Some("2"), "", None), None);
        assert_eq!(at(Some("x"), "", None), None);
        assert_eq!(at(None, "water", None), None);
        assert_eq!(at(None, "", Some("webinar")), None);
        // With no news at all, that file still exists, empty.
        let none = build_news(&[]);
        assert_eq!(none.pages.len(), 1);
        assert!(none.pages[0].articles.is_empty());
    }
}

/// The page numbers to link in a pager: the first, the last and two either
/// side of the current page; `None` marks a gap ("…").
pub fn page_window(page: usize, pages: usize) -> Vec<Option<usize>> {
    let mut out = Vec::new();
    let mut last = 0;
    for p in 1..=pages {
        let near = p + 2 >= page && p <= page + 2;
        if p == 1 || p == pages || near {
            if p > last + 1 {
                out.push(None);
            }
            out.push(Some(p));
            last = p;
        }
    }
    out
}

#[cfg(test)]
mod window_tests {
    use super::page_window;

    #[test]
    fn windows() {
        assert_eq!(page_window(1, 1), [Some(1)]);
        assert_eq!(page_window(2, 3), [Some(1), Some(2), Some(3)]);
        assert_eq!(
            page_window(1, 10),
            [Some(1), Some(2), Some(3), None, Some(10)]
        );
        assert_eq!(
            page_window(6, 417),
            [
                Some(1),
                None,
                Some(4),
                Some(5),
                Some(6),
                Some(7),
                Some(8),
                None,
                Some(417)
            ]
        );
        assert_eq!(
            page_window(417, 417),
            [Some(1), None, Some(415), Some(416), Some(417)]
        );
        assert_eq!(
            page_window(4, 10),
            [
                Some(1),
                Some(2),
                Some(3),
                Some(4),
                Some(5),
                Some(6),
                None,
                Some(10)
            ]
        );
    }
}
