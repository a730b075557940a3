//! The typed content model: one Rust type per JSON file under `public/content/`.
//!
//! Every struct denies unknown fields, so a misspelt key is an error rather than
//! a silently ignored value. Times are RFC 3339 with an explicit UTC offset.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;

#[cfg(not(target_arch = "wasm32"))]
use schemars::JsonSchema;

/// A date whose day, or even month, may be unknown: `2020-10-08`, `2020-10`
/// or `2018`.
///
/// Some sources only give the month or the year; the site must not invent
/// the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PubDate {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl PubDate {
    pub fn parse(s: &str) -> Result<Self, String> {
        let err = || format!("`{s}` is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY");
        let num = |p: &str, len: usize| -> Result<u32, String> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| err())
            } else {
                Err(err())
            }
        };
        let parts: Vec<&str> = s.split('-').collect();
        let (year, month, day) = match parts.as_slice() {
            [y] => (num(y, 4)? as i32, None, None),
            [y, m] => (num(y, 4)? as i32, Some(num(m, 2)?), None),
            [y, m, d] => (num(y, 4)? as i32, Some(num(m, 2)?), Some(num(d, 2)?)),
            _ => return Err(err()),
        };
        NaiveDate::from_ymd_opt(year, month.unwrap_or(1), day.unwrap_or(1))
            .ok_or_else(|| format!("`{s}` is not a real calendar date"))?;
        Ok(PubDate { year, month, day })
    }

    pub fn ymd(year: i32, month: u32, day: u32) -> Self {
        PubDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// The first day the date can stand for.
    pub fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
            .expect("validated at parse time")
    }

    /// The last day the date can mean: the day itself, the month's last
    /// day, or 31 December.
    pub fn last_day(&self) -> NaiveDate {
        match (self.month, self.day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.year, m, d),
            (Some(m), None) => NaiveDate::from_ymd_opt(self.year, m, 1)
                .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
                .and_then(|d| d.pred_opt()),
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31),
        }
        .expect("validated at parse time")
    }

    /// Sort key: a vaguer date sorts after every exact date it covers,
    /// because the item may have appeared at any point in that span.
    pub fn sort_key(&self) -> (i32, u32, u32) {
        (self.year, self.month.unwrap_or(13), self.day.unwrap_or(32))
    }
}

impl fmt::Display for PubDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PubDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PubDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PubDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl JsonSchema for PubDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PubDate".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
            "description": "A date: YYYY-MM-DD, or YYYY-MM or YYYY where the source gives no more"
        })
    }
}

/// Rich text. In an editor's file: Markdown (CommonMark: paragraphs
/// separated by a blank line, `## subheadings`, `- lists`, `1. lists`,
/// `> quotes`, `**strong**`, `*emphasis*`, `[links](https://…)` or to a page
/// of the site (`/news/<slug>/`), and figures `![description](images/x.svg
/// "caption")`). In the files the build writes: the HTML the build made of
/// it (`content::rich::html`), which is what the pages show: the browser
/// never parses Markdown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(transparent)]
pub struct Rich(pub String);

impl Rich {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An image shipped under `public/images/`, with its intrinsic size so the
/// layout can reserve space before it loads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Image {
    /// Path relative to the site root, e.g. `images/webinar.svg`.
    pub src: String,
    /// What the image shows, for people who cannot see it.
    pub alt: String,
    pub width: u32,
    pub height: u32,
}

/// A headline figure, e.g. the share of people living in cities.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KeyFigure {
    pub value: String,
    pub label: String,
    pub source: String,
}

/// One of the programme's two components, shown as a card on the homepage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Component {
    /// Roman numeral shown before the title ("I", "II").
    pub number: String,
    pub title: String,
    pub summary: String,
    /// Who the component covers, as shown to visitors.
    pub coverage: String,
    /// Site path of the component's section, e.g. `/city-cooperation`.
    pub link: String,
    pub source: String,
}

/// `site.json`: the programme text the homepage needs, and nothing heavier.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub name: String,
    /// The origin the site is served from, e.g. `https://www.iuc-asia.eu/`,
    /// for absolute links in the feeds and the sitemap. A sub-path comes
    /// from the build's public URL, not from here.
    pub url: String,
    pub tagline: String,
    /// Rich text (Markdown).
    pub intro: Rich,
    pub key_figures: Vec<KeyFigure>,
    pub components: Vec<Component>,
    pub countries_covered: Vec<String>,
    /// Names for the country codes used in news articles.
    pub country_names: Vec<Country>,
    pub source: String,
}

