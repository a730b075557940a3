//! What lies in the content and images folders, read without ever following
//! a link.
//!
//! The build copies both folders into the bundle as they are (trunk's
//! `copy-dir`, which copies a symbolic link's target), so everything in them
//! is published on the site's origin. Only files the content model knows
//! may be there: the content JSON, and images whose bytes match their type
//! (SVG in a safe profile, see [`super::svg`]). Symbolic links, FIFOs and
//! devices are reported by name and never opened.

use super::files;
use super::load::{line_col, Problem};
use super::svg;
use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::Path;

/// Larger content files are refused before they are read.
pub const MAX_CONTENT_BYTES: u64 = 64 * 1024 * 1024;
/// Larger images are refused before they are read.
pub const MAX_IMAGE_BYTES: u64 = 32 * 1024 * 1024;
/// Extensions a static host maps to an image type.
pub const IMAGE_EXTENSIONS: &[&str] = &["svg", "png", "jpg", "jpeg", "webp", "gif", "avif"];
/// The folder under the public folder that holds the images.
pub const IMAGES_DIR: &str = "images";
/// At most this many findings are listed for one image.
const MAX_FINDINGS: usize = 20;

const ROOT_FILES: &[&str] = &[
    files::SITE,
    files::EVENTS,
    files::COOPERATION,
    files::COVENANT,
    files::PAGES,
];

