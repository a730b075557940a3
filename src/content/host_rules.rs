//! Rules only the build machine checks: event times against the IANA time
//! zone database (which never ships in the wasm), the characters of every
//! string against what feeds and calendars can carry, and the pages and
//! codes the site's routes and generated files depend on.
//!
//! They complement `validate.rs` and report in the same located form.

use super::load::{path_to_string, Problem, Seg};
use super::model::*;
use super::validate::{is_safe_slug, Source};
use crate::jpath;
use chrono::{DateTime, Datelike, FixedOffset, Offset, TimeZone, Timelike};
use chrono_tz::Tz;
use std::collections::HashSet;

/// Why `c` must not appear in content, if it must not: characters XML 1.0
/// forbids (feed.xml and sitemap.xml would no longer parse), controls that
/// iCalendar forbids, and invisible separators that break line-based tools.
pub fn forbidden_char(c: char) -> Option<&'static str> {
    match c {
        '\t' | '\n' | '\r' => None,
        '\0'..='\u{1f}' | '\u{7f}'..='\u{9f}' => Some("a control character"),
        '\u{fdd0}'..='\u{fdef}' => Some("a Unicode noncharacter"),
        c if (c as u32) & 0xfffe == 0xfffe => Some("a Unicode noncharacter"),
        '\u{2028}' | '\u{2029}' => Some("a line or paragraph separator"),
        _ => None,
    }
}

/// Every string in the file, at any depth, must be free of the characters
/// [`forbidden_char`] names (D6, D20).
pub fn characters<T>(src: &Source<T>, out: &mut Vec<Problem>) {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(&src.text) else {
        return;
    };
    walk(&value, &mut Vec::new(), src, out);
}

fn walk<T>(v: &serde_json::Value, path: &mut Vec<Seg>, src: &Source<T>, out: &mut Vec<Problem>) {
    use serde_json::Value;
    match v {
        Value::String(s) => {
            if let Some((c, what)) = s.chars().find_map(|c| forbidden_char(c).map(|w| (c, w))) {
                out.push(src.problem(
                    path,
                    format!(
                        "contains U+{:04X} ({what}), which the news feed and the calendar files cannot carry: delete it (it is usually invisible)",
                        c as u32
                    ),
                ));
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                walk(item, path, src, out);
                path.pop();
            }
        }
        Value::Object(members) => {
            for (k, item) in members {
                path.push(Seg::Key(k.clone()));
                walk(item, path, src, out);
                path.pop();
            }
        }
        _ => {}
    }
}

/// Years a calendar file and RFC 3339 can write with four digits.
const YEARS: std::ops::RangeInclusive<i32> = 1000..=9999;

/// Each event's zone must be in the IANA database, and `start` and `end`
/// must carry the offset that zone had at that moment (D7); no leap seconds,
/// four-digit years (D19, D24); an all-day event lasts at least a day (D19).
/// `reported` holds the paths (as printed) that already have a problem, so
/// one mistake is not reported twice.
pub fn event_times(src: &Source<EventsFile>, reported: &HashSet<String>, out: &mut Vec<Problem>) {
    for (i, e) in src.value.events.iter().enumerate() {
        let zone_path = jpath!["events", i, "time_zone"];
        let zone = e.time_zone.parse::<Tz>().ok();
        if zone.is_none() && !reported.contains(&path_to_string(&zone_path)) {
            out.push(src.problem(
                &zone_path,
                format!(
                    "`{}` is not a zone in the IANA time zone database (names are case-sensitive, like Europe/Brussels, Asia/Shanghai or UTC)",
                    e.time_zone
                ),
            ));
        }
        let mut times_ok = true;
        for (field, t) in [("start", &e.start), ("end", &e.end)] {
            let path = jpath!["events", i, field];
            match time_problem(t, zone.as_ref(), &e.time_zone) {
                Some(msg) if !reported.contains(&path_to_string(&path)) => {
                    times_ok = false;
                    out.push(src.problem(&path, msg));
                }
                Some(_) => times_ok = false,
                None => {}
            }
        }
        let end_path = jpath!["events", i, "end"];
        if times_ok
            && e.all_day
            && e.end.date_naive() <= e.start.date_naive()
            && !reported.contains(&path_to_string(&end_path))
        {
            out.push(src.problem(
                &end_path,
                "an all-day event ends at midnight after its last day: `end` must be at least one day after `start`",
            ));
        }
    }
}

