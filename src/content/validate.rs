//! Rules beyond what the types can express: slugs, titles, time order, links,
//! images, references between files and coordinates.
//!
//! Each rule reports a [`Problem`] located at the offending field, so an
//! editor can jump straight to it.

use super::load::{Locator, Problem, Seg};
use super::model::*;
use crate::jpath;
use std::collections::HashSet;

/// A parsed file together with its name and text (for locating problems).
pub struct Source<T> {
    pub file: String,
    pub text: String,
    pub value: T,
    /// Where each value starts, built on the first problem, so that many
    /// problems in one file are located in linear time.
    pub locator: std::sync::OnceLock<Locator>,
}

impl<T> Source<T> {
    pub fn new(file: impl Into<String>, text: impl Into<String>, value: T) -> Self {
        Source {
            file: file.into(),
            text: text.into(),
            value,
            locator: Default::default(),
        }
    }

    /// A problem at `path` in this file.
    pub fn problem(&self, path: &[Seg], message: impl Into<String>) -> Problem {
        let locator = self.locator.get_or_init(|| Locator::new(&self.text));
        Problem::located(&self.file, locator, path, message)
    }

    /// A problem at byte `offset` of the string at `path` (a rich text's
    /// problem, at the offending characters).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn problem_inside(
        &self,
        path: &[Seg],
        offset: usize,
        message: impl Into<String>,
    ) -> Problem {
        let locator = self.locator.get_or_init(|| Locator::new(&self.text));
        let mut p = Problem::located(&self.file, locator, path, message);
        if let Some((line, column)) = locator.locate_inside(path, offset) {
            (p.line, p.column) = (line, column);
        }
        p
    }
}

/// Collects problems for one file.
struct Report<'a, T> {
    src: &'a Source<T>,
    out: &'a mut Vec<Problem>,
}

impl<T> Report<'_, T> {
    fn add(&mut self, path: Vec<Seg>, message: impl Into<String>) {
        self.out.push(self.src.problem(&path, message));
    }

    fn title(&mut self, path: Vec<Seg>, value: &str) {
        if !has_visible_text(value) {
            self.add(path, "must not be empty: every page needs a visible title");
        }
    }

    fn link(&mut self, path: Vec<Seg>, value: &str) {
        if let Err(msg) = check_link(value) {
            self.add(path, msg);
        }
    }

    /// A record's `source`: a link to the page that carries its facts.
    fn source(&mut self, path: Vec<Seg>, value: &str) {
        if let Err(msg) = check_source(value) {
            self.add(path, msg);
        }
    }

    fn owner_fact(&mut self, path: Vec<Seg>, fact: &OwnerFact) {
        let text = fact.value().or(fact.missing()).unwrap_or_default();
        if is_blank(text) {
            self.add(
                path,
                "must not be empty: give the owner's text as {\"value\": …}, or say what is missing as {\"missing\": …}",
            );
        }
    }

    fn slug(&mut self, path: Vec<Seg>, value: &str, seen: &mut HashSet<String>) {
        if !is_safe_slug(value) {
            self.add(
                path,
                format!("`{value}` is not a safe slug: use lowercase letters, digits and single hyphens"),
            );
        } else if !seen.insert(value.to_string()) {
            self.add(path, format!("slug `{value}` is used twice"));
        }
    }
}

/// Does `s` show anything? Spaces and invisible format characters (zero
/// width space and joiners, word joiner, soft hyphen, BOM) do not.
pub fn has_visible_text(s: &str) -> bool {
    s.chars().any(|c| {
        !c.is_whitespace()
            && !c.is_control()
            && !matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}')
    })
}

/// `a-z`, `0-9` and single inner hyphens: safe in URLs and file names.
pub fn is_safe_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 100
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Only links a visitor can safely follow: `https:`, `http:` and `mailto:`.
pub fn check_link(url: &str) -> Result<(), String> {
    let lower = url.trim().to_ascii_lowercase();
    // No user name before the host: `https://www.iuc-asia.eu@evil.example/`
    // reads as this site but goes to evil.example.
    let authority = lower.split_once("://").map_or("", |(_, rest)| {
        rest.split(['/', '?', '#']).next().unwrap_or("")
    });
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && lower.len() > 10
        && !authority.contains('@')
        || lower.starts_with("mailto:") && lower.contains('@');
    // Whitespace, controls, `\\` (browsers read it as `/`) and bidi or
    // zero-width marks (a link that reads differently from where it goes).
    if ok
        && !url.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(c, '"' | '<' | '\\' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
        })
    {
        Ok(())
    } else {
        Err(format!(
            "`{url}` is not an allowed link: use a full https:, http: or mailto: address"
        ))
    }
}

