//! The one build pipeline, in order: check content → derived files →
//! pages → host files → compress → budget. Every file of the bundle is
//! written through one funnel (`Out`), into a fresh output folder, from the
//! content folder and trunk's build of the app. Nothing depends on the
//! clock but the build's day (or SOURCE_DATE_EPOCH), so two runs on the
//! same inputs give byte-identical bundles.

use crate::bundle;
use crate::content::check::ContentSet;
use crate::content::files;
use crate::content::model::*;
use crate::feeds::Feed;
use crate::lang::Lang;
use crate::platform::RenderEnv;
use crate::render::{self, Page};
use crate::routes::Route;
use crate::{feeds, ics, news, share_image, subscribe};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// What to build from where.
pub struct Options {
    /// The content folder (`public/content`, or another set: `CONTENT=`).
    pub content: PathBuf,
    /// Images referenced by the content (`public/images`).
    pub images: PathBuf,
    /// trunk's build of the app: index.html (the page template), JS, wasm, CSS.
    pub app: Option<PathBuf>,
    pub out: PathBuf,
    /// "/" or e.g. "/iuc-asia/".
    pub public_url: String,
    /// Check the size budgets at the end (the release bundle).
    pub budget: bool,
    /// Write .br and .gz copies (`make dist COMPRESS=0` leaves them out,
    /// for hosts that compress themselves and count files, as Cloudflare
    /// Pages does).
    pub compress: bool,
}

/// The funnel every file of the bundle goes through: it refuses to write a
/// path twice or outside the output folder, and counts what it wrote.
pub struct Out {
    root: PathBuf,
    written: BTreeSet<String>,
    bytes: u64,
}

impl Out {
    /// A funnel into `root`, which may already hold other files (trunk's
    /// staging folder); the pipeline itself always starts from an empty one.
    pub fn into(root: &Path) -> Self {
        Out::new(root)
    }

    fn new(root: &Path) -> Self {
        Out {
            root: root.to_path_buf(),
            written: BTreeSet::new(),
            bytes: 0,
        }
    }

    /// Writes `rel` (a `/`-separated path inside the bundle).
    pub fn write(&mut self, rel: &str, data: impl AsRef<[u8]>) -> Result<(), String> {
        if rel.is_empty()
            || rel
                .split('/')
                .any(|s| s.is_empty() || s == "." || s == "..")
        {
            return Err(format!("refusing to write the bundle path `{rel}`"));
        }
        if !self.written.insert(rel.to_string()) {
            return Err(format!("two parts of the build both write `{rel}`"));
        }
        let path = self.root.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        let data = data.as_ref();
        self.bytes += data.len() as u64;
        fs::write(&path, data).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn count(&self) -> usize {
        self.written.len()
    }

    /// Whether `rel` is already written (an image both editions show).
    pub fn has(&self, rel: &str) -> bool {
        self.written.contains(rel)
    }
}

/// The build's instant: SOURCE_DATE_EPOCH when set, otherwise the start of
/// the current day (UTC), so rebuilding on one day changes nothing.
pub fn build_instant() -> DateTime<Utc> {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or_else(|| {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64);
            now - now.rem_euclid(86_400)
        });
    DateTime::from_timestamp(secs, 0).unwrap_or_default()
}

/// The path the bundle is served under, as every file writes it ("/" or
/// "/iuc-asia/"), from what a deployer typed: "/iuc-asia", "iuc-asia/" and
/// "/iuc-asia/" all give "/iuc-asia/", "" and "/" give "/". It goes into
/// `<base href>`, `_headers`, `_redirects`, feeds and calendars, so only a
/// plain path is accepted: segments of letters, digits, `-`, `_`, `.` and
/// `~` between single slashes. `//host/` (protocol-relative: it names
/// another host), `..`, spaces, quotes and control characters are refused
/// before anything is built or written (T8, T9). Every entry point
/// (`site-gen dist`, `site-gen build`, `make dist` before trunk) calls it.
pub fn public_url(p: &str) -> Result<String, String> {
    let refuse = |why: &str| {
        Err(format!(
            "the public URL {:?} must be a plain path such as / or /iuc-asia/: it {why}",
            crate::content::load::printable(p)
        ))
    };
    let inner = p.strip_prefix('/').unwrap_or(p);
    let inner = inner.strip_suffix('/').unwrap_or(inner);
    if inner.is_empty() {
        return if p.len() <= 1 {
            Ok("/".into())
        } else {
            refuse("is only slashes")
        };
    }
    for seg in inner.split('/') {
        if seg.is_empty() {
            return refuse("has an empty segment (`//` would name another host)");
        }
        if seg == "." || seg == ".." {
            return refuse("has a `.` or `..` segment");
        }
        if !seg
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.~".contains(&b))
        {
            return refuse("has characters other than letters, digits, -, _, . and ~");
        }
    }
    Ok(format!("/{inner}/"))
}

fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).expect("content types always serialise")
}

/// Checks the content folder; every problem, or the checked set.
pub fn check(content: &Path, images_parent: &Path) -> Result<ContentSet, String> {
    let (set, problems) = ContentSet::check(content, images_parent);
    if problems.is_empty() {
        return Ok(set);
    }
    let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    Err(format!(
        "the content has {} problem(s):\n{}\nRun `cargo run --bin content-check -- {}` for the full report.",
        problems.len(),
        list.join("\n"),
        content.display()
    ))
}

pub use crate::render::Derived;

/// The site's absolute URL: the origin configured in site.json with the
/// public URL's path, e.g. "https://example.org/iuc-asia/".
pub fn site_url(set: &ContentSet, public_url: &str) -> Result<String, String> {
    let site = &set.site.as_ref().ok_or("site.json did not load")?.value;
    let origin = crate::content::validate::origin_of(&site.url);
    Ok(format!("{origin}{}", public_url))
}

/// One edition's content files, and every file derived from them: news
/// indexes, search terms, the homepage's events, the Atom feed and the
/// calendars, under the edition's prefix (`zh-hans/…`). Content files are
/// written from the checked model, so only what the model knows is
/// published. With `images`, also every image the content uses. This is
/// also what `trunk serve` runs.
pub fn derive(
    set: &ContentSet,
    lang: Lang,
    images: Option<&Path>,
    site_url: &str,
    stamp: DateTime<Utc>,
    out: &mut Out,
) -> Result<Derived, String> {
    let pre = lang.prefix();
    let value = |name: &str| format!("{name} did not load");
    // Every content file, by its path below the edition's folder: written
    // in one loop below, and what the pages are rendered from.
    let mut content: BTreeMap<String, String> = BTreeMap::new();
    let mut put = |rel: &str, json: String| {
        content.insert(rel.to_string(), json);
    };
    put(
        files::SITE,
        to_json(&set.site.as_ref().ok_or(value(files::SITE))?.value),
    );
    // Every file derived from the events (events.json, events-home.json)
    // carries each event's zone name, so the browser needs no `Intl`
    // formatter per zone (`Event::zone_label`).
    let mut named = set
        .events
        .as_ref()
        .ok_or(value(files::EVENTS))?
        .value
        .clone();
    for e in &mut named.events {
        e.zone_label = crate::format::zone_label(&e.start, &e.time_zone, lang);
    }
    let events = &named;
    // The browser never loads every event: the index, a file per year and
    // a file per event (`events::index_file`).
    let events_index = crate::events::index_file(events);
    for y in &events_index.years {
        put(
            &files::events_year(*y as i32),
            to_json(&crate::events::year_file(events, *y as i32)),
        );
    }
    for e in &events.events {
        if let Some(f) = crate::events::event_file(events, &e.slug) {
            put(&files::event(&e.slug), to_json(&f));
        }
    }
    put(files::EVENTS_INDEX, to_json(&events_index));
    put(
        files::COOPERATION,
        to_json(
            &set.cooperation
                .as_ref()
                .ok_or(value(files::COOPERATION))?
                .value,
        ),
    );
    put(
        files::COVENANT,
        to_json(&set.covenant.as_ref().ok_or(value(files::COVENANT))?.value),
    );
    put(
        files::PAGES,
        to_json(&set.pages.as_ref().ok_or(value(files::PAGES))?.value),
    );
    if let Some(images) = images {
        for img in referenced_images(set) {
            if out.has(&img) {
                continue;
            }
            let name = img.trim_start_matches("images/");
            let path = images.join(name);
            let data = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            out.write(&img, data)?;
        }
    }
    let articles: Vec<(&Article, &str)> = set
        .articles
        .iter()
        .map(|a| {
            let text = set.article_texts.get(&a.value.slug);
            (&a.value, text.map_or("", String::as_str))
        })
        .collect();
    let mut news = news::build_news(&articles);
    news.stamp(&news_build(&news));
    for (a, text) in &articles {
        let mut a = (*a).clone();
        news::set_links(&mut a, &news.links);
        a.words = news::word_count(text);
        put(&files::article(&a.slug), to_json(&a));
    }
    put(files::NEWS_INDEX, to_json(&news.catalogue));
    put(files::NEWS_FACETS, to_json(&news.facets));
    put(files::NEWS_LATEST, to_json(&news.latest));
    for (i, page) in news.pages.iter().enumerate() {
        put(&files::news_page(i + 1), to_json(page));
    }
    for (key, shard) in &news.shards {
        put(&files::search_shard(key), to_json(shard));
    }
    let index = &news.summaries;
    // Each entry carries its article in full, as its page shows it.
    let bodies: BTreeMap<&str, (&str, Option<&str>)> = articles
        .iter()
        .map(|(a, _)| (a.slug.as_str(), (a.body.as_str(), a.lang.as_deref())))
        .collect();
    let site = &set.site.as_ref().ok_or(value(files::SITE))?.value;
    let t = crate::strings::for_lang(lang);
    let news_title = format!("{}{}", site.name, t.feed_title_suffix);
    out.write(
        &format!("{pre}{}", subscribe::FEED),
        feeds::atom(
            site,
            site_url,
            lang,
            &Feed::all(news_title.clone()),
            index,
            &bodies,
        ),
    )?;
    // One feed per topic and per country in use, newest entries only.
    let mut tags = BTreeSet::new();
    let mut countries = BTreeSet::new();
    for a in index {
        tags.extend(a.tags.iter().map(String::as_str));
        countries.extend(a.countries.iter().map(String::as_str));
    }
    let mut topic_feed = |feed: Feed, keep: &dyn Fn(&ArticleSummary) -> bool| {
        let mine = index.iter().filter(|a| keep(a));
        out.write(
            &format!("{pre}{}", feed.file),
            feeds::atom(site, site_url, lang, &feed, mine, &bodies),
        )
    };
    for tag in tags {
        let feed = Feed::topic(
            (t.topic_title)(&news_title, &(t.tag_label)(tag)),
            subscribe::tag_feed(tag),
            &format!("tag={tag}"),
        );
        topic_feed(feed, &|a| a.tags.iter().any(|x| x == tag))?;
    }
    for code in countries {
        let name = site
            .country_names
            .iter()
            .find(|c| c.code == code)
            .map_or(code, |c| c.name.as_str());
        let feed = Feed::topic(
            (t.topic_title)(&news_title, name),
            subscribe::country_feed(code),
            &format!("country={code}"),
        );
        topic_feed(feed, &|a| a.countries.iter().any(|x| x == code))?;
    }
    let events_home = crate::events::homepage_events(events, stamp);
    put(files::EVENTS_HOME, to_json(&events_home));
    out.write(
        &format!("{pre}{}", subscribe::CALENDAR),
        ics::calendar_ics(t, events, &events.events, t.calendar_name, site_url, &stamp),
    )?;
    // One calendar per category in use (a calendar needs at least one event).
    for c in &events.categories {
        let mine: Vec<&Event> = events
            .events
            .iter()
            .filter(|e| e.category == c.id)
            .collect();
        if mine.is_empty() {
            continue;
        }
        out.write(
            &format!("{pre}{}", subscribe::category_calendar(&c.id)),
            ics::calendar_ics(
                t,
                events,
                mine,
                &(t.topic_title)(t.calendar_name, &c.name),
                site_url,
                &stamp,
            ),
        )?;
    }
    for e in &events.events {
        let organiser = events
            .organisers
            .iter()
            .find(|o| o.id == e.organiser)
            .map_or("", |o| o.name.as_str());
        out.write(
            &format!("{pre}{}", ics::event_file(&e.slug)),
            ics::event_ics(t, e, organiser, site_url, &stamp),
        )?;
    }
    Ok(Derived { lang, content })
}

