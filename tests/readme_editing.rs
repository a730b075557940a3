//! An editor follows README's "Editing content" to the letter: the article
//! and the event it shows are added to a copy of the content, and the
//! result must pass `content-check` and build with the new article first.
//!
//! The JSON is read from README.md itself, so the guide and this test
//! cannot drift apart.

mod common;
use common::copy_dir;
use std::fs;
use std::path::Path;

/// The first ```json block after the README heading `heading`.
fn readme_json(heading: &str) -> serde_json::Value {
    let readme = fs::read_to_string("README.md").unwrap();
    let from = readme
        .find(heading)
        .unwrap_or_else(|| panic!("README.md has no {heading:?}"));
    let rest = &readme[from..];
    let start = rest.find("```json\n").expect("a json block") + "```json\n".len();
    let end = rest[start..].find("```").expect("the block ends") + start;
    serde_json::from_str(&rest[start..end])
        .unwrap_or_else(|e| panic!("README's example under {heading:?} is not JSON: {e}"))
}

#[test]
fn adding_an_article_and_an_event_as_the_readme_says_passes_and_builds() {
    let dir = tempfile::tempdir().unwrap();
    let public = dir.path().join("public");
    copy_dir(Path::new("tests/fixtures"), &public);
    let content = public.join("content");

    // "Create public/content/news/my-article-slug.json"
    let article = readme_json("### Add a news article");
    let slug = article["slug"].as_str().unwrap().to_string();
    let title = article["title"].as_str().unwrap().to_string();
    fs::write(
        content.join(format!("news/{slug}.json")),
        serde_json::to_string_pretty(&article).unwrap(),
    )
    .unwrap();

    // "Add an object to `events` in public/content/events.json"
    let event = readme_json("### Add an event");
    let events_path = content.join("events.json");
    let mut events: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&events_path).unwrap()).unwrap();
    events["events"].as_array_mut().unwrap().push(event.clone());
    fs::write(
        &events_path,
        serde_json::to_string_pretty(&events).unwrap() + "\n",
    )
    .unwrap();

    let mut out = Vec::new();
    let code = iuc_asia::tools::content_check(&content, &mut out);
    let out = String::from_utf8(out).unwrap();
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("content OK: 16 articles, 16 events, 9 pairings"),
        "{out}"
    );
    assert!(!out.contains(": warning: "), "{out}");

    let built = tempfile::tempdir().unwrap();
    iuc_asia::tools::build(&content, built.path(), "/").unwrap();
    let index: iuc_asia::content::NewsIndex = serde_json::from_str(
        &fs::read_to_string(built.path().join("content/news/page/1.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(index.total, 16);
    assert_eq!(index.articles[0].slug, slug);
    let xml = fs::read(built.path().join("feed.xml")).unwrap();
    let feed = feed_rs::parser::parse(&xml[..]).expect("feed.xml is valid Atom");
    assert_eq!(feed.entries.len(), 16);
    assert_eq!(feed.entries[0].title.as_ref().unwrap().content, title);
    // The event made it into the calendar files too.
    let ics = fs::read_to_string(built.path().join("events.ics")).unwrap();
    assert!(ics.contains(&format!("UID:{}@", event["slug"].as_str().unwrap())));
    // Until they are translated, the Chinese edition shows both in English,
    // marked as English (lang="en") for screen readers and translators.
    let slug_of_event = event["slug"].as_str().unwrap();
    let zh_event: iuc_asia::content::EventsFile = serde_json::from_str(
        &fs::read_to_string(
            built
                .path()
                .join("content/zh-hans")
                .join(iuc_asia::content::files::event(slug_of_event)),
        )
        .unwrap(),
    )
    .unwrap();
    let shown = zh_event
        .events
        .iter()
        .find(|e| e.slug == slug_of_event)
        .expect("the event is in the Chinese edition");
    assert_eq!(shown.lang.as_deref(), Some("en"));
    let zh_article: iuc_asia::content::model::Article = serde_json::from_str(
        &fs::read_to_string(
            built
                .path()
                .join(format!("content/zh-hans/news/{slug}.json")),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(zh_article.lang.as_deref(), Some("en"));

    // The Markdown of the example arrives as HTML, in both editions, each
    // link to the site leading into the reader's own edition.
    let en_article: iuc_asia::content::model::Article = serde_json::from_str(
        &fs::read_to_string(built.path().join(format!("content/news/{slug}.json"))).unwrap(),
    )
    .unwrap();
    for (body, pre) in [(&en_article.body, ""), (&zh_article.body, "zh-hans/")] {
        let html = body.as_str();
        for want in [
            "<a href=\"https://www.example.org/report/\" rel=\"external noopener\">the programme's report</a>".to_string(),
            format!("<a href=\"{pre}city-cooperation/\">a pairing</a>"),
            "<h2>The three cities</h2><ul><li>Da Nang</li><li>Can Tho</li><li>Tam Ky</li></ul>".into(),
            "<blockquote><p>A mayor's words, quoted.</p></blockquote>".into(),
            "<figure><img loading=\"lazy\" decoding=\"async\" width=\"1200\" height=\"675\" alt=\"Delegates at the workshop\" src=\"images/news-climate.svg\"><figcaption>The workshop in Da Nang</figcaption></figure>".into(),
        ] {
            assert!(html.contains(&want), "{want}\nnot in\n{html}");
        }
    }
    assert!(en_article.words > 10, "the build counts the body's words");
    // The feed carries the whole article, its links relative to the site.
    let content = feed.entries[0].content.as_ref().expect("full content");
    let body = content.body.as_deref().unwrap_or_default();
    assert!(body.contains("<li>Tam Ky</li>"), "{body}");
    assert!(String::from_utf8_lossy(&xml)
        .contains("<content type=\"html\" xml:base=\"https://www.iuc-asia.eu/\">"));
}
