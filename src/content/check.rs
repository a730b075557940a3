//! Loading a whole content directory from disk and checking every rule.
//! Used by `content-check`, `site-gen` and the host tests.

use super::files;
use super::load::{parse, Problem};
use super::model::*;
use super::validate::{self, Source};
use serde::de::DeserializeOwned;
use std::fs;
use std::path::{Path, PathBuf};

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
}

fn read<T: DeserializeOwned>(
    dir: &Path,
    name: &str,
    problems: &mut Vec<Problem>,
) -> Option<Source<T>> {
    let path = dir.join(name);
    let text = match fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            problems.push(Problem::whole_file(
                name,
                format!("cannot read {}: {e}", path.display()),
            ));
            return None;
        }
    };
    match parse::<T>(name, &text) {
        Ok(value) => Some(Source::new(name, text, value)),
        Err(p) => {
            problems.push(p);
            None
        }
    }
}

/// The article files of `news/`, sorted by name (generated files excluded).
fn article_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir.join(files::NEWS_DIR))? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let generated = [files::NEWS_INDEX, files::NEWS_LATEST, files::NEWS_SEARCH]
            .iter()
            .any(|g| g.ends_with(&format!("/{name}")));
        if name.ends_with(".json") && !generated {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

impl ContentSet {
    pub fn load(dir: &Path) -> ContentSet {
        let mut problems = Vec::new();
        let site = read(dir, files::SITE, &mut problems);
        let events = read(dir, files::EVENTS, &mut problems);
        let cooperation = read(dir, files::COOPERATION, &mut problems);
        let covenant = read(dir, files::COVENANT, &mut problems);
        let pages = read(dir, files::PAGES, &mut problems);
        let mut articles = Vec::new();
        match article_files(dir) {
            Ok(paths) => {
                for p in paths {
                    let name = format!(
                        "{}/{}",
                        files::NEWS_DIR,
                        p.file_name().unwrap().to_string_lossy()
                    );
                    if let Some(a) = read(dir, &name, &mut problems) {
                        articles.push(a);
                    }
                }
            }
            Err(e) => problems.push(Problem::whole_file(
                files::NEWS_DIR,
                format!("cannot list the folder: {e}"),
            )),
        }
        ContentSet {
            site,
            articles,
            events,
            cooperation,
            covenant,
            pages,
            problems,
        }
    }

    /// Parses `dir` and checks every rule. `public_dir` is where images live.
    pub fn check(dir: &Path, public_dir: &Path) -> (ContentSet, Vec<Problem>) {
        let mut set = ContentSet::load(dir);
        let mut problems = std::mem::take(&mut set.problems);
        let exists = |rel: &str| public_dir.join(rel).is_file();
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
        problems.sort();
        problems.dedup();
        (set, problems)
    }
}