/// Writes the edition's content files, each as the pages were rendered
/// from it (`Derived::content`).
pub fn write_content(d: &Derived, out: &mut Out) -> Result<(), String> {
    for (rel, json) in &d.content {
        out.write(&format!("content/{}{rel}", d.lang.content_dir()), json)?;
    }
    Ok(())
}

/// Each edition's language and content, English first.
pub type Editions = Vec<(Lang, ContentSet)>;

/// The editions to build: English, and each translation whose folder
/// exists, checked as strictly as the English and compared with it.
/// Untranslated articles join a translation in English.
pub fn editions(
    content: &Path,
    images_parent: &Path,
    en: ContentSet,
) -> Result<(Editions, Vec<String>), String> {
    let mut problems = Vec::new();
    let translations =
        crate::content::translation::check_translations(content, images_parent, &en, &mut problems);
    let notes: Vec<String> = translations
        .iter()
        .map(|t| t.comparison.summary(t.lang))
        .collect();
    if !problems.is_empty() {
        problems.sort();
        let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        return Err(format!(
            "the translations have {} problem(s):\n{}",
            problems.len(),
            list.join("\n")
        ));
    }
    let translated: Vec<(Lang, ContentSet)> = translations
        .into_iter()
        .map(|t| {
            let set =
                crate::content::translation::with_fallbacks(&en, t.set, &t.comparison.untranslated);
            (t.lang, set)
        })
        .collect();
    let mut all = vec![(Lang::En, en)];
    all.extend(translated);
    Ok((all, notes))
}

