//! The generated Atom feed, read back by an independent feed parser.

use std::fs;
use std::path::Path;

/// The frozen content the tests read (never `public/content`).
const FIXTURE: &str = "tests/fixtures/content";

#[test]
fn atom_feed_parses_and_lists_every_article_newest_first() {
    let out = tempfile::tempdir().unwrap();
    iuc_asia::tools::build(Path::new(FIXTURE), out.path(), "/iuc-asia/").unwrap();
    let xml = fs::read(out.path().join("feed.xml")).unwrap();
    let feed = feed_rs::parser::parse(&xml[..]).expect("feed.xml is valid Atom");
    assert_eq!(feed.feed_type, feed_rs::model::FeedType::Atom);
    assert_eq!(
        feed.title.unwrap().content,
        "International Urban Cooperation Asia – News"
    );
    assert_eq!(feed.entries.len(), 15);
    let first = &feed.entries[0];
    assert_eq!(
        first.title.as_ref().unwrap().content,
        "IUC takes part in EU webinar on regional innovation"
    );
    assert_eq!(
        first.links[0].href,
        "https://www.iuc-asia.eu/iuc-asia/news/iuc-at-eu-webinar-on-regional-innovation/"
    );
    // Known only to the month: dated at the month's end, never before the
    // events it reports.
    assert_eq!(
        first.published.unwrap().to_rfc3339(),
        "2020-10-31T12:00:00+00:00"
    );
    let last = feed.entries.last().unwrap();
    assert_eq!(
        last.title.as_ref().unwrap().content,
        "Malaysia launches the Global Covenant of Mayors nationally"
    );
    assert_eq!(
        last.published.unwrap().to_rfc3339(),
        "2019-03-21T12:00:00+00:00"
    );
    assert!(first.categories.iter().any(|c| c.term == "innovation"));
    let self_link = feed
        .links
        .iter()
        .find(|l| l.rel.as_deref() == Some("self"))
        .unwrap();
    assert_eq!(self_link.href, "https://www.iuc-asia.eu/iuc-asia/feed.xml");
}

#[test]
fn markup_in_titles_is_escaped_in_the_feed() {
    let site: iuc_asia::content::Site =
        serde_json::from_str(&fs::read_to_string("tests/fixtures/content/site.json").unwrap())
            .unwrap();
    let mut index = {
        let out = tempfile::tempdir().unwrap();
        iuc_asia::tools::build(Path::new(FIXTURE), out.path(), "/").unwrap();
        summaries(out.path(), "")
    };
    index.articles[0].title = "<script>alert(1)</script> & more".into();
    let xml = iuc_asia::feeds::atom(
        &site,
        "https://example.org/",
        iuc_asia::lang::Lang::En,
        &iuc_asia::feeds::Feed::all("IUC Asia – News".into()),
        &index.articles,
        &Default::default(),
    );
    let feed = feed_rs::parser::parse(xml.as_bytes()).unwrap();
    assert_eq!(
        feed.entries[0].title.as_ref().unwrap().content,
        "<script>alert(1)</script> & more"
    );
    assert!(!xml.contains("<script>"));
}

#[test]
fn the_feed_carries_the_newest_fifty_entries() {
    let site: iuc_asia::content::Site =
        serde_json::from_str(&fs::read_to_string("tests/fixtures/content/site.json").unwrap())
            .unwrap();
    let out = tempfile::tempdir().unwrap();
    iuc_asia::tools::build(Path::new(FIXTURE), out.path(), "/").unwrap();
    let index = summaries(out.path(), "");
    let mut many = Vec::new();
    for i in 0..60 {
        let mut a = index.articles[i % index.articles.len()].clone();
        a.slug = format!("a-{i}");
        many.push(a);
    }
    let xml = iuc_asia::feeds::atom(
        &site,
        "https://example.org/zh-hans/",
        iuc_asia::lang::Lang::ZhHans,
        &iuc_asia::feeds::Feed::all("国际城镇合作亚洲项目 – 新闻".into()),
        &many,
        &Default::default(),
    );
    let feed = feed_rs::parser::parse(xml.as_bytes()).unwrap();
    assert_eq!(feed.entries.len(), iuc_asia::feeds::FEED_ENTRIES);
    assert_eq!(
        feed.entries[0].links[0].href,
        "https://example.org/zh-hans/news/a-0/"
    );
    assert!(xml.contains("xml:lang=\"zh-Hans\""));
}

