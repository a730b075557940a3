//! Finishing the static bundle for any host: the loader (inline, allowed
//! by its hash, so the CSP needs no 'unsafe-inline'), preloads, the 404.html
//! fallback, host config (`_headers`, `_redirects`), robots.txt, the
//! sitemap, and pre-compressed copies of every text and wasm file.

use crate::content::files;
use base64::Engine;
use sha2::{Digest, Sha384};
use std::fs;
use std::path::{Path, PathBuf};

/// The Content-Security-Policy: only the site's own origin. Wasm needs
/// 'wasm-unsafe-eval'; the one inline script is `LOADER`, allowed by its
/// hash; no other inline script, and no inline style, is allowed.
pub const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha384-tsIlPMrd8V74jwaf0ASrnCxBsK2T1wIUNcrnEcfXH9xCEkD3aj4IRfACoGvk+VZq'; style-src 'self'; img-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

/// Headers every response carries, on every host. deploy/nginx.conf repeats
/// them (a test keeps the two in step).
pub const SECURITY_HEADERS: &[(&str, &str)] = &[
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("Permissions-Policy", "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
];

pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
pub const REVALIDATE: &str = "no-cache";
/// Images of the content (`images/`): not hashed, so a day.
pub const IMAGES: &str = "public, max-age=86400";

/// Files worth pre-compressing.
const COMPRESSIBLE: &[&str] = &[
    "html", "js", "css", "wasm", "json", "svg", "xml", "ics", "txt",
];

fn err(path: &Path, e: std::io::Error) -> String {
    format!("{}: {e}", path.display())
}

/// Is this a file name trunk gave a content hash (`name-0123456789abcdef.ext`)?
pub fn is_hashed(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    match stem.rsplit_once('-') {
        // trunk writes the hash as `{:x}` of a u64: 16 hex digits, fewer
        // when it starts with zeros.
        Some((_, h)) => {
            (12..=16).contains(&h.len())
                && h.bytes()
                    .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        }
        None => false,
    }
}

pub fn sri(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

/// The app's loader, inline in every page: it starts the app when the page
/// needs it, never before the page has loaded and its first contentful
/// paint is on screen, and shows the page's own message (`<html
/// data-boot-error>`, in its language) if the JS or wasm cannot load, is
/// cut off, or arrives in the wrong encoding. The prerendered page is
/// complete without the app, and nothing the app needs may compete with
/// that paint. The page names its content files in `<html data-preload>`,
/// and the loader preloads them, the glue script (`modulepreload`) and the
/// wasm together, with their integrity, when it starts the app.
///
/// When: the build writes it on each page (`<html data-app>`,
/// `routes::app_start`). A `now` page starts after that paint, as every
/// page did before. An `intent` page waits for the visitor to reach for a
/// control that only the app works (`button`, `input`, `select`,
/// `textarea` in `#app`): focus in a text box, a pointer down, a key other
/// than one that only moves on (Tab), or a changed value. A pointer
/// resting on such a control starts it a little early, except with
/// `Save-Data` or on a 2G connection. Links never do: without the app they
/// are plain page loads, cheaper than the app (README, "What loads when").
/// The one rule the build cannot apply is the loader's alone: hosts serve
/// `/news/?tag=x` the file of `/news/`, so a waiting page whose address
/// carries a query key the page reads (`<html data-app-query>`,
/// `routes::query_keys`) starts at once too.
///
/// Nothing the visitor does meanwhile is lost: the takeover carries typed
/// words and chosen filters into the app's page and applies them
/// (takeover.rs), and a button pressed before the app is ready (which did
/// nothing: the build's buttons have no handlers) is pressed again, the
/// same button by position, once it is. The links to the other editions,
/// written for the address without a query, get the address's query, as
/// the app's have. Other scripts (the tests, the bench) ask for the app
/// with an `app-wanted` event.
///
/// It is inline, allowed by its hash in the CSP, because a loader in a file
/// of its own cost the first paint a round trip in Lighthouse: Lantern
/// hangs every script the parser requests on the parse task, which on a
/// page with scripts also creates the JS context (30–50 ms, four times
/// that on its simulated phone), so LCP measured 1.08–1.18× the static
/// floor. Inline, nothing is requested before the paint that the floor
/// does not request too, and LCP equals the floor's. Its text never
/// changes with a build (its element's data attributes name the files), so
/// the hash in `CSP` and deploy/nginx.conf changes only when this file does;
/// a test says so.
pub const LOADER: &str = include_str!("loader.js");

/// The `<script>` element that runs `LOADER`, taken from trunk's inline
/// loader: the glue script and the wasm it names, with the integrity of
/// trunk's preloads of them.
fn loader_element(
    trunk_loader: &str,
    wasm_integrity: Option<&str>,
    js_integrity: Option<&str>,
) -> Result<String, String> {
    let pick = |start: &str| -> Result<String, String> {
        let at = trunk_loader
            .find(start)
            .ok_or_else(|| format!("trunk's loader changed: no `{start}`"))?
            + start.len();
        let end = trunk_loader[at..]
            .find('\'')
            .ok_or("trunk's loader changed: unterminated string")?;
        Ok(trunk_loader[at..at + end].to_string())
    };
    let attr = |name: &str, value: Option<&str>| {
        value
            .map(|v| format!(" {name}=\"{}\"", crate::feeds::xml_escape(v)))
            .unwrap_or_default()
    };
    let js = pick("import init, * as bindings from '")?;
    let wasm = pick("module_or_path: '")?;
    Ok(format!(
        "<script type=\"module\"{}{}{}{}>{LOADER}</script>",
        attr("data-js", Some(&js)),
        attr("data-js-integrity", js_integrity),
        attr("data-wasm", Some(&wasm)),
        attr("data-wasm-integrity", wasm_integrity),
    ))
}

/// The template's icon link, from the SVG favicon (which `trunk serve`
/// shows) to the PNG the build draws from it (`share_image::icon_png`).
pub fn png_favicon(html: &str) -> Result<String, String> {
    let svg = "<link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\">";
    if !html.contains(svg) {
        return Err(format!("index.html: no `{svg}`"));
    }
    Ok(html.replace(
        svg,
        &format!("<link rel=\"icon\" href=\"{FAVICON_PNG}\" type=\"image/png\" sizes=\"{FAVICON_SIZE}x{FAVICON_SIZE}\">"),
    ))
}

/// The favicon every page links to, drawn by the build.
pub const FAVICON_PNG: &str = "favicon.png";
pub const FAVICON_SIZE: u32 = 32;

/// Takes trunk's `<link>` of the given kind whose href ends with `suffix`
/// out of the HTML, returning its integrity.
fn take_link(html: &mut String, rel: &str, suffix: &str) -> Result<Option<String>, String> {
    let open = format!("<link rel=\"{rel}\" href=\"");
    let mut from = 0;
    while let Some(at) = html[from..].find(&open).map(|i| i + from) {
        let end = html[at..]
            .find('>')
            .ok_or("index.html: unterminated link")?
            + at
            + 1;
        let link = html[at..end].to_string();
        let href = link[open.len()..].split('"').next().unwrap_or_default();
        if href.ends_with(suffix) {
            html.replace_range(at..end, "");
            return Ok(link
                .split("integrity=\"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .map(str::to_string));
        }
        from = end;
    }
    Ok(None)
}

/// Replaces trunk's inline module loader with `LOADER`, and takes out
/// trunk's preloads of the wasm and the glue script, which the loader makes
/// after the first paint. Any other inline script is refused: the CSP
/// allows only this one.
pub fn replace_loader(html: &str) -> Result<String, String> {
    let open = "<script type=\"module\">";
    let mut out = html.to_string();
    let wasm_integrity = take_link(&mut out, "preload", "_bg.wasm")?;
    let js_integrity = take_link(&mut out, "modulepreload", ".js")?;
    if let Some(start) = out.find(open) {
        let body_start = start + open.len();
        let end = out[body_start..]
            .find("</script>")
            .ok_or("index.html: unterminated inline script")?
            + body_start;
        let element = loader_element(
            &out[body_start..end],
            wasm_integrity.as_deref(),
            js_integrity.as_deref(),
        )?;
        out.replace_range(start..end + "</script>".len(), &element);
    }
    if out.contains("<script>") || out.contains(open) {
        return Err(
            "index.html has an inline script other than the loader, which the Content-Security-Policy would block"
                .into(),
        );
    }
    Ok(out)
}

/// The sitemap: every page in every edition, each with its `hreflang`
/// alternates (the same set, reciprocal, and `x-default`).
pub fn sitemap(
    site_url: &str,
    routes: &[(String, Option<String>)],
    langs: &[crate::lang::Lang],
) -> String {
    let e = crate::feeds::xml_escape;
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for (path, lastmod) in routes {
        let alternates: String = if langs.len() > 1 {
            crate::head::alternates_of(site_url, path, langs)
                .into_iter()
                .map(|(tag, href)| {
                    format!(
                        "<xhtml:link rel=\"alternate\" hreflang=\"{tag}\" href=\"{}\"/>",
                        e(&href)
                    )
                })
                .collect()
        } else {
            String::new()
        };
        for lang in langs {
            let loc = format!(
                "{site_url}{}{}",
                lang.prefix(),
                path.trim_start_matches('/')
            );
            x.push_str(&format!("  <url><loc>{}</loc>", e(&loc)));
            if let Some(m) = lastmod {
                x.push_str(&format!("<lastmod>{m}</lastmod>"));
            }
            x.push_str(&alternates);
            x.push_str("</url>\n");
        }
    }
    x.push_str("</urlset>\n");
    x
}

/// `_headers` for Netlify and Cloudflare Pages: security headers and
/// `Vary: Accept-Encoding` (the host compresses) on every path, then each
/// path that needs more exactly once, with all its headers in one block
/// (Cloudflare lets a later block for the same path replace an earlier
/// one). No rule sets Cache-Control for a path another rule also matches
/// with Cache-Control: hashed files and share images get a year, images a
/// day; content, feeds and calendars revalidate; pages get the host's
/// default for HTML, which revalidates (deploy/nginx.conf sends the same).
/// No rule sets Content-Type: Pages applies a matching rule to the 404 page
/// it answers for a missing file too, so `calendar/*` with `text/calendar`
/// labelled the HTML not-found page a calendar. Cloudflare's own types
/// (`text/calendar` for .ics, `application/xml` for the feeds) are right.
/// Cloudflare sends every 404 with `Cache-Control: no-store`, whatever the
/// rules say, so `share/*` never makes a missing image's 404 immutable.
pub fn headers_file(public_url: &str, hashed: &[String]) -> String {
    let mut h = format!("{public_url}*\n");
    for (k, v) in SECURITY_HEADERS {
        h.push_str(&format!("  {k}: {v}\n"));
    }
    h.push_str("  Vary: Accept-Encoding\n");
    let revalidate = format!("Cache-Control: {REVALIDATE}");
    let mut rules: Vec<(String, Vec<String>)> = vec![
        ("content/*".into(), vec![revalidate.clone()]),
        ("sitemap.xml".into(), vec![revalidate.clone()]),
        // Share images are named by a hash of what they show.
        (
            "share/*".into(),
            vec![format!("Cache-Control: {IMMUTABLE}")],
        ),
        ("images/*".into(), vec![format!("Cache-Control: {IMAGES}")]),
    ];
    // Each edition's feeds and calendars.
    for lang in crate::lang::Lang::ALL {
        let pre = lang.prefix();
        for file in [
            "feed.xml",
            "feeds/*",
            "events.ics",
            "calendar/*",
            "calendars/*",
        ] {
            rules.push((format!("{pre}{file}"), vec![revalidate.clone()]));
        }
    }
    for name in hashed {
        rules.push((name.clone(), vec![format!("Cache-Control: {IMMUTABLE}")]));
    }
    for (path, lines) in rules {
        h.push_str(&format!("\n{public_url}{path}\n"));
        for l in lines {
            h.push_str(&format!("  {l}\n"));
        }
    }
    h
}

/// `_redirects`: no rewrite is needed, since every page is a file and
/// unknown paths get 404.html from the host. Paths written without their
/// trailing slash are answered with a redirect by the hosts themselves.
pub fn redirects_file(_public_url: &str) -> String {
    "# Every page is a file (news/index.html answers /news/); unknown paths get 404.html.\n".into()
}

/// Size budgets in brotli bytes (KiB, as Lighthouse and most tools count),
/// enforced by `make test`.
pub const WASM_BUDGET: u64 = 250 * 1024;
pub const HOMEPAGE_BUDGET: u64 = 350 * 1024;

/// The brotli size of a file as the bundle serves it: its `.br` twin, or,
/// without one, the smaller of the file and its brotli copy (the host
/// compresses it itself when the bundle was built without twins, `make dist
/// COMPRESS=0`; a file that does not shrink gets no twin and is sent as it
/// is), so the budgets hold either way.
fn br_size(path: &Path) -> Result<u64, String> {
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let br = path.with_file_name(format!("{name}.br"));
    if br.is_file() {
        return fs::metadata(&br).map(|m| m.len()).map_err(|e| err(&br, e));
    }
    let data = fs::read(path).map_err(|e| err(path, e))?;
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    if !COMPRESSIBLE.contains(&ext) {
        return Ok(data.len() as u64);
    }
    let br = brotli_copy(&data).map_err(|e| err(path, e))?;
    Ok(data.len().min(br.len()) as u64)
}

/// What the homepage downloads, as (label, brotli bytes): the HTML, the
/// styles, scripts and wasm, the content files it preloads, those it
/// fetches ahead for the news list once the app is ready, and the images
/// of the latest news.
pub fn homepage_downloads(dir: &Path) -> Result<Vec<(String, u64)>, String> {
    let mut out = Vec::new();
    let mut names: Vec<String> = fs::read_dir(dir)
        .map_err(|e| err(dir, e))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    for n in &names {
        let keep = n == "index.html"
            || (is_hashed(n)
                && [".css", ".js", ".wasm", ".svg"]
                    .iter()
                    .any(|e| n.ends_with(e)));
        if keep {
            out.push((n.clone(), br_size(&dir.join(n))?));
        }
    }
    let index = fs::read_to_string(dir.join("index.html")).map_err(|e| err(dir, e))?;
    // The files the page preloads, then those fetched once the app is
    // ready (`Store::news_ahead`).
    let ahead = [files::NEWS_INDEX.to_string(), files::news_page(1)];
    for f in preloaded_content(&index).into_iter().chain(ahead) {
        out.push((
            format!("content/{f}"),
            br_size(&dir.join("content").join(&f))?,
        ));
    }
    let latest_path = dir.join("content").join(files::NEWS_LATEST);
    let latest: crate::content::NewsIndex =
        serde_json::from_str(&fs::read_to_string(&latest_path).map_err(|e| err(&latest_path, e))?)
            .map_err(|e| format!("{}: {e}", latest_path.display()))?;
    let mut images: Vec<String> = latest
        .articles
        .iter()
        .map(|a| a.image.src.clone())
        .collect();
    images.sort();
    images.dedup();
    for img in images {
        out.push((img.clone(), br_size(&dir.join(&img))?));
    }
    Ok(out)
}

/// The content files a page preloads ("news/latest.json"), from the list
/// in its `<html data-preload>` (see `LOADER`).
pub fn preloaded_content(html: &str) -> Vec<String> {
    html.split(" data-preload=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|href| href.split_once("content/").map(|(_, f)| f.to_string()))
        .collect()
}

/// The lowest address at which any of the wasm module's data segments is
/// placed (`None` when it places none). wasm-opt runs with
/// `--low-memory-unused` (`index.html`), a promise that nothing lives in
/// the first 1 KiB of memory: `budget_report` holds the linker to it.
pub fn lowest_data_address(wasm: &[u8]) -> Result<Option<u32>, String> {
    /// A LEB128 number; `signed` for an `i32.const`.
    fn leb(b: &[u8], at: &mut usize, signed: bool) -> Result<u64, String> {
        let (mut v, mut shift) = (0u64, 0);
        loop {
            let byte = *b.get(*at).ok_or("the wasm ends inside a number")?;
            *at += 1;
            v |= u64::from(byte & 0x7f) << shift;
            shift += 7;
            if byte & 0x80 == 0 {
                if signed && byte & 0x40 != 0 && shift < 64 {
                    v |= !0u64 << shift;
                }
                return Ok(v);
            }
            if shift > 63 {
                return Err("the wasm has an over-long number".into());
            }
        }
    }
    let num = |at: &mut usize| leb(wasm, at, false).map(|v| v as usize);
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err("not a wasm module (version 1)".into());
    }
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        at += 1;
        let size = num(&mut at)?;
        let end = at + size;
        if id != 11 {
            at = end;
            continue;
        }
        let mut lowest: Option<u32> = None;
        let mut p = at;
        for _ in 0..num(&mut p)? {
            let flags = num(&mut p)?;
            if flags > 2 {
                return Err(format!("a data segment has unknown flags {flags}"));
            }
            if flags == 2 {
                num(&mut p)?; // memory index
            }
            if flags != 1 {
                // Active: the offset is `i32.const n; end`.
                if wasm.get(p) != Some(&0x41) {
                    return Err("a data segment's offset is not a constant".into());
                }
                p += 1;
                let offset = leb(wasm, &mut p, true)? as i32 as u32;
                if wasm.get(p) != Some(&0x0b) {
                    return Err("a data segment's offset is not one constant".into());
                }
                p += 1;
                lowest = Some(lowest.map_or(offset, |l| l.min(offset)));
            }
            let len = num(&mut p)?;
            p += len;
        }
        return Ok(lowest);
    }
    Ok(None)
}

/// Prints the sizes and checks the budgets. Returns false when over budget.
pub fn budget_report(dir: &Path, out: &mut dyn std::io::Write) -> Result<bool, String> {
    let items = homepage_downloads(dir)?;
    let total: u64 = items.iter().map(|i| i.1).sum();
    // The files beside index.html with this ending.
    let top_level = |ext: &'static str| {
        items
            .iter()
            .filter(move |i| i.0.ends_with(ext) && !i.0.contains('/'))
    };
    let top = |ext: &'static str| -> u64 { top_level(ext).map(|i| i.1).sum() };
    let wasm = top(".wasm");
    // The wasm the homepage downloads: its size is measured below, and its
    // memory layout read.
    let wasm_file = match top_level(".wasm").next() {
        Some(item) if wasm > 0 => dir.join(&item.0),
        _ => {
            return Err(format!(
                "{}: no hashed .wasm file found beside index.html",
                dir.display()
            ))
        }
    };
    let json: u64 = items
        .iter()
        .filter(|i| i.0.starts_with("content/"))
        .map(|i| i.1)
        .sum();
    let kb = |b: u64| format!("{:.1} KiB", b as f64 / 1024.0);
    let _ = writeln!(
        out,
        "sizes (brotli): wasm {}, JS {}, CSS {}, HTML {}, homepage JSON {}",
        kb(wasm),
        kb(top(".js")),
        kb(top(".css")),
        kb(top(".html")),
        kb(json)
    );
    let _ = writeln!(
        out,
        "homepage downloads {} in {} files (budget {}); wasm budget {}",
        kb(total),
        items.len(),
        kb(HOMEPAGE_BUDGET),
        kb(WASM_BUDGET)
    );
    let mut ok = true;
    if wasm > WASM_BUDGET {
        let _ = writeln!(
            out,
            "OVER BUDGET: the wasm is {} brotli, more than {}",
            kb(wasm),
            kb(WASM_BUDGET)
        );
        ok = false;
    }
    let bytes = fs::read(&wasm_file).map_err(|e| err(&wasm_file, e))?;
    let lowest =
        lowest_data_address(&bytes).map_err(|e| format!("{}: {e}", wasm_file.display()))?;
    if let Some(low) = lowest.filter(|l| *l < 1024) {
        let _ = writeln!(
            out,
            "UNSAFE: the wasm places data at address {low}, in the first 1 KiB, which \
             wasm-opt's --low-memory-unused (index.html) assumes is unused"
        );
        ok = false;
    }
    if total > HOMEPAGE_BUDGET {
        let _ = writeln!(
            out,
            "OVER BUDGET: the homepage downloads {} brotli, more than {}",
            kb(total),
            kb(HOMEPAGE_BUDGET)
        );
        ok = false;
    }
    Ok(ok)
}

/// Regular files under `dir`; links are not followed.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        if kind.is_dir() {
            walk(&entry.path(), out)?;
        } else if kind.is_file() {
            out.push(entry.path());
        }
    }
    Ok(())
}

