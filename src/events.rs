//! Event logic: what is upcoming, what is past, relative to a given instant.

use crate::content::model::{Category, Event, EventsFile, Organiser};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

/// How many past events the homepage file keeps (it shows three).
pub const HOME_PAST: usize = 6;
/// How many upcoming events the homepage file keeps (it shows three).
pub const HOME_UPCOMING: usize = 50;

/// The events the homepage may need at any time after `built`: those not
/// yet over then (the soonest `HOME_UPCOMING`) and the `HOME_PAST` most
/// recent before it. As time passes, upcoming ones become the most recent
/// past ones, so the homepage stays right without downloading every event.
/// The first and last day an event covers, in its own time zone. An
/// all-day event's end is exclusive (midnight after its last day); a timed
/// event ending exactly at midnight does not spill into the next day.
pub fn event_days(e: &Event) -> (NaiveDate, NaiveDate) {
    let start = e.start.date_naive();
    let mut last = e.end.date_naive();
    let at_midnight = e.end.time() == chrono::NaiveTime::MIN;
    if (e.all_day || at_midnight) && last > start {
        last -= Duration::days(1);
    }
    (start, last.max(start))
}

pub fn covers(e: &Event, day: NaiveDate) -> bool {
    let (a, b) = event_days(e);
    a <= day && day <= b
}

/// The events on `day`, in start order.
pub fn events_on<'a>(events: &[&'a Event], day: NaiveDate) -> Vec<&'a Event> {
    let mut v: Vec<&Event> = events.iter().copied().filter(|e| covers(e, day)).collect();
    order(&mut v, false);
    v
}

/// Events that touch month `m`.
pub fn events_in_month<'a>(events: &[&'a Event], m: crate::calendar::Month) -> Vec<&'a Event> {
    let (first, last) = (m.first_day(), m.next().first_day() - Duration::days(1));
    events
        .iter()
        .copied()
        .filter(|e| {
            let (a, b) = event_days(e);
            a <= last && b >= first
        })
        .collect()
}

pub fn homepage_events(file: &EventsFile, built: DateTime<Utc>) -> EventsFile {
    let mut upcoming: Vec<&Event> = file
        .events
        .iter()
        .filter(|e| is_upcoming(e, built))
        .collect();
    order(&mut upcoming, false);
    upcoming.truncate(HOME_UPCOMING);
    let mut past: Vec<&Event> = file
        .events
        .iter()
        .filter(|e| !is_upcoming(e, built))
        .collect();
    order(&mut past, true);
    past.truncate(HOME_PAST);
    let events: Vec<Event> = upcoming.into_iter().chain(past).cloned().collect();
    let (organisers, categories) = used_by(file, &events);
    EventsFile {
        organisers,
        categories,
        events,
        ..Default::default()
    }
}

/// The organisers and categories of `file` that some of `events` have.
fn used_by(file: &EventsFile, events: &[Event]) -> (Vec<Organiser>, Vec<Category>) {
    let used = |id: &str| events.iter().any(|e| e.organiser == id || e.category == id);
    (
        file.organisers
            .iter()
            .filter(|o| used(&o.id))
            .cloned()
            .collect(),
        file.categories
            .iter()
            .filter(|c| used(&c.id))
            .cloned()
            .collect(),
    )
}

/// The years an event touches, from its first day to its last.
pub fn years_of(e: &Event) -> std::ops::RangeInclusive<i32> {
    let (a, b) = event_days(e);
    a.year()..=b.year()
}

/// `events/index.json`: the organisers and categories that have events,
/// the years, the languages and the span of months, without the events.
#[cfg(not(target_arch = "wasm32"))]
pub fn index_file(file: &EventsFile) -> EventsFile {
    use crate::calendar::Month;
    let mut years: Vec<u32> = file
        .events
        .iter()
        .flat_map(years_of)
        .map(|y| y.max(0) as u32)
        .collect();
    years.sort();
    years.dedup();
    let mut languages: Vec<String> = file
        .events
        .iter()
        .filter_map(|e| e.language.clone())
        .collect();
    languages.sort();
    languages.dedup();
    let first = file.events.iter().map(|e| event_days(e).0).min();
    let last = file.events.iter().map(|e| event_days(e).1).max();
    let (organisers, categories) = used_by(file, &file.events);
    EventsFile {
        organisers,
        categories,
        events: Vec::new(),
        years,
        languages,
        span: first
            .zip(last)
            .map(|(a, b)| vec![Month::of(a).key(), Month::of(b).key()])
            .unwrap_or_default(),
    }
}

/// `events/year/<year>.json`: the events that touch `year`, as the lists
/// and the month view show them (`brief`), with the organisers and
/// categories.
#[cfg(not(target_arch = "wasm32"))]
pub fn year_file(file: &EventsFile, year: i32) -> EventsFile {
    EventsFile {
        organisers: file.organisers.clone(),
        categories: file.categories.clone(),
        events: file
            .events
            .iter()
            .filter(|e| years_of(e).contains(&year))
            .map(brief)
            .collect(),
        ..Default::default()
    }
}

