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
    let mut index: iuc_asia::content::NewsIndex = {
        let out = tempfile::tempdir().unwrap();
        iuc_asia::tools::build(Path::new(FIXTURE), out.path(), "/").unwrap();
        serde_json::from_str(
            &fs::read_to_string(out.path().join("content/news/index.json")).unwrap(),
        )
        .unwrap()
    };
    index.articles[0].title = "<script>alert(1)</script> & more".into();
    let xml = iuc_asia::feeds::atom(
        &site,
        "https://example.org/",
        &index.articles,
        "en",
        " – News",
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
    let index: iuc_asia::content::NewsIndex = serde_json::from_str(
        &fs::read_to_string(out.path().join("content/news/index.json")).unwrap(),
    )
    .unwrap();
    let mut many = Vec::new();
    for i in 0..60 {
        let mut a = index.articles[i % index.articles.len()].clone();
        a.slug = format!("a-{i}");
        many.push(a);
    }
    let xml = iuc_asia::feeds::atom(&site, "https://example.org/", &many, "zh-Hans", " – 新闻");
    let feed = feed_rs::parser::parse(xml.as_bytes()).unwrap();
    assert_eq!(feed.entries.len(), iuc_asia::feeds::FEED_ENTRIES);
    assert_eq!(
        feed.entries[0].links[0].href,
        "https://example.org/news/a-0/"
    );
    assert!(xml.contains("xml:lang=\"zh-Hans\""));
}
