//! Rich text: the Markdown (CommonMark) that editors write in the long text
//! fields (`Rich`), parsed at build time by pulldown-cmark into a small
//! typed tree, checked, and written as HTML by one function (`html`).
//!
//! The browser never parses Markdown: the build puts the HTML in the
//! content files it writes, and the same components show it in the
//! prerendered page and in the app (`components::rich::RichText`). The tree
//! can hold only what the site supports, so nothing else reaches a page:
//! raw HTML, unsafe links and stray images are problems located inside the
//! text (`Problem::at`), not escaped or dropped.
//!
//! Host only: pulldown-cmark never reaches the wasm.

use crate::content::lang::Lang;
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag};

/// A problem in a text, at a byte offset into the Markdown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub at: usize,
    pub message: String,
}

/// A block of rich text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    /// Inline content straight in a list item (a tight list): no `<p>`.
    Plain(Vec<Inline>),
    /// A subheading, level 2 to 4.
    Heading(u8, Vec<Inline>),
    /// A list; `start` for a numbered one.
    List {
        start: Option<u64>,
        items: Vec<Vec<Block>>,
    },
    Quote(Vec<Block>),
    /// An image standing alone in its paragraph: `![alt](images/x.svg "caption")`.
    Figure {
        src: String,
        alt: String,
        caption: String,
    },
    Code(String),
}

/// Text inside a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Emphasis(Vec<Inline>),
    Strong(Vec<Inline>),
    Code(String),
    Link { href: Href, children: Vec<Inline> },
    Break,
}

/// Where a link goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Href {
    /// `https://…`, `http://…` or `mailto:…`, as written.
    External(String),
    /// A page of this site: its canonical path ("/news/x/"), the edition
    /// the editor named (`/zh-hans/…`), else the text's own, and any
    /// query or fragment ("?tag=x", "#y").
    Site {
        path: String,
        edition: Option<Lang>,
        rest: String,
    },
}

/// A parsed text, and where its site links and images are (for the checks
/// that need the rest of the site).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Doc {
    pub blocks: Vec<Block>,
    /// Each site link's canonical path and edition, at its offset.
    pub site_links: Vec<(usize, String, Option<Lang>)>,
    /// Each figure's image, at its offset.
    pub images: Vec<(usize, String)>,
}

/// Deepest nesting of blocks and inlines (a list item is two: list and
/// item), so rendering never recurses far.
const MAX_DEPTH: usize = 16;

enum Frame {
    Root,
    Paragraph,
    Heading(u8),
    Quote,
    List(Option<u64>, Vec<Vec<Block>>),
    Item,
    Emphasis,
    Strong,
    Link(Option<Href>),
    Image { src: String, caption: String },
    Code(String),
}

struct Open {
    frame: Frame,
    at: usize,
    blocks: Vec<Block>,
    inlines: Vec<Inline>,
}

impl Open {
    fn new(frame: Frame, at: usize) -> Self {
        Open {
            frame,
            at,
            blocks: Vec::new(),
            inlines: Vec::new(),
        }
    }

    /// Inline content waiting in a list item or quote becomes a block.
    fn flush(&mut self) {
        if !self.inlines.is_empty() {
            let inl = std::mem::take(&mut self.inlines);
            self.blocks.push(Block::Plain(inl));
        }
    }
}