/// Files from this size up get brotli's best quality, 11, which makes
/// large JSON, the feed and the wasm markedly smaller (index.json of a
/// 5,000-article archive: 100 KB against 185 KB at quality 9).
const BROTLI_BEST_MIN: usize = 64 * 1024;
/// Above this, quality 11 would take minutes in a debug build; quality 9
/// with a 16 MiB window is used instead.
const BROTLI_BEST_MAX: usize = 4 * 1024 * 1024;

/// The brotli and gzip copies of `data`. Small files (most of a bundle:
/// articles, calendar files) get quality 9: quality 11 costs about 10 ms
/// per file whatever its size and saves only 3–4%, some 15 bytes each.
pub fn compressed(data: &[u8]) -> std::io::Result<(Vec<u8>, Vec<u8>)> {
    Ok((brotli_copy(data)?, iuc_asia_compress::gzip(data, 9)?))
}

/// The brotli copy of `data`, at the quality its size calls for.
fn brotli_copy(data: &[u8]) -> std::io::Result<Vec<u8>> {
    use iuc_asia_compress::brotli;
    match data.len() {
        n if n < BROTLI_BEST_MIN => brotli(data, 9, 22),
        n if n <= BROTLI_BEST_MAX => brotli(data, 11, 22),
        _ => brotli(data, 9, 24),
    }
}

