//! Dates and times as visitors read them. One formatter for the whole site.
//!
//! The browser supplies what only it knows (the visitor's UTC offset and the
//! short names of time zones, from `Intl`); everything else is plain Rust so
//! it can be tested across time zones on the host.

use crate::content::model::PubDate;
use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, Timelike};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

pub fn month_name(month: u32) -> &'static str {
    MONTHS[(month as usize).clamp(1, 12) - 1]
}

fn month_abbr(month: u32) -> &'static str {
    &month_name(month)[..3]
}

/// "19 October 2020", "October 2020" or "2018", as precise as the source.
pub fn long_date(d: &PubDate) -> String {
    match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{day} {} {}", month_name(m), d.year),
        (Some(m), None) => format!("{} {}", month_name(m), d.year),
        _ => d.year.to_string(),
    }
}

/// "Mon 19 Oct 2020".
pub fn day_label(d: NaiveDate) -> String {
    format!(
        "{} {} {} {}",
        WEEKDAYS[d.weekday().num_days_from_monday() as usize],
        d.day(),
        month_abbr(d.month()),
        d.year()
    )
}

/// "Mon 19 Oct" (no year), for a second date in the same sentence.
fn day_label_short(d: NaiveDate) -> String {
    format!(
        "{} {} {}",
        WEEKDAYS[d.weekday().num_days_from_monday() as usize],
        d.day(),
        month_abbr(d.month())
    )
}

fn hm(t: &DateTime<FixedOffset>) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// A label for a fixed offset when no zone name is known: "UTC", "UTC+08:00".
pub fn offset_label(offset: FixedOffset) -> String {
    let secs = offset.local_minus_utc();
    if secs == 0 {
        return "UTC".to_string();
    }
    let sign = if secs < 0 { '-' } else { '+' };
    let m = secs.abs() / 60;
    format!("UTC{sign}{:02}:{:02}", m / 60, m % 60)
}

/// An offset as the browser's `Intl` (en-GB) names a zone that has no
/// abbreviation: "GMT+7", "GMT+5:30", "GMT-3"; "UTC" for zero.
pub fn gmt_label(offset: FixedOffset) -> String {
    let secs = offset.local_minus_utc();
    if secs == 0 {
        return "UTC".to_string();
    }
    let sign = if secs < 0 { '-' } else { '+' };
    let m = secs.abs() / 60;
    if m % 60 == 0 {
        format!("GMT{sign}{}", m / 60)
    } else {
        format!("GMT{sign}{}:{:02}", m / 60, m % 60)
    }
}

/// Start and end in one zone: "Mon 19 Oct 2020, 09:30–11:00", or with both
/// dates when the range crosses midnight.
fn clock_range(start: &DateTime<FixedOffset>, end: &DateTime<FixedOffset>) -> String {
    if start.date_naive() == end.date_naive() {
        format!(
            "{}, {}–{}",
            day_label(start.date_naive()),
            hm(start),
            hm(end)
        )
    } else {
        format!(
            "{}, {} – {}, {}",
            day_label(start.date_naive()),
            hm(start),
            day_label(end.date_naive()),
            hm(end)
        )
    }
}

/// The days of an all-day event whose `end` is exclusive (midnight after).
pub fn all_day_range(start: NaiveDate, end_exclusive: NaiveDate) -> String {
    let last = if end_exclusive > start {
        end_exclusive - Duration::days(1)
    } else {
        start
    };
    if last == start {
        day_label(start)
    } else if (start.year(), start.month()) == (last.year(), last.month()) {
        format!(
            "{} {} – {}",
            WEEKDAYS[start.weekday().num_days_from_monday() as usize],
            start.day(),
            day_label(last)
        )
    } else if start.year() == last.year() {
        format!("{} – {}", day_label_short(start), day_label(last))
    } else {
        format!("{} – {}", day_label(start), day_label(last))
    }
}

/// The visitor's side of an event time: their offset at the start and end
/// (these differ across a daylight-saving change) and their zone's name.
pub struct VisitorZone {
    pub start_offset: FixedOffset,
    pub end_offset: FixedOffset,
    pub label: String,
}

/// "Mon 19 Oct 2020, 09:30–11:00 UTC (17:30–19:00 your time, CST)".
///
/// `zone_label` names the event's zone. The visitor's time is added only
/// when it differs from the event's. All-day events show dates only.
pub fn event_when(
    start: &DateTime<FixedOffset>,
    end: &DateTime<FixedOffset>,
    all_day: bool,
    zone_label: &str,
    visitor: Option<&VisitorZone>,
) -> String {
    if all_day {
        return all_day_range(start.date_naive(), end.date_naive());
    }
    let mut out = format!("{} {zone_label}", clock_range(start, end));
    if let Some(v) = visitor {
        let same = v.start_offset == *start.offset() && v.end_offset == *end.offset();
        if !same {
            let (ls, le) = (
                start.with_timezone(&v.start_offset),
                end.with_timezone(&v.end_offset),
            );
            let local =
                if ls.date_naive() == start.date_naive() && le.date_naive() == ls.date_naive() {
                    format!("{}–{}", hm(&ls), hm(&le))
                } else if ls.date_naive() == le.date_naive() {
                    format!(
                        "{}, {}–{}",
                        day_label_short(ls.date_naive()),
                        hm(&ls),
                        hm(&le)
                    )
                } else {
                    format!(
                        "{}, {} – {}, {}",
                        day_label_short(ls.date_naive()),
                        hm(&ls),
                        day_label_short(le.date_naive()),
                        hm(&le)
                    )
                };
            out.push_str(&format!(" ({local} your time, {})", v.label));
        }
    }
    out
}