/// A `source` must be a web page that carries the record's facts. A link
/// can be valid and still prove nothing: a site's homepage or a WordPress
/// month archive (`…/2020/10/`) changes over time and does not hold the
/// specific claim. A root URL with a query (`https://host/?date=2020-10-18`)
/// names one captured view of a page and is accepted.
pub fn check_source(url: &str) -> Result<(), String> {
    check_link(url)?;
    let lower = url.trim().to_ascii_lowercase();
    if lower.starts_with("mailto:") {
        return Err(format!(
            "`{url}` is not a web page: a source must link the page that carries the facts"
        ));
    }
    let after_scheme = &url[url.find("://").map_or(0, |i| i + 3)..];
    let rest = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
    let (path, query) = match rest.find(['?', '#']) {
        Some(i) => (&rest[..i], rest[i..].starts_with('?')),
        None => (rest, false),
    };
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    if segments.is_empty() && !query {
        return Err(format!(
            "`{url}` is a site's homepage, not a source: link the page that carries the facts"
        ));
    }
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if let [year, month] = segments.as_slice() {
        if digits(year, 4) && digits(month, 2) {
            return Err(format!(
                "`{url}` is a month archive, not a source: link the article itself"
            ));
        }
    }
    Ok(())
}

/// Text a visitor would not see: empty, or only spaces and invisible
/// characters (no-break and zero-width spaces, soft hyphens, BOM).
pub fn is_blank(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
            )
    })
}

/// Keys whose text is a heading somewhere: a page, card or list item shows
/// it as the only label of a record.
const LABEL_KEYS: [&str; 3] = ["title", "name", "heading"];

/// The longest title, name or heading, in characters. The longest shipped
/// is 120; the bound keeps what the build spends on one (the share card's
/// line breaking, T5) and what a page shows small.
pub const MAX_LABEL: usize = 300;

