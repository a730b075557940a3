//! Dates and times as visitors read them. One formatter for the whole site.
//!
//! The browser supplies what only it knows (the visitor's UTC offset); the
//! build names each event's zone (`Event::zone_label`); everything else is
//! plain Rust so it can be tested across time zones on the host.

use crate::content::model::PubDate;
use crate::lang::Lang;
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
/// The month grid's column names, short (shown) and long (read out), Monday first.
const WEEKDAY_NAMES: [(&str, &str); 7] = [
    ("Mon", "Monday"),
    ("Tue", "Tuesday"),
    ("Wed", "Wednesday"),
    ("Thu", "Thursday"),
    ("Fri", "Friday"),
    ("Sat", "Saturday"),
    ("Sun", "Sunday"),
];

/// The same in Chinese.
const WEEKDAY_NAMES_ZH: [(&str, &str); 7] = [
    ("一", "星期一"),
    ("二", "星期二"),
    ("三", "星期三"),
    ("四", "星期四"),
    ("五", "星期五"),
    ("六", "星期六"),
    ("日", "星期日"),
];

/// The month grid's column names in `lang`.
pub fn weekday_names(lang: Lang) -> &'static [(&'static str, &'static str); 7] {
    match lang {
        Lang::En => &WEEKDAY_NAMES,
        Lang::ZhHans => &WEEKDAY_NAMES_ZH,
    }
}

pub fn month_name(month: u32) -> &'static str {
    MONTHS[(month as usize).clamp(1, 12) - 1]
}

fn month_abbr(month: u32) -> &'static str {
    &month_name(month)[..3]
}

/// Weekday of a date, Monday = 0.
pub fn weekday_index(d: NaiveDate) -> usize {
    d.weekday().num_days_from_monday() as usize
}

/// "Mon" / "星期一": the short English name and the long Chinese one, as
/// dates are written.
fn weekday_en(d: NaiveDate) -> &'static str {
    WEEKDAY_NAMES[weekday_index(d)].0
}
fn weekday_zh(d: NaiveDate) -> &'static str {
    WEEKDAY_NAMES_ZH[weekday_index(d)].1
}

/// "October 2020" / "2020年10月".
pub fn month_label_in(lang: Lang, year: i32, month: u32) -> String {
    match lang {
        Lang::En => format!("{} {year}", month_name(month)),
        Lang::ZhHans => format!("{year}年{}月", month.clamp(1, 12)),
    }
}

/// "19 October 2020" / "2020年10月19日", "October 2020" / "2020年10月",
/// "2018" / "2018年".
pub fn long_date_in(lang: Lang, d: &PubDate) -> String {
    match lang {
        Lang::En => match (d.month, d.day) {
            (Some(m), Some(day)) => format!("{day} {} {}", month_name(m), d.year),
            (Some(m), None) => format!("{} {}", month_name(m), d.year),
            _ => d.year.to_string(),
        },
        Lang::ZhHans => match (d.month, d.day) {
            (Some(m), Some(day)) => format!("{}年{m}月{day}日", d.year),
            (Some(m), None) => format!("{}年{m}月", d.year),
            _ => format!("{}年", d.year),
        },
    }
}

/// "Mon 19 Oct 2020" / "2020年10月19日（星期一）".
pub fn day_label_in(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::En => format!(
            "{} {} {} {}",
            weekday_en(d),
            d.day(),
            month_abbr(d.month()),
            d.year()
        ),
        Lang::ZhHans => format!(
            "{}年{}月{}日（{}）",
            d.year(),
            d.month(),
            d.day(),
            weekday_zh(d)
        ),
    }
}

/// "Mon 19 Oct" / "10月19日（星期一）" (no year), for a second date in the
/// same sentence.
fn day_label_short(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::En => format!("{} {} {}", weekday_en(d), d.day(), month_abbr(d.month())),
        Lang::ZhHans => format!("{}月{}日（{}）", d.month(), d.day(), weekday_zh(d)),
    }
}

/// A date inside the visitor's part, which already stands in brackets:
/// "Mon 19 Oct" / "10月19日星期一".
fn visitor_day(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::En => day_label_short(lang, d),
        Lang::ZhHans => format!("{}月{}日{}", d.month(), d.day(), weekday_zh(d)),
    }
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