/// The value of a `<time datetime>` attribute for a date of any precision.
pub fn datetime_attr(d: &PubDate) -> String {
    d.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }
    fn off(h: i32, m: i32) -> FixedOffset {
        FixedOffset::east_opt(h * 3600 + m.signum() * m.abs() * 60).unwrap()
    }
    fn visitor(h: i32, label: &str) -> VisitorZone {
        VisitorZone {
            start_offset: off(h, 0),
            end_offset: off(h, 0),
            label: label.into(),
        }
    }

    #[test]
    fn pub_dates_at_their_precision() {
        assert_eq!(
            long_date(&PubDate::parse("2020-10-08").unwrap()),
            "8 October 2020"
        );
        assert_eq!(
            long_date(&PubDate::parse("2020-10").unwrap()),
            "October 2020"
        );
        assert_eq!(long_date(&PubDate::parse("2018").unwrap()), "2018");
    }

    #[test]
    fn ewrc_webinar_in_utc_shanghai_and_new_york() {
        let (s, e) = (
            t("2020-10-19T09:30:00+00:00"),
            t("2020-10-19T11:00:00+00:00"),
        );
        assert_eq!(
            event_when(&s, &e, false, "UTC", Some(&visitor(0, "UTC"))),
            "Mon 19 Oct 2020, 09:30–11:00 UTC"
        );
        assert_eq!(
            event_when(&s, &e, false, "UTC", Some(&visitor(8, "CST"))),
            "Mon 19 Oct 2020, 09:30–11:00 UTC (17:30–19:00 your time, CST)"
        );
        assert_eq!(
            event_when(&s, &e, false, "UTC", Some(&visitor(-4, "EDT"))),
            "Mon 19 Oct 2020, 09:30–11:00 UTC (05:30–07:00 your time, EDT)"
        );
    }

    #[test]
    fn visitor_on_another_day_gets_the_date() {
        let (s, e) = (
            t("2020-10-19T09:30:00+00:00"),
            t("2020-10-19T11:00:00+00:00"),
        );
        assert_eq!(
            event_when(&s, &e, false, "UTC", Some(&visitor(14, "GMT+14"))),
            "Mon 19 Oct 2020, 09:30–11:00 UTC (Mon 19 Oct, 23:30 – Tue 20 Oct, 01:00 your time, GMT+14)"
        );
        assert_eq!(
            event_when(&s, &e, false, "UTC", Some(&visitor(-10, "HST"))),
            "Mon 19 Oct 2020, 09:30–11:00 UTC (Sun 18 Oct, 23:30 – Mon 19 Oct, 01:00 your time, HST)"
        );
    }

    #[test]
    fn range_crossing_midnight_names_both_days() {
        let (s, e) = (
            t("2020-10-19T22:00:00+08:00"),
            t("2020-10-20T01:30:00+08:00"),
        );
        assert_eq!(
            event_when(&s, &e, false, "CST", None),
            "Mon 19 Oct 2020, 22:00 – Tue 20 Oct 2020, 01:30 CST"
        );
    }

    #[test]
    fn all_day_events_show_no_clock() {
        let (s, e) = (
            t("2020-10-15T00:00:00+08:00"),
            t("2020-10-18T00:00:00+08:00"),
        );
        assert_eq!(
            event_when(&s, &e, true, "CST", Some(&visitor(-4, "EDT"))),
            "Thu 15 – Sat 17 Oct 2020"
        );
        let (s, e) = (
            t("2020-10-08T00:00:00+07:00"),
            t("2020-10-09T00:00:00+07:00"),
        );
        assert_eq!(event_when(&s, &e, true, "ICT", None), "Thu 8 Oct 2020");
        let (s, e) = (
            t("2019-06-29T00:00:00+08:00"),
            t("2019-07-02T00:00:00+08:00"),
        );
        assert_eq!(
            event_when(&s, &e, true, "CST", None),
            "Sat 29 Jun – Mon 1 Jul 2019"
        );
        let (s, e) = (
            t("2019-12-30T00:00:00+08:00"),
            t("2020-01-02T00:00:00+08:00"),
        );
        assert_eq!(
            event_when(&s, &e, true, "CST", None),
            "Mon 30 Dec 2019 – Wed 1 Jan 2020"
        );
    }

    #[test]
    fn offsets_are_labelled() {
        assert_eq!(offset_label(off(0, 0)), "UTC");
        assert_eq!(offset_label(off(5, 30)), "UTC+05:30");
        assert_eq!(
            offset_label(FixedOffset::west_opt(3 * 3600 + 1800).unwrap()),
            "UTC-03:30"
        );
    }

    #[test]
    fn daylight_saving_change_inside_the_event() {
        // Visitor in Europe/Brussels, event crossing the October 2020 change.
        let (s, e) = (
            t("2020-10-25T00:30:00+00:00"),
            t("2020-10-25T01:30:00+00:00"),
        );
        let v = VisitorZone {
            start_offset: off(2, 0),
            end_offset: off(1, 0),
            label: "CET".into(),
        };
        assert_eq!(
            event_when(&s, &e, false, "UTC", Some(&v)),
            "Sun 25 Oct 2020, 00:30–01:30 UTC (02:30–02:30 your time, CET)"
        );
    }
}