/// Every `title`, `name` and `heading` in a file, at any depth, must have
/// visible text. Walking the JSON rather than the types means a label added
/// to the model later (a pillar, a speaker, a venue) is covered without
/// anyone remembering to add a rule.
pub fn validate_labels(file: &str, text: &str, out: &mut Vec<Problem>) {
    fn walk(v: &serde_json::Value, path: &mut Vec<Seg>, found: &mut Vec<(Vec<Seg>, String)>) {
        match v {
            serde_json::Value::Object(map) => {
                for (k, child) in map {
                    path.push(Seg::Key(k.clone()));
                    match child {
                        serde_json::Value::String(s) if LABEL_KEYS.contains(&k.as_str()) => {
                            if is_blank(s) {
                                found.push((
                                    path.clone(),
                                    "must not be empty: titles, names and headings need visible text".into(),
                                ));
                            } else {
                                let n = s.chars().count();
                                if n > MAX_LABEL {
                                    found.push((path.clone(), format!(
                                        "is {n} characters long: titles, names and headings may have at most {MAX_LABEL}, so that a page's title, its share card and a search result can show them"
                                    )));
                                }
                            }
                        }
                        _ => walk(child, path, found),
                    }
                    path.pop();
                }
            }
            serde_json::Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    path.push(Seg::Index(i));
                    walk(child, path, found);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
        return; // a parse error is already reported
    };
    let mut found = Vec::new();
    walk(&value, &mut Vec::new(), &mut found);
    for (path, message) in found {
        out.push(Problem::at(file, text, &path, message));
    }
}

/// Are two names one slip of the keyboard apart? One letter changed, added
/// or dropped, or two letters swapped ("Watabane" for "Watanabe").
/// Case is ignored; identical names are the same person, not a slip.
pub fn one_edit_apart(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.trim().to_lowercase().chars().collect();
    let b: Vec<char> = b.trim().to_lowercase().chars().collect();
    if a == b {
        return false;
    }
    let (long, short) = if a.len() >= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    match long.len() - short.len() {
        0 => {
            let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
            match diff.as_slice() {
                [_] => true,
                [i, j] => a[*i] == b[*j] && a[*j] == b[*i],
                _ => false,
            }
        }
        1 => {
            let i = (0..short.len())
                .find(|&i| long[i] != short[i])
                .unwrap_or(short.len());
            long[i + 1..] == short[i..]
        }
        _ => false,
    }
}

/// Warnings (not errors): speakers' names one slip apart from another
/// speaker's name, probably the same person misspelt. One line per pair,
/// at the later name.
pub fn name_warnings(src: &Source<EventsFile>, out: &mut Vec<Problem>) {
    // Each distinct name once, where it first appears: comparing distinct
    // names keeps this fast however often a speaker recurs.
    let mut seen: Vec<(Vec<Seg>, &str)> = Vec::new();
    for (i, e) in src.value.events.iter().enumerate() {
        for (j, s) in e.speakers.iter().enumerate() {
            if seen.iter().any(|(_, n)| *n == s.name) {
                continue;
            }
            let path = jpath!["events", i, "speakers", j, "name"];
            for (other_path, other) in &seen {
                if one_edit_apart(&s.name, other) {
                    out.push(src.problem(
                        &path,
                        format!(
                            "warning: `{}` differs by one letter from `{other}` at {}: check which spelling is right",
                            s.name,
                            super::load::path_to_string(other_path)
                        ),
                    ));
                }
            }
            seen.push((path, &s.name));
        }
    }
}

/// The owner facts still missing, one line each, naming what to supply.
/// These are not errors: the site builds and says plainly what is missing.
pub fn owner_gaps(src: &Source<Pages>, out: &mut Vec<Problem>) {
    for (group, field, fact) in src.value.owner_facts() {
        if let Some(what) = fact.missing() {
            let path = [Seg::Key(group.into()), Seg::Key(field.into())];
            out.push(Problem::at(
                &src.file,
                &src.text,
                &path,
                format!("only the site owner can supply this: {}", what.trim()),
            ));
        }
    }
}

/// `https://host` from `https://host/path`.
pub fn origin_of(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    match url[after_scheme..].find('/') {
        Some(i) => &url[..after_scheme + i],
        None => url,
    }
}

/// A path on this site: `/` then letters, digits and `-._~/?#=&%+`. Browsers
/// drop tabs and newlines and read `\\` as `/`, so `/\\evil.example` or
/// `/\t/evil.example` would lead off the site like `//evil.example`.
pub fn internal_link_ok(link: &str) -> bool {
    link.starts_with('/')
        && !link.starts_with("//")
        && link
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~/?#=&%+".contains(&b))
}

/// The site's origin: `http(s)://host[:port]`, optionally ending in `/`; no
/// user name, path, query or fragment, since every absolute link in the
/// feed, the calendars and the sitemap starts with it.
pub fn site_url_ok(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (rest, None),
    };
    let port_ok = port.is_none_or(|p| {
        !p.is_empty()
            && p.len() <= 5
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse::<u32>().is_ok_and(|n| (1..=65535).contains(&n))
    });
    let host_ok = host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    port_ok && host_ok
}

fn image(
    r: &mut Report<'_, impl Sized>,
    path: Vec<Seg>,
    img: &Image,
    exists: &dyn Fn(&str) -> bool,
) {
    let mut p = path.clone();
    p.push(Seg::Key("src".into()));
    if !img.src.starts_with("images/") || img.src.contains("..") {
        r.add(p, format!("`{}` must be a file under images/", img.src));
    } else if !is_plain_file_name(&img.src["images/".len()..]) {
        // `#` or `?` would end the path in a URL (T15); spaces, quotes and
        // capitals make addresses that hosts and editors get wrong.
        r.add(
            p,
            format!(
                "`{}`: image names may use only lowercase letters, digits, `-`, `_` and `.` (and `/` between folders)",
                img.src
            ),
        );
    } else if !exists(&img.src) {
        r.add(p, format!("image `public/{}` does not exist", img.src));
    }
    if img.alt.trim().is_empty() {
        let mut p = path.clone();
        p.push(Seg::Key("alt".into()));
        r.add(p, "must describe the image for people who cannot see it");
    }
    if img.width == 0 || img.height == 0 {
        r.add(
            path,
            "width and height must be set, so the page does not jump as it loads",
        );
    } else if let Err(msg) = image_size_ok(img.width, img.height) {
        r.add(path, msg);
    }
}