/// Every image the content refers to ("images/x.svg"): articles' own
/// and the rich texts' figures, once each, sorted.
fn referenced_images(set: &ContentSet) -> BTreeSet<String> {
    set.articles
        .iter()
        .map(|a| a.value.image.src.clone())
        .chain(set.figures.keys().cloned())
        .filter(|s| s.starts_with("images/"))
        .collect()
}

/// The share image of every page (`og:image`), each written once under
/// `share/`: an article's own illustration, otherwise a card with the page's
/// title. Drawing is the slow part, so PNGs are kept between builds in
/// `target/share-images/` (named by a hash of the SVG they show).
struct Shares {
    renderer: Option<share_image::Renderer>,
    images: PathBuf,
    cache: PathBuf,
    /// SVG hash → (file, width, height), for files already in the bundle.
    written: std::collections::HashMap<String, (String, u32, u32)>,
    drawn: usize,
    /// Cards whose title has characters no bundled font draws (T16).
    gaps: Vec<String>,
    /// The fonts' names and sizes: new fonts give new names, so the cache
    /// never serves an image drawn with other fonts.
    fonts: String,
}

impl Shares {
    fn new(images: &Path) -> Result<Shares, String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dir = root.join("assets/fonts");
        let mut fonts: Vec<String> = fs::read_dir(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok())
            .map(|e| {
                format!(
                    "{:?} {}",
                    e.file_name(),
                    e.metadata().map_or(0, |m| m.len())
                )
            })
            .collect();
        fonts.sort();
        Ok(Shares {
            fonts: fonts.join("\n"),
            renderer: None,
            images: images.to_path_buf(),
            cache: std::env::var_os("IUC_SHARE_CACHE")
                .map(PathBuf::from)
                .unwrap_or_else(|| root.join("target/share-images")),
            written: Default::default(),
            drawn: 0,
            gaps: Vec::new(),
        })
    }

    /// The renderer, with the fonts loaded on first use.
    fn renderer(&mut self) -> Result<&share_image::Renderer, String> {
        if self.renderer.is_none() {
            let root = Path::new(env!("CARGO_MANIFEST_DIR"));
            self.renderer = Some(share_image::Renderer::new(&root.join("assets/fonts"))?);
        }
        Ok(self.renderer.as_ref().expect("just made"))
    }

    fn image_for(
        &mut self,
        page: &Page,
        p: &crate::store::Prefilled,
        site_url: &str,
        out: &mut Out,
    ) -> Result<crate::head::HeadImage, String> {
        let t = crate::strings::for_lang(page.lang);
        let illustration = match &page.route {
            Route::Article(slug) => p
                .get::<Article>(&files::article(slug))
                .ok()
                .filter(|a| a.image.src.ends_with(".svg"))
                .map(|a| (a.image.src.clone(), a.image.alt.clone())),
            _ => None,
        };
        // What an error names: the illustration's file, or the page.
        let what = match &illustration {
            Some((src, _)) => format!("public/{src} (the illustration of {})", page.route.path()),
            None => format!("the share card of {}", page.route.file_in(page.lang)),
        };
        let (svg, alt) = match illustration {
            Some((src, alt)) => {
                let path = self.images.join(src.trim_start_matches("images/"));
                (
                    fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?,
                    alt,
                )
            }
            None => {
                let title = if page.head.og_title.is_empty() {
                    t.site_name
                } else {
                    &page.head.og_title
                };
                let host = site_url
                    .split("://")
                    .nth(1)
                    .unwrap_or(site_url)
                    .trim_end_matches('/');
                if !title.is_ascii() {
                    let missing = self.renderer()?.missing_glyphs(title);
                    if !missing.is_empty() {
                        self.gaps.push(format!(
                            "{what}: no font in assets/fonts draws {}, which the card shows as empty boxes: add a font that covers them",
                            missing.iter().take(8).map(|c| format!("`{c}` (U+{:04X})", *c as u32)).collect::<Vec<_>>().join(", ")
                        ));
                    }
                }
                let svg = share_image::card_svg(t.site_name, title, host, t.lang);
                let alt = if title == t.site_name {
                    title.to_string()
                } else {
                    (t.topic_title)(t.site_name, title)
                };
                (svg.into_bytes(), alt)
            }
        };
        let mut hash = Sha256::new();
        hash.update(self.fonts.as_bytes());
        hash.update(&svg);
        let key: String = hash.finalize()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        if !self.written.contains_key(&key) {
            let file = format!("share/og-{key}.png");
            let cached = self.cache.join(format!("{key}.png"));
            let (png, w, h) = match fs::read(&cached)
                .ok()
                .and_then(|png| png_size(&png).map(|(w, h)| (png, w, h)))
            {
                Some(hit) => hit,
                None => {
                    let img = self
                        .renderer()?
                        .render(&svg)
                        .map_err(|e| format!("{what}: cannot draw the share image: {e}"))?;
                    self.drawn += 1;
                    let _ = fs::create_dir_all(&self.cache);
                    let _ = fs::write(&cached, &img.png);
                    (img.png, img.width, img.height)
                }
            };
            out.write(&file, png)?;
            self.written.insert(key.clone(), (file, w, h));
        }
        let (file, width, height) = self.written[&key].clone();
        Ok(crate::head::HeadImage {
            url: format!("{site_url}{file}"),
            width,
            height,
            alt,
        })
    }
}