#[cfg(not(target_arch = "wasm32"))]
/// The zone's short name at `t`, as the browser's `Intl` writes it in
/// `lang`: "CEST", "CST", or "GMT+7" where the zone has no abbreviation
/// in English. The build also writes it into each event of the derived
/// events.json (`Event::zone_label`).
pub fn zone_label(
    t: &chrono::DateTime<FixedOffset>,
    zone: &str,
    lang: crate::lang::Lang,
) -> Option<String> {
    use chrono_tz::OffsetName;
    // Intl's zh-Hans short names are offsets ("GMT+8"), as are its
    // names of zones without an abbreviation in English.
    if lang == crate::lang::Lang::ZhHans {
        let _: chrono_tz::Tz = zone.parse().ok()?;
        return Some(gmt_label(*t.offset()));
    }
    let tz: chrono_tz::Tz = zone.parse().ok()?;
    let local = t.with_timezone(&tz);
    // chrono-tz has no abbreviation where the zone database writes a
    // number ("+07" for Asia/Ho_Chi_Minh): Intl's name there is the
    // offset. Without this, such events reached the browser unnamed,
    // and naming them there cost the visit its first `Intl` call.
    match local.offset().abbreviation() {
        Some("UTC") => Some("UTC".into()),
        Some(abbr) if !abbr.starts_with(['+', '-']) => Some(abbr.to_string()),
        _ => Some(gmt_label(*t.offset())),
    }
}

/// Start and end in one zone: "Mon 19 Oct 2020, 09:30–11:00", or with both
/// dates when the range crosses midnight.
fn clock_range(lang: Lang, start: &DateTime<FixedOffset>, end: &DateTime<FixedOffset>) -> String {
    let (sd, ed) = (start.date_naive(), end.date_naive());
    match lang {
        Lang::En if sd == ed => format!("{}, {}–{}", day_label_in(lang, sd), hm(start), hm(end)),
        Lang::En => format!(
            "{}, {} – {}, {}",
            day_label_in(lang, sd),
            hm(start),
            day_label_in(lang, ed),
            hm(end)
        ),
        Lang::ZhHans if sd == ed => format!("{}{}–{}", day_label_in(lang, sd), hm(start), hm(end)),
        Lang::ZhHans => {
            let second = if sd.year() == ed.year() {
                day_label_short(lang, ed)
            } else {
                day_label_in(lang, ed)
            };
            format!(
                "{}{}至{second}{}",
                day_label_in(lang, sd),
                hm(start),
                hm(end)
            )
        }
    }
}

/// "Thu 15 – Sat 17 Oct 2020" / "2020年10月15日（星期四）至10月17日（星期六）".
pub fn all_day_range_in(lang: Lang, start: NaiveDate, end_exclusive: NaiveDate) -> String {
    let last = if end_exclusive > start {
        end_exclusive - Duration::days(1)
    } else {
        start
    };
    if last == start {
        return day_label_in(lang, start);
    }
    match lang {
        Lang::En => {
            if (start.year(), start.month()) == (last.year(), last.month()) {
                format!(
                    "{} {} – {}",
                    weekday_en(start),
                    start.day(),
                    day_label_in(lang, last)
                )
            } else if start.year() == last.year() {
                format!(
                    "{} – {}",
                    day_label_short(lang, start),
                    day_label_in(lang, last)
                )
            } else {
                format!(
                    "{} – {}",
                    day_label_in(lang, start),
                    day_label_in(lang, last)
                )
            }
        }
        Lang::ZhHans => {
            let second = if start.year() == last.year() {
                day_label_short(lang, last)
            } else {
                day_label_in(lang, last)
            };
            format!("{}至{second}", day_label_in(lang, start))
        }
    }
}

/// The visitor's side of an event time: their offset at the start and end
/// (these differ across a daylight-saving change) and their zone's name.
pub struct VisitorZone {
    pub start_offset: FixedOffset,
    pub end_offset: FixedOffset,
    pub label: String,
}