/// One feed per topic and per country in use, in each edition, carrying only
/// that topic's articles; one calendar per event category in use.
#[test]
fn topic_feeds_and_category_calendars_carry_only_their_items() {
    let out = tempfile::tempdir().unwrap();
    iuc_asia::tools::build(Path::new(FIXTURE), out.path(), "/").unwrap();
    for pre in ["", "zh-hans/"] {
        let index = summaries(out.path(), pre);
        let mut topics: Vec<String> = Vec::new();
        for a in &index.articles {
            for t in &a.tags {
                topics.push(iuc_asia::subscribe::tag_feed(t));
            }
            for c in &a.countries {
                topics.push(iuc_asia::subscribe::country_feed(c));
            }
        }
        topics.sort();
        topics.dedup();
        assert!(topics.len() > 5, "the fixture uses several topics");
        for file in &topics {
            let xml = fs::read(out.path().join(format!("{pre}{file}")))
                .unwrap_or_else(|e| panic!("{pre}{file}: {e}"));
            let feed = feed_rs::parser::parse(&xml[..]).expect("a topic feed is valid Atom");
            let expected: Vec<String> = index
                .articles
                .iter()
                .filter(|a| {
                    a.tags
                        .iter()
                        .any(|t| iuc_asia::subscribe::tag_feed(t) == *file)
                        || a.countries
                            .iter()
                            .any(|c| iuc_asia::subscribe::country_feed(c) == *file)
                })
                .take(iuc_asia::feeds::FEED_ENTRIES)
                .map(|a| format!("https://www.iuc-asia.eu/{pre}news/{}/", a.slug))
                .collect();
            let got: Vec<String> = feed
                .entries
                .iter()
                .map(|e| e.links[0].href.clone())
                .collect();
            assert_eq!(got, expected, "{pre}{file}");
            assert!(!expected.is_empty());
        }
        let events = all_events(out.path(), pre);
        for c in &events.categories {
            let mine: Vec<String> = events
                .events
                .iter()
                .filter(|e| e.category == c.id)
                .map(|e| format!("{}@iuc-asia.eu", e.slug))
                .collect();
            let path = out.path().join(format!(
                "{pre}{}",
                iuc_asia::subscribe::category_calendar(&c.id)
            ));
            if mine.is_empty() {
                assert!(
                    !path.exists(),
                    "no calendar for the unused category {}",
                    c.id
                );
                continue;
            }
            let text = fs::read(&path).unwrap();
            let cal = ical::IcalParser::new(&text[..]).next().unwrap().unwrap();
            let uids: Vec<String> = cal
                .events
                .iter()
                .map(|e| {
                    e.properties
                        .iter()
                        .find(|p| p.name == "UID")
                        .unwrap()
                        .value
                        .clone()
                        .unwrap()
                })
                .collect();
            let (mut uids, mut mine) = (uids, mine);
            uids.sort();
            mine.sort();
            assert_eq!(uids, mine, "{}", path.display());
        }
    }
}

/// Every summary the build wrote for an edition, newest first, from the
/// page files (`news/page/<n>.json`).
fn summaries(out: &Path, pre: &str) -> iuc_asia::content::NewsIndex {
    let mut all = iuc_asia::content::NewsIndex {
        build: String::new(),
        total: 0,
        articles: Vec::new(),
    };
    for n in 1.. {
        let Ok(text) = fs::read_to_string(out.join(format!("content/{pre}news/page/{n}.json")))
        else {
            break;
        };
        let page: iuc_asia::content::NewsIndex = serde_json::from_str(&text).unwrap();
        all.total = page.total;
        all.articles.extend(page.articles);
    }
    assert_eq!(all.articles.len(), all.total as usize);
    all
}

/// Every event the build wrote for an edition, from the year files the
/// index names, each once.
fn all_events(out: &Path, pre: &str) -> iuc_asia::content::EventsFile {
    let read = |rel: String| -> iuc_asia::content::EventsFile {
        serde_json::from_str(&fs::read_to_string(out.join(format!("content/{pre}{rel}"))).unwrap())
            .unwrap()
    };
    let index = read(iuc_asia::content::files::EVENTS_INDEX.to_string());
    let years: Vec<std::sync::Arc<_>> = index
        .years
        .iter()
        .map(|y| std::sync::Arc::new(read(iuc_asia::content::files::events_year(*y as i32))))
        .collect();
    let mut all = iuc_asia::events::merge(&index, &years);
    all.categories = years[0].categories.clone();
    all
}