/// An RFC 3339 time with its offset, read by chrono's dedicated RFC 3339
/// parser rather than its general one (the same rules, a smaller wasm).
fn rfc3339<'de, D: serde::Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
    let s = <std::borrow::Cow<'de, str> as Deserialize>::deserialize(d)?;
    DateTime::parse_from_rfc3339(&s).map_err(serde::de::Error::custom)
}

/// One news article: `news/<slug>.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub slug: String,
    pub title: String,
    pub published: PubDate,
    /// Orders articles that share a date (higher is newer). Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<u32>,
    pub teaser: String,
    /// Rich text (Markdown): see `Rich`. Subheadings start at `##`.
    pub body: Rich,
    pub tags: Vec<String>,
    #[serde(default)]
    pub countries: Vec<String>,
    pub image: Image,
    pub source: String,
    /// The language of the text, when it is not the edition's own: the
    /// build sets "en" on an English article shown in the Chinese edition
    /// because no translation exists yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Not written by editors: the build sets the newer and the older
    /// article (at most one each) and the related ones, so an article page
    /// needs no other file. Summaries, so the browser parses them with the
    /// code it has for the news pages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub newer: Vec<ArticleSummary>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub older: Vec<ArticleSummary>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<ArticleSummary>,
    /// Not written by editors: the words in the body, for the reading time
    /// (the build counts them in the Markdown's text).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub words: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// The part of an article the feed and the homepage need (no body).
/// Generated into `news/index.json` by `site-gen`; editors never write it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ArticleSummary {
    pub slug: String,
    pub title: String,
    pub published: PubDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<u32>,
    pub teaser: String,
    pub tags: Vec<String>,
    #[serde(default)]
    pub countries: Vec<String>,
    pub image: Image,
    /// Words in the body, for the reading time.
    pub words: u32,
    /// As `Article::lang`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// `news/search/<key>.json`, one shard of the search index: the words
/// from the shard's key up to the next shard's, each with the articles
/// that contain it (positions in the newest-first order, delta-coded) in
/// its title, else its teaser, else its body. Generated by `site-gen`; a search
/// fetches only the shards of its words (`search::shards_for`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SearchShard {
    /// The build that wrote this file (first in it, set by `site-gen`):
    /// the browser never combines these files from two builds (T6).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub build: String,
    pub words: Vec<String>,
    /// Three lists per word: title, teaser, body.
    pub postings: Vec<Vec<u32>>,
}

/// `news/index.json`: what `/news` needs to page the whole archive and
/// offer its filters, without its summaries, which come twelve to a file
/// (`news/page/<n>.json`), or each article's topics and countries
/// (`NewsFacets`). Generated by `site-gen`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NewsCatalogue {
    /// The build that wrote this file (first in it, set by `site-gen`):
    /// the browser never combines these files from two builds (T6).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub build: String,
    pub total: u32,
    /// The topics in use, by tag.
    pub tags: Vec<String>,
    /// How many articles each topic has.
    pub tag_counts: Vec<u32>,
    /// The country codes in use.
    pub countries: Vec<String>,
    /// The keys of the search index's shards, in order: where each begins.
    pub shards: Vec<String>,
}

/// `news/facets.json`: what a topic or country filter on `/news` reads,
/// and only then: it grows with the archive (a few bytes an article), so
/// the list of all news does not load it. For each article, newest first:
/// its topics (positions in the catalogue's `tags`) and countries
/// (positions in its `countries`, after the topics'). Generated by
/// `site-gen`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NewsFacets {
    /// The build that wrote this file (first in it, set by `site-gen`):
    /// the browser never combines these files from two builds (T6).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub build: String,
    pub articles: Vec<Vec<u32>>,
}

/// `news/latest.json` and each `news/page/<n>.json`: summaries, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NewsIndex {
    /// The build that wrote this file (first in it, set by `site-gen`):
    /// the browser never combines these files from two builds (T6).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub build: String,
    /// How many articles exist in all (latest.json holds only a few).
    pub total: u32,
    pub articles: Vec<ArticleSummary>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Organiser {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Attendance {
    Online,
    OnSite,
    Hybrid,
}

/// Whether an event goes ahead as announced (schema.org's EventStatusType).
/// Absent in the content means scheduled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum EventStatus {
    #[default]
    Scheduled,
    Cancelled,
    Postponed,
    /// New dates are set; `start` and `end` hold them.
    Rescheduled,
    MovedOnline,
}

