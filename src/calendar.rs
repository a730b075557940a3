//! Calendar logic: month grids, which days an event covers, and the
//! calendar's state in the URL.

use crate::content::model::Event;
use crate::lang::Lang;
use chrono::{Datelike, Duration, NaiveDate};

/// A month, e.g. October 2020.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    /// Parses `YYYY-MM`, years 1000 to 9999: "0000-01" would show as
    /// "January 0" (T19), and "+202-01" as the year 202.
    pub fn parse(s: &str) -> Option<Month> {
        let (y, m) = s.split_once('-')?;
        if y.len() != 4
            || m.len() != 2
            || y.starts_with('0')
            || !(y.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        let month = Month {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
        };
        NaiveDate::from_ymd_opt(month.year, month.month, 1).map(|_| month)
    }

    pub fn of(d: NaiveDate) -> Month {
        Month {
            year: d.year(),
            month: d.month(),
        }
    }

    pub fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("valid month")
    }

    pub fn next(&self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    pub fn prev(&self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                year: self.year,
                month: self.month - 1,
            }
        }
    }

    pub fn days(&self) -> u32 {
        (self.next().first_day() - self.first_day()).num_days() as u32
    }

    /// "2020-10".
    pub fn key(&self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    /// "October 2020" / "2020年10月".
    pub fn label_in(&self, lang: Lang) -> String {
        crate::format::month_label_in(lang, self.year, self.month)
    }
}

/// The weeks of a month, Monday first; days outside the month are `None`.
pub fn month_grid(m: Month) -> Vec<[Option<NaiveDate>; 7]> {
    let first = m.first_day();
    let lead = first.weekday().num_days_from_monday() as i64;
    let mut weeks = Vec::new();
    let mut day = first - Duration::days(lead);
    loop {
        let mut week = [None; 7];
        for cell in week.iter_mut() {
            if Month::of(day) == m {
                *cell = Some(day);
            }
            day += Duration::days(1);
        }
        weeks.push(week);
        if Month::of(day) != m {
            break;
        }
    }
    weeks
}

/// Where the month view's previous and next links lead from month `m`: they
/// stay within the events' months plus one month either side, and from a
/// month outside that range they jump straight back into it, so a crawler
/// following "next" stops instead of walking empty months for ever.
pub fn month_steps(span: &[String], m: Month) -> (Option<Month>, Option<Month>) {
    let Some((first, last)) = (|| {
        Some((
            Month::parse(span.first()?)?.prev(),
            Month::parse(span.get(1)?)?.next(),
        ))
    })() else {
        return (None, None);
    };
    let prev = (m > first).then(|| m.prev().min(last));
    let next = (m < last).then(|| m.next().max(first));
    (prev, next)
}

/// Parses `YYYY-MM-DD` (a real calendar day).
pub fn parse_day(s: &str) -> Option<NaiveDate> {
    let (m, d) = s.rsplit_once('-')?;
    let month = Month::parse(m)?;
    if d.len() != 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(month.year, month.month, d.parse().ok()?)
}

/// How the calendar is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
    /// Upcoming events, by month (the default).
    Upcoming,
    /// Past events, newest first, paged.
    Past,
    Month(Option<Month>),
    Day(NaiveDate),
}

/// A part of the calendar's address (`view`, `month`, `date`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Param {
    View,
    Month,
    Date,
}

/// The calendar's state, as it appears in the URL query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventsQuery {
    pub view: View,
    pub category: Option<String>,
    pub organiser: Option<String>,
    pub language: Option<String>,
    pub page: Option<String>,
    /// A `view`, `month` or `date` value that could not be read, as given.
    pub invalid: Option<(Param, String)>,
}