/// Parses `md`. `top` is the highest subheading the text may use: 2 where
/// the page's title is the only heading above it, 3 inside a section that
/// has its own `<h2>`.
pub fn parse(md: &str, top: u8) -> Result<Doc, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut doc = Doc::default();
    let mut stack = vec![Open::new(Frame::Root, 0)];
    let mut last_heading = top - 1;
    let mut image_at = 0;
    let problem = |problems: &mut Vec<Problem>, at: usize, m: &str| {
        problems.push(Problem {
            at,
            message: m.to_string(),
        })
    };
    for (event, range) in Parser::new_ext(md, Options::empty()).into_offset_iter() {
        let at = range.start;
        let depth = stack.len();
        match event {
            Event::Start(tag) => {
                let frame = match tag {
                    Tag::Paragraph => Frame::Paragraph,
                    Tag::Heading { level, .. } => {
                        // The level's own number (`HeadingLevel::H1 = 1`).
                        let n = level as u8;
                        if n == 1 {
                            problem(&mut problems, at, "a text cannot have a level-1 heading (`#`): the page's title is its only one; start subheadings at `##`");
                        } else if n < top {
                            problem(&mut problems, at, &format!("in a section, subheadings start at `{}` (the section's own heading is above it)", "#".repeat(top as usize)));
                        } else if n > 4 {
                            problem(
                                &mut problems,
                                at,
                                "subheadings go down to `####` (level 4) at most",
                            );
                        } else if n > last_heading + 1 {
                            problem(&mut problems, at, &format!("this subheading skips a level: after `{}` comes `{}`, so screen readers can follow the outline", "#".repeat(last_heading as usize), "#".repeat(last_heading as usize + 1)));
                        }
                        last_heading = n;
                        Frame::Heading(n)
                    }
                    Tag::BlockQuote(_) => Frame::Quote,
                    Tag::CodeBlock(_) => Frame::Code(String::new()),
                    Tag::List(start) => Frame::List(start, Vec::new()),
                    Tag::Item => Frame::Item,
                    Tag::Emphasis => Frame::Emphasis,
                    Tag::Strong => Frame::Strong,
                    Tag::Link {
                        link_type,
                        dest_url,
                        ..
                    } => {
                        let url_at = md[range.clone()]
                            .find(&*dest_url)
                            .map_or(at, |i| at + i);
                        match href(&dest_url, link_type) {
                            Ok(h) => {
                                if let Href::Site { path, edition, .. } = &h {
                                    doc.site_links.push((url_at, path.clone(), *edition));
                                }
                                Frame::Link(Some(h))
                            }
                            Err(m) => {
                                problem(&mut problems, url_at, &m);
                                Frame::Link(None)
                            }
                        }
                    }
                    Tag::Image {
                        dest_url, title, ..
                    } => {
                        // Text beside it in its paragraph is found when the
                        // paragraph ends.
                        image_at = at;
                        if !matches!(stack.last().map(|o| &o.frame), Some(Frame::Paragraph)) {
                            problem(&mut problems, at, "an image must stand alone in its own paragraph (a blank line before and after it): it becomes a figure with its caption");
                        }
                        let src = dest_url.trim_start_matches('/').to_string();
                        let url_at = md[range.clone()]
                            .find(&*dest_url)
                            .map_or(at, |i| at + i);
                        if !src.starts_with("images/") || src.contains("..") {
                            problem(&mut problems, url_at, &format!("`{dest_url}`: a figure shows one of the site's images, written as images/<name>"));
                        } else {
                            doc.images.push((url_at, src.clone()));
                        }
                        Frame::Image {
                            src,
                            caption: title.to_string(),
                        }
                    }
                    // Its lines come as `Event::Html`, each refused below.
                    Tag::HtmlBlock => Frame::Paragraph,
                    other => {
                        problem(
                            &mut problems,
                            at,
                            &format!("{other:?} is not supported in a text"),
                        );
                        Frame::Paragraph
                    }
                };
                if depth >= MAX_DEPTH {
                    return Err(vec![Problem {
                        at,
                        message: "lists, quotes and emphasis nest too deep here: at most 16 levels".to_string(),
                    }]);
                }
                stack.push(Open::new(frame, at));
            }
            Event::End(_) => {
                let Some(mut open) = stack.pop() else { break };
                let parent = stack.last_mut().expect("the root is never closed");
                match open.frame {
                    Frame::Paragraph => {
                        parent.flush();
                        if !open.blocks.is_empty() && !open.inlines.is_empty() {
                            problem(&mut problems, image_at, "an image must stand alone in its own paragraph (a blank line before and after it): it becomes a figure with its caption");
                        }
                        let block = match figure_in(&mut open.blocks) {
                            Some(f) if open.inlines.is_empty() => f,
                            _ => Block::Paragraph(open.inlines),
                        };
                        parent.blocks.push(block);
                    }
                    Frame::Heading(n) => {
                        parent.flush();
                        parent.blocks.push(Block::Heading(n, open.inlines));
                    }
                    Frame::Quote => {
                        open.flush();
                        parent.flush();
                        parent.blocks.push(Block::Quote(open.blocks));
                    }
                    Frame::Code(text) => {
                        parent.flush();
                        parent.blocks.push(Block::Code(text));
                    }
                    Frame::List(start, items) => {
                        parent.flush();
                        parent.blocks.push(Block::List { start, items });
                    }
                    Frame::Item => {
                        open.flush();
                        if let Frame::List(_, items) = &mut parent.frame {
                            items.push(open.blocks);
                        }
                    }
                    Frame::Emphasis => parent.inlines.push(Inline::Emphasis(open.inlines)),
                    Frame::Strong => parent.inlines.push(Inline::Strong(open.inlines)),
                    Frame::Link(href) => match href {
                        Some(href) => parent.inlines.push(Inline::Link {
                            href,
                            children: open.inlines,
                        }),
                        None => parent.inlines.extend(open.inlines),
                    },
                    Frame::Image { src, caption } => {
                        let alt = plain_inlines(&open.inlines);
                        if alt.trim().is_empty() {
                            problem(&mut problems, open.at, "an image needs a description for people who cannot see it: ![what it shows](images/x.svg \"caption\")");
                        }
                        // Held as the paragraph's only block until it closes.
                        parent.blocks.push(Block::Figure { src, alt, caption });
                    }
                    Frame::Root => {}
                }
            }
            Event::Text(t) => match stack.last_mut().map(|o| &mut o.frame) {
                Some(Frame::Code(text)) => text.push_str(&t),
                _ => push_text(&mut stack, &t),
            },
            Event::Code(t) => top_inlines(&mut stack).push(Inline::Code(t.to_string())),
            Event::SoftBreak => push_text(&mut stack, " "),
            Event::HardBreak => top_inlines(&mut stack).push(Inline::Break),
            Event::Html(_) | Event::InlineHtml(_) => problem(&mut problems, at, "raw HTML is not allowed in a text: write Markdown (a blank line between paragraphs, **bold**, [link](https://…), - list)"),
            Event::Rule => problem(&mut problems, at, "a horizontal rule (`---`) is not supported: start a new part with a subheading (`## …`)"),
            other => problem(&mut problems, at, &format!("{other:?} is not supported in a text")),
        }
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.at);
        return Err(problems);
    }
    let root = stack.pop().expect("the root");
    doc.blocks = root.blocks;
    Ok(doc)
}