/// The largest side of an illustration, in pixels, and its most extreme
/// shape. The build draws each illustration as a share image (T3: a
/// 1×100,000 image asked for 576 GB), and a page shows it across its
/// column: beyond these bounds nothing useful is lost.
pub const MAX_IMAGE_SIDE: u32 = 10_000;
pub const MAX_IMAGE_RATIO: u32 = 4;

pub fn image_size_ok(width: u32, height: u32) -> Result<(), String> {
    if width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE {
        return Err(format!(
            "{width}×{height} is too large: an illustration may be at most {MAX_IMAGE_SIDE} pixels on each side"
        ));
    }
    let (long, short) = (width.max(height) as u64, width.min(height) as u64);
    if long > short * MAX_IMAGE_RATIO as u64 {
        return Err(format!(
            "{width}×{height} is too narrow a shape: an illustration's long side may be at most {MAX_IMAGE_RATIO} times its short side"
        ));
    }
    Ok(())
}

/// A file name (with folders) of lowercase letters, digits, `-`, `_`, `.`,
/// and `/` between non-empty folders, not starting with a dot.
pub fn is_plain_file_name(name: &str) -> bool {
    !name.is_empty()
        && name.split('/').all(|seg| {
            !seg.is_empty()
                && !seg.starts_with('.')
                && seg
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.".contains(&b))
        })
}

pub fn validate_site(src: &Source<Site>, out: &mut Vec<Problem>) {
    let mut r = Report { src, out };
    let s = &src.value;
    r.title(jpath!["name"], &s.name);
    r.source(jpath!["source"], &s.source);
    if !site_url_ok(&s.url) {
        r.add(
            jpath!["url"],
            format!(
                "`{}` must be the site's origin, like https://www.example.org/",
                s.url
            ),
        );
    }
    let mut codes = HashSet::new();
    for (i, c) in s.country_names.iter().enumerate() {
        if c.code.len() != 2 || !c.code.bytes().all(|b| b.is_ascii_uppercase()) {
            r.add(
                jpath!["country_names", i, "code"],
                format!("`{}` is not a two-letter country code", c.code),
            );
        } else if !codes.insert(c.code.clone()) {
            r.add(
                jpath!["country_names", i, "code"],
                format!("country `{}` is listed twice", c.code),
            );
        }
    }
    for (i, f) in s.key_figures.iter().enumerate() {
        r.source(jpath!["key_figures", i, "source"], &f.source);
    }
    for (i, c) in s.components.iter().enumerate() {
        r.source(jpath!["components", i, "source"], &c.source);
        if !internal_link_ok(&c.link) {
            r.add(
                jpath!["components", i, "link"],
                "must be a site path starting with / (letters, digits and -._~/?#=&%+ only)",
            );
        }
    }
}