impl EventsQuery {
    /// The query keys `from_query` reads.
    pub const KEYS: [&'static str; 7] = [
        "view",
        "month",
        "date",
        "category",
        "organiser",
        "language",
        "page",
    ];

    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Self {
        let val = |k: &str| {
            get(k)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let mut invalid = None;
        let view = match val("view").as_deref() {
            None | Some("list") => View::Upcoming,
            Some("past") => View::Past,
            Some("month") => View::Month(val("month").and_then(|m| {
                let parsed = Month::parse(&m);
                if parsed.is_none() {
                    invalid = Some((Param::Month, m));
                }
                parsed
            })),
            Some("day") => match val("date").and_then(|d| parse_day(&d)) {
                Some(d) => View::Day(d),
                None => {
                    invalid = Some((Param::Date, val("date").unwrap_or_default()));
                    View::Upcoming
                }
            },
            Some(other) => {
                invalid = Some((Param::View, other.to_string()));
                View::Upcoming
            }
        };
        EventsQuery {
            view,
            category: val("category"),
            organiser: val("organiser"),
            language: val("language"),
            page: val("page"),
            invalid,
        }
    }

    pub fn with_view(&self, view: View) -> Self {
        EventsQuery {
            view,
            page: None,
            invalid: None,
            ..self.clone()
        }
    }

    /// The path for this state; filters carry over between views.
    pub fn href(&self) -> String {
        use crate::routes::encode;
        let mut parts: Vec<String> = Vec::new();
        match &self.view {
            View::Upcoming => {}
            View::Past => parts.push("view=past".into()),
            View::Month(None) => parts.push("view=month".into()),
            View::Month(Some(m)) => parts.push(format!("view=month&month={}", m.key())),
            View::Day(d) => parts.push(format!("view=day&date={d}")),
        }
        for (k, v) in [
            ("category", &self.category),
            ("organiser", &self.organiser),
            ("language", &self.language),
        ] {
            if let Some(v) = v {
                parts.push(format!("{k}={}", encode(v)));
            }
        }
        if let Some(p) = self.page.as_deref().filter(|p| *p != "1") {
            parts.push(format!("page={}", encode(p)));
        }
        crate::routes::Route::Events.with_query(&parts.join("&"))
    }

    pub fn is_filtered(&self) -> bool {
        self.category.is_some() || self.organiser.is_some() || self.language.is_some()
    }

    pub fn matches(&self, e: &Event) -> bool {
        self.category.as_ref().is_none_or(|c| &e.category == c)
            && self.organiser.as_ref().is_none_or(|o| &e.organiser == o)
            && self
                .language
                .as_ref()
                .is_none_or(|l| e.language.as_ref() == Some(l))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{parse, EventsFile};
    use crate::format::{weekday_index, weekday_names};

    fn d(s: &str) -> NaiveDate {
        parse_day(s).unwrap()
    }

    fn shipped() -> EventsFile {
        parse(
            "events.json",
            include_str!("../tests/fixtures/content/events.json"),
        )
        .unwrap()
    }

    #[test]
    fn month_links_stop_a_month_beyond_the_events() {
        let index = crate::events::index_file(&shipped());
        let m = |s| Some(Month::parse(s).unwrap());
        // The fixture's events run from March 2017 to 22 October 2020.
        let steps = |s| month_steps(&index.span, Month::parse(s).unwrap());
        assert_eq!(steps("2020-10"), (m("2020-09"), m("2020-11")));
        assert_eq!(steps("2020-11"), (m("2020-10"), None));
        assert_eq!(steps("2017-02"), (None, m("2017-03")));
        // Far outside, each link leads straight back to the range.
        assert_eq!(steps("2026-11"), (m("2020-11"), None));
        assert_eq!(steps("1999-01"), (None, m("2017-02")));
        assert_eq!(
            month_steps(&[], Month::parse("2020-10").unwrap()),
            (None, None)
        );
    }

    #[test]
    fn months_step_and_count_days() {
        for bad in ["0000-01", "0999-12", "+202-01", "2020-+1", "2020-13"] {
            assert_eq!(Month::parse(bad), None, "{bad}");
        }
        let m = Month::parse("2020-12").unwrap();
        assert_eq!(m.next().key(), "2021-01");
        assert_eq!(Month::parse("2021-01").unwrap().prev().key(), "2020-12");
        assert_eq!(Month::parse("2020-02").unwrap().days(), 29);
        assert_eq!(Month::parse("2019-02").unwrap().days(), 28);
        assert_eq!(Month::parse("2000-02").unwrap().days(), 29);
        assert_eq!(Month::parse("1900-02").unwrap().days(), 28);
        assert_eq!(m.label_in(Lang::En), "December 2020");
        assert_eq!(m.label_in(Lang::ZhHans), "2020年12月");
        assert_eq!(
            Month::parse("2021-01").unwrap().label_in(Lang::ZhHans),
            "2021年1月"
        );
        for bad in ["2020-13", "2020-1", "20-10", "2020", "abcd-ef"] {
            assert!(Month::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn grid_starts_on_monday_and_holds_every_day_once() {
        // October 2020 starts on a Thursday and needs five rows.
        let g = month_grid(Month::parse("2020-10").unwrap());
        assert_eq!(g.len(), 5);
        assert_eq!(
            g[0],
            [
                None,
                None,
                None,
                Some(d("2020-10-01")),
                Some(d("2020-10-02")),
                Some(d("2020-10-03")),
                Some(d("2020-10-04"))
            ]
        );
        assert_eq!(g[4][5], Some(d("2020-10-31")));
        // February 2021 starts on a Monday and fits exactly four rows.
        let g = month_grid(Month::parse("2021-02").unwrap());
        assert_eq!(g.len(), 4);
        assert_eq!(g[0][0], Some(d("2021-02-01")));
        assert_eq!(g[3][6], Some(d("2021-02-28")));
        // A leap February starting on a Saturday (2020) needs five rows.
        let g = month_grid(Month::parse("2020-02").unwrap());
        assert_eq!(g.len(), 5);
        assert_eq!(g[4][5], Some(d("2020-02-29")));
        // August 2021 starts on a Sunday and needs six rows.
        let g = month_grid(Month::parse("2021-08").unwrap());
        assert_eq!(g.len(), 6);
        assert_eq!(g[0][6], Some(d("2021-08-01")));
        // Every month of a range: each day exactly once, in its weekday column.
        let mut m = Month::parse("2019-01").unwrap();
        for _ in 0..36 {
            let days: Vec<_> = month_grid(m)
                .iter()
                .flat_map(|w| {
                    w.iter()
                        .enumerate()
                        .filter_map(|(i, c)| c.map(|c| (i, c)))
                        .collect::<Vec<_>>()
                })
                .collect();
            assert_eq!(days.len() as u32, m.days());
            for (col, day) in days {
                assert_eq!(col, weekday_index(day));
            }
            m = m.next();
        }
    }

    #[test]
    fn days_parse_strictly() {
        assert_eq!(
            parse_day("2020-02-29"),
            NaiveDate::from_ymd_opt(2020, 2, 29)
        );
        for bad in ["2019-02-29", "2020-10-1", "2020-10", "x", "2020-10-19x"] {
            assert!(parse_day(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn query_round_trips() {
        let q = EventsQuery::from_query(|k| match k {
            "view" => Some("month".into()),
            "month" => Some("2020-10".into()),
            "category" => Some("climate-action".into()),
            _ => None,
        });
        assert_eq!(q.view, View::Month(Month::parse("2020-10")));
        assert_eq!(
            q.href(),
            "/events/?view=month&month=2020-10&category=climate-action"
        );
        assert_eq!(
            q.with_view(View::Past).href(),
            "/events/?view=past&category=climate-action"
        );
        let bad = EventsQuery::from_query(|k| match k {
            "view" => Some("month".into()),
            "month" => Some("2020-13".into()),
            _ => None,
        });
        assert_eq!(bad.view, View::Month(None));
        assert_eq!(bad.invalid, Some((Param::Month, "2020-13".to_string())));
        let day = EventsQuery::from_query(|k| match k {
            "view" => Some("day".into()),
            "date" => Some("2020-10-19".into()),
            _ => None,
        });
        assert_eq!(day.view, View::Day(d("2020-10-19")));
        assert_eq!(day.href(), "/events/?view=day&date=2020-10-19");
        let weird = EventsQuery::from_query(|k| (k == "view").then(|| "agenda".into()));
        assert_eq!(weird.view, View::Upcoming);
        assert_eq!(weird.invalid, Some((Param::View, "agenda".to_string())));
    }

    #[test]
    fn weekday_columns_in_both_languages() {
        assert_eq!(weekday_names(Lang::En)[0], ("Mon", "Monday"));
        assert_eq!(weekday_names(Lang::ZhHans)[0], ("一", "星期一"));
        assert_eq!(weekday_names(Lang::ZhHans)[6], ("日", "星期日"));
        // The grid's columns and the date labels agree on the weekday.
        let d = d("2020-10-19");
        assert_eq!(weekday_names(Lang::ZhHans)[weekday_index(d)].1, "星期一");
        assert!(crate::format::day_label_in(Lang::ZhHans, d).contains("星期一"));
    }
}
