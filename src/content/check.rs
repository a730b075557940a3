//! Loading a whole content directory from disk and checking every rule.
//! Used by `content-check`, `site-gen` and the host tests.

use super::files;
use super::host_rules;
use super::inventory::{self, MAX_CONTENT_BYTES};
use super::lang::Lang;
use super::load::{parse, Problem, Seg};
use super::model::*;
use super::rich;
use super::validate::{self, Source};
use crate::jpath;
use serde::de::DeserializeOwned;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;

/// Every content file of a site, parsed. A file that failed to parse is `None`
/// and its problem is in `problems`.
pub struct ContentSet {
    pub site: Option<Source<Site>>,
    pub articles: Vec<Source<Article>>,
    pub events: Option<Source<EventsFile>>,
    pub cooperation: Option<Source<Cooperation>>,
    pub covenant: Option<Source<Covenant>>,
    pub pages: Option<Source<Pages>>,
    pub problems: Vec<Problem>,
    /// Worth a look but harmless, e.g. an image no content uses.
    pub warnings: Vec<Problem>,
    /// The width and height of each image a rich text shows as a figure,
    /// read from the file when the set was checked.
    pub figures: BTreeMap<String, (u32, u32)>,
    /// Each article's body as plain text, by slug, for search and the
    /// reading time: set when the rich texts become HTML
    /// (`render_rich_texts`).
    pub article_texts: BTreeMap<String, String>,
}

/// Reads and parses one content file, never following a link or reading a
/// FIFO or device (see [`inventory::read_regular`]).
fn read<T: DeserializeOwned>(
    dir: &Path,
    name: &str,
    problems: &mut Vec<Problem>,
) -> Option<Source<T>> {
    let text = match inventory::read_regular(&dir.join(name), MAX_CONTENT_BYTES).and_then(|b| {
        String::from_utf8(b).map_err(|e| format!("cannot read it: it is not UTF-8 text ({e})"))
    }) {
        Ok(t) => t,
        Err(e) => {
            problems.push(Problem::whole_file(name, e));
            return None;
        }
    };
    if text.starts_with('\u{feff}') {
        problems.push(Problem::whole_file(
            name,
            "starts with a byte order mark (U+FEFF): save the file as UTF-8 without BOM",
        ));
        return None;
    }
    match parse::<T>(name, &text) {
        Ok(value) => Some(Source::new(name, text, value)),
        Err(p) => {
            problems.push(p);
            None
        }
    }
}

impl ContentSet {
    pub fn load(dir: &Path) -> ContentSet {
        let mut problems = Vec::new();
        let article_files = inventory::content_folder(dir, &mut problems);
        let site = read(dir, files::SITE, &mut problems);
        let events = read(dir, files::EVENTS, &mut problems);
        let cooperation = read(dir, files::COOPERATION, &mut problems);
        let covenant = read(dir, files::COVENANT, &mut problems);
        let pages = read(dir, files::PAGES, &mut problems);
        let articles = article_files
            .iter()
            .filter_map(|name| read(dir, name, &mut problems))
            .collect();
        ContentSet {
            site,
            articles,
            events,
            cooperation,
            covenant,
            pages,
            problems,
            warnings: Vec::new(),
            figures: BTreeMap::new(),
            article_texts: BTreeMap::new(),
        }
    }

    /// Parses `dir` and checks every rule. `public_dir` is where images
    /// live (`public_dir/images/…`). Returns the errors only: content with
    /// errors must not be published. See [`ContentSet::notices`] for what
    /// is reported without stopping a build.
    pub fn check(dir: &Path, public_dir: &Path) -> (ContentSet, Vec<Problem>) {
        Self::check_edition(dir, public_dir, None)
    }