/// `countries` are the codes named in `site.json`, when it parsed.
pub fn validate_articles(
    articles: &[Source<Article>],
    exists: &dyn Fn(&str) -> bool,
    countries: Option<&HashSet<String>>,
    out: &mut Vec<Problem>,
) {
    let mut seen = HashSet::new();
    for src in articles {
        let mut r = Report {
            src,
            out: &mut *out,
        };
        let a = &src.value;
        r.slug(jpath!["slug"], &a.slug, &mut seen);
        let expected = format!("news/{}.json", a.slug);
        if is_safe_slug(&a.slug) && !src.file.ends_with(&expected) {
            r.add(
                jpath!["slug"],
                format!("the file must be named {expected} to match its slug"),
            );
        }
        if a.teaser.trim().is_empty() {
            r.add(jpath!["teaser"], "must not be empty");
        }
        if a.body.as_str().trim().is_empty() {
            r.add(jpath!["body"], "needs at least one paragraph");
        }
        if a.tags.is_empty() {
            r.add(jpath!["tags"], "needs at least one topic tag");
        }
        for (i, t) in a.tags.iter().enumerate() {
            if !is_safe_slug(t) {
                r.add(
                    jpath!["tags", i],
                    format!("tag `{t}` must be lowercase words joined by hyphens"),
                );
            }
        }
        if let Some(known) = countries {
            for (i, c) in a.countries.iter().enumerate() {
                if !known.contains(c) {
                    r.add(
                        jpath!["countries", i],
                        format!("no country `{c}` in site.json's country_names"),
                    );
                }
            }
        }
        image(&mut r, jpath!["image"], &a.image, exists);
        r.source(jpath!["source"], &a.source);
        for (key, set) in [
            ("lang", a.lang.is_some()),
            ("newer", !a.newer.is_empty()),
            ("older", !a.older.is_empty()),
            ("related", !a.related.is_empty()),
            ("words", a.words != 0),
        ] {
            if set {
                r.add(jpath![key], build_only(key));
            }
        }
    }
}

/// Fields the model shares with the files the build writes (the browser
/// reads both with one type) but that only the build may set (T13).
fn build_only(key: &str) -> String {
    format!("`{key}` is written by the build, not by editors: remove it")
}

pub fn validate_events(src: &Source<EventsFile>, out: &mut Vec<Problem>) {
    let mut r = Report { src, out };
    let f = &src.value;
    let mut ids = HashSet::new();
    for (i, o) in f.organisers.iter().enumerate() {
        r.slug(jpath!["organisers", i, "id"], &o.id, &mut ids);
        if let Some(u) = &o.url {
            r.link(jpath!["organisers", i, "url"], u);
        }
    }
    let mut cats = HashSet::new();
    for (i, c) in f.categories.iter().enumerate() {
        r.slug(jpath!["categories", i, "id"], &c.id, &mut cats);
    }
    let mut slugs = HashSet::new();
    for (i, e) in f.events.iter().enumerate() {
        r.slug(jpath!["events", i, "slug"], &e.slug, &mut slugs);
        // Each event has a file of its own beside the build's index.
        if e.slug == "index" {
            r.add(
                jpath!["events", i, "slug"],
                "`index` names a file the build writes (events/index.json): choose another slug",
            );
        }
        if e.end < e.start {
            r.add(
                jpath!["events", i, "end"],
                format!(
                    "ends ({}) before it starts ({})",
                    e.end.to_rfc3339(),
                    e.start.to_rfc3339()
                ),
            );
        }
        if e.all_day
            && (e.start.time() != chrono::NaiveTime::MIN || e.end.time() != chrono::NaiveTime::MIN)
        {
            r.add(
                jpath!["events", i, "all_day"],
                "an all-day event starts and ends at midnight (the end is the day after the last day)",
            );
        }
        if !(e.time_zone == "UTC" || e.time_zone.contains('/')) || e.time_zone.contains(' ') {
            r.add(
                jpath!["events", i, "time_zone"],
                format!(
                    "`{}` is not an IANA time zone such as Europe/Brussels or UTC",
                    e.time_zone
                ),
            );
        }
        if !ids.contains(&e.organiser) {
            r.add(
                jpath!["events", i, "organiser"],
                format!("no organiser with id `{}`", e.organiser),
            );
        }
        if !cats.contains(&e.category) {
            r.add(
                jpath!["events", i, "category"],
                format!("no category with id `{}`", e.category),
            );
        }
        if e.attendance != Attendance::Online && e.venue.is_none() {
            r.add(
                jpath!["events", i, "venue"],
                "an event held on site needs a venue",
            );
        }
        if let Some(u) = &e.online_url {
            r.link(jpath!["events", i, "online_url"], u);
        }
        if let Some(u) = &e.recording_url {
            r.link(jpath!["events", i, "recording_url"], u);
        }
        r.source(jpath!["events", i, "source"], &e.source);
        for (key, set) in [
            ("lang", e.lang.is_some()),
            ("zone_label", e.zone_label.is_some()),
        ] {
            if set {
                r.add(jpath!["events", i, key], build_only(key));
            }
        }
    }
}