/// An event without what only its own page shows (summary, description,
/// programme, speakers, notes, links), for the lists and calendars.
#[cfg(not(target_arch = "wasm32"))]
pub fn brief(e: &Event) -> Event {
    Event {
        summary: String::new(),
        description: Default::default(),
        sessions: Vec::new(),
        speakers: Vec::new(),
        notes: Vec::new(),
        online_url: None,
        recording_url: None,
        source: String::new(),
        ..e.clone()
    }
}

/// `events/<slug>.json`: the event and its neighbours in time (for the
/// page's earlier and later links), with their organisers and the
/// categories.
#[cfg(not(target_arch = "wasm32"))]
pub fn event_file(file: &EventsFile, slug: &str) -> Option<EventsFile> {
    let mut sorted: Vec<&Event> = file.events.iter().collect();
    order(&mut sorted, false);
    let i = sorted.iter().position(|e| e.slug == slug)?;
    let events: Vec<Event> = sorted[i.saturating_sub(1)..(i + 2).min(sorted.len())]
        .iter()
        .map(|e| {
            if e.slug == slug {
                (*e).clone()
            } else {
                brief(e)
            }
        })
        .collect();
    let used = |id: &str| events.iter().any(|e| e.organiser == id);
    Some(EventsFile {
        organisers: file
            .organisers
            .iter()
            .filter(|o| used(&o.id))
            .cloned()
            .collect(),
        categories: file.categories.clone(),
        events,
        ..Default::default()
    })
}

/// The years the browser loads for a view of the calendar: the month's
/// (or the day's) year; for the upcoming list, this year and later ones,
/// or else the latest year (for the recent events shown when nothing is
/// upcoming); for the past list, every year.
pub fn years_for(
    index: &EventsFile,
    view: &crate::calendar::View,
    today: chrono::NaiveDate,
) -> Vec<i32> {
    use crate::calendar::View;
    let years: Vec<i32> = index.years.iter().map(|y| *y as i32).collect();
    let has = |y: i32| years.contains(&y);
    match view {
        View::Month(m) => {
            let y = m.map_or(today.year(), |m| m.first_day().year());
            has(y).then_some(y).into_iter().collect()
        }
        View::Day(d) => has(d.year()).then_some(d.year()).into_iter().collect(),
        View::Past => years,
        View::Upcoming => {
            let recent: Vec<i32> = years
                .iter()
                .copied()
                .filter(|y| *y >= today.year())
                .collect();
            if recent.is_empty() {
                years.last().copied().into_iter().collect()
            } else {
                recent
            }
        }
    }
}

/// The index's organisers and categories with the events of some year
/// files, each event once.
pub fn merge(index: &EventsFile, parts: &[std::sync::Arc<EventsFile>]) -> EventsFile {
    let mut events: Vec<Event> = Vec::new();
    for p in parts {
        for e in &p.events {
            // Only an event that touches several years is in several year
            // files: the others need no search (which made a merge of
            // 2,000 events about two million comparisons).
            let years = years_of(e);
            if years.start() == years.end() || !events.iter().any(|x| x.slug == e.slug) {
                events.push(e.clone());
            }
        }
    }
    EventsFile {
        organisers: index.organisers.clone(),
        categories: index.categories.clone(),
        events,
        ..Default::default()
    }
}

/// The one order of every list of events: by start, or newest first, with
/// ties by slug. One function, so the wasm holds one sort rather than one
/// per list (each sort is about 3 KB of code).
pub fn order(events: &mut [&Event], newest_first: bool) {
    events.sort_by(|a, b| {
        let by_start = a.start.cmp(&b.start);
        let by_start = if newest_first {
            by_start.reverse()
        } else {
            by_start
        };
        by_start.then_with(|| a.slug.cmp(&b.slug))
    });
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
        order(&mut upcoming, false);
        upcoming.truncate(n);
        return (true, upcoming);
    }
    let mut past: Vec<&Event> = events.iter().collect();
    order(&mut past, true);
    past.truncate(n);
    (false, past)
}