impl EventStatus {
    pub fn is_scheduled(&self) -> bool {
        *self == EventStatus::Scheduled
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Venue {
    pub name: String,
    pub city: String,
    pub country: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    pub name: String,
    pub role: String,
    pub organisation: String,
    pub country: String,
}

/// One event in `events.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub slug: String,
    pub title: String,
    /// RFC 3339 with the offset in force where the event happens.
    #[serde(deserialize_with = "rfc3339")]
    pub start: DateTime<FixedOffset>,
    #[serde(deserialize_with = "rfc3339")]
    pub end: DateTime<FixedOffset>,
    /// All-day events show dates only; their times are midnight-to-midnight.
    #[serde(default)]
    pub all_day: bool,
    /// IANA zone of the venue (or of the organiser, for online events).
    pub time_zone: String,
    pub organiser: String,
    pub category: String,
    /// Working language, where the source states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub attendance: Attendance,
    /// Cancelled, postponed, rescheduled or moved online; scheduled when absent.
    #[serde(default, skip_serializing_if = "EventStatus::is_scheduled")]
    pub status: EventStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<Venue>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recording_url: Option<String>,
    pub summary: String,
    /// Rich text (Markdown).
    pub description: Rich,
    #[serde(default)]
    pub sessions: Vec<String>,
    #[serde(default)]
    pub speakers: Vec<Speaker>,
    /// Editorial notes shown to visitors, e.g. conflicting sources.
    #[serde(default)]
    pub notes: Vec<String>,
    pub source: String,
    /// Not written by editors: the build sets "en" on an English event shown
    /// in another edition because no translation exists yet, as for articles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Not written by editors: the build sets the zone's short name at the
    /// start ("CEST", "GMT+7") in the edition's language, as the browser's
    /// `Intl` writes it, so the browser, which has no time zone database,
    /// needs no `Intl` formatter per zone (they cost a third of the event
    /// page's first render).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_label: Option<String>,
}

/// `events.json`. The build splits it for the browser: `events/index.json`
/// (no events, but `years`, `languages` and `span`), one file per year
/// and one per event (`events::index_file`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EventsFile {
    pub organisers: Vec<Organiser>,
    pub categories: Vec<Category>,
    pub events: Vec<Event>,
    /// Not written by editors: in `events/index.json`, the years that have
    /// events, each with a file of its own (`files::events_year`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub years: Vec<u32>,
    /// Not written by editors: in `events/index.json`, the events'
    /// languages, for the filter.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// Not written by editors: in `events/index.json`, the first and the
    /// last month with events ("2020-10"), which bound the month view.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub span: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct City {
    pub id: String,
    pub name: String,
    /// A country code listed in `countries`.
    pub country: String,
    pub lat: f64,
    pub lon: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub date: PubDate,
    pub text: String,
    /// The page that carries this milestone, where it is not the pairing's
    /// own `source`. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PairingKind {
    Pair,
    Cluster,
}

/// One city pairing or cluster of Component I.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Pairing {
    pub slug: String,
    pub title: String,
    pub kind: PairingKind,
    pub round: u16,
    pub chinese_cities: Vec<String>,
    pub eu_cities: Vec<String>,
    pub themes: Vec<String>,
    pub summary: String,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    #[serde(default)]
    pub action_plan: Vec<String>,
    #[serde(default)]
    pub pilot_projects: Vec<String>,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TextBlock {
    pub heading: String,
    /// Rich text (Markdown) under the heading: its subheadings start at `###`.
    pub body: Rich,
}

/// `cooperation.json`: Component I.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Cooperation {
    /// Rich text (Markdown).
    pub intro: Rich,
    pub sections: Vec<TextBlock>,
    pub key_figures: Vec<KeyFigure>,
    pub countries: Vec<Country>,
    pub cities: Vec<City>,
    pub pairings: Vec<Pairing>,
    /// Facts the sources leave open, stated as such.
    #[serde(default)]
    pub open_questions: Vec<String>,
    pub source: String,
}

impl Cooperation {
    /// Puts what the pages list in the order they show it: each pairing's
    /// milestones by date, and the countries by name. The build does this
    /// once for every edition (`ContentSet::check`), so the browser sorts
    /// nothing here: each sort the wasm holds is about 3 KB of code.
    pub fn put_in_display_order(&mut self) {
        for p in &mut self.pairings {
            p.milestones.sort_by_key(|m| m.date.sort_key());
        }
        self.countries.sort_by(|a, b| a.name.cmp(&b.name));
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Pillar {
    pub title: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    /// When, e.g. "On joining", "Within 2 years".
    pub when: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    pub name: String,
    pub date: PubDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The page that carries this signature, where it is not the country's
    /// own `source`. Optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CovenantCountry {
    pub code: String,
    pub name: String,
    pub summary: String,
    pub signatories: Vec<Signatory>,
    pub pilot_cities: Vec<String>,
    /// Shown where a list is empty or a fact is unconfirmed.
    #[serde(default)]
    pub notes: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// `covenant.json`: Component II.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Covenant {
    /// Rich text (Markdown).
    pub intro: Rich,
    pub pillars: Vec<Pillar>,
    pub commitments: Vec<Commitment>,
    pub reporting: Vec<String>,
    pub countries: Vec<CovenantCountry>,
    pub support: Vec<String>,
    pub how_to_join: Vec<String>,
    pub sources: Vec<String>,
}

/// One static page (about, legal notice, privacy, accessibility).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub slug: String,
    pub title: String,
    pub description: String,
    pub intro: String,
    pub sections: Vec<TextBlock>,
    /// Date of the last review of the text.
    pub updated: PubDate,
}

/// A fact that only the site's owner can give: who publishes the site, who
/// is responsible for visitors' data, how to report an accessibility
/// problem. Nobody else may fill it in, so until the owner does, the content
/// says what is missing and the page shows visitors that it is missing.
///
/// In JSON: `{"value": "…"}` once supplied, `{"missing": "what the owner
/// must supply"}` until then.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum OwnerFact {
    /// The fact as the owner supplied it, shown to visitors as written.
    Value(String),
    /// Not supplied yet: what the owner must give. Visitors see that this
    /// is missing, and `content-check` names it.
    Missing(String),
}

