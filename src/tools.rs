//! Host-side tools behind `content-check` and `site-gen`, kept in the library
//! so tests can drive them directly.

use crate::content::check::ContentSet;
use crate::content::files;
use crate::content::model::*;
use crate::{feeds, ics, news, search};
use std::fs;
use std::io::Write;
use std::path::Path;

/// Checks `dir` (a content directory whose parent holds `images/`) and writes
/// the report to `out`. Returns the process exit code.
pub fn content_check(dir: &Path, out: &mut dyn Write) -> i32 {
    if !dir.is_dir() {
        let _ = writeln!(
            out,
            "{}: not a directory (expected the content folder, e.g. public/content)",
            dir.display()
        );
        return 2;
    }
    let public = dir.parent().unwrap_or(Path::new("."));
    let (set, problems) = ContentSet::check(dir, public);
    for p in problems.iter().chain(&set.warnings) {
        let _ = writeln!(out, "{}", printable(&p.to_string()));
    }
    if problems.is_empty() {
        let warnings = match set.warnings.len() {
            0 => String::new(),
            1 => " (1 warning)".to_string(),
            n => format!(" ({n} warnings)"),
        };
        let _ = writeln!(
            out,
            "content OK: {} articles, {} events, {} pairings checked in {}{warnings}",
            set.articles.len(),
            set.events.as_ref().map_or(0, |e| e.value.events.len()),
            set.cooperation
                .as_ref()
                .map_or(0, |c| c.value.pairings.len()),
            dir.display()
        );
        0
    } else {
        let _ = writeln!(
            out,
            "{} problem(s) found; nothing was generated",
            problems.len()
        );
        1
    }
}

/// Longest line `content-check` prints; longer ones lose their middle.
const MAX_LINE: usize = 500;

/// One line of the report as it is safe to print: control characters (a
/// value's newline, a terminal escape), invisible separators and bidi
/// controls are shown as `\u{…}`, and an overlong line (a huge value echoed
/// back) loses its middle, so every problem stays one readable line.
pub fn printable(line: &str) -> String {
    let mut out = String::with_capacity(line.len().min(MAX_LINE * 2));
    for c in line.chars() {
        let hidden = c.is_control()
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}');
        if hidden {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    let n = out.chars().count();
    if n > MAX_LINE {
        let head: String = out.chars().take(MAX_LINE * 2 / 3).collect();
        let tail: String = out.chars().skip(n - MAX_LINE / 3).collect();
        out = format!(
            "{head} […{} characters…] {tail}",
            n - head.chars().count() - tail.chars().count()
        );
    }
    out
}

/// Writes a generated file. Any `.br`/`.gz` twin of an earlier build is
/// removed, so a host that serves pre-compressed files never serves the old
/// text (run `site-gen compress` again to recreate them).
fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    crate::bundle::remove_stale_twins(path)
}

fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("content types always serialise")
}

/// Checks the content, then writes what is derived from it into `out_dir`.
/// Refuses to generate anything from content that has problems.
/// `public_url` is the path the bundle is served under ("/" or "/iuc-asia/").
pub fn build(content_dir: &Path, out_dir: &Path, public_url: &str) -> Result<(), String> {
    check_public_url(public_url)?;
    let public = content_dir.parent().unwrap_or(Path::new("."));
    let (set, problems) = ContentSet::check(content_dir, public);
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(|p| printable(&p.to_string())).collect();
        return Err(format!(
            "the content has {} problem(s):\n{}\nRun `cargo run --bin content-check -- public/content` for the full report.",
            problems.len(),
            list.join("\n")
        ));
    }
    let articles: Vec<&Article> = set.articles.iter().map(|a| &a.value).collect();
    let (index, latest) = news::build_indexes(articles.iter().copied());
    let search = SearchIndex {
        terms: articles
            .iter()
            .map(|a| (a.slug.clone(), search::distinct_terms(&a.body)))
            .collect(),
    };
    let content_out = out_dir.join("content");
    write(&content_out.join(files::NEWS_INDEX), &to_json(&index))?;
    write(&content_out.join(files::NEWS_LATEST), &to_json(&latest))?;
    write(&content_out.join(files::NEWS_SEARCH), &to_json(&search))?;
    let site = &set.site.as_ref().expect("checked above").value;
    let origin = crate::content::validate::origin_of(&site.url);
    let site_url = format!("{origin}{}", normalise_public_url(public_url));
    write(
        &out_dir.join("feed.xml"),
        &feeds::atom(site, &site_url, &index.articles),
    )?;
    let events = &set.events.as_ref().expect("checked above").value;
    let stamp = build_time();
    write(
        &content_out.join(files::EVENTS_HOME),
        &to_json(&crate::events::homepage_events(events, stamp)),
    )?;
    write(
        &out_dir.join("events.ics"),
        &ics::calendar_ics(events, &site_url, &stamp),
    )?;
    for e in &events.events {
        let organiser = events
            .organisers
            .iter()
            .find(|o| o.id == e.organiser)
            .map_or("", |o| o.name.as_str());
        write(
            &out_dir.join(ics::event_file(&e.slug)),
            &ics::event_ics(e, organiser, &site_url, &stamp),
        )?;
    }
    // Only a built bundle (with trunk's index.html) is finished for hosting.
    if out_dir.join("index.html").is_file() {
        crate::bundle::finish(out_dir, &normalise_public_url(public_url), &site_url, &set)?;
    }
    Ok(())
}

/// The public URL is written into index.html, `_headers` and `_redirects`:
/// only a plain path may be (letters, digits, `-`, `_`, `.`, `~`, `/`).
pub fn check_public_url(p: &str) -> Result<(), String> {
    let plain = p
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_.~/".contains(&b));
    if plain && !p.split('/').any(|seg| seg == "..") {
        Ok(())
    } else {
        Err(format!(
            "the public URL {:?} must be a plain path such as / or /iuc-asia/",
            printable(p)
        ))
    }
}

/// "/iuc-asia/" from "/iuc-asia", "iuc-asia/" or "/iuc-asia/"; "/" for "".
pub fn normalise_public_url(p: &str) -> String {
    match p.trim_matches('/') {
        "" => "/".to_string(),
        path => format!("/{path}/"),
    }
}

/// The build's timestamp (DTSTAMP of the calendar feed): SOURCE_DATE_EPOCH
/// when set, for reproducible builds, otherwise now.
fn build_time() -> chrono::DateTime<chrono::Utc> {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    chrono::DateTime::from_timestamp(secs, 0).unwrap_or_default()
}

/// One JSON Schema per kind of content file, generated from the Rust types.
pub fn schemas() -> Vec<(&'static str, String)> {
    fn one<T: schemars::JsonSchema>() -> String {
        let mut s =
            serde_json::to_string_pretty(&schemars::schema_for!(T)).expect("schema serialises");
        s.push('\n');
        s
    }
    vec![
        ("site.schema.json", one::<Site>()),
        ("article.schema.json", one::<Article>()),
        ("events.schema.json", one::<EventsFile>()),
        ("cooperation.schema.json", one::<Cooperation>()),
        ("covenant.schema.json", one::<Covenant>()),
        ("pages.schema.json", one::<Pages>()),
    ]
}

pub fn write_schemas(out_dir: &Path) -> Result<(), String> {
    for (name, text) in schemas() {
        write(&out_dir.join(name), &text)?;
    }
    Ok(())
}
