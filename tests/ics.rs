//! The calendar files, read back by an independent iCalendar parser.

use iuc_asia::content::{parse, EventsFile};
use iuc_asia::ics::{calendar_ics, event_ics, google_calendar_url, outlook_calendar_url};
use iuc_asia::strings::EN;
use std::fs;
use std::io::BufReader;

fn events() -> EventsFile {
    parse(
        "events.json",
        &fs::read_to_string("tests/fixtures/content/events.json").unwrap(),
    )
    .unwrap()
}

fn stamp() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339("2026-11-30T08:00:00Z")
        .unwrap()
        .into()
}

fn parse_ics(text: &str) -> ical::parser::ical::component::IcalCalendar {
    let mut reader = ical::IcalParser::new(BufReader::new(text.as_bytes()));
    reader
        .next()
        .expect("one calendar")
        .expect("valid iCalendar")
}

fn prop<'a>(
    e: &'a ical::parser::ical::component::IcalEvent,
    name: &str,
) -> &'a ical::property::Property {
    e.properties
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no {name}"))
}

/// The whole calendar of the fixture events, as the build writes it.
fn whole_calendar(file: &EventsFile) -> String {
    calendar_ics(
        &EN,
        file,
        &file.events,
        "IUC Asia events",
        "https://www.iuc-asia.eu/",
        &stamp(),
    )
}

#[test]
fn whole_calendar_parses_with_utc_times_and_stable_uids() {
    let file = events();
    let text = whole_calendar(&file);
    assert!(
        text.split_inclusive('\n').all(|l| l.ends_with("\r\n")),
        "every line ends with CRLF"
    );
    assert!(text.split("\r\n").all(|l| l.len() <= 75));
    let cal = parse_ics(&text);
    assert_eq!(cal.events.len(), 15);
    let ewrc = cal
        .events
        .iter()
        .find(|e| prop(e, "UID").value.as_deref() == Some("ewrc-2020-iuc-webinar@iuc-asia.eu"))
        .unwrap();
    // Stored at 09:30 Brussels time (+02:00), exported in UTC.
    assert_eq!(
        prop(ewrc, "DTSTART").value.as_deref(),
        Some("20201013T073000Z")
    );
    assert_eq!(
        prop(ewrc, "DTEND").value.as_deref(),
        Some("20201013T090000Z")
    );
    assert_eq!(
        prop(ewrc, "DTSTAMP").value.as_deref(),
        Some("20261130T080000Z")
    );
    assert_eq!(
        prop(ewrc, "SUMMARY").value.as_deref(),
        Some("Webinar at EWRC – International Urban Cooperation – China\\, India\\, Japan")
    );
    // Granada's webinar is stored at +02:00 and exported in UTC.
    let granada = cal
        .events
        .iter()
        .find(|e| {
            prop(e, "UID").value.as_deref() == Some("granada-blockchain-webinars@iuc-asia.eu")
        })
        .unwrap();
    assert_eq!(
        prop(granada, "DTSTART").value.as_deref(),
        Some("20201019T063000Z")
    );
    // All-day events are dates, with an exclusive end.
    let eiri = cal
        .events
        .iter()
        .find(|e| {
            prop(e, "UID").value.as_deref()
                == Some("eiri-chengdu-energy-internet-summit@iuc-asia.eu")
        })
        .unwrap();
    let start = prop(eiri, "DTSTART");
    assert_eq!(start.value.as_deref(), Some("20201015"));
    assert_eq!(
        start.params.as_ref().unwrap()[0],
        ("VALUE".to_string(), vec!["DATE".to_string()])
    );
    assert_eq!(prop(eiri, "DTEND").value.as_deref(), Some("20201018"));
}

#[test]
fn a_long_chinese_line_folds_on_character_boundaries() {
    let mut file = events();
    let mut e = file.events.remove(0);
    e.title = "国际城市合作亚洲项目：中欧城市可持续发展合作网络研讨会，讨论智慧城市、循环经济与能源转型的成果".to_string();
    e.summary = "长描述".repeat(40);
    let text = event_ics(
        &EN,
        &e,
        "European Commission – DG REGIO",
        "https://www.iuc-asia.eu/",
        &stamp(),
    );
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(text.contains("\r\n "), "long lines are folded");
    let cal = parse_ics(&text);
    let ev = &cal.events[0];
    assert_eq!(prop(ev, "SUMMARY").value.as_deref(), Some(e.title.as_str()));
    assert!(prop(ev, "DESCRIPTION")
        .value
        .as_deref()
        .unwrap()
        .starts_with(&"长描述".repeat(40)));
}

#[test]
fn google_calendar_link_carries_utc_times() {
    let file = events();
    let e = file
        .events
        .iter()
        .find(|e| e.slug == "ewrc-2020-iuc-webinar")
        .unwrap();
    let url = google_calendar_url(&EN, e, "https://www.iuc-asia.eu/");
    assert!(url.starts_with(
        "https://calendar.google.com/calendar/render?action=TEMPLATE&text=Webinar%20at%20EWRC"
    ));
    assert!(url.contains("&dates=20201013T073000Z%2F20201013T090000Z&"));
}

#[test]
fn outlook_link_carries_utc_times_or_dates() {
    let file = events();
    let find = |slug: &str| file.events.iter().find(|e| e.slug == slug).unwrap();
    let url = outlook_calendar_url(
        &EN,
        find("ewrc-2020-iuc-webinar"),
        "https://www.iuc-asia.eu/",
    );
    assert!(url.starts_with("https://outlook.live.com/calendar/0/action/compose?allday=false&"));
    assert!(url.contains("&startdt=2020-10-13T07%3A30%3A00Z&"));
    assert!(url.contains("&enddt=2020-10-13T09%3A00%3A00Z&"));
    assert!(url.contains("&subject=Webinar%20at%20EWRC"));
    assert!(url.contains("&rru=addevent&"));
    let url = outlook_calendar_url(
        &EN,
        find("eiri-chengdu-energy-internet-summit"),
        "https://www.iuc-asia.eu/",
    );
    assert!(url.contains("allday=true&"));
    assert!(url.contains("&startdt=2020-10-15&"), "{url}");
    assert!(url.contains("&enddt=2020-10-18&"), "{url}");
}

#[test]
fn status_follows_the_event() {
    let file = events();
    let text = whole_calendar(&file);
    let cal = parse_ics(&text);
    for e in &cal.events {
        let uid = prop(e, "UID").value.clone().unwrap();
        let expected = if uid == "smart-city-roundtable-rome-2019@iuc-asia.eu" {
            "CANCELLED"
        } else {
            "CONFIRMED"
        };
        assert_eq!(prop(e, "STATUS").value.as_deref(), Some(expected), "{uid}");
    }
}

#[test]
fn a_category_calendar_holds_only_its_events() {
    let file = events();
    let category = &file.events[0].category;
    let mine: Vec<_> = file
        .events
        .iter()
        .filter(|e| &e.category == category)
        .collect();
    assert!(
        mine.len() < file.events.len(),
        "the fixture has more than one category"
    );
    let text = calendar_ics(
        &EN,
        &file,
        mine.iter().copied(),
        "IUC Asia events: one",
        "https://www.iuc-asia.eu/",
        &stamp(),
    );
    let cal = parse_ics(&text);
    assert_eq!(cal.events.len(), mine.len());
    assert!(text.contains("X-WR-CALNAME:IUC Asia events: one\r\n"));
}