/// "Mon 19 Oct 2020, 09:30–11:00 UTC (17:30–19:00 your time, CST)" /
/// "2020年10月19日（星期一）09:30–11:00 UTC（您当地时间 17:30–19:00，CST）".
pub fn event_when_in(
    lang: Lang,
    start: &DateTime<FixedOffset>,
    end: &DateTime<FixedOffset>,
    all_day: bool,
    zone_label: &str,
    visitor: Option<&VisitorZone>,
) -> String {
    if all_day {
        return all_day_range_in(lang, start.date_naive(), end.date_naive());
    }
    let mut out = format!("{} {zone_label}", clock_range(lang, start, end));
    if let Some(v) = visitor {
        let same = v.start_offset == *start.offset() && v.end_offset == *end.offset();
        if !same {
            let (ls, le) = (
                start.with_timezone(&v.start_offset),
                end.with_timezone(&v.end_offset),
            );
            let (ld, led) = (ls.date_naive(), le.date_naive());
            let local = if ld == start.date_naive() && led == ld {
                format!("{}–{}", hm(&ls), hm(&le))
            } else if ld == led {
                match lang {
                    Lang::En => format!("{}, {}–{}", visitor_day(lang, ld), hm(&ls), hm(&le)),
                    Lang::ZhHans => {
                        format!("{} {}–{}", visitor_day(lang, ld), hm(&ls), hm(&le))
                    }
                }
            } else {
                match lang {
                    Lang::En => format!(
                        "{}, {} – {}, {}",
                        visitor_day(lang, ld),
                        hm(&ls),
                        visitor_day(lang, led),
                        hm(&le)
                    ),
                    Lang::ZhHans => format!(
                        "{} {}至{} {}",
                        visitor_day(lang, ld),
                        hm(&ls),
                        visitor_day(lang, led),
                        hm(&le)
                    ),
                }
            };
            match lang {
                Lang::En => out.push_str(&format!(" ({local} your time, {})", v.label)),
                Lang::ZhHans => out.push_str(&format!("（您当地时间 {local}，{}）", v.label)),
            }
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
            long_date_in(Lang::En, &PubDate::parse("2020-10-08").unwrap()),
            "8 October 2020"
        );
        assert_eq!(
            long_date_in(Lang::En, &PubDate::parse("2020-10").unwrap()),
            "October 2020"
        );
        assert_eq!(
            long_date_in(Lang::En, &PubDate::parse("2018").unwrap()),
            "2018"
        );
    }

    #[test]
    fn ewrc_webinar_in_utc_shanghai_and_new_york() {
        let (s, e) = (
            t("2020-10-19T09:30:00+00:00"),
            t("2020-10-19T11:00:00+00:00"),
        );
        assert_eq!(
            event_when_in(Lang::En, &s, &e, false, "UTC", Some(&visitor(0, "UTC"))),
            "Mon 19 Oct 2020, 09:30–11:00 UTC"
        );
        assert_eq!(
            event_when_in(Lang::En, &s, &e, false, "UTC", Some(&visitor(8, "CST"))),
            "Mon 19 Oct 2020, 09:30–11:00 UTC (17:30–19:00 your time, CST)"
        );
        assert_eq!(
            event_when_in(Lang::En, &s, &e, false, "UTC", Some(&visitor(-4, "EDT"))),
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
            event_when_in(Lang::En, &s, &e, false, "UTC", Some(&visitor(14, "GMT+14"))),
            "Mon 19 Oct 2020, 09:30–11:00 UTC (Mon 19 Oct, 23:30 – Tue 20 Oct, 01:00 your time, GMT+14)"
        );
        assert_eq!(
            event_when_in(Lang::En, &s, &e, false, "UTC", Some(&visitor(-10, "HST"))),
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
            event_when_in(Lang::En, &s, &e, false, "CST", None),
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
            event_when_in(Lang::En, &s, &e, true, "CST", Some(&visitor(-4, "EDT"))),
            "Thu 15 – Sat 17 Oct 2020"
        );
        let (s, e) = (
            t("2020-10-08T00:00:00+07:00"),
            t("2020-10-09T00:00:00+07:00"),
        );
        assert_eq!(
            event_when_in(Lang::En, &s, &e, true, "ICT", None),
            "Thu 8 Oct 2020"
        );
        let (s, e) = (
            t("2019-06-29T00:00:00+08:00"),
            t("2019-07-02T00:00:00+08:00"),
        );
        assert_eq!(
            event_when_in(Lang::En, &s, &e, true, "CST", None),
            "Sat 29 Jun – Mon 1 Jul 2019"
        );
        let (s, e) = (
            t("2019-12-30T00:00:00+08:00"),
            t("2020-01-02T00:00:00+08:00"),
        );
        assert_eq!(
            event_when_in(Lang::En, &s, &e, true, "CST", None),
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
            event_when_in(Lang::En, &s, &e, false, "UTC", Some(&v)),
            "Sun 25 Oct 2020, 00:30–01:30 UTC (02:30–02:30 your time, CET)"
        );
    }

    #[test]
    fn chinese_dates_read_year_month_day() {
        let zh = Lang::ZhHans;
        assert_eq!(
            long_date_in(zh, &PubDate::parse("2020-10-19").unwrap()),
            "2020年10月19日"
        );
        assert_eq!(
            long_date_in(zh, &PubDate::parse("2020-10").unwrap()),
            "2020年10月"
        );
        assert_eq!(long_date_in(zh, &PubDate::parse("2020").unwrap()), "2020年");
        assert_eq!(
            long_date_in(zh, &PubDate::parse("2019-03-05").unwrap()),
            "2019年3月5日"
        );
        let d = NaiveDate::from_ymd_opt(2020, 10, 19).unwrap();
        assert_eq!(day_label_in(zh, d), "2020年10月19日（星期一）");
        assert_eq!(
            day_label_in(zh, NaiveDate::from_ymd_opt(2020, 10, 25).unwrap()),
            "2020年10月25日（星期日）"
        );
        assert_eq!(month_label_in(zh, 2020, 10), "2020年10月");
        assert_eq!(month_label_in(Lang::En, 2020, 10), "October 2020");
    }

    #[test]
    fn chinese_event_times() {
        let zh = Lang::ZhHans;
        let (s, e) = (
            t("2020-10-19T09:30:00+02:00"),
            t("2020-10-19T11:00:00+02:00"),
        );
        assert_eq!(
            event_when_in(zh, &s, &e, false, "CEST", None),
            "2020年10月19日（星期一）09:30–11:00 CEST"
        );
        assert_eq!(
            event_when_in(zh, &s, &e, false, "CEST", Some(&visitor(2, "CEST"))),
            "2020年10月19日（星期一）09:30–11:00 CEST"
        );
        assert_eq!(
            event_when_in(zh, &s, &e, false, "CEST", Some(&visitor(8, "CST"))),
            "2020年10月19日（星期一）09:30–11:00 CEST（您当地时间 15:30–17:00，CST）"
        );
        // The visitor's day differs: their dates, without a second bracket.
        let (s, e) = (
            t("2020-10-19T09:30:00+00:00"),
            t("2020-10-19T11:00:00+00:00"),
        );
        assert_eq!(
            event_when_in(zh, &s, &e, false, "UTC", Some(&visitor(14, "GMT+14"))),
            "2020年10月19日（星期一）09:30–11:00 UTC（您当地时间 10月19日星期一 23:30至10月20日星期二 01:00，GMT+14）"
        );
        assert_eq!(
            event_when_in(zh, &s, &e, false, "UTC", Some(&visitor(-10, "HST"))),
            "2020年10月19日（星期一）09:30–11:00 UTC（您当地时间 10月18日星期日 23:30至10月19日星期一 01:00，HST）"
        );
        let (s, e) = (
            t("2020-10-19T22:00:00+08:00"),
            t("2020-10-20T01:30:00+08:00"),
        );
        assert_eq!(
            event_when_in(zh, &s, &e, false, "CST", None),
            "2020年10月19日（星期一）22:00至10月20日（星期二）01:30 CST"
        );
    }

    #[test]
    fn chinese_all_day_ranges() {
        let zh = Lang::ZhHans;
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            all_day_range_in(zh, day("2020-10-05"), day("2020-10-23")),
            "2020年10月5日（星期一）至10月22日（星期四）"
        );
        assert_eq!(
            all_day_range_in(zh, day("2020-10-08"), day("2020-10-09")),
            "2020年10月8日（星期四）"
        );
        assert_eq!(
            all_day_range_in(zh, day("2019-06-29"), day("2019-07-02")),
            "2019年6月29日（星期六）至7月1日（星期一）"
        );
        assert_eq!(
            all_day_range_in(zh, day("2019-12-30"), day("2020-01-02")),
            "2019年12月30日（星期一）至2020年1月1日（星期三）"
        );
        let (s, e) = (
            t("2020-10-15T00:00:00+08:00"),
            t("2020-10-18T00:00:00+08:00"),
        );
        assert_eq!(
            event_when_in(zh, &s, &e, true, "CST", Some(&visitor(-4, "EDT"))),
            "2020年10月15日（星期四）至10月17日（星期六）"
        );
    }

    #[test]
    fn zones_are_named_as_intl_names_them() {
        use crate::lang::Lang;
        use chrono::DateTime;
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap();
        let oct = at("2020-10-13T09:30:00+02:00");
        assert_eq!(
            zone_label(&oct, "Europe/Brussels", Lang::En).as_deref(),
            Some("CEST")
        );
        assert_eq!(
            zone_label(
                &at("2020-12-01T09:30:00+01:00"),
                "Europe/Brussels",
                Lang::En
            )
            .as_deref(),
            Some("CET")
        );
        assert_eq!(
            zone_label(&at("2020-10-13T09:30:00+08:00"), "Asia/Shanghai", Lang::En).as_deref(),
            Some("CST")
        );
        // Zones the database names by a number are named by their offset.
        assert_eq!(
            zone_label(
                &at("2020-10-13T09:30:00+07:00"),
                "Asia/Ho_Chi_Minh",
                Lang::En
            )
            .as_deref(),
            Some("GMT+7")
        );
        assert_eq!(
            zone_label(
                &at("2020-10-13T09:30:00+08:00"),
                "Asia/Kuala_Lumpur",
                Lang::En
            )
            .as_deref(),
            Some("GMT+8")
        );
        assert_eq!(
            zone_label(&at("2020-10-13T09:30:00+05:30"), "Asia/Kolkata", Lang::En).as_deref(),
            Some("IST")
        );
        // Intl's Chinese short names are offsets.
        assert_eq!(
            zone_label(&oct, "Europe/Brussels", Lang::ZhHans).as_deref(),
            Some("GMT+2")
        );
        assert_eq!(zone_label(&oct, "Mars/Olympus", Lang::En), None);
    }
}