    /// As [`ContentSet::check`], for a translation: its links to the
    /// site's pages are checked against `site`, the edition that has every
    /// page (a translation's page missing in Chinese is shown in English).
    pub fn check_edition(
        dir: &Path,
        public_dir: &Path,
        site: Option<&ContentSet>,
    ) -> (ContentSet, Vec<Problem>) {
        let mut set = ContentSet::load(dir);
        let mut problems = std::mem::take(&mut set.problems);
        for (file, text) in set.texts() {
            validate::validate_labels(file, text, &mut problems);
        }
        let images = inventory::images_folder(public_dir, &mut problems);
        let exists = |rel: &str| images.contains(rel);
        if let Some(s) = &set.site {
            validate::validate_site(s, &mut problems);
        }
        let countries = set.site.as_ref().map(|s| {
            s.value
                .country_names
                .iter()
                .map(|c| c.code.clone())
                .collect()
        });
        validate::validate_articles(&set.articles, &exists, countries.as_ref(), &mut problems);
        if let Some(s) = &set.events {
            validate::validate_events(s, &mut problems);
        }
        if let Some(s) = &set.cooperation {
            validate::validate_cooperation(s, &mut problems);
        }
        if let Some(s) = &set.covenant {
            validate::validate_covenant(s, &mut problems);
        }
        if let Some(s) = &set.pages {
            validate::validate_pages(s, &mut problems);
        }
        set.host_rules(&mut problems);
        let pages = site_pages(site.unwrap_or(&set));
        set.figures = set.check_rich_texts(&pages, &images, public_dir, &mut problems);
        let mut used: HashSet<&str> = HashSet::new();
        used.extend(set.articles.iter().map(|a| a.value.image.src.as_str()));
        used.extend(set.figures.keys().map(String::as_str));
        // Files already refused need no second line.
        used.extend(problems.iter().map(|p| p.file.as_str()));
        set.warnings = images
            .iter()
            .filter(|i| !used.contains(i.as_str()))
            .map(|i| {
                Problem::whole_file(
                    i,
                    "warning: no content file uses this image, but it is published all the same: delete it if it is not needed",
                )
            })
            .collect();
        problems.sort();
        problems.dedup();
        // After the checks, whose messages point into the files as written.
        if let Some(c) = set.cooperation.as_mut() {
            c.value.put_in_display_order();
        }
        (set, problems)
    }

    /// Parses every rich text (`RichFields`) and reports, at the offending
    /// characters: what Markdown the site does not carry, a link to a page
    /// of the site that `pages` does not have, and a figure whose image is
    /// not one of the site's. Returns each figure's image size.
    fn check_rich_texts(
        &self,
        pages: &BTreeSet<String>,
        images: &BTreeSet<String>,
        public_dir: &Path,
        problems: &mut Vec<Problem>,
    ) -> BTreeMap<String, (u32, u32)> {
        let mut figures = BTreeMap::new();
        let mut each = |src: &dyn Located, texts: Vec<(Vec<Seg>, u8, String)>| {
            for (path, top, text) in texts {
                let doc = match rich::parse(&text, top) {
                    Ok(d) => d,
                    Err(found) => {
                        problems.extend(
                            found
                                .into_iter()
                                .map(|p| src.inside(&path, p.at, p.message)),
                        );
                        continue;
                    }
                };
                for (at, page, edition) in &doc.site_links {
                    if !pages.contains(page.as_str()) {
                        let shown = match edition {
                            Some(l) => format!("/{}{}", l.prefix(), page.trim_start_matches('/')),
                            None => page.clone(),
                        };
                        problems.push(src.inside(
                            &path,
                            *at,
                            format!("`{shown}`: this site has no such page (a link to another page of the site names its path, e.g. /news/<slug>/)"),
                        ));
                    }
                }
                for (at, image) in &doc.images {
                    if !images.contains(image) {
                        problems.push(src.inside(
                            &path,
                            *at,
                            format!("image `public/{image}` does not exist"),
                        ));
                    } else if !figures.contains_key(image) {
                        match inventory::image_size(&public_dir.join(image)) {
                            Ok(size) => {
                                figures.insert(image.clone(), size);
                            }
                            Err(e) => {
                                problems.push(src.inside(&path, *at, format!("`{image}`: {e}")))
                            }
                        }
                    }
                }
            }
        };
        fn texts<T: Clone + RichFields>(s: &Source<T>) -> Vec<(Vec<Seg>, u8, String)> {
            let mut v = s.value.clone();
            v.rich_fields()
                .into_iter()
                .map(|(p, top, r)| (p, top, r.0.clone()))
                .collect()
        }
        if let Some(s) = &self.site {
            each(s, texts(s));
        }
        for a in &self.articles {
            each(a, texts(a));
        }
        if let Some(s) = &self.events {
            each(s, texts(s));
        }
        if let Some(s) = &self.cooperation {
            each(s, texts(s));
        }
        if let Some(s) = &self.covenant {
            each(s, texts(s));
        }
        if let Some(s) = &self.pages {
            each(s, texts(s));
        }
        figures
    }