fn compress_one(path: &Path) -> Result<(), String> {
    let data = fs::read(path).map_err(|e| err(path, e))?;
    let (br, gz) = compressed(&data).map_err(|e| err(path, e))?;
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    for (ext, bytes) in [("br", br), ("gz", gz)] {
        let twin = path.with_file_name(format!("{name}.{ext}"));
        if bytes.len() < data.len() {
            fs::write(&twin, bytes).map_err(|e| err(&twin, e))?;
        } else {
            // An older twin would be served instead of the current file.
            let _ = fs::remove_file(&twin);
        }
    }
    Ok(())
}

/// Writes `.br` and `.gz` beside every text and wasm file that shrinks,
/// on every core, largest files first. Returns how many files were
/// compressed.
pub fn compress(dir: &Path) -> Result<usize, String> {
    let mut files = Vec::new();
    walk(dir, &mut files).map_err(|e| err(dir, e))?;
    let mut files: Vec<(u64, PathBuf)> = files
        .into_iter()
        .filter(|p| {
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            COMPRESSIBLE.contains(&ext)
        })
        .map(|p| (fs::metadata(&p).map_or(0, |m| m.len()), p))
        .collect();
    files.sort_by(|a, b| b.cmp(a));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len().max(1));
    let results: Vec<Result<(), String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| -> Result<(), String> {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some((_, path)) = files.get(i) else {
                            return Ok(());
                        };
                        compress_one(path)?;
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("a compression thread panicked".into()))
            })
            .collect()
    });
    results.into_iter().collect::<Result<Vec<()>, String>>()?;
    Ok(files.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names() {
        assert!(is_hashed("iuc-asia-13285507909d0ade_bg.wasm"));
        // A hash with a leading zero has 15 digits.
        assert!(is_hashed("iuc-asia-1def4694852fe1b_bg.wasm"));
        assert!(is_hashed("base-cd70b3ce903f3b37.css"));
        assert!(!is_hashed("index.html"));
        assert!(!is_hashed("news-webinar.svg"));
        assert!(!is_hashed("x-13285507909D0ADE.js"));
    }

    #[test]
    fn the_loader_is_inline_and_names_its_files_with_their_integrity() {
        let html = "<html><head><link rel=\"preload\" href=\"/sub/a_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-abc\" as=\"fetch\" type=\"application/wasm\"><link rel=\"modulepreload\" href=\"/sub/a.js\" crossorigin=\"anonymous\" integrity=\"sha384-js\"><script type=\"module\">\nimport init, * as bindings from '/sub/a.js';\nconst wasm = await init({ module_or_path: '/sub/a_bg.wasm' });\n</script></head><body></body></html>";
        let out = replace_loader(html).unwrap();
        assert_eq!(
            out,
            format!("<html><head><script type=\"module\" data-js=\"/sub/a.js\" data-js-integrity=\"sha384-js\" data-wasm=\"/sub/a_bg.wasm\" data-wasm-integrity=\"sha384-abc\">{LOADER}</script></head><body></body></html>")
        );
        // The wasm and the glue script are fetched after the page has
        // loaded and painted, still with their integrity.
        let at = |s: &str| LOADER.find(s).unwrap_or_else(|| panic!("{s}: {LOADER}"));
        assert!(at("addEventListener('load'") < at("await painted()"));
        assert!(at("await painted()") < at("dataset.preload"));
        assert!(at("dataset.preload") < at("fetch(app.wasm, { integrity: app.wasmIntegrity"));
        assert!(at("fetch(app.wasm") < at("await import(app.js)"));
        assert!(LOADER.contains("integrity: app.jsIntegrity"));
        // Not streamed: a streamed module is decoded on the main thread.
        assert!(
            at("WebAssembly.compile(await wasmFile.arrayBuffer())") < at("module_or_path: module")
        );
        assert!(!LOADER.contains("module_or_path: wasmResponse"));
        assert!(LOADER.contains("catch (error)"));
        assert!(loader_element("something else", None, None).is_err());
        // It reads when to start from the attributes the build writes.
        let intent = crate::routes::AppStart::Intent.attr();
        assert!(LOADER.contains(&format!("root.dataset.app !== '{intent}'")));
        assert!(LOADER.contains("root.dataset.appQuery"));
        assert!(at("root.dataset.app !== 'intent'") < at("addEventListener('app-wanted', start)"));
        // Links, and keys that only move on, never start it.
        assert!(LOADER.contains("'#app :is(button, input, select, textarea)'"));
        assert!(LOADER.contains("['Tab', "));
    }

    #[test]
    fn the_csp_allows_the_loader_by_its_hash_and_no_other_inline_script() {
        let hash = sri(LOADER.as_bytes());
        assert!(
            CSP.contains(&format!("script-src 'self' 'wasm-unsafe-eval' '{hash}';")),
            "src/loader.js changed: its hash in CSP (and deploy/nginx.conf) is now '{hash}'"
        );
        assert!(!CSP.contains("unsafe-inline"));
        // `</script>` or a stray `<script` inside it would end or break the element.
        assert!(!LOADER.contains("</") && !LOADER.contains("<script"));
    }

    #[test]
    fn pages_link_the_png_favicon() {
        let html = "<head><link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\"></head>";
        assert_eq!(
            png_favicon(html).unwrap(),
            "<head><link rel=\"icon\" href=\"favicon.png\" type=\"image/png\" sizes=\"32x32\"></head>"
        );
        assert!(png_favicon("<head></head>").is_err());
    }

    #[test]
    fn a_page_names_its_content_for_the_loader() {
        let html = "<html lang=\"en\" data-preload=\"/sub/content/site.json /sub/content/zh-hans/news/latest.json\"><head></head></html>";
        assert_eq!(
            preloaded_content(html),
            ["site.json", "zh-hans/news/latest.json"]
        );
        assert!(preloaded_content("<html lang=\"en\"></html>").is_empty());
    }

    #[test]
    fn a_stray_inline_script_is_refused() {
        assert!(replace_loader("<head><script>alert(1)</script></head>").is_err());
    }

    #[test]
    fn sri_is_sha384_base64() {
        assert_eq!(
            sri(b""),
            "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb"
        );
    }
}