/// A paragraph that held only an image is a figure.
fn figure_in(blocks: &mut Vec<Block>) -> Option<Block> {
    match blocks.as_slice() {
        [Block::Figure { .. }] => blocks.pop(),
        _ => None,
    }
}

fn top_inlines(stack: &mut [Open]) -> &mut Vec<Inline> {
    &mut stack.last_mut().expect("the root").inlines
}

fn push_text(stack: &mut [Open], t: &str) {
    let inl = top_inlines(stack);
    if let Some(Inline::Text(prev)) = inl.last_mut() {
        prev.push_str(t);
    } else {
        inl.push(Inline::Text(t.to_string()));
    }
}

/// Sorts a link's destination: an external address, or a page of this site.
fn href(dest: &str, kind: LinkType) -> Result<Href, String> {
    let lower = dest.to_ascii_lowercase();
    if matches!(kind, LinkType::Email) || lower.starts_with("mailto:") {
        let addr = if lower.starts_with("mailto:") {
            &dest[7..]
        } else {
            dest
        };
        if addr.contains('@')
            && !addr
                .chars()
                .any(|c| c.is_whitespace() || c == '<' || c == '>' || c == '"')
        {
            return Ok(Href::External(format!("mailto:{addr}")));
        }
        return Err(format!("`{dest}` is not an e-mail address"));
    }
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return crate::content::validate::check_link(dest)
            .map(|()| Href::External(dest.to_string()))
            .map_err(|m| format!("`{dest}`: {m}"));
    }
    if dest.starts_with('/') && !dest.starts_with("//") {
        let cut = dest.find(['?', '#']).unwrap_or(dest.len());
        let (path, rest) = dest.split_at(cut);
        if path
            .chars()
            .any(|c| c.is_whitespace() || c == '\\' || c == '"' || c == '<')
        {
            return Err(format!("`{dest}` is not a path of this site"));
        }
        let zh = format!("/{}", Lang::ZhHans.prefix());
        let (edition, path) = match path.strip_prefix(zh.trim_end_matches('/')) {
            Some(p) if p.is_empty() || p.starts_with('/') => {
                (Some(Lang::ZhHans), if p.is_empty() { "/" } else { p })
            }
            _ => (None, path),
        };
        let path = if path.ends_with('/') {
            path.to_string()
        } else {
            format!("{path}/")
        };
        return Ok(Href::Site {
            path,
            edition,
            rest: rest.to_string(),
        });
    }
    Err(format!(
        "`{dest}`: a link goes to https://…, mailto:… or a page of this site written from its root (/news/<slug>/)"
    ))
}