    /// Every rich text of the set, as HTML for `lang`'s pages: what the
    /// files the build writes carry (see `model::Rich`).
    pub fn render_rich_texts(&mut self, lang: Lang) -> Result<(), String> {
        let figures = &self.figures;
        let sizes = |src: &str| figures.get(src).copied();
        /// Each text of `s` as HTML; the plain text of its last one (an
        /// article's only one, its body) from the same parse.
        fn render<T: RichFields>(
            s: &mut Source<T>,
            lang: Lang,
            sizes: rich::Sizes,
        ) -> Result<String, String> {
            let mut text = String::new();
            for (path, top, r) in s.value.rich_fields() {
                let doc = rich::parse(r.as_str(), top).map_err(|p| {
                    format!(
                        "{}: {}: {} (run content-check)",
                        s.file,
                        super::load::path_to_string(&path),
                        p[0].message
                    )
                })?;
                r.0 = rich::html(&doc.blocks, lang, sizes);
                text = rich::plain(&doc.blocks);
            }
            Ok(text)
        }
        if let Some(s) = self.site.as_mut() {
            render(s, lang, &sizes)?;
        }
        for a in &mut self.articles {
            let text = render(a, lang, &sizes)?;
            self.article_texts.insert(a.value.slug.clone(), text);
        }
        if let Some(s) = self.events.as_mut() {
            render(s, lang, &sizes)?;
        }
        if let Some(s) = self.cooperation.as_mut() {
            render(s, lang, &sizes)?;
        }
        if let Some(s) = self.covenant.as_mut() {
            render(s, lang, &sizes)?;
        }
        if let Some(s) = self.pages.as_mut() {
            render(s, lang, &sizes)?;
        }
        Ok(())
    }

    /// The rules of [`host_rules`], after the ones every build shares.
    fn host_rules(&self, problems: &mut Vec<Problem>) {
        let mut found = Vec::new();
        if let Some(s) = &self.site {
            host_rules::characters(s, &mut found);
        }
        for a in &self.articles {
            host_rules::characters(a, &mut found);
        }
        if let Some(s) = &self.events {
            host_rules::characters(s, &mut found);
            let reported = problems
                .iter()
                .filter(|p| p.file == s.file)
                .map(|p| p.path.clone())
                .collect();
            host_rules::event_times(s, &reported, &mut found);
        }
        if let Some(s) = &self.cooperation {
            host_rules::characters(s, &mut found);
            host_rules::country_codes(
                s,
                s.value.countries.iter().map(|c| c.code.as_str()),
                &mut found,
            );
        }
        if let Some(s) = &self.covenant {
            host_rules::characters(s, &mut found);
            host_rules::country_codes(
                s,
                s.value.countries.iter().map(|c| c.code.as_str()),
                &mut found,
            );
        }
        if let Some(s) = &self.pages {
            host_rules::characters(s, &mut found);
            host_rules::pages(s, &mut found);
        }
        problems.append(&mut found);
    }
    /// The file name and text of every content file that parsed.
    fn texts(&self) -> Vec<(&str, &str)> {
        fn ft<T>(s: &Source<T>) -> (&str, &str) {
            (s.file.as_str(), s.text.as_str())
        }
        let mut out: Vec<(&str, &str)> = self.articles.iter().map(ft).collect();
        out.extend(self.site.as_ref().map(ft));
        out.extend(self.events.as_ref().map(ft));
        out.extend(self.cooperation.as_ref().map(ft));
        out.extend(self.covenant.as_ref().map(ft));
        out.extend(self.pages.as_ref().map(ft));
        out
    }

