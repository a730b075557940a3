//! iCalendar (RFC 5545) output: one event for "Add to calendar", and the
//! whole calendar as the subscribable `events.ics`.

use crate::content::model::{Event, EventStatus, EventsFile};
use crate::strings::Ui;
use chrono::{DateTime, Datelike, Timelike, Utc};

/// The domain part of every UID, so UIDs stay stable across builds.
pub const UID_DOMAIN: &str = "iuc-asia.eu";

/// Where the build puts one event's `.ics` file, relative to the site root.
pub fn event_file(slug: &str) -> String {
    format!("calendar/{slug}.ics")
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            // RFC 5545 forbids every other control character in TEXT
            // (only tab is allowed); drop them, and CR with them.
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (§3.1), never inside a UTF-8 sequence,
/// and ends it with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        // Continuation lines start with a space, which counts towards 75.
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

// Written out by hand rather than with chrono's `format`, whose strftime
// engine would otherwise be compiled into the wasm bundle.
fn basic_date(d: chrono::NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

fn basic_utc(t: &DateTime<Utc>) -> String {
    format!(
        "{}T{:02}{:02}{:02}Z",
        basic_date(t.date_naive()),
        t.hour(),
        t.minute(),
        t.second()
    )
}

fn utc(t: &DateTime<chrono::FixedOffset>) -> String {
    basic_utc(&t.with_timezone(&Utc))
}

fn prop(out: &mut String, name: &str, value: &str) {
    out.push_str(&fold(&format!("{name}:{value}")));
}

/// The VEVENT lines of one event. `site_url` is absolute, ending in `/`.
fn vevent(
    out: &mut String,
    t: &Ui,
    e: &Event,
    organiser: &str,
    site_url: &str,
    dtstamp: &DateTime<Utc>,
) {
    prop(out, "BEGIN", "VEVENT");
    prop(out, "UID", &format!("{}@{UID_DOMAIN}", e.slug));
    prop(out, "DTSTAMP", &basic_utc(dtstamp));
    if e.all_day {
        prop(out, "DTSTART;VALUE=DATE", &basic_date(e.start.date_naive()));
        prop(out, "DTEND;VALUE=DATE", &basic_date(e.end.date_naive()));
    } else {
        prop(out, "DTSTART", &utc(&e.start));
        prop(out, "DTEND", &utc(&e.end));
    }
    prop(out, "SUMMARY", &escape_text(&e.title));
    // RFC 5545 §3.8.1.11 has no "postponed": an event without its new dates
    // is TENTATIVE. Rescheduled and moved-online events go ahead.
    let status = match e.status {
        EventStatus::Cancelled => "CANCELLED",
        EventStatus::Postponed => "TENTATIVE",
        _ => "CONFIRMED",
    };
    prop(out, "STATUS", status);
    let mut description = e.summary.clone();
    if !organiser.is_empty() {
        description.push_str(&format!("\n{}{}{organiser}", t.organiser, t.colon));
    }
    description.push_str(&format!("\n{}{}{}", t.source, t.colon, e.source));
    prop(out, "DESCRIPTION", &escape_text(&description));
    let location = match (&e.venue, &e.online_url) {
        (Some(v), _) => venue_line(v),
        (None, Some(u)) => u.clone(),
        (None, None) => t.online.to_string(),
    };
    prop(out, "LOCATION", &escape_text(&location));
    prop(out, "URL", &format!("{site_url}events/{}/", e.slug));
    prop(out, "END", "VEVENT");
}

fn calendar(name: &str, body: &str) -> String {
    let mut out = String::new();
    prop(&mut out, "BEGIN", "VCALENDAR");
    prop(&mut out, "VERSION", "2.0");
    prop(&mut out, "PRODID", "-//IUC Asia//Events//EN");
    prop(&mut out, "CALSCALE", "GREGORIAN");
    prop(&mut out, "METHOD", "PUBLISH");
    prop(&mut out, "X-WR-CALNAME", &escape_text(name));
    out.push_str(body);
    prop(&mut out, "END", "VCALENDAR");
    out
}

/// One event as a complete calendar file.
pub fn event_ics(
    t: &Ui,
    e: &Event,
    organiser: &str,
    site_url: &str,
    dtstamp: &DateTime<Utc>,
) -> String {
    let mut body = String::new();
    vevent(&mut body, t, e, organiser, site_url, dtstamp);
    calendar(&e.title, &body)
}

/// A calendar to subscribe to, named `name`: every event, or one
/// category's, from `file`.
pub fn calendar_ics<'a>(
    t: &Ui,
    file: &EventsFile,
    events: impl IntoIterator<Item = &'a Event>,
    name: &str,
    site_url: &str,
    dtstamp: &DateTime<Utc>,
) -> String {
    let mut body = String::new();
    for e in events {
        let organiser = file
            .organisers
            .iter()
            .find(|o| o.id == e.organiser)
            .map_or("", |o| o.name.as_str());
        vevent(&mut body, t, e, organiser, site_url, dtstamp);
    }
    calendar(name, &body)
}

/// "Venue, City, Country", naming a place once where the venue is the city.
fn venue_line(v: &crate::content::model::Venue) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for p in [&v.name, &v.city, &v.country] {
        if !parts.contains(&p.as_str()) {
            parts.push(p);
        }
    }
    parts.join(", ")
}