/// The text's words without its syntax: for search, reading time, JSON-LD
/// and anything else that wants plain text. Blocks are separated by a
/// blank line.
pub fn plain(blocks: &[Block]) -> String {
    let mut out = Vec::new();
    for b in blocks {
        let s = match b {
            Block::Paragraph(i) | Block::Plain(i) | Block::Heading(_, i) => plain_inlines(i),
            Block::List { items, .. } => items
                .iter()
                .map(|i| plain(i))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Quote(b) => plain(b),
            Block::Figure { caption, .. } => caption.clone(),
            Block::Code(c) => c.trim_end().to_string(),
        };
        if !s.is_empty() {
            out.push(s);
        }
    }
    out.join("\n\n")
}

fn plain_inlines(inl: &[Inline]) -> String {
    let mut s = String::new();
    for i in inl {
        match i {
            Inline::Text(t) | Inline::Code(t) => s.push_str(t),
            Inline::Emphasis(c) | Inline::Strong(c) | Inline::Link { children: c, .. } => {
                s.push_str(&plain_inlines(c))
            }
            Inline::Break => s.push('\n'),
        }
    }
    s
}

/// The size of a figure's image, if known.
pub type Sizes<'a> = &'a dyn Fn(&str) -> Option<(u32, u32)>;

/// The text as HTML, for a page of `lang`'s edition. Links to the site and
/// images are relative to the page's `<base href>` (the public URL), so
/// the same HTML serves every deployment; a feed gives its entries that
/// base with `xml:base`.
pub fn html(blocks: &[Block], lang: Lang, sizes: Sizes) -> String {
    let mut out = String::new();
    for b in blocks {
        block_html(&mut out, b, lang, sizes);
    }
    out
}

/// Text and attribute values, escaped for HTML. Not `feeds::xml_escape`:
/// that one writes `'` as `&apos;` and drops what XML cannot carry, and
/// the content layer does not call up into the feeds.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

fn block_html(out: &mut String, b: &Block, lang: Lang, sizes: Sizes) {
    match b {
        Block::Paragraph(i) => {
            out.push_str("<p>");
            inlines_html(out, i, lang);
            out.push_str("</p>");
        }
        Block::Plain(i) => inlines_html(out, i, lang),
        Block::Heading(n, i) => {
            out.push_str(&format!("<h{n}>"));
            inlines_html(out, i, lang);
            out.push_str(&format!("</h{n}>"));
        }
        Block::List { start, items } => {
            let tag = match start {
                Some(1) => "ol".to_string(),
                Some(n) => format!("ol start=\"{n}\""),
                None => "ul".to_string(),
            };
            out.push_str(&format!("<{tag}>"));
            for item in items {
                out.push_str("<li>");
                for b in item {
                    block_html(out, b, lang, sizes);
                }
                out.push_str("</li>");
            }
            out.push_str(if start.is_some() { "</ol>" } else { "</ul>" });
        }
        Block::Quote(b) => {
            out.push_str("<blockquote>");
            for b in b {
                block_html(out, b, lang, sizes);
            }
            out.push_str("</blockquote>");
        }
        Block::Figure { src, alt, caption } => {
            out.push_str("<figure><img loading=\"lazy\" decoding=\"async\"");
            if let Some((w, h)) = sizes(src) {
                out.push_str(&format!(" width=\"{w}\" height=\"{h}\""));
            }
            out.push_str(&format!(" alt=\"{}\" src=\"{}\">", esc(alt), esc(src)));
            if !caption.is_empty() {
                out.push_str(&format!("<figcaption>{}</figcaption>", esc(caption)));
            }
            out.push_str("</figure>");
        }
        Block::Code(c) => out.push_str(&format!("<pre><code>{}</code></pre>", esc(c))),
    }
}