    /// What `content-check` reports without failing: likely misspellings,
    /// and the facts only the site's owner can supply that are still
    /// missing. Neither stops a build: the pages say plainly what is missing.
    pub fn notices(&self) -> Notices {
        let mut n = Notices::default();
        if let Some(e) = &self.events {
            validate::name_warnings(e, &mut n.warnings);
        }
        if let Some(p) = &self.pages {
            validate::owner_gaps(p, &mut n.owner_gaps);
        }
        n.warnings.sort();
        n.owner_gaps.sort();
        n
    }
}

/// See [`ContentSet::notices`].
#[derive(Debug, Default)]
pub struct Notices {
    /// Probably a mistake, but possibly right (e.g. two people whose names
    /// differ by one letter).
    pub warnings: Vec<Problem>,
    /// One per owner fact still `{"missing": …}`.
    pub owner_gaps: Vec<Problem>,
}

/// A checked file, for locating a problem inside one of its strings.
trait Located {
    fn inside(&self, path: &[Seg], at: usize, message: String) -> Problem;
}

impl<T> Located for Source<T> {
    fn inside(&self, path: &[Seg], at: usize, message: String) -> Problem {
        self.problem_inside(path, at, message)
    }
}

/// The canonical path of every page of the site `set` describes (the
/// route authority's list), which a rich text's site links must name.
pub fn site_pages(set: &ContentSet) -> BTreeSet<String> {
    let articles = set.articles.iter().map(|a| a.value.slug.clone());
    let events = set
        .events
        .iter()
        .flat_map(|e| e.value.events.iter().map(|e| e.slug.clone()));
    let pairings = set
        .cooperation
        .iter()
        .flat_map(|c| c.value.pairings.iter().map(|p| p.slug.clone()));
    crate::routes::site_routes(articles, events, pairings)
        .iter()
        .filter(|r| **r != crate::routes::Route::NotFound)
        .map(|r| r.path())
        .collect()
}

/// The rich texts of a content file: each one's path in the file, the
/// highest subheading it may use (2 under the page's title, 3 where the
/// page shows the text under an `<h2>` of its own), and the text. The one list the check
/// and the build walk.
pub trait RichFields {
    fn rich_fields(&mut self) -> Vec<(Vec<Seg>, u8, &mut Rich)>;
}

impl RichFields for Site {
    fn rich_fields(&mut self) -> Vec<(Vec<Seg>, u8, &mut Rich)> {
        vec![(jpath!["intro"], 3, &mut self.intro)]
    }
}

impl RichFields for Article {
    fn rich_fields(&mut self) -> Vec<(Vec<Seg>, u8, &mut Rich)> {
        vec![(jpath!["body"], 2, &mut self.body)]
    }
}

impl RichFields for EventsFile {
    fn rich_fields(&mut self) -> Vec<(Vec<Seg>, u8, &mut Rich)> {
        self.events
            .iter_mut()
            .enumerate()
            .map(|(i, e)| (jpath!["events", i, "description"], 3, &mut e.description))
            .collect()
    }
}

fn sections<'a>(
    at: &'a str,
    list: &'a mut [TextBlock],
) -> impl Iterator<Item = (Vec<Seg>, u8, &'a mut Rich)> + 'a {
    list.iter_mut()
        .enumerate()
        .map(move |(i, s)| (jpath![at, i, "body"], 3, &mut s.body))
}

impl RichFields for Cooperation {
    fn rich_fields(&mut self) -> Vec<(Vec<Seg>, u8, &mut Rich)> {
        let mut v = vec![(jpath!["intro"], 2, &mut self.intro)];
        v.extend(sections("sections", &mut self.sections));
        v
    }
}

impl RichFields for Covenant {
    fn rich_fields(&mut self) -> Vec<(Vec<Seg>, u8, &mut Rich)> {
        vec![(jpath!["intro"], 3, &mut self.intro)]
    }
}

impl RichFields for Pages {
    fn rich_fields(&mut self) -> Vec<(Vec<Seg>, u8, &mut Rich)> {
        self.pages
            .iter_mut()
            .enumerate()
            .flat_map(|(i, p)| {
                p.sections
                    .iter_mut()
                    .enumerate()
                    .map(move |(j, s)| (jpath!["pages", i, "sections", j, "body"], 3, &mut s.body))
            })
            .collect()
    }
}