fn time_problem(t: &DateTime<FixedOffset>, zone: Option<&Tz>, zone_name: &str) -> Option<String> {
    if t.nanosecond() >= 1_000_000_000 {
        return Some(format!(
            "`{}` has a leap second (:60): use :59 or the next minute",
            t.to_rfc3339()
        ));
    }
    let (local, utc) = (t.naive_local().year(), t.naive_utc().year());
    if !YEARS.contains(&local) || !YEARS.contains(&utc) {
        return Some(format!(
            "the year is outside {}–{}, which calendar files cannot store",
            YEARS.start(),
            YEARS.end()
        ));
    }
    let expected = zone?.offset_from_utc_datetime(&t.naive_utc()).fix();
    (expected != *t.offset()).then(|| {
        format!(
            "offset {} does not match {zone_name} on {} (expected {expected})",
            t.offset(),
            t.date_naive()
        )
    })
}

/// The pages the site links to from every footer must exist, and a page the
/// site has no route for would never be seen (D14).
pub fn pages(src: &Source<Pages>, out: &mut Vec<Problem>) {
    let routes: Vec<&str> = crate::content::STATIC_PAGES.to_vec();
    for slug in &routes {
        if !src.value.pages.iter().any(|p| p.slug == *slug) {
            out.push(src.problem(
                &[Seg::Key("pages".into())],
                format!("no page with slug `{slug}`: every page links to /{slug} from its footer"),
            ));
        }
    }
    for (i, p) in src.value.pages.iter().enumerate() {
        if is_safe_slug(&p.slug) && !routes.contains(&p.slug.as_str()) {
            let path = jpath!["pages", i, "slug"];
            out.push(src.problem(
                &path,
                format!(
                    "the site has no address for a page `{}`: the pages are {}",
                    p.slug,
                    routes.join(", ")
                ),
            ));
        }
    }
}

/// Country codes are ISO 3166-1 alpha-2: two capital letters (D24).
pub fn country_codes<'a>(
    src: &Source<impl Sized>,
    codes: impl Iterator<Item = &'a str>,
    out: &mut Vec<Problem>,
) {
    for (i, code) in codes.enumerate() {
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            let path = jpath!["countries", i, "code"];
            out.push(src.problem(&path, format!("`{code}` is not a two-letter country code")));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_feeds_cannot_carry() {
        for bad in [
            '\u{0}',
            '\u{1b}',
            '\u{7f}',
            '\u{85}',
            '\u{fffe}',
            '\u{ffff}',
            '\u{1fffe}',
            '\u{fdd0}',
            '\u{2028}',
        ] {
            assert!(forbidden_char(bad).is_some(), "{:04X}", bad as u32);
        }
        for ok in [
            'a',
            '\t',
            '\n',
            '城',
            '\u{a0}',
            '\u{fffd}',
            '\u{10000}',
            '😀',
        ] {
            assert!(forbidden_char(ok).is_none(), "{:04X}", ok as u32);
        }
    }

    #[test]
    fn offsets_are_checked_against_the_zone() {
        let brussels: Tz = "Europe/Brussels".parse().unwrap();
        let t = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
        assert_eq!(
            time_problem(
                &t("2020-10-13T09:30:00+00:00"),
                Some(&brussels),
                "Europe/Brussels"
            ),
            Some(
                "offset +00:00 does not match Europe/Brussels on 2020-10-13 (expected +02:00)"
                    .into()
            )
        );
        assert_eq!(
            time_problem(
                &t("2020-10-13T09:30:00+02:00"),
                Some(&brussels),
                "Europe/Brussels"
            ),
            None
        );
        assert_eq!(
            time_problem(
                &t("2020-12-13T09:30:00+01:00"),
                Some(&brussels),
                "Europe/Brussels"
            ),
            None
        );
        // Both readings of the hour repeated when summer time ends are real.
        assert_eq!(
            time_problem(
                &t("2020-10-25T02:30:00+02:00"),
                Some(&brussels),
                "Europe/Brussels"
            ),
            None
        );
        assert_eq!(
            time_problem(
                &t("2020-10-25T02:30:00+01:00"),
                Some(&brussels),
                "Europe/Brussels"
            ),
            None
        );
        // The hour skipped when summer time starts does not exist.
        assert!(time_problem(
            &t("2020-03-29T02:30:00+01:00"),
            Some(&brussels),
            "Europe/Brussels"
        )
        .is_some());
        assert!(time_problem(
            &t("2020-05-05T12:30:60+02:00"),
            Some(&brussels),
            "Europe/Brussels"
        )
        .unwrap()
        .contains("leap second"));
        assert!(time_problem(&t("0000-01-01T00:00:00+14:00"), None, "")
            .unwrap()
            .contains("year"));
        assert!(time_problem(&t("9999-12-31T23:00:00-14:00"), None, "")
            .unwrap()
            .contains("year"));
        for junk in [
            "../../etc/passwd",
            "Asia/Shangai",
            "Etc/GMT+14",
            "http://x.org:99999/",
            "europe/brussels",
        ] {
            assert!(junk.parse::<Tz>().is_err(), "{junk}");
        }
    }
}
