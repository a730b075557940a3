//! Event logic: what is upcoming, what is past, relative to a given instant.

use crate::content::model::Event;
use chrono::{DateTime, Utc};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{parse, EventsFile};

    fn shipped() -> EventsFile {
        parse("events.json", include_str!("../public/content/events.json")).unwrap()
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
                "ewrc-2020-iuc-webinar",
                "granada-blockchain-webinars",
                "eiri-chengdu-energy-internet-summit"
            ]
        );
    }

    #[test]
    fn before_an_event_ends_it_is_upcoming_in_start_order() {
        let f = shipped();
        let (upcoming, list) = upcoming_or_recent(&f.events, at("2020-10-19T08:00:00Z"), 3);
        assert!(upcoming);
        let slugs: Vec<_> = list.iter().map(|e| e.slug.as_str()).collect();
        assert_eq!(
            slugs,
            [
                "european-week-of-regions-and-cities-2020",
                "granada-blockchain-webinars",
                "ewrc-2020-iuc-webinar"
            ]
        );
    }
}
