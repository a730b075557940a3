//! The Chinese edition against the English one: which slugs must match,
//! which articles are not translated yet, and the edition the build renders
//! (every English article, in Chinese where a translation exists).

use super::check::ContentSet;
use super::lang::Lang;
use super::load::Problem;
use super::validate::Source;
use crate::jpath;
use std::collections::BTreeSet;
use std::path::Path;

/// What comparing an edition with the English content found.
#[derive(Debug, Default)]
pub struct Comparison {
    /// Slugs one language has and the other lacks (errors).
    pub problems: Vec<Problem>,
    /// English articles with no translation yet (shown in English).
    pub untranslated: Vec<String>,
    /// English events with no translation yet (shown in English).
    pub untranslated_events: Vec<String>,
}

impl Comparison {
    /// The line content-check and the build print for an edition.
    pub fn summary(&self, lang: Lang) -> String {
        if self.untranslated.is_empty() && self.untranslated_events.is_empty() {
            format!("{}: every article translated", lang.tag())
        } else {
            format!(
                "{}: not translated yet, shown in English: {} article(s) {}; {} event(s) {}",
                lang.tag(),
                self.untranslated.len(),
                some(&self.untranslated),
                self.untranslated_events.len(),
                some(&self.untranslated_events)
            )
        }
    }
}

/// How many slugs the summary names before "and N more": the line stays
/// readable for an archive of thousands.
const NAMED: usize = 5;

/// The first few slugs, each shortened to 60 characters, and how many more.
fn some(slugs: &[String]) -> String {
    let short = |s: &String| match s.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.clone(),
    };
    let named: Vec<String> = slugs.iter().take(NAMED).map(short).collect();
    match slugs.len().saturating_sub(NAMED) {
        0 => named.join(", "),
        more => format!("{} and {more} more", named.join(", ")),
    }
}

/// One translation present in the content folder: its content, its own
/// problems and what comparing it with the English found.
pub struct Translation {
    pub lang: Lang,
    pub set: ContentSet,
    pub comparison: Comparison,
}

/// Every translation in `content` (`zh-hans/`, …), each checked as strictly
/// as the English and compared with it. The problems of all of them are
/// appended to `problems`. Both content-check and the build use this.
pub fn check_translations(
    content: &Path,
    images_parent: &Path,
    en: &ContentSet,
    problems: &mut Vec<Problem>,
) -> Vec<Translation> {
    let mut out = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        if !content.join(lang.content_dir()).is_dir() {
            continue;
        }
        let (set, mut p) = check_edition(content, images_parent, lang, en);
        problems.append(&mut p);
        let mut comparison = compare(lang, en, &set);
        problems.append(&mut comparison.problems);
        out.push(Translation {
            lang,
            set,
            comparison,
        });
    }
    out
}

fn slugs<'a>(it: impl Iterator<Item = &'a str>) -> BTreeSet<&'a str> {
    it.collect()
}

