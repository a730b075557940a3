//! Every page rendered at build time by the app's own components, on the
//! frozen fixture content.

use iuc_asia::content::model::{Article, Cooperation, EventsFile, NewsCatalogue, NewsIndex, Pages};
use iuc_asia::platform::RenderEnv;
use iuc_asia::render::{prefill, render, routes, Page};
use iuc_asia::routes::Route;
use iuc_asia::store::Prefilled;
use std::path::Path;

const CONTENT: &str = "tests/fixtures/content";

fn derived() -> iuc_asia::render::Derived {
    let content = Path::new(CONTENT);
    let set = iuc_asia::pipeline::check(content, Path::new("tests/fixtures")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut out = iuc_asia::pipeline::Out::into(dir.path());
    iuc_asia::pipeline::derive(
        &set,
        iuc_asia::lang::Lang::En,
        Some(Path::new("tests/fixtures/images")),
        "https://example.org/",
        now(),
        &mut out,
    )
    .unwrap()
}

fn site() -> Prefilled {
    prefill(derived())
}

/// A content file as the build wrote it, parsed.
fn get<T: serde::de::DeserializeOwned + Send + Sync + 'static>(
    p: &Prefilled,
    file: &str,
) -> std::sync::Arc<T> {
    p.get(file).unwrap()
}

/// Every event, from the year files, each once.
fn events(p: &Prefilled) -> Vec<iuc_asia::content::model::Event> {
    let index = get::<EventsFile>(p, "events/index.json");
    let mut all: Vec<iuc_asia::content::model::Event> = Vec::new();
    for y in &index.years {
        for e in &get::<EventsFile>(p, &format!("events/year/{y}.json")).events {
            if !all.iter().any(|x| x.slug == e.slug) {
                all.push(e.clone());
            }
        }
    }
    all
}

/// 1 Dec 2020: every fixture event is past.
fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp(1_606_780_800, 0).unwrap()
}

fn env(base: &str) -> RenderEnv {
    RenderEnv {
        base: base.into(),
        site_url: format!("https://example.org{base}"),
        now: now(),
        lang: iuc_asia::lang::Lang::En,
        editions: vec![iuc_asia::lang::Lang::En],
    }
}

