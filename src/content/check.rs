//! Loading a whole content directory from disk and checking every rule.
//! Used by `content-check`, `site-gen` and the host tests.

use super::files;
use super::host_rules;
use super::inventory::{self, MAX_CONTENT_BYTES};
use super::load::{parse, Problem};
use super::model::*;
use super::validate::{self, Source};
use serde::de::DeserializeOwned;
use std::collections::HashSet;
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
        }
    }

    /// Parses `dir` and checks every rule. `public_dir` is where images
    /// live (`public_dir/images/…`). Returns the errors only: content with
    /// errors must not be published. See [`ContentSet::notices`] for what
    /// is reported without stopping a build.
    pub fn check(dir: &Path, public_dir: &Path) -> (ContentSet, Vec<Problem>) {
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
        let mut used: HashSet<&str> = HashSet::new();
        used.extend(set.articles.iter().map(|a| a.value.image.src.as_str()));
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