pub fn validate_cooperation(src: &Source<Cooperation>, out: &mut Vec<Problem>) {
    let mut r = Report { src, out };
    let c = &src.value;
    let countries: HashSet<&str> = c.countries.iter().map(|k| k.code.as_str()).collect();
    let mut city_ids = HashSet::new();
    for (i, city) in c.cities.iter().enumerate() {
        r.slug(jpath!["cities", i, "id"], &city.id, &mut city_ids);
        if !countries.contains(city.country.as_str()) {
            r.add(
                jpath!["cities", i, "country"],
                format!("no country with code `{}`", city.country),
            );
        }
        if !(-90.0..=90.0).contains(&city.lat) || city.lat.is_nan() {
            r.add(
                jpath!["cities", i, "lat"],
                format!("latitude {} is outside -90..90", city.lat),
            );
        }
        if !(-180.0..=180.0).contains(&city.lon) || city.lon.is_nan() {
            r.add(
                jpath!["cities", i, "lon"],
                format!("longitude {} is outside -180..180", city.lon),
            );
        }
    }
    let mut slugs = HashSet::new();
    for (i, p) in c.pairings.iter().enumerate() {
        r.slug(jpath!["pairings", i, "slug"], &p.slug, &mut slugs);
        for (field, list) in [
            ("chinese_cities", &p.chinese_cities),
            ("eu_cities", &p.eu_cities),
        ] {
            if list.is_empty() {
                r.add(jpath!["pairings", i, field], "needs at least one city");
            }
            for (j, id) in list.iter().enumerate() {
                if !city_ids.contains(id) {
                    r.add(
                        jpath!["pairings", i, field, j],
                        format!("no city with id `{id}`"),
                    );
                }
            }
        }
        if !(2016..=2021).contains(&p.round) {
            r.add(
                jpath!["pairings", i, "round"],
                format!("round {} is outside the programme's years", p.round),
            );
        }
        for (j, m) in p.milestones.iter().enumerate() {
            if let Some(u) = &m.source {
                r.source(jpath!["pairings", i, "milestones", j, "source"], u);
            }
        }
        r.source(jpath!["pairings", i, "source"], &p.source);
    }
    r.source(jpath!["source"], &c.source);
    for (i, f) in c.key_figures.iter().enumerate() {
        r.source(jpath!["key_figures", i, "source"], &f.source);
    }
}

pub fn validate_covenant(src: &Source<Covenant>, out: &mut Vec<Problem>) {
    let mut r = Report { src, out };
    let c = &src.value;
    let mut codes = HashSet::new();
    for (i, k) in c.countries.iter().enumerate() {
        if !codes.insert(k.code.clone()) {
            r.add(
                jpath!["countries", i, "code"],
                format!("country `{}` is listed twice", k.code),
            );
        }
        if k.signatories.is_empty() && k.pilot_cities.is_empty() && k.notes.is_empty() {
            r.add(
                jpath!["countries", i, "notes"],
                "with no signatories and no pilot cities, add a note saying what is known",
            );
        }
        for (j, s) in k.signatories.iter().enumerate() {
            if let Some(u) = &s.source {
                r.source(jpath!["countries", i, "signatories", j, "source"], u);
            }
        }
        if let Some(s) = &k.source {
            r.source(jpath!["countries", i, "source"], s);
        }
    }
    for (i, s) in c.sources.iter().enumerate() {
        r.source(jpath!["sources", i], s);
    }
}

