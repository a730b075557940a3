//! Host-side tools behind `content-check` and `site-gen`, kept in the library
//! so tests can drive them directly.

use crate::content::check::ContentSet;
use crate::content::load::printable;
use crate::content::model::*;
use crate::pipeline;
use std::fs;
use std::io::Write;
use std::path::Path;

/// Checks `dir` (a content directory whose parent holds `images/`) and writes
/// the report to `out`. Returns the process exit code: 1 if there is any
/// error, else 0. Warnings and missing owner facts are printed after the
/// errors but never fail the check, so builds keep working while the owner
/// has not yet supplied them.
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
    let (set, mut problems) = ContentSet::check(dir, public);
    // Each translation, checked as strictly, and compared with the English.
    let translation_notes: Vec<String> =
        crate::content::translation::check_translations(dir, public, &set, &mut problems)
            .iter()
            .map(|t| t.comparison.summary(t.lang))
            .collect();
    problems.sort();
    let notices = set.notices();
    for p in problems
        .iter()
        .chain(&notices.warnings)
        .chain(&set.warnings)
        .chain(&notices.owner_gaps)
    {
        let _ = writeln!(out, "{}", printable(&p.to_string()));
    }
    let mut extras = Vec::new();
    let warnings = notices.warnings.len() + set.warnings.len();
    if warnings > 0 {
        extras.push(format!("{warnings} warning(s)"));
    }
    if !notices.owner_gaps.is_empty() {
        extras.push(format!(
            "{} fact(s) only the site owner can supply still missing",
            notices.owner_gaps.len()
        ));
    }
    for n in &translation_notes {
        // It names slugs, which may be the very values in error above.
        let _ = writeln!(out, "{}", printable(&format!("translations: {n}")));
    }
    let extras = if extras.is_empty() {
        String::new()
    } else {
        format!(" ({}, listed above)", extras.join("; "))
    };
    if problems.is_empty() {
        let _ = writeln!(
            out,
            "content OK: {} articles, {} events, {} pairings checked in {}{extras}",
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
            "{} problem(s) found; nothing was generated{extras}",
            problems.len()
        );
        1
    }
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Checks the content, then writes it and what is derived from it into
/// `out_dir` (the pipeline's first two stages): what `trunk serve` needs,
/// run as trunk's post-build hook in its staging folder. Refuses to
/// generate anything from content that has problems. `public_url` is the
/// path the bundle is served under ("/" or "/iuc-asia/").
pub fn build(content_dir: &Path, out_dir: &Path, public_url: &str) -> Result<(), String> {
    let public = content_dir.parent().unwrap_or(Path::new("."));
    pipeline::check_and_derive(
        content_dir,
        &public.join("images"),
        public_url,
        &mut std::io::sink(),
        || Ok(pipeline::Out::into(out_dir)),
    )
    .map(|_| ())
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