/// What the add-event links carry besides the dates: details (the summary
/// and the page's address) and a location.
fn details_and_location(t: &Ui, e: &Event, site_url: &str) -> (String, String) {
    let details = format!("{}\n\n{site_url}events/{}/", e.summary, e.slug);
    let location = e
        .venue
        .as_ref()
        .map(venue_line)
        .unwrap_or_else(|| t.online.into());
    (details, location)
}

/// A Google Calendar "add event" link.
pub fn google_calendar_url(t: &Ui, e: &Event, site_url: &str) -> String {
    use crate::routes::encode;
    let dates = if e.all_day {
        format!(
            "{}/{}",
            basic_date(e.start.date_naive()),
            basic_date(e.end.date_naive())
        )
    } else {
        format!("{}/{}", utc(&e.start), utc(&e.end))
    };
    let (details, location) = details_and_location(t, e, site_url);
    format!(
        "https://calendar.google.com/calendar/render?action=TEMPLATE&text={}&dates={}&details={}&location={}&ctz={}",
        encode(&e.title),
        encode(&dates),
        encode(&details),
        encode(&location),
        encode(&e.time_zone)
    )
}

/// An Outlook.com "add event" link (its compose deep link). All-day events
/// carry dates with an exclusive end, as in iCalendar.
pub fn outlook_calendar_url(t: &Ui, e: &Event, site_url: &str) -> String {
    use crate::routes::encode;
    let (start, end) = if e.all_day {
        (
            e.start.date_naive().to_string(),
            e.end.date_naive().to_string(),
        )
    } else {
        let iso = |t: &DateTime<chrono::FixedOffset>| {
            let u = t.with_timezone(&Utc);
            format!("{}T{:02}:{:02}:00Z", u.date_naive(), u.hour(), u.minute())
        };
        (iso(&e.start), iso(&e.end))
    };
    let (details, location) = details_and_location(t, e, site_url);
    format!(
        "https://outlook.live.com/calendar/0/action/compose?allday={}&body={}&enddt={}&location={}&path=%2Fcalendar%2Faction%2Fcompose&rru=addevent&startdt={}&subject={}",
        e.all_day,
        encode(&details),
        encode(&end),
        encode(&location),
        encode(&start),
        encode(&e.title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(
            escape_text("a\u{0}b\u{1b}[31mc\u{7f}d\u{85}e\r\tf"),
            "ab[31mcde\tf"
        );
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "城市合作".repeat(20));
        let folded = fold(&line);
        assert!(folded.ends_with("\r\n"));
        for (i, l) in folded.trim_end_matches("\r\n").split("\r\n").enumerate() {
            assert!(l.len() <= 75, "line {i} has {} octets", l.len());
            if i > 0 {
                assert!(l.starts_with(' '));
            }
        }
        // Unfolding gives back the original line.
        assert_eq!(folded.trim_end_matches("\r\n").replace("\r\n ", ""), line);
        assert_eq!(fold("SHORT:x"), "SHORT:x\r\n");
    }
}
