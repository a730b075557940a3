//! Share images (`og:image`): PNG files made at build time, since the link
//! previews of the big platforms do not render SVG. An article's preview is
//! its own illustration; every other page gets a card with its title. Text is
//! set in the fonts the repository ships (`assets/fonts`, open licences),
//! never in system fonts, so every machine writes the same bytes. The build
//! names each file by a hash of what it shows (see `pipeline`), so identical
//! images are written once and caches never serve a stale one.

use std::path::Path;
use std::sync::Arc;

/// The size of a card: the 1.91:1 shape every preview crawler accepts.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// A PNG and its size.
pub struct ShareImage {
    pub png: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

pub struct Renderer {
    options: resvg::usvg::Options<'static>,
    /// Whether any font draws a character, as found (`missing_glyphs`):
    /// every Chinese page's card asks again for the same few hundred.
    drawn: std::sync::Mutex<std::collections::HashMap<char, bool>>,
}

impl Renderer {
    /// Loads every font in `fonts` (`.ttf` and `.otf`).
    pub fn new(fonts: &Path) -> Result<Renderer, String> {
        let mut db = resvg::usvg::fontdb::Database::new();
        let mut names: Vec<_> = std::fs::read_dir(fonts)
            .map_err(|e| format!("{}: {e}", fonts.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ttf" || x == "otf"))
            .collect();
        names.sort();
        for p in &names {
            db.load_font_data(std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?);
        }
        if db.is_empty() {
            return Err(format!(
                "{}: no fonts for the share images",
                fonts.display()
            ));
        }
        let options = resvg::usvg::Options {
            font_family: "DejaVu Sans".into(),
            fontdb: Arc::new(db),
            ..Default::default()
        };
        Ok(Renderer {
            options,
            drawn: Default::default(),
        })
    }

    /// Renders an SVG at no less than 1200×630, keeping its proportions.
    /// An image whose shape would make either side more than four times
    /// the card's is refused (T3: a 1×100,000 image asked for 576 GB);
    /// `content-check` refuses such shapes first.
    pub fn render(&self, svg: &[u8]) -> Result<ShareImage, String> {
        let tree = resvg::usvg::Tree::from_data(svg, &self.options).map_err(|e| e.to_string())?;
        let size = tree.size();
        let scale = (WIDTH as f32 / size.width()).max(HEIGHT as f32 / size.height());
        let (w, h) = (
            (size.width() * scale).round(),
            (size.height() * scale).round(),
        );
        if !(w <= (WIDTH * 4) as f32 && h <= (HEIGHT * 4) as f32) {
            return Err(format!(
                "its shape ({} × {}) is too extreme for a share image: at most four times as wide or as tall as {WIDTH} × {HEIGHT}",
                size.width(),
                size.height()
            ));
        }
        let (w, h) = (w as u32, h as u32);
        let png = draw(&tree, (w, h), scale, Some(resvg::tiny_skia::Color::WHITE))?;
        Ok(ShareImage {
            png,
            width: w,
            height: h,
        })
    }
}

impl Renderer {
    /// The characters of `text` that none of the fonts draws, each once:
    /// a card shows them as empty boxes (T16: Thai; no bundled font has it).
    pub fn missing_glyphs(&self, text: &str) -> Vec<char> {
        use skrifa::MetadataProvider;
        let db = &self.options.fontdb;
        let any_font_draws = |c: char| {
            db.faces().any(|face| {
                db.with_face_data(face.id, |data, index| {
                    skrifa::FontRef::from_index(data, index)
                        .ok()
                        .and_then(|f| f.charmap().map(c))
                        .is_some()
                })
                .unwrap_or(false)
            })
        };
        let mut known = self.drawn.lock().unwrap_or_else(|e| e.into_inner());
        let mut missing: Vec<char> = Vec::new();
        for c in text.chars() {
            if c.is_whitespace() || c.is_control() || missing.contains(&c) {
                continue;
            }
            if !*known.entry(c).or_insert_with(|| any_font_draws(c)) {
                missing.push(c);
            }
        }
        missing
    }
}

/// The favicon as a `size`×`size` PNG. Chromium makes an SVG favicon into
/// an SVG document of its own on the page's main thread, on every page load
/// and again on every in-app navigation (about 3 ms each time, 5–30 ms on the
/// first), and decodes a PNG of this size in well under a millisecond.
pub fn icon_png(svg: &[u8], size: u32) -> Result<Vec<u8>, String> {
    let tree = resvg::usvg::Tree::from_data(svg, &resvg::usvg::Options::default())
        .map_err(|e| format!("favicon: {e}"))?;
    let scale = size as f32 / tree.size().width().max(tree.size().height());
    draw(&tree, (size, size), scale, None).map_err(|e| format!("favicon: {e}"))
}

/// `tree` drawn at `scale` on a `width`×`height` PNG, over `background`
/// (transparent without one).
fn draw(
    tree: &resvg::usvg::Tree,
    (width, height): (u32, u32),
    scale: f32,
    background: Option<resvg::tiny_skia::Color>,
) -> Result<Vec<u8>, String> {
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(width, height).ok_or("the image has no area".to_string())?;
    if let Some(colour) = background {
        pixmap.fill(colour);
    }
    resvg::render(
        tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// The card of a page without an illustration of its own: the site's name,
/// the page's title and the site's address, in EU blue and gold.
pub fn card_svg(site_name: &str, title: &str, host: &str, lang: &str) -> String {
    let e = crate::feeds::xml_escape;
    // 1040 px of line at 64 px a character; smaller type for long titles.
    let mut size = 64;
    let mut lines = wrap(title, 1040.0 / size as f32, 3);
    if lines.last().is_some_and(|l| l.ends_with('…')) {
        size = 52;
        lines = wrap(title, 1040.0 / size as f32, 4);
    }
    let mut text = String::new();
    for (i, l) in lines.iter().enumerate() {
        text.push_str(&format!(
            "<text x=\"80\" y=\"{}\" font-size=\"{size}\" font-weight=\"bold\" fill=\"#ffffff\">{}</text>",
            250 + i as u32 * (size + 14),
            e(l)
        ));
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" xml:lang=\"{lang}\" font-family=\"DejaVu Sans, Droid Sans Fallback\">\
<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#003399\"/>\
<rect x=\"80\" y=\"96\" width=\"120\" height=\"10\" fill=\"#ffcc00\"/>\
<text x=\"80\" y=\"160\" font-size=\"34\" fill=\"#ffcc00\">{}</text>{text}\
<text x=\"80\" y=\"570\" font-size=\"28\" fill=\"#dfe6f5\">{}</text></svg>",
        e(site_name),
        e(host)
    )
}

/// Breaks `text` into at most `max_lines` lines of about `width` ems (the
/// advance widths of the card's bold type, roughly: a Chinese character is
/// one em, a capital three quarters), ending the last with "…" when the
/// text is longer. A word wider than a line is broken where it reaches the
/// edge, so nothing runs off the card (T16). Linear in the text, and it
/// stops reading once the lines are full: a title of one 80,000-letter
/// word cost the build 51 s before (T5).
pub fn wrap(text: &str, width: f32, max_lines: usize) -> Vec<String> {
    let unit = |c: char| {
        if crate::search::is_cjk(c)
            || matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
        {
            1.0
        } else if c.is_ascii_uppercase() || c == 'm' || c == 'w' {
            0.8
        } else if c == ' ' || ".,:;!|'".contains(c) {
            0.38
        } else {
            0.66
        }
    };
    // Pieces that may not be split (a word, one Chinese character, a
    // space), each with its width; a piece wider than a line is split.
    struct Filler {
        lines: Vec<String>,
        line: String,
        used: f32,
        width: f32,
        max_lines: usize,
    }
    impl Filler {
        /// Adds a piece; false once more lines than wanted are full.
        fn place(&mut self, piece: &str, w: f32) -> bool {
            if piece == " " && self.line.is_empty() {
                return true;
            }
            if self.used + w > self.width && !self.line.trim().is_empty() {
                self.lines.push(self.line.trim_end().to_string());
                self.line.clear();
                self.used = 0.0;
                if self.lines.len() > self.max_lines {
                    return false;
                }
                if piece == " " {
                    return true;
                }
            }
            self.line.push_str(piece);
            self.used += w;
            true
        }
    }
    let mut f = Filler {
        lines: Vec::new(),
        line: String::new(),
        used: 0.0,
        width,
        max_lines,
    };
    let mut truncated = false;
    let mut run = String::new();
    let mut run_w = 0.0f32;
    for c in text.chars() {
        let u = unit(c);
        let alone = c == ' ' || crate::search::is_cjk(c);
        if (alone || run_w + u > width) && !run.is_empty() {
            if !f.place(&run, run_w) {
                truncated = true;
                break;
            }
            run.clear();
            run_w = 0.0;
        }
        if alone {
            if !f.place(c.encode_utf8(&mut [0; 4]), u) {
                truncated = true;
                break;
            }
        } else {
            run.push(c);
            run_w += u;
        }
    }
    if !truncated && !run.is_empty() && !f.place(&run, run_w) {
        truncated = true;
    }
    if !truncated && !f.line.trim().is_empty() {
        f.lines.push(f.line.trim_end().to_string());
    }
    let mut lines = f.lines;
    if truncated || lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = lines.last_mut().expect("max_lines > 0");
        let mut w: f32 = last.chars().map(unit).sum();
        while w > width - 1.0 {
            match last.pop() {
                Some(c) => w -= unit(c),
                None => break,
            }
        }
        last.push('…');
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_favicon_is_drawn_at_its_size() {
        let svg = br##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="16" fill="#003399"/></svg>"##;
        let png = icon_png(svg, 32).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).unwrap();
        assert_eq!((pixmap.width(), pixmap.height()), (32, 32));
        // Blue above, transparent below.
        let at = |x: u32, y: u32| pixmap.pixel(x, y).unwrap();
        assert_eq!(
            (
                at(5, 5).red(),
                at(5, 5).green(),
                at(5, 5).blue(),
                at(5, 5).alpha()
            ),
            (0, 0x33, 0x99, 255)
        );
        assert_eq!(at(5, 25).alpha(), 0);
        assert!(icon_png(b"not svg", 32).is_err());
    }

    #[test]
    fn titles_wrap_into_a_few_lines() {
        assert_eq!(
            wrap(
                "Webinar at EWRC – International Urban Cooperation – China, India, Japan",
                16.25,
                4
            ),
            [
                "Webinar at EWRC –",
                "International Urban",
                "Cooperation – China,",
                "India, Japan"
            ]
        );
        assert_eq!(wrap("城市合作", 3.0, 4), ["城市合", "作"]);
        let long = wrap(&"word ".repeat(60), 16.25, 2);
        assert_eq!(long.len(), 2);
        assert!(long[1].ends_with('…'));
    }

    #[test]
    fn long_words_break_at_the_edge_in_linear_time_t5_t16() {
        // A word wider than the line is broken, not left to run off.
        let lines = wrap(&format!("end {} end", "x".repeat(100)), 16.25, 4);
        assert!(lines.len() > 1, "{lines:?}");
        for l in &lines {
            let w: f32 = l.chars().map(|_| 0.66).sum();
            assert!(w <= 16.25 + 0.66, "{l}");
        }
        // Thai has no spaces between words: it wraps all the same.
        let thai = wrap(&"ภาษาไทย".repeat(1500), 16.25, 3);
        assert_eq!(thai.len(), 3);
        assert!(thai[2].ends_with('…'));
        // Three words and one unbroken word of 320,000 letters (about 14
        // minutes before) take milliseconds.
        let title = format!("{} {} end", "w".repeat(24), "a".repeat(320_000));
        let t = std::time::Instant::now();
        let lines = wrap(&title, 16.25, 3);
        assert!(
            t.elapsed() < std::time::Duration::from_millis(500),
            "{:?}",
            t.elapsed()
        );
        assert_eq!(lines.len(), 3);
        let card = t.elapsed();
        let _ = card_svg("IUC", &title, "example.org", "en");
        assert!(t.elapsed() - card < std::time::Duration::from_millis(500));
    }

    #[test]
    fn cards_render_at_the_preview_size_with_both_scripts() {
        let r = Renderer::new(Path::new("assets/fonts")).unwrap();
        let card = card_svg(
            "国际城镇合作亚洲项目",
            "Da Nang 岘港 – climate action",
            "www.iuc-asia.eu",
            "zh-Hans",
        );
        let img = r.render(card.as_bytes()).unwrap();
        assert_eq!((img.width, img.height), (WIDTH, HEIGHT));
        assert!(img.png.starts_with(b"\x89PNG\r\n\x1a\n"));
        // The same card is the same file, byte for byte.
        let again = r.render(card.as_bytes()).unwrap();
        assert_eq!(again.png, img.png);
        // Text is drawn: a card with a title differs from one without.
        let blank = r.render(card_svg("", "", "", "en").as_bytes()).unwrap();
        assert_ne!(blank.png, again.png);
        // What no font draws is named: Thai, here; not Latin or Chinese.
        assert_eq!(r.missing_glyphs("Da Nang 岘港 – ภาษา"), ['ภ', 'า', 'ษ']);
        // Chinese characters come from the fallback font, not as nothing.
        let chinese = r
            .render(card_svg("", "城市", "", "zh-Hans").as_bytes())
            .unwrap();
        assert_ne!(blank.png, chinese.png);
    }
}