fn inlines_html(out: &mut String, inl: &[Inline], lang: Lang) {
    for i in inl {
        match i {
            Inline::Text(t) => out.push_str(&esc(t)),
            Inline::Code(t) => out.push_str(&format!("<code>{}</code>", esc(t))),
            Inline::Emphasis(c) => {
                out.push_str("<em>");
                inlines_html(out, c, lang);
                out.push_str("</em>");
            }
            Inline::Strong(c) => {
                out.push_str("<strong>");
                inlines_html(out, c, lang);
                out.push_str("</strong>");
            }
            Inline::Link { href, children } => {
                match href {
                    Href::External(u) => out.push_str(&format!(
                        "<a href=\"{}\" rel=\"external noopener\">",
                        esc(u)
                    )),
                    Href::Site {
                        path,
                        edition,
                        rest,
                    } => {
                        let ed = edition.unwrap_or(lang);
                        out.push_str(&format!(
                            "<a href=\"{}{}{}\">",
                            ed.prefix(),
                            esc(path.trim_start_matches('/')),
                            esc(rest)
                        ));
                    }
                }
                inlines_html(out, children, lang);
                out.push_str("</a>");
            }
            Inline::Break => out.push_str("<br>"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(md: &str) -> Doc {
        parse(md, 2).unwrap_or_else(|p| panic!("{md:?}: {p:?}"))
    }

    fn err(md: &str) -> Problem {
        parse(md, 2).expect_err(md).remove(0)
    }

    fn render(md: &str) -> String {
        html(&ok(md).blocks, Lang::En, &|_| Some((800, 450)))
    }

    #[test]
    fn renders_every_element_the_site_supports() {
        let md = "Read [the report](https://example.org/r) and *this* **now**.\n\n## Cities\n\n- Da Nang\n- Can Tho\n\n### Steps\n\n3. one\n4. two\n\n> A quote\n> on two lines\n\n![Map of Asia](images/map.svg \"The cities\")\n\nSee [the news](/news/x).  \nLine `code`.";
        assert_eq!(
            render(md),
            "<p>Read <a href=\"https://example.org/r\" rel=\"external noopener\">the report</a> and <em>this</em> <strong>now</strong>.</p>\
<h2>Cities</h2><ul><li>Da Nang</li><li>Can Tho</li></ul>\
<h3>Steps</h3><ol start=\"3\"><li>one</li><li>two</li></ol>\
<blockquote><p>A quote on two lines</p></blockquote>\
<figure><img loading=\"lazy\" decoding=\"async\" width=\"800\" height=\"450\" alt=\"Map of Asia\" src=\"images/map.svg\"><figcaption>The cities</figcaption></figure>\
<p>See <a href=\"news/x/\">the news</a>.<br>Line <code>code</code>.</p>"
        );
    }

    #[test]
    fn site_links_follow_the_edition() {
        let d = ok("[a](/news/x) [b](/zh-hans/events/y/#z) [c](/news/?tag=climate)");
        let zh = html(&d.blocks, Lang::ZhHans, &|_| None);
        assert!(zh.contains("href=\"zh-hans/news/x/\""), "{zh}");
        assert!(zh.contains("href=\"zh-hans/events/y/#z\""), "{zh}");
        assert!(zh.contains("href=\"zh-hans/news/?tag=climate\""), "{zh}");
        let en = html(&d.blocks, Lang::En, &|_| None);
        assert!(en.contains("href=\"news/x/\"") && en.contains("href=\"zh-hans/events/y/#z\""));
        assert_eq!(d.site_links.len(), 3);
        assert_eq!(d.site_links[1].1, "/events/y/");
        assert_eq!(d.site_links[1].2, Some(Lang::ZhHans));
    }

    #[test]
    fn plain_text_has_the_words_and_no_syntax() {
        let d = ok("A **bold** [link](https://x.org/y)\n\n- item *one*\n- two\n\n![A map](images/m.svg \"Its caption\")");
        let p = plain(&d.blocks);
        assert_eq!(p, "A bold link\n\nitem one\ntwo\n\nIts caption");
    }

    #[test]
    fn text_is_escaped() {
        let h = render("5 < 6 & \"x\" \\<script>");
        assert_eq!(h, "<p>5 &lt; 6 &amp; &quot;x&quot; &lt;script&gt;</p>");
    }

    #[test]
    fn refuses_what_a_page_must_not_carry() {
        let at = |md: &str, needle: &str| md.find(needle).unwrap();
        for (md, needle, says) in [
            ("Hi <script>alert(1)</script>", "<script>", "raw HTML"),
            ("<img src=x onerror=alert(1)>", "<img", "raw HTML"),
            (
                "Go [x](javascript:alert(1)) now",
                "javascript:",
                "a link goes to",
            ),
            ("Go [x](data:text/html,hi)", "data:", "a link goes to"),
            ("Intro\n\n# Title", "# Title", "level-1"),
            ("## A\n\n#### B", "#### B", "skips a level"),
            ("Text ![a](images/x.svg) inline", "![a]", "stand alone"),
            ("![](images/x.svg)", "![]", "description"),
            (
                "![a](https://evil.example/x.png)",
                "https://evil",
                "site's images",
            ),
            ("one\n\n---\n\ntwo", "---", "horizontal rule"),
            ("[x](news/y)", "news/y", "a link goes to"),
        ] {
            let p = err(md);
            assert_eq!(p.at, at(md, needle), "{md:?}: {p:?}");
            assert!(p.message.contains(says), "{md:?}: {}", p.message);
        }
    }

    #[test]
    fn a_section_starts_its_subheadings_lower() {
        assert!(parse("### Part", 3).is_ok());
        assert!(parse("## Part", 3).is_err());
        assert!(parse("### Part", 2).is_err());
    }

    #[test]
    fn a_figure_is_its_own_block() {
        let d = ok("Before\n\n![A map](images/m.svg)\n\nAfter");
        assert!(matches!(d.blocks[1], Block::Figure { .. }));
        assert_eq!(d.images, vec![(17, "images/m.svg".to_string())]);
        assert_eq!(
            html(&d.blocks, Lang::En, &|_| None),
            "<p>Before</p><figure><img loading=\"lazy\" decoding=\"async\" alt=\"A map\" src=\"images/m.svg\"></figure><p>After</p>"
        );
    }

    /// Whatever an editor types, the HTML holds only the tags the tree
    /// can make, and no address the checks refuse.
    #[test]
    fn any_text_makes_only_the_sites_own_tags() {
        use proptest::prelude::*;
        let allowed = [
            "p",
            "h2",
            "h3",
            "h4",
            "ul",
            "ol",
            "li",
            "blockquote",
            "figure",
            "img",
            "figcaption",
            "pre",
            "code",
            "a",
            "em",
            "strong",
            "br",
        ];
        let piece = prop_oneof![
            Just("<"),
            Just(">"),
            Just("&"),
            Just("\""),
            Just("*"),
            Just("_"),
            Just("`"),
            Just("["),
            Just("]"),
            Just("("),
            Just(")"),
            Just("!"),
            Just("#"),
            Just("- "),
            Just("1. "),
            Just("> "),
            Just("\n"),
            Just("\n\n"),
            Just("    "),
            Just("\\"),
            Just("javascript:"),
            Just("https://x.org/"),
            Just("/news/a"),
            Just("images/m.svg"),
            Just("script"),
            Just("onerror="),
            Just("word "),
            Just("城市"),
        ];
        proptest!(ProptestConfig::with_cases(400), |(parts in proptest::collection::vec(piece, 0..40))| {
            let md: String = parts.concat();
            if let Ok(doc) = parse(&md, 2) {
                let out = html(&doc.blocks, Lang::En, &|_| Some((1, 1)));
                let mut rest = out.as_str();
                while let Some(i) = rest.find('<') {
                    let tag: String = rest[i + 1..]
                        .trim_start_matches('/')
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric())
                        .collect();
                    prop_assert!(allowed.contains(&tag.as_str()), "<{tag}> in {out}");
                    rest = &rest[i + 1..];
                }
                for href in out.split("href=\"").skip(1) {
                    prop_assert!(
                        href.starts_with("https://") || href.starts_with("news/") || href.starts_with("mailto:"),
                        "href {href} in {out}"
                    );
                }
            }
        });
    }

    #[test]
    fn deep_nesting_is_refused_not_recursed() {
        let md = "> ".repeat(100) + "deep";
        assert!(parse(&md, 2).is_err());
    }
}
