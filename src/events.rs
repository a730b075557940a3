//! Event logic: what is upcoming, what is past, relative to a given instant.

use crate::content::model::{Event, EventsFile};
use chrono::{DateTime, Utc};

/// How many past events the homepage file keeps (it shows three).
pub const HOME_PAST: usize = 6;
/// How many upcoming events the homepage file keeps (it shows three).
pub const HOME_UPCOMING: usize = 50;

/// The events the homepage may need at any time after `built`: those not
/// yet over then (the soonest `HOME_UPCOMING`) and the `HOME_PAST` most
/// recent before it. As time passes, upcoming ones become the most recent
/// past ones, so the homepage stays right without downloading every event.
pub fn homepage_events(file: &EventsFile, built: DateTime<Utc>) -> EventsFile {
    let mut upcoming: Vec<&Event> = file
        .events
        .iter()
        .filter(|e| is_upcoming(e, built))
        .collect();
    upcoming.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.slug.cmp(&b.slug)));
    upcoming.truncate(HOME_UPCOMING);
    let mut past: Vec<&Event> = file
        .events
        .iter()
        .filter(|e| !is_upcoming(e, built))
        .collect();
    past.sort_by(|a, b| b.start.cmp(&a.start).then_with(|| a.slug.cmp(&b.slug)));
    past.truncate(HOME_PAST);
    let events: Vec<Event> = upcoming.into_iter().chain(past).cloned().collect();
    let used = |id: &str| events.iter().any(|e| e.organiser == id || e.category == id);
    EventsFile {
        organisers: file
            .organisers
            .iter()
            .filter(|o| used(&o.id))
            .cloned()
            .collect(),
        categories: file
            .categories
            .iter()
            .filter(|c| used(&c.id))
            .cloned()
            .collect(),
        events,
    }
}

/// An event is upcoming until it has ended.
pub fn is_upcoming(e: &Event, now: DateTime<Utc>) -> bool {
    e.end > now
}

/// The next `n` events in time order, or, when none is upcoming, the `n`
/// most recent past ones, newest first. The flag says which it is.
pub fn upcoming_or_recent(events: &[Event], now: DateTime<Utc>, n: usize) -> (bool, Vec<&Event>) {
    let mut upcoming: Vec<&Event> = events.iter().filter(|e| is_upcoming(e, now)).collect();
    if !upcoming.is_empty() {
        upcoming.sort_by_key(|e| (e.start, e.slug.clone()));
        upcoming.truncate(n);
        return (true, upcoming);
    }
    let mut past: Vec<&Event> = events.iter().collect();
    past.sort_by(|a, b| b.start.cmp(&a.start).then_with(|| a.slug.cmp(&b.slug)));
    past.truncate(n);
    (false, past)
}

/// The events just before and just after `slug` in time order (earlier,
/// later), so that every event page links to its neighbours and the whole
/// calendar is reachable by plain links.
pub fn neighbours<'a>(events: &'a [Event], slug: &str) -> (Option<&'a Event>, Option<&'a Event>) {
    let mut sorted: Vec<&Event> = events.iter().collect();
    sorted.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.slug.cmp(&b.slug)));
    match sorted.iter().position(|e| e.slug == slug) {
        Some(i) => (
            i.checked_sub(1).map(|j| sorted[j]),
            sorted.get(i + 1).copied(),
        ),
        None => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{parse, EventsFile};

    #[test]
    fn neighbours_follow_time_order() {
        let f = shipped();
        let mut sorted: Vec<&Event> = f.events.iter().collect();
        sorted.sort_by_key(|e| (e.start, e.slug.clone()));
        let (first, second, last) = (sorted[0], sorted[1], sorted[sorted.len() - 1]);
        assert_eq!(neighbours(&f.events, &first.slug), (None, Some(second)));
        assert_eq!(neighbours(&f.events, &second.slug).0, Some(first));
        assert_eq!(neighbours(&f.events, &last.slug).1, None);
        assert_eq!(neighbours(&f.events, "no-such-event"), (None, None));
    }

    fn shipped() -> EventsFile {
        parse(
            "events.json",
            include_str!("../tests/fixtures/content/events.json"),
        )
        .unwrap()
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn after_the_programme_the_most_recent_are_shown_as_past() {
        let f = shipped();
        let (upcoming, list) = upcoming_or_recent(&f.events, at("2026-11-30T00:00:00Z"), 3);
        assert!(!upcoming);
        let slugs: Vec<_> = list.iter().map(|e| e.slug.as_str()).collect();
        assert_eq!(
            slugs,
            [
                "granada-blockchain-webinars",
                "eiri-chengdu-energy-internet-summit",
                "ewrc-2020-iuc-webinar"
            ]
        );
    }

    #[test]
    fn the_homepage_file_gives_the_same_answer_as_the_full_file() {
        let f = shipped();
        let home = homepage_events(&f, at("2026-11-30T00:00:00Z"));
        assert_eq!(home.events.len(), HOME_PAST);
        for now in ["2026-12-01T00:00:00Z", "2030-01-01T00:00:00Z"] {
            let (a, b) = (
                upcoming_or_recent(&f.events, at(now), 3),
                upcoming_or_recent(&home.events, at(now), 3),
            );
            assert_eq!(a.0, b.0);
            assert_eq!(
                a.1.iter().map(|e| &e.slug).collect::<Vec<_>>(),
                b.1.iter().map(|e| &e.slug).collect::<Vec<_>>()
            );
        }
        // Built before the October 2020 events: they are kept as upcoming,
        // and once they are over they are the most recent past ones.
        let early = homepage_events(&f, at("2020-10-01T00:00:00Z"));
        for now in [
            "2020-10-19T08:00:00Z",
            "2020-12-01T00:00:00Z",
            "2021-06-01T00:00:00Z",
        ] {
            let (a, b) = (
                upcoming_or_recent(&f.events, at(now), 3),
                upcoming_or_recent(&early.events, at(now), 3),
            );
            assert_eq!(a.0, b.0, "{now}");
            assert_eq!(
                a.1.iter().map(|e| &e.slug).collect::<Vec<_>>(),
                b.1.iter().map(|e| &e.slug).collect::<Vec<_>>(),
                "{now}"
            );
        }
        assert!(home
            .organisers
            .iter()
            .all(|o| home.events.iter().any(|e| e.organiser == o.id)));
    }

    #[test]
    fn before_an_event_ends_it_is_upcoming_in_start_order() {
        let f = shipped();
        // 07:00 UTC on 13 October 2020: the EWRC webinar (09:30 Brussels,
        // 07:30 UTC) has not started, the week it belongs to has.
        let (upcoming, list) = upcoming_or_recent(&f.events, at("2020-10-13T07:00:00Z"), 3);
        assert!(upcoming);
        let slugs: Vec<_> = list.iter().map(|e| e.slug.as_str()).collect();
        assert_eq!(
            slugs,
            [
                "european-week-of-regions-and-cities-2020",
                "ewrc-2020-iuc-webinar",
                "eiri-chengdu-energy-internet-summit"
            ]
        );
    }
}