/// The events just before and just after `slug` in time order (earlier,
/// later), so that every event page links to its neighbours and the whole
/// calendar is reachable by plain links.
pub fn neighbours<'a>(events: &'a [Event], slug: &str) -> (Option<&'a Event>, Option<&'a Event>) {
    let mut sorted: Vec<&Event> = events.iter().collect();
    order(&mut sorted, false);
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
    fn the_browser_loads_only_the_years_a_view_shows() {
        use crate::calendar::{Month, View};
        let f = shipped();
        let index = index_file(&f);
        assert_eq!(index.years, [2017, 2019, 2020]);
        assert!(index.events.is_empty());
        assert_eq!(index.span, ["2017-03", "2020-10"]);
        let day = |s| crate::calendar::parse_day(s).unwrap();
        let years = |v: &View, today| years_for(&index, v, day(today));
        assert_eq!(years(&View::Upcoming, "2020-12-01"), [2020]);
        assert_eq!(years(&View::Upcoming, "2019-12-01"), [2019, 2020]);
        // Years after the last event: the latest year, for the recent list.
        assert_eq!(years(&View::Upcoming, "2026-11-30"), [2020]);
        assert_eq!(
            years(&View::Month(Month::parse("2017-05")), "2020-12-01"),
            [2017]
        );
        assert!(years(&View::Month(Month::parse("2018-05")), "2020-12-01").is_empty());
        assert!(years(&View::Month(Month::parse("2021-01")), "2020-12-01").is_empty());
        assert_eq!(years(&View::Month(None), "2019-06-01"), [2019]);
        assert_eq!(years(&View::Day(day("2017-03-02")), "2020-12-01"), [2017]);
        assert_eq!(years(&View::Past, "2020-12-01"), [2017, 2019, 2020]);
        // The year files together hold every event once.
        let parts: Vec<_> = index
            .years
            .iter()
            .map(|y| std::sync::Arc::new(year_file(&f, *y as i32)))
            .collect();
        let all = merge(&index, &parts);
        assert_eq!(all.events.len(), f.events.len());
        for p in &parts {
            assert!(!p.events.is_empty());
        }
    }

    #[test]
    fn an_event_across_new_year_is_in_both_years_and_merged_once() {
        let mut f = shipped();
        let at = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
        f.events[0].start = at("2019-12-31T20:00:00+08:00");
        f.events[0].end = at("2020-01-01T02:00:00+08:00");
        let slug = f.events[0].slug.clone();
        let index = index_file(&f);
        let parts: Vec<_> = [2019, 2020]
            .map(|y| std::sync::Arc::new(year_file(&f, y)))
            .into();
        for p in &parts {
            assert_eq!(p.events.iter().filter(|e| e.slug == slug).count(), 1);
        }
        let merged = merge(&index, &parts);
        assert_eq!(merged.events.iter().filter(|e| e.slug == slug).count(), 1);
        let in_both: usize = parts.iter().map(|p| p.events.len()).sum();
        assert_eq!(merged.events.len(), in_both - 1);
    }

    #[test]
    fn an_event_file_holds_the_event_and_its_neighbours() {
        let f = shipped();
        let mut sorted: Vec<&Event> = f.events.iter().collect();
        sorted.sort_by_key(|e| (e.start, e.slug.clone()));
        let mid = event_file(&f, &sorted[1].slug).unwrap();
        let slugs: Vec<&str> = mid.events.iter().map(|e| e.slug.as_str()).collect();
        assert_eq!(
            slugs,
            [&sorted[0].slug, &sorted[1].slug, &sorted[2].slug].map(String::as_str)
        );
        let (earlier, later) = neighbours(&mid.events, &sorted[1].slug);
        assert_eq!(
            (earlier.map(|e| &e.slug), later.map(|e| &e.slug)),
            (Some(&sorted[0].slug), Some(&sorted[2].slug))
        );
        // The neighbours come brief: the page shows only their titles.
        assert!(earlier.unwrap().description.as_str().is_empty());
        assert_eq!(mid.events[1], *sorted[1]);
        let first = event_file(&f, &sorted[0].slug).unwrap();
        assert_eq!(first.events.len(), 2);
        assert!(event_file(&f, "no-such-event").is_none());
        assert!(mid
            .organisers
            .iter()
            .all(|o| mid.events.iter().any(|e| e.organiser == o.id)));
    }

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

    fn d(s: &str) -> NaiveDate {
        crate::calendar::parse_day(s).unwrap()
    }

    #[test]
    fn multi_day_and_all_day_events_cover_the_right_days() {
        use crate::calendar::Month;
        let f = shipped();
        let all: Vec<&Event> = f.events.iter().collect();
        let find = |s: &str| f.events.iter().find(|e| e.slug == s).unwrap();
        assert_eq!(
            event_days(find("eiri-chengdu-energy-internet-summit")),
            (d("2020-10-15"), d("2020-10-17"))
        );
        assert_eq!(
            event_days(find("ewrc-2020-iuc-webinar")),
            (d("2020-10-13"), d("2020-10-13"))
        );
        let slugs_on = |day: &str| -> Vec<String> {
            events_on(&all, d(day))
                .iter()
                .map(|e| e.slug.clone())
                .collect()
        };
        assert_eq!(
            slugs_on("2020-10-19"),
            [
                "european-week-of-regions-and-cities-2020",
                "granada-blockchain-webinars"
            ]
        );
        assert_eq!(
            slugs_on("2020-10-13"),
            [
                "european-week-of-regions-and-cities-2020",
                "ewrc-2020-iuc-webinar"
            ]
        );
        let on_18: Vec<_> = events_on(&all, d("2020-10-18"))
            .iter()
            .map(|e| e.slug.as_str())
            .collect();
        assert_eq!(on_18, ["european-week-of-regions-and-cities-2020"]);
        assert!(!covers(
            find("eiri-chengdu-energy-internet-summit"),
            d("2020-10-18")
        ));
        assert_eq!(
            events_in_month(&all, Month::parse("2020-10").unwrap()).len(),
            5
        );
        assert_eq!(
            events_in_month(&all, Month::parse("2020-09").unwrap()).len(),
            0
        );
        assert_eq!(
            events_in_month(&all, Month::parse("2020-08").unwrap()).len(),
            1
        );
    }
}