/// Reads a regular file of at most `limit` bytes. Refuses, without opening
/// it, a symbolic link (it could point anywhere on the build machine), a
/// FIFO (reading would block for ever) or a device (`/dev/zero` never ends).
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    let meta = fs::symlink_metadata(path).map_err(|e| format!("cannot read it: {e}"))?;
    let kind = meta.file_type();
    if kind.is_symlink() {
        return Err(
            "is a symbolic link: links are never followed (the build would publish whatever it points to); put the file itself here"
                .into(),
        );
    }
    if !kind.is_file() {
        return Err(format!("is not a regular file but {}", describe(&kind)));
    }
    if meta.len() > limit {
        return Err(format!(
            "is {} bytes, more than the {limit} allowed",
            meta.len()
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    fs::File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(|e| format!("cannot read it: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(format!("is more than the {limit} bytes allowed"));
    }
    Ok(bytes)
}

fn describe(kind: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_dir() {
        "a folder"
    } else if kind.is_symlink() {
        "a symbolic link"
    } else {
        "a special file"
    }
}

/// Lists the content folder. Returns the article files (`news/<name>.json`,
/// sorted) and a problem for everything that is not a content file.
pub fn content_folder(dir: &Path, problems: &mut Vec<Problem>) -> Vec<String> {
    let mut articles = Vec::new();
    let entries = match sorted_entries(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(Problem::whole_file(
                "(content folder)",
                format!("cannot list {}: {e}", dir.display()),
            ));
            return articles;
        }
    };
    let mut saw_news = false;
    for (name, kind) in entries {
        if ROOT_FILES.contains(&name.as_str()) {
            continue; // read and type-checked with the content
        }
        // A translation's folder (checked on its own, as strictly), and
        // editors' notes such as SOURCES.md, which the build never publishes.
        let translation = super::lang::Lang::ALL
            .iter()
            .any(|l| !l.content_dir().is_empty() && l.content_dir().trim_end_matches('/') == name);
        if (translation && kind.is_dir()) || (name.ends_with(".md") && kind.is_file()) {
            continue;
        }
        if name == files::NEWS_DIR {
            saw_news = true;
            if kind.is_dir() {
                news_folder(&dir.join(&name), &mut articles, problems);
            } else {
                problems.push(Problem::whole_file(
                    &name,
                    format!("must be a folder of articles, but is {}", describe(&kind)),
                ));
            }
        } else if name == files::EVENTS_HOME {
            problems.push(Problem::whole_file(&name, GENERATED));
        } else {
            problems.push(Problem::whole_file(&name, not_content(&kind)));
        }
    }
    if !saw_news {
        problems.push(Problem::whole_file(
            files::NEWS_DIR,
            "the news folder is missing",
        ));
    }
    articles
}

const GENERATED: &str = "this file is written by the build from the other content files: delete it (an article cannot be called index, facets, latest or search)";

fn not_content(kind: &fs::FileType) -> String {
    let what = if kind.is_dir() { "folder" } else { "file" };
    format!(
        "is not a content file: remove this {what} (the folder holds only {}, news/<slug>.json, translation folders such as zh-hans/, and notes in .md files, which are never published)",
        ROOT_FILES.join(", ")
    )
}

fn news_folder(dir: &Path, articles: &mut Vec<String>, problems: &mut Vec<Problem>) {
    let entries = match sorted_entries(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(Problem::whole_file(
                files::NEWS_DIR,
                format!("cannot list the folder: {e}"),
            ));
            return;
        }
    };
    for (name, kind) in entries {
        let rel = format!("{}/{name}", files::NEWS_DIR);
        if [files::NEWS_INDEX, files::NEWS_FACETS, files::NEWS_LATEST].contains(&rel.as_str()) {
            problems.push(Problem::whole_file(&rel, GENERATED));
        } else if name.ends_with(".json") && !kind.is_dir() {
            // Links, FIFOs and devices are refused when the article is read.
            articles.push(rel);
        } else {
            problems.push(Problem::whole_file(&rel, not_content(&kind)));
        }
    }
}

/// Entries of `dir` as (name, type of the entry itself, links not followed),
/// sorted by name. A name that is not UTF-8 is shown with replacement marks.
fn sorted_entries(dir: &Path) -> std::io::Result<Vec<(String, fs::FileType)>> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        out.push((entry.file_name().to_string_lossy().into_owned(), kind));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

/// Checks every file under `public/images/`. Returns the regular files found
/// (as `images/…`, the way content names them), whatever their problems.
pub fn images_folder(public: &Path, problems: &mut Vec<Problem>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let dir = public.join(IMAGES_DIR);
    match fs::symlink_metadata(&dir) {
        Err(_) => return found, // referenced images are reported missing
        Ok(m) if !m.file_type().is_dir() => {
            problems.push(Problem::whole_file(
                IMAGES_DIR,
                format!(
                    "must be a folder, but is {} (links are never followed)",
                    describe(&m.file_type())
                ),
            ));
            return found;
        }
        Ok(_) => {}
    }
    images_in(&dir, IMAGES_DIR, &mut found, problems);
    found
}

fn images_in(dir: &Path, rel: &str, found: &mut BTreeSet<String>, problems: &mut Vec<Problem>) {
    let entries = match sorted_entries(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(Problem::whole_file(rel, format!("cannot list: {e}")));
            return;
        }
    };
    for (name, kind) in entries {
        let rel = format!("{rel}/{name}");
        let path = dir.join(&name);
        if kind.is_dir() {
            images_in(&path, &rel, found, problems);
            continue;
        }
        if kind.is_file() {
            found.insert(rel.clone());
        }
        let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
        if !IMAGE_EXTENSIONS.contains(&ext) {
            problems.push(Problem::whole_file(
                &rel,
                format!(
                    "is not an image the site can publish: the images folder holds only .{} files (lowercase)",
                    IMAGE_EXTENSIONS.join(", .")
                ),
            ));
            continue;
        }
        let bytes = match read_regular(&path, MAX_IMAGE_BYTES) {
            Ok(b) => b,
            Err(e) => {
                problems.push(Problem::whole_file(&rel, e));
                continue;
            }
        };
        problems.extend(check_image(&rel, ext, &bytes));
    }
}

/// Do the bytes match the type the extension announces (and, for SVG, the
/// safe profile)? `rel` names the file in the problems.
pub fn check_image(rel: &str, ext: &str, b: &[u8]) -> Vec<Problem> {
    let magic_ok = match ext {
        "png" => b.starts_with(b"\x89PNG\r\n\x1a\n"),
        "jpg" | "jpeg" => b.starts_with(&[0xFF, 0xD8, 0xFF]),
        "gif" => b.starts_with(b"GIF87a") || b.starts_with(b"GIF89a"),
        "webp" => b.len() >= 12 && &b[..4] == b"RIFF" && &b[8..12] == b"WEBP",
        "avif" => is_avif(b),
        "svg" => return check_svg(rel, b),
        _ => false,
    };
    if magic_ok {
        Vec::new()
    } else {
        vec![Problem::whole_file(
            rel,
            format!(
                "is not a .{ext} image: its first bytes do not match the type its name announces"
            ),
        )]
    }
}