/// The width and height of a PNG, from its header.
fn png_size(png: &[u8]) -> Option<(u32, u32)> {
    if !png.starts_with(b"\x89PNG\r\n\x1a\n") || png.len() < 24 {
        return None;
    }
    let n = |i: usize| u32::from_be_bytes([png[i], png[i + 1], png[i + 2], png[i + 3]]);
    Some((n(16), n(20)))
}

/// The build of an edition's news files: a hash of what they hold, so the
/// same content gives the same name (the bundle stays reproducible) and
/// any change to the list, its filters or the index gives another.
fn news_build(news: &news::NewsFiles) -> String {
    let mut h = Sha256::new();
    h.update(to_json(&news.catalogue));
    h.update(to_json(&news.facets));
    h.update(to_json(&news.latest));
    for p in &news.pages {
        h.update(to_json(p));
    }
    for (key, shard) in &news.shards {
        h.update(key);
        h.update(to_json(shard));
    }
    h.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// One page file: the template from trunk with this page's language, head,
/// content list (`data-preload`) and prerendered body.
pub fn page_html(
    template: &str,
    page: &Page,
    site_url: &str,
    public_url: &str,
    lang: Lang,
    build: &str,
) -> Result<String, String> {
    let t = crate::strings::for_lang(lang);
    // The content files this page's components asked for, at the address
    // the store fetches (store.rs), in this page's language. The loader
    // preloads them after the first paint (bundle::LOADER).
    let dir = page.lang.content_dir();
    let preload = if page.needs.is_empty() {
        String::new()
    } else {
        let hrefs: Vec<String> = page
            .needs
            .iter()
            .map(|f| format!("{public_url}content/{dir}{f}"))
            .collect();
        format!(" data-preload=\"{}\"", feeds::xml_escape(&hrefs.join(" ")))
    };
    // When the loader starts the app (`routes::app_start`), and, on a page
    // that waits for intent, the query keys that make it start at once.
    let start = page.app_start();
    let keys = crate::routes::query_keys(&page.route);
    let app = if start == crate::routes::AppStart::Intent && !keys.is_empty() {
        format!(
            " data-app=\"{}\" data-app-query=\"{}\"",
            start.attr(),
            keys.join(" ")
        )
    } else {
        format!(" data-app=\"{}\"", start.attr())
    };
    let mut html = template.to_string();
    let open = "<html lang=\"en\">";
    let at = html
        .find(open)
        .ok_or("index.html has no <html lang=\"en\">")?;
    html.replace_range(
        at..at + open.len(),
        &format!(
            "<html lang=\"{}\" data-editions=\"{}\" data-site-url=\"{}\" data-build=\"{}\" data-boot-error=\"{}\"{}{}>",
            t.lang,
            page.editions
                .iter()
                .map(|l| l.tag())
                .collect::<Vec<_>>()
                .join(" "),
            feeds::xml_escape(site_url),
            feeds::xml_escape(build),
            feeds::xml_escape(t.boot_failed),
            app,
            preload
        ),
    );
    if let (Some(a), Some(b)) = (html.find("<title>"), html.find("</title>")) {
        html.replace_range(a..b + "</title>".len(), "");
    }
    // The edition's own feed (links in the template are relative to <base>).
    html = html.replace(
        "type=\"application/atom+xml\" title=\"IUC Asia news\" href=\"feed.xml\"",
        &format!(
            "type=\"application/atom+xml\" title=\"{}{}\" href=\"{}feed.xml\"",
            feeds::xml_escape(t.site_short),
            feeds::xml_escape(t.feed_title_suffix),
            lang.prefix()
        ),
    );
    let head = page.head.to_html(t.site_name);
    let base_end = html
        .find("<base ")
        .and_then(|b| html[b..].find('>').map(|e| b + e + 1))
        .ok_or("index.html has no <base href>")?;
    html.insert_str(base_end, &head);
    let slot = "<div id=\"app\"></div>";
    let at = html
        .find(slot)
        .ok_or("index.html has no empty <div id=\"app\"></div>")?;
    html.replace_range(
        at..at + slot.len(),
        &format!("<div id=\"app\">{}</div>", page.body),
    );
    Ok(html)
}

fn stage(log: &mut dyn Write, name: &str, started: Instant, what: String) {
    let _ = writeln!(
        log,
        "==> {name:<10} {what} ({} ms)",
        started.elapsed().as_millis()
    );
}

/// What the first two stages give the rest: the checked public URL and
/// site URL, the editions, and each edition's derived files.
pub struct Derivation {
    pub public_url: String,
    pub site_url: String,
    pub editions: Editions,
    pub derived: Vec<Derived>,
    pub now: DateTime<Utc>,
}

/// The first stages, the same for every front door (`site-gen dist`, and
/// `site-gen build`, trunk's hook): the public URL, the content check, the
/// editions, then each edition's derived files, written into the output
/// that `open_out` gives once the content has passed (so a failed check
/// leaves the last bundle alone).
pub fn check_and_derive(
    content: &Path,
    images: &Path,
    public_url_given: &str,
    log: &mut dyn Write,
    open_out: impl FnOnce() -> Result<Out, String>,
) -> Result<(Out, Derivation), String> {
    let public_url = public_url(public_url_given)?;
    let t0 = Instant::now();
    let images_parent = images.parent().unwrap_or(Path::new("."));
    let set = check(content, images_parent)?;
    stage(
        log,
        "check",
        t0,
        format!(
            "{}: {} articles, {} events, {} pairings",
            content.display(),
            set.articles.len(),
            set.events.as_ref().map_or(0, |e| e.value.events.len()),
            set.cooperation
                .as_ref()
                .map_or(0, |c| c.value.pairings.len())
        ),
    );
    let (editions, notes) = editions(content, images_parent, set)?;
    for n in &notes {
        let _ = writeln!(log, "           {n}");
    }
    let mut out = open_out()?;
    let en_set = &editions[0].1;
    let site_url = site_url(en_set, &public_url)?;
    let now = build_instant();

    let t = Instant::now();
    let mut derived = Vec::new();
    let mut editions = editions;
    for (lang, set) in &mut editions {
        // From here on the rich texts are HTML, as the files carry them.
        set.render_rich_texts(*lang)?;
    }
    for (lang, set) in &editions {
        let url = format!("{site_url}{}", lang.prefix());
        let d = derive(set, *lang, Some(images), &url, now, &mut out)?;
        write_content(&d, &mut out)?;
        derived.push(d);
    }
    stage(
        log,
        "derive",
        t,
        format!("{} files, {} edition(s)", out.count(), editions.len()),
    );
    Ok((
        out,
        Derivation {
            public_url,
            site_url,
            editions,
            derived,
            now,
        },
    ))
}

/// Runs the whole pipeline. The output folder is replaced.
pub fn run(o: &Options, log: &mut dyn Write) -> Result<(), String> {
    let t0 = Instant::now();
    let (
        mut out,
        Derivation {
            public_url,
            site_url,
            editions,
            derived,
            now,
        },
    ) = check_and_derive(&o.content, &o.images, &o.public_url, log, || {
        fresh_dir(&o.out, &o.content)?;
        Ok(Out::new(&o.out))
    })?;

    let t = Instant::now();
    let mut hashed = Vec::new();
    let template = match &o.app {
        Some(app) => Some(copy_app(app, &mut out, &mut hashed)?),
        None => None,
    };
    let mut shares = Shares::new(&o.images)?;
    let mut pages = 0;
    let mut parse_time = std::time::Duration::ZERO;
    let mut indexable: Vec<(String, Option<String>)> = Vec::new();
    let mut routes = Vec::new();
    for ((lang, set), d) in editions.iter().zip(derived) {
        let prefilled = render::prefill(d);
        let build = prefilled
            .get::<NewsCatalogue>(files::NEWS_INDEX)
            .map_err(|p| p.to_string())?
            .build
            .clone();
        let env = RenderEnv {
            base: public_url.clone(),
            site_url: site_url.clone(),
            now,
            lang: *lang,
            editions: editions.iter().map(|(l, _)| *l).collect(),
        };
        let lang_routes = render::routes(&prefilled);
        for route in &lang_routes {
            let mut page = render::render(&prefilled, &env, route);
            check_page(&page)?;
            if template.is_some() {
                page.head.image = Some(shares.image_for(&page, &prefilled, &site_url, &mut out)?);
            }
            // Every page is parsed back, also in a build without the app's
            // template (tests, the fuzzer), in a bare one of the same shape.
            let file = route.file_in(*lang);
            let html = page_html(
                template
                    .as_deref()
                    .unwrap_or(crate::page_check::BARE_TEMPLATE),
                &page,
                &site_url,
                &public_url,
                *lang,
                &build,
            )?;
            let parsed = Instant::now();
            crate::page_check::check(&file, &html)?;
            parse_time += parsed.elapsed();
            if template.is_some() {
                out.write(&file, html)?;
                pages += 1;
            }
        }
        if *lang == Lang::En {
            indexable = lang_routes
                .iter()
                .filter(|r| **r != Route::NotFound)
                .map(|r| (r.path(), lastmod(set, r)))
                .collect();
            routes = lang_routes;
        }
    }
    stage(
        log,
        "pages",
        t,
        format!(
            "{pages} pages ({} routes × {} editions; each parsed back clean in {} ms in all), {} share images ({} drawn, the rest from the cache)",
            routes.len(),
            editions.len(),
            parse_time.as_millis(),
            shares.written.len(),
            shares.drawn
        ),
    );
    for gap in &shares.gaps {
        let _ = writeln!(log, "           warning: {gap}");
    }

    // Host files. _headers, _redirects and robots.txt only work at the
    // host's root: for a sub-path bundle they go to a separate folder
    // (`<out>-root/`) that the deployer copies to the root (README).
    let t = Instant::now();
    let root_dir = host_root_dir(&o.out, &public_url);
    let mut root_out = match &root_dir {
        Some(dir) => {
            fresh_dir(dir, &o.content)?;
            Some(Out::new(dir))
        }
        None => None,
    };
    let before = out.count();
    {
        let host = root_out.as_mut().unwrap_or(&mut out);
        host.write("_redirects", bundle::redirects_file(&public_url))?;
        host.write("_headers", bundle::headers_file(&public_url, &hashed))?;
        host.write(
            "robots.txt",
            format!("User-agent: *\nAllow: /\n\nSitemap: {site_url}sitemap.xml\n"),
        )?;
    }
    let langs: Vec<Lang> = editions.iter().map(|(l, _)| *l).collect();
    out.write(
        "sitemap.xml",
        bundle::sitemap(&site_url, &indexable, &langs),
    )?;
    let host_files = out.count() - before + root_out.as_ref().map_or(0, Out::count);
    stage(
        log,
        "host",
        t,
        match &root_dir {
            Some(d) => format!(
                "{host_files} files; copy {} to the host's root",
                d.display()
            ),
            None => format!("{host_files} files"),
        },
    );

    if o.compress {
        let t = Instant::now();
        let n = bundle::compress(&o.out)?;
        stage(log, "compress", t, format!("{n} files (.br and .gz)"));
    } else {
        let _ = writeln!(
            log,
            "==> compress   skipped: no .br or .gz twins (COMPRESS=0; the host compresses)"
        );
    }
    if o.budget {
        let t = Instant::now();
        let ok = bundle::budget_report(&o.out, log)?;
        stage(
            log,
            "budget",
            t,
            if ok {
                "within budget".into()
            } else {
                "OVER BUDGET".into()
            },
        );
        if !ok {
            return Err("size budget exceeded".into());
        }
    }
    let _ = writeln!(
        log,
        "built {} files ({} KiB before compression) in {} ms into {}",
        out.count(),
        out.bytes / 1024,
        t0.elapsed().as_millis(),
        o.out.display()
    );
    Ok(())
}

/// Where the root-level host files of a sub-path bundle go: `dist` built
/// for "/iuc-asia/" gets `dist-root/`. `None` for a bundle at the root.
pub fn host_root_dir(out: &Path, public_url: &str) -> Option<PathBuf> {
    (public_url != "/").then(|| {
        let name = out
            .file_name()
            .map_or("dist".into(), |n| n.to_string_lossy().to_string());
        out.with_file_name(format!("{name}-root"))
    })
}

/// A rendered page must be what its route says: an item's page shows the
/// item, not the not-found page (a route table and the build disagreeing
/// would otherwise publish "not found" pages with status 200). The
/// not-found pages, and only they, are `noindex` (`PageMeta`), so that is
/// what is checked: a title that happens to begin like "Article not found"
/// is an editor's choice, not a missing page (T14).
fn check_page(page: &Page) -> Result<(), String> {
    if page.head.noindex != (page.route == Route::NotFound) {
        return Err(format!(
            "the page for {} rendered as {} (`{}`)",
            page.route.path(),
            if page.head.noindex {
                "a not-found page"
            } else {
                "a page of its own"
            },
            page.head.title
        ));
    }
    if page.body.contains("class=\"loading\"") {
        return Err(format!(
            "the page for {} still shows a loading message",
            page.route.path()
        ));
    }
    Ok(())
}

fn lastmod(set: &ContentSet, r: &Route) -> Option<String> {
    match r {
        Route::Article(slug) => set
            .articles
            .iter()
            .find(|a| &a.value.slug == slug)
            .and_then(|a| a.value.published.day.map(|_| a.value.published.to_string())),
        _ => None,
    }
}

/// Empties `dir` for a new bundle, refusing anything that does not look
/// like an earlier bundle (or is the content itself).
fn fresh_dir(dir: &Path, content: &Path) -> Result<(), String> {
    if let (Ok(d), Ok(c)) = (dir.canonicalize(), content.canonicalize()) {
        if c.starts_with(&d) {
            return Err(format!(
                "{} holds the content; build somewhere else",
                dir.display()
            ));
        }
    }
    if dir.is_dir() {
        let empty = fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .next()
            .is_none();
        let earlier = ["sitemap.xml", "index.html", "_headers"]
            .iter()
            .any(|f| dir.join(f).is_file());
        if !empty && !earlier {
            return Err(format!(
                "{} is not empty and is not an earlier build; refusing to replace it",
                dir.display()
            ));
        }
        fs::remove_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))
}