impl OwnerFact {
    /// The supplied text, if the owner has given it.
    pub fn value(&self) -> Option<&str> {
        match self {
            OwnerFact::Value(v) => Some(v),
            OwnerFact::Missing(_) => None,
        }
    }

    /// What is still to be supplied, if it is missing.
    pub fn missing(&self) -> Option<&str> {
        match self {
            OwnerFact::Value(_) => None,
            OwnerFact::Missing(m) => Some(m),
        }
    }
}

/// Owner facts shown on the `legal-notice` page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LegalNoticeFacts {
    /// Name and postal address of the organisation that publishes the site
    /// and answers for its content.
    pub publisher: OwnerFact,
    /// How visitors reach the publisher: an email address or contact form.
    pub contact: OwnerFact,
    /// The terms on which the site's own text and images may be reused.
    pub reuse_terms: OwnerFact,
}

/// Owner facts shown on the `privacy` page (the information GDPR Art. 13,
/// or Regulation (EU) 2018/1725 Art. 15 for an EU body, requires).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PrivacyFacts {
    /// Who is responsible for visitors' personal data (the data
    /// controller): name and postal address.
    pub controller: OwnerFact,
    /// Where to send data protection requests, and the data protection
    /// officer's contact where there is one.
    pub contact: OwnerFact,
    /// The legal basis for keeping server logs.
    pub legal_basis: OwnerFact,
    /// How long server logs are kept.
    pub retention: OwnerFact,
    /// Who receives the logs: the hosting provider or CDN that serves the
    /// site, and whether data leaves the EU.
    pub recipients: OwnerFact,
}

/// Owner facts shown on the `accessibility` page (the parts of the model
/// statement of Implementing Decision (EU) 2018/1523 that only the
/// publisher can give).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AccessibilityFacts {
    /// Fully, partially or not compliant, and the non-accessible content
    /// with the reasons.
    pub compliance_status: OwnerFact,
    /// Where visitors report accessibility problems or ask for content in
    /// another format.
    pub feedback_contact: OwnerFact,
    /// When the statement was prepared and last reviewed, and how
    /// (self-assessment or third-party evaluation).
    pub preparation: OwnerFact,
}

/// `pages.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Pages {
    pub pages: Vec<Page>,
    /// Shown on the page with slug `legal-notice`.
    pub legal_notice: LegalNoticeFacts,
    /// Shown on the page with slug `privacy`.
    pub privacy: PrivacyFacts,
    /// Shown on the page with slug `accessibility`.
    pub accessibility: AccessibilityFacts,
}

impl Pages {
    /// Every owner fact with its group and field name (the JSON path
    /// `group.field`), in the order the pages show them. The group names the
    /// page: `legal_notice` → `legal-notice`, `privacy`, `accessibility`.
    pub fn owner_facts(&self) -> [(&'static str, &'static str, &OwnerFact); 11] {
        let (l, p, a) = (&self.legal_notice, &self.privacy, &self.accessibility);
        [
            ("legal_notice", "publisher", &l.publisher),
            ("legal_notice", "contact", &l.contact),
            ("legal_notice", "reuse_terms", &l.reuse_terms),
            ("privacy", "controller", &p.controller),
            ("privacy", "contact", &p.contact),
            ("privacy", "legal_basis", &p.legal_basis),
            ("privacy", "retention", &p.retention),
            ("privacy", "recipients", &p.recipients),
            ("accessibility", "compliance_status", &a.compliance_status),
            ("accessibility", "feedback_contact", &a.feedback_contact),
            ("accessibility", "preparation", &a.preparation),
        ]
    }
}