/// Reports every slug or id that one edition has and the other lacks, for
/// the files that must be complete (events, pairings, pages, organisers,
/// categories); articles may be missing from the translation.
pub fn compare(lang: Lang, en: &ContentSet, other: &ContentSet) -> Comparison {
    let mut c = Comparison::default();
    let prefix = lang.content_dir();
    // Events (and their organisers and categories) may wait for their
    // translation, shown in English meanwhile; anything only the
    // translation has is an error, as is a missing pairing or page.
    let mut differ = |file: &str, what: &str, a: BTreeSet<&str>, b: BTreeSet<&str>| {
        let may_wait = matches!(what, "event" | "organiser" | "category");
        for s in a.symmetric_difference(&b) {
            if may_wait && a.contains(s) {
                continue;
            }
            let (has, lacks) = if a.contains(s) {
                ("English", lang.tag())
            } else {
                (lang.tag(), "English")
            };
            c.problems.push(Problem::whole_file(
                &format!("{prefix}{file}"),
                format!("{what} `{s}` is in the {has} content but not in the {lacks} content; both must have the same {what}s"),
            ));
        }
    };
    if let (Some(a), Some(b)) = (&en.events, &other.events) {
        let translated: BTreeSet<&str> = b.value.events.iter().map(|e| e.slug.as_str()).collect();
        c.untranslated_events = a
            .value
            .events
            .iter()
            .filter(|e| !translated.contains(e.slug.as_str()))
            .map(|e| e.slug.clone())
            .collect();
        differ(
            "events.json",
            "event",
            slugs(a.value.events.iter().map(|e| e.slug.as_str())),
            slugs(b.value.events.iter().map(|e| e.slug.as_str())),
        );
        differ(
            "events.json",
            "organiser",
            slugs(a.value.organisers.iter().map(|e| e.id.as_str())),
            slugs(b.value.organisers.iter().map(|e| e.id.as_str())),
        );
        differ(
            "events.json",
            "category",
            slugs(a.value.categories.iter().map(|e| e.id.as_str())),
            slugs(b.value.categories.iter().map(|e| e.id.as_str())),
        );
    }
    if let (Some(a), Some(b)) = (&en.cooperation, &other.cooperation) {
        differ(
            "cooperation.json",
            "pairing",
            slugs(a.value.pairings.iter().map(|p| p.slug.as_str())),
            slugs(b.value.pairings.iter().map(|p| p.slug.as_str())),
        );
        differ(
            "cooperation.json",
            "city",
            slugs(a.value.cities.iter().map(|p| p.id.as_str())),
            slugs(b.value.cities.iter().map(|p| p.id.as_str())),
        );
    }
    if let (Some(a), Some(b)) = (&en.pages, &other.pages) {
        differ(
            "pages.json",
            "page",
            slugs(a.value.pages.iter().map(|p| p.slug.as_str())),
            slugs(b.value.pages.iter().map(|p| p.slug.as_str())),
        );
    }
    if let (Some(a), Some(b)) = (&en.events, &other.events) {
        // The facts of an event are the same in every language; only the
        // words are translated.
        for (i, e) in b.value.events.iter().enumerate() {
            let Some(o) = a.value.events.iter().find(|o| o.slug == e.slug) else {
                continue;
            };
            let facts = [
                ("start", o.start != e.start),
                ("end", o.end != e.end),
                ("all_day", o.all_day != e.all_day),
                ("time_zone", o.time_zone != e.time_zone),
                ("status", o.status != e.status),
                ("attendance", o.attendance != e.attendance),
                ("category", o.category != e.category),
                ("organiser", o.organiser != e.organiser),
            ];
            for (field, _) in facts.iter().filter(|(_, differs)| *differs) {
                let at = jpath!["events", i, *field];
                let mut p = b.problem(
                    &at,
                    format!("differs from the English content of event `{}`; a translation changes only the words", e.slug),
                );
                p.file = format!("{prefix}{}", p.file);
                c.problems.push(p);
            }
        }
    }
    let en_articles = slugs(en.articles.iter().map(|a| a.value.slug.as_str()));
    for a in &other.articles {
        if !en_articles.contains(a.value.slug.as_str()) {
            c.problems.push(Problem::whole_file(
                &format!("{prefix}news/{}.json", a.value.slug),
                format!("article `{}` has no English original (news/{}.json); a translation needs the same slug as its original", a.value.slug, a.value.slug),
            ));
        }
    }
    let translated = slugs(other.articles.iter().map(|a| a.value.slug.as_str()));
    c.untranslated = en_articles
        .iter()
        .filter(|s| !translated.contains(*s))
        .map(|s| s.to_string())
        .collect();
    c.problems.sort();
    c
}

/// Checks the content of `lang` in `content/<prefix>`, as strictly as the
/// English, with problems named by their path in the content folder.
pub fn check_edition(
    content: &Path,
    images_parent: &Path,
    lang: Lang,
    en: &ContentSet,
) -> (ContentSet, Vec<Problem>) {
    let (set, mut problems) =
        ContentSet::check_edition(&content.join(lang.content_dir()), images_parent, Some(en));
    for p in &mut problems {
        p.file = format!("{}{}", lang.content_dir(), p.file);
    }
    (set, problems)
}

/// The edition the build renders: the translated content, with every
/// untranslated English article added in English (marked `lang: "en"`).
pub fn with_fallbacks(
    en: &ContentSet,
    mut other: ContentSet,
    untranslated: &[String],
) -> ContentSet {
    // Events, organisers and categories not translated yet, in English.
    if let (Some(a), Some(b)) = (&en.events, other.events.as_mut()) {
        let f = &mut b.value;
        for o in &a.value.organisers {
            if !f.organisers.iter().any(|x| x.id == o.id) {
                f.organisers.push(o.clone());
            }
        }
        for k in &a.value.categories {
            if !f.categories.iter().any(|x| x.id == k.id) {
                f.categories.push(k.clone());
            }
        }
        for e in &a.value.events {
            if !f.events.iter().any(|x| x.slug == e.slug) {
                let mut e = e.clone();
                e.lang = Some(Lang::En.tag().to_string());
                f.events.push(e);
            }
        }
    }
    for a in &en.articles {
        if untranslated.contains(&a.value.slug) {
            let mut value = a.value.clone();
            value.lang = Some(Lang::En.tag().to_string());
            other
                .articles
                .push(Source::new(a.file.clone(), a.text.clone(), value));
        }
    }
    other.figures.extend(en.figures.clone());
    other
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_names_a_few_slugs_and_counts_the_rest() {
        let c = Comparison {
            untranslated: (0..4000).map(|i| format!("article-{i}")).collect(),
            untranslated_events: vec!["x".repeat(700)],
            ..Default::default()
        };
        let line = c.summary(Lang::ZhHans);
        assert!(line.contains("4000 article(s) article-0, article-1, article-2, article-3, article-4 and 3995 more;"), "{line}");
        assert!(line.chars().count() < 300, "{line}");
    }
}