fn h1(page: &Page) -> String {
    let at = page.body.find("<h1").expect("a heading");
    let open_end = page.body[at..].find('>').unwrap() + at + 1;
    let close = page.body[open_end..].find("</h1>").unwrap() + open_end;
    let inner = &page.body[open_end..close];
    // Drop markers and tags inside the heading.
    let mut text = String::new();
    let mut in_tag = false;
    for c in inner.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

#[test]
fn every_route_renders_its_own_page() {
    let p = site();
    let all = routes(&p);
    assert_eq!(
        all.len(),
        5 + 4
            + get::<NewsCatalogue>(&p, "news/index.json").total as usize
            + events(&p).len()
            + get::<Cooperation>(&p, "cooperation.json").pairings.len()
            + 1
    );
    let mut titles = std::collections::HashSet::new();
    for r in &all {
        let page = render(&p, &env("/"), r);
        let heading = h1(&page);
        assert!(!heading.trim().is_empty(), "{r:?} has an empty h1");
        assert!(
            !page.body.contains("class=\"loading\""),
            "{r:?} shows a loading line"
        );
        // Hydration markers are HTML parse errors (the Nu Html Checker's
        // "bogus comment"); the pages are never hydrated.
        assert!(!page.body.contains("<!>"), "{r:?} has a <!> marker");
        assert!(
            titles.insert(page.head.title.clone()),
            "{r:?} repeats the title {}",
            page.head.title
        );
        match r {
            Route::Article(slug) => {
                let a = get::<Article>(&p, &format!("news/{slug}.json"));
                assert_eq!(heading, a.title);
                assert!(
                    page.head.title.contains(" – News – "),
                    "{}",
                    page.head.title
                );
                assert_eq!(page.head.og_type, "article");
            }
            Route::Event(slug) => {
                let all = events(&p);
                let e = all.iter().find(|e| &e.slug == slug).unwrap();
                assert_eq!(heading, e.title);
                assert!(page.head.title.contains(" – Events – "));
            }
            Route::Pairing(slug) => {
                let coop = get::<Cooperation>(&p, "cooperation.json");
                let x = coop.pairings.iter().find(|x| &x.slug == slug).unwrap();
                assert_eq!(heading, x.title);
            }
            Route::NotFound => {
                assert_eq!(heading, "Page not found");
                assert!(page.head.noindex);
                assert_eq!(page.head.canonical, None);
            }
            _ => {}
        }
        if *r != Route::NotFound {
            assert!(!page.head.noindex, "{r:?}");
            assert_eq!(
                page.head.canonical.as_deref(),
                Some(format!("https://example.org{}", r.path()).as_str())
            );
            assert!(
                !page.head.description.is_empty(),
                "{r:?} has no description"
            );
        }
    }
}

#[test]
fn links_and_canonical_urls_follow_the_public_url() {
    let p = site();
    let page = render(&p, &env("/iuc-asia/"), &Route::News);
    assert_eq!(
        page.head.canonical.as_deref(),
        Some("https://example.org/iuc-asia/news/")
    );
    assert!(page.body.contains("href=\"/iuc-asia/events/\""));
    assert!(!page.body.contains("href=\"/events"));
    assert!(page.body.contains("aria-current=\"page\">News</a>"));
}

#[test]
fn pages_preload_only_the_content_they_use() {
    let p = site();
    let needs = |r: Route| render(&p, &env("/"), &r).needs;
    assert_eq!(
        needs(Route::Home),
        ["events-home.json", "news/latest.json", "site.json"]
    );
    // The upcoming list (on 1 Dec 2020) loads this year's events only; an
    // event page loads its own file.
    assert_eq!(
        needs(Route::Events),
        ["events/index.json", "events/year/2020.json"]
    );
    assert_eq!(
        needs(Route::News),
        ["news/index.json", "news/page/1.json", "site.json"]
    );
    assert_eq!(
        needs(Route::Event("ewrc-2020-iuc-webinar".into())),
        ["events/ewrc-2020-iuc-webinar.json"]
    );
    assert_eq!(needs(Route::Covenant), ["covenant.json"]);
    let slug = get::<NewsIndex>(&p, "news/page/1.json").articles[0]
        .slug
        .clone();
    let article = needs(Route::Article(slug.clone()));
    assert!(article.contains(&format!("news/{slug}.json")));
    assert!(!article.contains(&"site.json".to_string()));
    assert!(needs(Route::NotFound).is_empty());
}

/// Which pages read the clock or the visitor's zone is found by rendering
/// them, and it agrees with what `routes::app_start` says of their kind:
/// the pages that wait for intent are complete for every visitor.
#[test]
fn only_the_pages_of_the_day_or_the_visitor_start_their_app_at_once() {
    use iuc_asia::routes::AppStart;
    let p = site();
    for route in routes(&p) {
        let page = render(&p, &env("/"), &route);
        let of_the_day_or_visitor = matches!(route, Route::Home | Route::Events | Route::Event(_));
        assert_eq!(page.varies, of_the_day_or_visitor, "{route:?}");
        let expected = if of_the_day_or_visitor || route == Route::NotFound {
            AppStart::Now
        } else {
            AppStart::Intent
        };
        assert_eq!(page.app_start(), expected, "{route:?}");
    }
}

/// The page file says when its app starts, and which query keys make a
/// waiting page start at once.
#[test]
fn page_files_say_when_their_app_starts() {
    let p = site();
    let template = iuc_asia::page_check::BARE_TEMPLATE;
    let html = |r: Route| {
        let page = render(&p, &env("/"), &r);
        iuc_asia::pipeline::page_html(
            template,
            &page,
            "https://example.org/",
            "/",
            iuc_asia::lang::Lang::En,
            "b1",
        )
        .unwrap()
    };
    let news = html(Route::News);
    assert!(
        news.contains(" data-app=\"intent\" data-app-query=\"q tag country page\""),
        "{news}"
    );
    let slug = get::<NewsIndex>(&p, "news/page/1.json").articles[0]
        .slug
        .clone();
    let article = html(Route::Article(slug));
    assert!(article.contains(" data-app=\"intent\""));
    assert!(!article.contains("data-app-query"));
    let events = html(Route::Events);
    assert!(events.contains(" data-app=\"now\""));
    assert!(!events.contains("data-app-query"));
}

#[test]
fn rendering_is_deterministic() {
    let p = site();
    for r in [Route::Home, Route::News, Route::Events, Route::Cooperation] {
        let a = render(&p, &env("/"), &r);
        let b = render(&p, &env("/"), &r);
        assert_eq!(a.body, b.body, "{r:?}");
        assert_eq!(a.head, b.head, "{r:?}");
    }
}

#[test]
fn structured_data_describes_the_page() {
    let p = site();
    let json = |r: Route| -> serde_json::Value {
        let page = render(&p, &env("/"), &r);
        serde_json::from_str(&page.head.json_ld.expect("JSON-LD").replace("<\\/", "</")).unwrap()
    };
    let home = json(Route::Home);
    let types: Vec<&str> = home["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["@type"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["Organization", "WebSite"]);
    let all = events(&p);
    let timed = all.iter().find(|e| !e.all_day).unwrap();
    let ev = json(Route::Event(timed.slug.clone()));
    assert_eq!(ev["@type"], "Event");
    assert_eq!(ev["startDate"], timed.start.to_rfc3339());
    assert!(ev["startDate"]
        .as_str()
        .unwrap()
        .ends_with(&timed.start.offset().to_string()));
    assert!(ev["eventAttendanceMode"]
        .as_str()
        .unwrap()
        .starts_with("https://schema.org/"));
    assert!(ev["organizer"]["name"].as_str().is_some());
    let online = all
        .iter()
        .find(|e| e.attendance == iuc_asia::content::model::Attendance::Online)
        .unwrap();
    assert_eq!(
        json(Route::Event(online.slug.clone()))["location"]["@type"],
        "VirtualLocation"
    );
    assert_eq!(ev["eventStatus"], "https://schema.org/EventScheduled");
    let cancelled = Route::Event("smart-city-roundtable-rome-2019".into());
    assert_eq!(
        json(cancelled.clone())["eventStatus"],
        "https://schema.org/EventCancelled"
    );
    assert!(render(&p, &env("/"), &cancelled)
        .body
        .contains("<strong class=\"badge status\">Cancelled</strong>"));
    let page1 = get::<NewsIndex>(&p, "news/page/1.json");
    let a = &page1.articles[0];
    let art = json(Route::Article(a.slug.clone()));
    assert_eq!(art["@type"], "NewsArticle");
    assert_eq!(art["headline"], a.title.as_str());
    assert!(render(&p, &env("/"), &Route::Covenant)
        .head
        .json_ld
        .is_none());
}

#[test]
fn an_unknown_item_renders_the_not_found_page_of_its_section() {
    let p = site();
    let page = render(&p, &env("/"), &Route::Article("no-such-article".into()));
    assert_eq!(h1(&page), "Article not found");
    assert!(page.head.noindex);
    let page = render(&p, &env("/"), &Route::Event("no-such-event".into()));
    assert_eq!(h1(&page), "Event not found");
}

#[test]
fn the_events_page_leads_to_past_events_when_none_is_upcoming() {
    let p = site();
    let page = render(&p, &env("/"), &Route::Events);
    assert!(page.body.contains("No upcoming events are scheduled"));
    let all = events(&p);
    let newest = all.iter().max_by_key(|e| e.start).unwrap();
    assert!(page
        .body
        .contains(&format!("href=\"/events/{}/\"", newest.slug)));
}

#[test]
fn owner_facts_show_as_supplied_or_as_missing() {
    let p = site();
    let page = render(&p, &env("/"), &Route::Page("legal-notice"));
    assert!(
        page.body.contains("Details from the site&#x27;s publisher")
            || page.body.contains("Details from the site's publisher")
    );
    assert!(page.body.contains("<dt>Publisher</dt>"));
    let pages = get::<Pages>(&p, "pages.json");
    let missing = pages
        .legal_notice
        .publisher
        .missing()
        .expect("the fixture lacks the publisher");
    assert!(page.body.contains("Not yet supplied by the site"));
    assert!(page
        .body
        .contains(missing.split('&').next().unwrap().trim()));
    let about = render(&p, &env("/"), &Route::Page("about"));
    assert!(!about.body.contains("<dt>Publisher</dt>"));
}

#[test]
fn an_event_shown_before_its_translation_is_marked_as_english() {
    let p = site();
    // The first event of events.json, as before the pages read the files.
    let source: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{CONTENT}/events.json")).unwrap())
            .unwrap();
    let slug = source["events"][0]["slug"].as_str().unwrap().to_string();
    // Every file that carries the event marks it, as the build does.
    let mut files = p.files().clone();
    for (path, text) in files.iter_mut() {
        if path.starts_with("events/") {
            let mut f: EventsFile = serde_json::from_str(text).unwrap();
            for e in f.events.iter_mut().filter(|e| e.slug == slug) {
                e.lang = Some("en".into());
            }
            *text = serde_json::to_string(&f).unwrap();
        }
    }
    let p = Prefilled::new(files);
    let page = render(&p, &env("/"), &Route::Event(slug));
    assert!(page.body.contains("<h1"), "a heading");
    assert!(
        page.body.contains("<span lang=\"en\">"),
        "the title is marked: {}",
        &page.body[page.body.find("<h1").unwrap()..][..300]
    );
    assert!(page.body.contains("<p lang=\"en\" class=\"lead\">"));
    let list = render(&p, &env("/"), &Route::Events);
    assert!(list.body.contains("<h3 lang=\"en\">") || !list.body.contains("event-item"));
}

#[test]
fn derived_event_files_name_each_events_zone() {
    // The browser shows these names without an `Intl` formatter per zone.
    let set = iuc_asia::pipeline::check(Path::new(CONTENT), Path::new("tests/fixtures")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut out = iuc_asia::pipeline::Out::into(dir.path());
    let d = iuc_asia::pipeline::derive(
        &set,
        iuc_asia::lang::Lang::En,
        None,
        "https://example.org/",
        now(),
        &mut out,
    )
    .unwrap();
    iuc_asia::pipeline::write_content(&d, &mut out).unwrap();
    for file in [
        "events/year/2020.json",
        "events/ewrc-2020-iuc-webinar.json",
        "events-home.json",
    ] {
        let text = std::fs::read_to_string(dir.path().join("content").join(file)).unwrap();
        let parsed: iuc_asia::content::model::EventsFile = serde_json::from_str(&text).unwrap();
        assert!(!parsed.events.is_empty(), "{file}");
        let brussels = parsed
            .events
            .iter()
            .filter(|e| e.time_zone == "Europe/Brussels")
            .map(|e| e.zone_label.as_deref())
            .collect::<Vec<_>>();
        assert!(!brussels.is_empty(), "{file} has a Brussels event");
        assert!(
            brussels.iter().all(|l| matches!(l, Some("CET" | "CEST"))),
            "{file}: {brussels:?}"
        );
    }
}

/// One data path: the page is rendered from the very files the build
/// writes, so a derived value changed in one place shows in both.
#[test]
fn the_pages_and_the_files_come_from_one_computation() {
    let mut d = derived();
    let file = "events/ewrc-2020-iuc-webinar.json";
    let mut f: EventsFile = serde_json::from_str(&d.content[file]).unwrap();
    let e = f
        .events
        .iter_mut()
        .find(|e| e.slug == "ewrc-2020-iuc-webinar")
        .unwrap();
    e.title = "A title changed in the derived file".into();
    d.content
        .insert(file.to_string(), serde_json::to_string(&f).unwrap());
    let dir = tempfile::tempdir().unwrap();
    let mut out = iuc_asia::pipeline::Out::into(dir.path());
    iuc_asia::pipeline::write_content(&d, &mut out).unwrap();
    let written = std::fs::read_to_string(dir.path().join("content").join(file)).unwrap();
    assert!(written.contains("A title changed in the derived file"));
    let page = render(
        &prefill(d),
        &env("/"),
        &Route::Event("ewrc-2020-iuc-webinar".into()),
    );
    assert_eq!(h1(&page), "A title changed in the derived file");
}