/// An ISO-BMFF `ftyp` box whose major or compatible brands include AVIF.
fn is_avif(b: &[u8]) -> bool {
    if b.len() < 16 || &b[4..8] != b"ftyp" {
        return false;
    }
    let size = u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize;
    let end = size.clamp(16, b.len());
    let brand = |i: usize| &b[i..i + 4] == b"avif" || &b[i..i + 4] == b"avis";
    brand(8) || (16..end).step_by(4).any(|i| i + 4 <= end && brand(i))
}

fn check_svg(rel: &str, b: &[u8]) -> Vec<Problem> {
    let Ok(text) = std::str::from_utf8(b) else {
        return vec![Problem::whole_file(
            rel,
            "is not an SVG image: it is not UTF-8 text",
        )];
    };
    let (skip, body) = match text.strip_prefix('\u{FEFF}') {
        Some(rest) => (3, rest),
        None => (0, text),
    };
    let findings = svg::check(body);
    let total = findings.len();
    let mut out: Vec<Problem> = findings
        .into_iter()
        .take(MAX_FINDINGS)
        .map(|(pos, message)| {
            let (line, column) = line_col(text, pos + skip);
            Problem {
                file: rel.to_string(),
                line,
                column,
                path: "(document)".to_string(),
                message: format!("unsafe SVG: {message}"),
            }
        })
        .collect();
    if total > MAX_FINDINGS {
        out.push(Problem::whole_file(
            rel,
            format!(
                "unsafe SVG: {} more problem(s) not listed",
                total - MAX_FINDINGS
            ),
        ));
    }
    out
}

/// The width and height of an image file of the site (read from the SVG's
/// `viewBox`, else from the raster format's header).
pub fn image_size(path: &Path) -> Result<(u32, u32), String> {
    let bytes = read_regular(path, MAX_IMAGE_BYTES)?;
    let size = if path.extension().is_some_and(|e| e == "svg") {
        std::str::from_utf8(&bytes).ok().and_then(super::svg::size)
    } else {
        imagesize::blob_size(&bytes)
            .ok()
            .and_then(|s| Some((u32::try_from(s.width).ok()?, u32::try_from(s.height).ok()?)))
    };
    let (w, h) = size.ok_or("cannot read the image's width and height")?;
    crate::content::validate::image_size_ok(w, h)?;
    Ok((w, h))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_numbers_must_match_the_extension() {
        assert!(check_image("images/a.png", "png", b"\x89PNG\r\n\x1a\n....").is_empty());
        assert!(check_image("images/a.jpg", "jpg", &[0xFF, 0xD8, 0xFF, 0xE0]).is_empty());
        assert!(check_image("images/a.gif", "gif", b"GIF89a..").is_empty());
        assert!(check_image("images/a.webp", "webp", b"RIFF\0\0\0\0WEBPVP8 ").is_empty());
        assert!(check_image(
            "images/a.avif",
            "avif",
            b"\0\0\0\x1cftypmif1\0\0\0\0mif1avifmiaf"
        )
        .is_empty());
        for (ext, bytes) in [
            ("png", &b"<svg xmlns='http://www.w3.org/2000/svg'/>"[..]),
            ("jpg", b"\x89PNG\r\n\x1a\n"),
            ("gif", b"<html><script>alert(1)</script>"),
            ("webp", b"RIFF\0\0\0\0AVI "),
            ("avif", b"\0\0\0\x18ftypisom\0\0\0\0isom"),
            ("svg", b"\xff\xfe<\0s\0v\0g\0"),
        ] {
            let p = check_image("images/x", ext, bytes);
            assert_eq!(p.len(), 1, "{ext}: {p:?}");
        }
    }

    #[test]
    fn svg_problems_name_the_line() {
        let text =
            "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <script>alert(1)</script>\n</svg>";
        let p = check_image("images/evil.svg", "svg", text.as_bytes());
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].to_string()
                .starts_with("images/evil.svg:2:3: (document): unsafe SVG: element <script>"),
            "{}",
            p[0]
        );
    }
}