pub fn validate_pages(src: &Source<Pages>, out: &mut Vec<Problem>) {
    let mut r = Report { src, out };
    let mut slugs = HashSet::new();
    for (i, p) in src.value.pages.iter().enumerate() {
        r.slug(jpath!["pages", i, "slug"], &p.slug, &mut slugs);
    }
    // Each group of owner facts is shown on one page, which must exist.
    for (group, slug) in [
        ("legal_notice", "legal-notice"),
        ("privacy", "privacy"),
        ("accessibility", "accessibility"),
    ] {
        if !slugs.contains(slug) {
            r.add(
                jpath![group],
                format!("is shown on the page with slug `{slug}`, and there is no such page"),
            );
        }
    }
    for (group, field, fact) in src.value.owner_facts() {
        r.owner_fact(jpath![group, field], fact);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_safe_slug("ewrc-2020-webinar"));
        for bad in ["", "A", "a--b", "-a", "a-", "a_b", "a/b", "é"] {
            assert!(!is_safe_slug(bad), "{bad}");
        }
    }

    #[test]
    fn links() {
        assert!(check_link("https://example.org/x").is_ok());
        assert!(check_link("http://example.org").is_ok());
        assert!(check_link("mailto:someone@example.org").is_ok());
        for bad in [
            "javascript:alert(1)",
            "ftp://x.org/a",
            "/local",
            "https://",
            "data:text/html,hi",
            "https://a.org/\"onload",
        ] {
            assert!(check_link(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn sources_are_pages_not_homepages_or_month_archives() {
        for ok in [
            "https://www.iuc-asia.eu/2020/10/shanghai-action-plan-to-reduce-plastic-waste/",
            "https://www.iuc-asia.eu/category/iuc-asia/page/3/",
            "https://www.iuc-asia.eu/?date=2020-10-18&t=full",
            "https://www.iuc.eu/city-pairings/?c=search&pairing_id=z86r274o",
            "https://example.org/2020/",
            "https://example.org/2020/10/08/",
            "https://example.org/news/2020/10/",
        ] {
            assert!(check_source(ok).is_ok(), "{ok}");
        }
        for (bad, why) in [
            ("https://www.iuc-asia.eu/", "homepage"),
            ("https://www.iuc-asia.eu", "homepage"),
            ("http://iuc.eu//", "homepage"),
            ("https://www.iuc-asia.eu/#top", "homepage"),
            ("https://www.iuc-asia.eu/2020/10/", "month archive"),
            ("https://www.iuc-asia.eu/2020/10", "month archive"),
            ("https://www.iuc-asia.eu/2019/04/?x=1", "month archive"),
            ("mailto:someone@example.org", "not a web page"),
            ("javascript:alert(1)", "not an allowed link"),
        ] {
            let err = check_source(bad).unwrap_err();
            assert!(err.contains(why), "{bad}: {err}");
        }
    }

    #[test]
    fn blank_means_nothing_visible() {
        for blank in [
            "",
            " ",
            "\t\n",
            "\u{a0}",
            "\u{200b}",
            "\u{3000}",
            " \u{feff}\u{ad} ",
        ] {
            assert!(is_blank(blank), "{blank:?}");
        }
        for text in ["a", " x ", "·", "\u{200b}b"] {
            assert!(!is_blank(text), "{text:?}");
        }
    }

    #[test]
    fn labels_are_found_at_any_depth() {
        let text = "{\"a\": [{\"title\": \" \"}, {\"b\": {\"name\": \"\\u200b\"}}],\n \"heading\": \"ok\", \"text\": \"\"}";
        let mut out = Vec::new();
        validate_labels("x.json", text, &mut out);
        let paths: Vec<_> = out.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["a[0].title", "a[1].b.name"]);
        assert!(out[0].message.starts_with("must not be empty"));
        // Broken JSON is left to the parser's own report.
        validate_labels("x.json", "{\"title\": ", &mut out);
        assert_eq!(out.len(), 2);
    }

    #[test]
    fn names_one_slip_apart() {
        for (a, b) in [
            ("Yohei Watabane", "Yohei Watanabe"),
            ("Patrick Maureli", "Patrick Maurelli"),
            ("Dominnique Li", "Dominique Li"),
            ("Pablo Gandara", "Pablo Gándara"),
            ("Betina Stollar", "Betina Stolar"),
            ("Ana", "Ina"),
        ] {
            assert!(one_edit_apart(a, b), "{a} / {b}");
            assert!(one_edit_apart(b, a), "{b} / {a}");
        }
        for (a, b) in [
            ("Yohei Watanabe", "Yohei Watanabe"),
            ("Yohei Watanabe", "yohei watanabe"),
            ("Rudolf Niessler", "Nelson Jorge"),
            ("Patrick Maurelli", "Patrick Maurellis2"),
            ("Yii Liu", "Liu Yii"),
            ("abcd", "badc"),
        ] {
            assert!(!one_edit_apart(a, b), "{a} / {b}");
        }
    }
}