/// Copies trunk's build (JS, wasm, CSS, the favicon) into the bundle, draws
/// the favicon as a PNG, and returns the page template, with the site's own
/// loader in place of trunk's and a link to that PNG.
/// `hashed` gets the names that may be cached for a year.
fn copy_app(app: &Path, out: &mut Out, hashed: &mut Vec<String>) -> Result<String, String> {
    let index = app.join("index.html");
    let html = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let template = bundle::png_favicon(&bundle::replace_loader(&html)?)?;
    let icon = app.join("favicon.svg");
    let svg = fs::read(&icon).map_err(|e| format!("{}: {e}", icon.display()))?;
    out.write(
        bundle::FAVICON_PNG,
        share_image::icon_png(&svg, bundle::FAVICON_SIZE)?,
    )?;
    let mut names: Vec<String> = fs::read_dir(app)
        .map_err(|e| format!("{}: {e}", app.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n != "index.html" && app.join(n).is_file())
        .collect();
    names.sort();
    for n in &names {
        let data = fs::read(app.join(n)).map_err(|e| format!("{}/{n}: {e}", app.display()))?;
        out.write(n, data)?;
        if bundle::is_hashed(n) {
            hashed.push(n.clone());
        }
    }
    hashed.sort();
    Ok(template)
}
