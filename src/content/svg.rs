//! A conservative safe profile for the SVG images the site publishes.
//!
//! An SVG opened at its own URL is a document of the site's origin: a
//! `<script>`, an event attribute, a `<foreignObject>` with HTML, an
//! animation that rewrites an `href`, a stylesheet processing instruction or
//! an external reference would run or load in it. So an image is accepted
//! only when it is plain drawing: SVG elements from an allow-list, no event
//! attributes, references only to `#fragments` of the same document, no
//! DOCTYPE or entities, no processing instructions, and no namespace other
//! than SVG and XLink. The XML is read by a strict parser (roxmltree), so
//! what is checked is what a browser's XML parser builds.
//!
//! Drawing programs add editor namespaces (Inkscape, Sodipodi, Adobe) and
//! metadata; export as "plain SVG" or run the file through an optimiser
//! (e.g. svgo) to publish it.

use roxmltree::{Document, Node, NodeType, ParsingOptions};

pub const SVG_NS: &str = "http://www.w3.org/2000/svg";
pub const XLINK_NS: &str = "http://www.w3.org/1999/xlink";
pub const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// Static drawing elements. Everything else is refused, in particular
/// `script`, `foreignObject`, `image`, `feImage`, the animation elements
/// (`animate`, `set`, … can rewrite an `href` to `javascript:`), and
/// `iframe`, `video`, `audio`, `canvas`, `cursor` and the font elements.
const ALLOWED_ELEMENTS: &[&str] = &[
    "svg",
    "g",
    "defs",
    "symbol",
    "use",
    "title",
    "desc",
    "metadata",
    "switch",
    "a",
    "view",
    "style",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "textPath",
    "linearGradient",
    "radialGradient",
    "stop",
    "pattern",
    "clipPath",
    "mask",
    "marker",
    "filter",
    "feBlend",
    "feColorMatrix",
    "feComponentTransfer",
    "feComposite",
    "feConvolveMatrix",
    "feDiffuseLighting",
    "feDisplacementMap",
    "feDistantLight",
    "feDropShadow",
    "feFlood",
    "feFuncA",
    "feFuncB",
    "feFuncG",
    "feFuncR",
    "feGaussianBlur",
    "feMerge",
    "feMergeNode",
    "feMorphology",
    "feOffset",
    "fePointLight",
    "feSpecularLighting",
    "feSpotLight",
    "feTile",
    "feTurbulence",
];

/// More than this many nodes is not an illustration for a news card.
const NODES_LIMIT: u32 = 200_000;

/// One reason an SVG is refused: byte offset in the file, and the message.
pub type Finding = (usize, String);

/// Checks `text` against the safe profile. Returns every finding, in
/// document order (empty when the image is safe to publish). A parse error
/// is reported with its own 1-based (line, column) turned into a byte
/// offset.
pub fn check(text: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Err(e) = declared_encoding_is_utf8(text) {
        out.push((0, e));
        return out;
    }
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: NODES_LIMIT,
        ..ParsingOptions::default()
    };
    let doc = match Document::parse_with_options(text, options) {
        Ok(d) => d,
        Err(e) => {
            let pos = e.pos();
            let msg = match e {
                roxmltree::Error::DtdDetected => {
                    "has a DOCTYPE (or ENTITY declarations): not allowed in published SVG".into()
                }
                roxmltree::Error::NodesLimitReached => {
                    format!("has more than {NODES_LIMIT} XML nodes")
                }
                e => format!("is not well-formed XML: {e}"),
            };
            out.push((offset_of(text, pos.row as usize, pos.col as usize), msg));
            return out;
        }
    };
    let root = doc.root_element();
    if root.tag_name().name() != "svg" || root.tag_name().namespace() != Some(SVG_NS) {
        out.push((
            root.range().start,
            format!(
                "the root element must be <svg xmlns=\"{SVG_NS}\">, not <{}>",
                root.tag_name().name()
            ),
        ));
        return out;
    }
    for node in doc.root().descendants() {
        match node.node_type() {
            NodeType::PI => out.push((
                node.range().start,
                "has a processing instruction (e.g. <?xml-stylesheet?>): not allowed".into(),
            )),
            NodeType::Element => element(node, &mut out),
            NodeType::Text => {
                let parent = node.parent_element();
                if parent.is_some_and(|p| p.tag_name().name() == "style") {
                    let text = node.text().unwrap_or("");
                    if let Err(e) = css(text) {
                        out.push((node.range().start, format!("<style>: {e}")));
                    } else if text.contains("filter") {
                        // Counted per element only where it is an attribute.
                        out.push((
                            node.range().start,
                            "<style>: set filters with the `filter` attribute of the element, not in a stylesheet".into(),
                        ));
                    }
                }
            }
            NodeType::Root | NodeType::Comment => {}
        }
    }
    instances(&doc, &mut out);
    shape(root, &mut out);
    out.sort_by_key(|f| f.0);
    out
}

/// Most nodes an image may draw once every `<use>` is expanded, and most
/// of them that may carry a filter. Instancing multiplies: four levels of
/// ten `<use>` make 10,000 blurred rectangles from 1 KB of SVG, which took
/// the build minutes and Chromium a minute to paint (T2).
const DRAWN_LIMIT: u64 = 20_000;
const FILTERED_LIMIT: u64 = 100;

/// The image's own shape (its `viewBox`, else its `width` and `height`)
/// must be one a card can show: the share image covers 1200×630, and a
/// 1×100,000 image asked the build for 576 GB (T3).
fn shape(root: Node, out: &mut Vec<Finding>) {
    let size = own_size(root);
    if let Some((w, h)) = size {
        let ratio = w.max(h) / w.min(h);
        if !(w > 0.0 && h > 0.0 && ratio <= f64::from(crate::content::validate::MAX_IMAGE_RATIO)) {
            out.push((
                root.range().start,
                format!(
                    "its shape is {w} × {h}: an illustration's long side may be at most {} times its short side",
                    crate::content::validate::MAX_IMAGE_RATIO
                ),
            ));
        }
    }
}

/// Bounds on filter parameters, where the work grows with the number:
/// octaves of noise per pixel, a morphology or blur kernel's radius, a
/// convolution matrix's side. Generous for any illustration.
fn filter_bound(element: &str, attr: &str) -> Option<f64> {
    match (element, attr) {
        ("feTurbulence", "numOctaves") => Some(8.0),
        ("feMorphology", "radius") => Some(50.0),
        ("feGaussianBlur" | "feDropShadow", "stdDeviation") => Some(50.0),
        ("feConvolveMatrix", "order") => Some(5.0),
        _ => None,
    }
}

fn filter_numbers(name: &str, attr: &str, value: &str) -> Result<(), String> {
    let Some(max) = filter_bound(name, attr) else {
        return Ok(());
    };
    for n in value
        .split(|c: char| c.is_ascii_whitespace() || c == ',')
        .filter(|n| !n.is_empty())
    {
        match n.parse::<f64>() {
            Ok(v) if v.is_finite() && v.abs() <= max => {}
            _ => {
                return Err(format!(
                    "<{name} {attr}=\"{}\">: at most {max} (larger values make the image too costly to draw)",
                    short(value)
                ))
            }
        }
    }
    Ok(())
}

/// Counts what the image draws with every `<use>` expanded, and refuses
/// it past `DRAWN_LIMIT` nodes or `FILTERED_LIMIT` filtered ones.
fn instances(doc: &Document, out: &mut Vec<Finding>) {
    use std::collections::HashMap;
    let by_id: HashMap<&str, Node> = doc
        .descendants()
        .filter_map(|n| n.attribute("id").map(|id| (id, n)))
        .collect();
    let filtered = |n: &Node| {
        n.attribute("filter").is_some_and(|f| f.trim() != "none")
            || n.attribute("style").is_some_and(|s| s.contains("filter"))
    };
    // (drawn, filtered) below each node; None while being counted, so a
    // `<use>` that refers to its own ancestor counts nothing (renderers
    // skip it too).
    fn count<'a, 'i>(
        n: Node<'a, 'i>,
        by_id: &HashMap<&str, Node<'a, 'i>>,
        filtered: &dyn Fn(&Node) -> bool,
        memo: &mut HashMap<roxmltree::NodeId, Option<(u64, u64)>>,
    ) -> (u64, u64) {
        match memo.get(&n.id()) {
            Some(Some(c)) => return *c,
            Some(None) => return (0, 0),
            None => {}
        }
        memo.insert(n.id(), None);
        let mut c = (1u64, u64::from(filtered(&n)));
        let mut add = |(d, f): (u64, u64)| {
            c.0 = c.0.saturating_add(d);
            c.1 = c.1.saturating_add(f);
        };
        // Definitions draw nothing where they stand, only where used.
        for child in n
            .children()
            .filter(|c| c.is_element() && !matches!(c.tag_name().name(), "defs" | "symbol"))
        {
            add(count(child, by_id, filtered, memo));
        }
        if n.tag_name().name() == "use" {
            let target = n
                .attributes()
                .find(|a| a.name() == "href")
                .and_then(|a| a.value().strip_prefix('#'))
                .and_then(|id| by_id.get(id));
            if let Some(t) = target {
                add(count(*t, by_id, filtered, memo));
            }
        }
        memo.insert(n.id(), Some(c));
        c
    }
    let mut memo = HashMap::new();
    let root = doc.root_element();
    let (drawn, filters) = count(root, &by_id, &filtered, &mut memo);
    if drawn > DRAWN_LIMIT {
        out.push((
            root.range().start,
            format!("draws {drawn} elements once its <use> references are expanded: at most {DRAWN_LIMIT}"),
        ));
    }
    if filters > FILTERED_LIMIT {
        out.push((
            root.range().start,
            format!("applies a filter {filters} times once its <use> references are expanded: at most {FILTERED_LIMIT}"),
        ));
    }
}

fn element(node: Node, out: &mut Vec<Finding>) {
    let at = node.range().start;
    let tag = node.tag_name();
    let name = tag.name();
    if tag.namespace() != Some(SVG_NS) {
        out.push((
            at,
            format!(
                "element <{name}> is not in the SVG namespace ({}): export the image as plain SVG",
                tag.namespace().unwrap_or("no namespace")
            ),
        ));
        return;
    }
    if !ALLOWED_ELEMENTS.contains(&name) {
        let why = match name {
            "script" => "scripts are not allowed",
            "foreignObject" => "it can embed HTML",
            "image" | "feImage" => "it loads another file",
            "animate" | "animateMotion" | "animateTransform" | "set" | "discard" | "mpath" => {
                "animations can rewrite links"
            }
            _ => "only plain drawing elements are allowed",
        };
        out.push((
            at,
            format!("element <{name}> is not allowed in published SVG: {why}"),
        ));
    }
    for ns in node.namespaces() {
        if ![SVG_NS, XLINK_NS, XML_NS].contains(&ns.uri()) {
            out.push((
                at,
                format!(
                    "<{name}> declares the namespace {}{}: only SVG and XLink are allowed (export as plain SVG)",
                    ns.name().map_or(String::new(), |p| format!("`{p}` = ")),
                    ns.uri()
                ),
            ));
            // One message per element is enough.
            break;
        }
    }
    for attr in node.attributes() {
        let a = attr.name();
        let value = attr.value();
        let qualified = match attr.namespace() {
            None => a.to_string(),
            Some(XLINK_NS) => format!("xlink:{a}"),
            Some(XML_NS) => format!("xml:{a}"),
            Some(other) => {
                out.push((
                    attr.range().start,
                    format!("attribute `{a}` in namespace {other} is not allowed"),
                ));
                continue;
            }
        };
        let lower = a.to_ascii_lowercase();
        if lower.starts_with("on") {
            out.push((
                attr.range().start,
                format!("event attribute `{qualified}` is not allowed (it runs script)"),
            ));
        } else if lower == "href" {
            if !is_fragment(value) {
                out.push((
                    attr.range().start,
                    format!(
                        "`{qualified}=\"{}\"` refers to another file or URL: only #fragments of the same image are allowed",
                        short(value)
                    ),
                ));
            }
        } else if attr.namespace() == Some(XML_NS) && lower == "base" {
            out.push((attr.range().start, "`xml:base` is not allowed".to_string()));
        } else if let Err(e) = css(value) {
            out.push((attr.range().start, format!("attribute `{qualified}`: {e}")));
        } else if let Err(e) = filter_numbers(name, a, value) {
            out.push((attr.range().start, e));
        }
    }
}

/// `#id`: a reference into the same document.
fn is_fragment(v: &str) -> bool {
    v.starts_with('#')
        && v[1..]
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && c != '\\')
}

/// CSS (a `<style>` element, a `style` attribute or a presentation attribute
/// such as `fill="url(#g)"`) may only refer to `#fragments`.
fn css(text: &str) -> Result<(), String> {
    let lower = text.to_ascii_lowercase();
    if lower.contains('\\') {
        return Err("CSS escapes (`\\`) are not allowed".into());
    }
    for banned in [
        "@import",
        "@font-face",
        "image-set(",
        "src(",
        "expression(",
        "-moz-binding",
        "behavior",
    ] {
        if lower.contains(banned) {
            return Err(format!("`{banned}` is not allowed"));
        }
    }
    let mut rest = lower.as_str();
    while let Some(i) = rest.find("url(") {
        rest = &rest[i + 4..];
        let target = rest.trim_start_matches(|c: char| c.is_ascii_whitespace());
        let target = target.strip_prefix(['"', '\'']).unwrap_or(target);
        if !target.starts_with('#') {
            let end = target.find(')').unwrap_or(target.len()).min(60);
            return Err(format!(
                "`url({})` refers to another file or URL: only url(#fragment) is allowed",
                short(&target[..end])
            ));
        }
    }
    Ok(())
}

/// The XML declaration, if any, must not name an encoding other than UTF-8
/// (a browser would decode the bytes differently from this check).
fn declared_encoding_is_utf8(text: &str) -> Result<(), String> {
    let Some(decl) = text.strip_prefix("<?xml") else {
        return Ok(());
    };
    let decl = &decl[..decl.find("?>").unwrap_or(decl.len())];
    let Some(i) = decl.find("encoding") else {
        return Ok(());
    };
    let value: String = decl[i + "encoding".len()..]
        .trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '=')
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| !matches!(c, '"' | '\''))
        .collect();
    if value.eq_ignore_ascii_case("utf-8") || value.eq_ignore_ascii_case("utf8") {
        Ok(())
    } else {
        Err(format!(
            "declares encoding `{}`: save the file as UTF-8",
            short(&value)
        ))
    }
}

/// At most 80 characters of a value, with control characters escaped.
fn short(v: &str) -> String {
    let mut s: String = v
        .chars()
        .take(80)
        .flat_map(|c| {
            if c.is_control() {
                c.escape_unicode().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect();
    if v.chars().count() > 80 {
        s.push('…');
    }
    s
}

/// Byte offset of 1-based `row` and `col` (in characters).
fn offset_of(text: &str, row: usize, col: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(row.saturating_sub(1))
        .map(str::len)
        .sum();
    let line = &text[line_start.min(text.len())..];
    line_start
        + line
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(line.len(), |(i, _)| i)
}

/// The width and height an SVG draws at: its `viewBox`, else its `width`
/// and `height` attributes.
fn own_size(root: Node) -> Option<(f64, f64)> {
    let num = |v: &str| v.trim().trim_end_matches("px").parse::<f64>().ok();
    root.attribute("viewBox")
        .and_then(|vb| {
            let n: Vec<f64> = vb
                .split(|c: char| c.is_ascii_whitespace() || c == ',')
                .filter(|s| !s.is_empty())
                .filter_map(|s| s.parse().ok())
                .collect();
            (n.len() == 4).then(|| (n[2], n[3]))
        })
        .or_else(|| {
            Some((
                num(root.attribute("width")?)?,
                num(root.attribute("height")?)?,
            ))
        })
}

/// The size of an SVG image, rounded to pixels, if it states one.
pub fn size(text: &str) -> Option<(u32, u32)> {
    let doc = roxmltree::Document::parse(text).ok()?;
    let (w, h) = own_size(doc.root_element())?;
    (w >= 1.0 && h >= 1.0 && w < 100_000.0 && h < 100_000.0)
        .then(|| (w.round() as u32, h.round() as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svg(body: &str) -> String {
        format!(
            "<svg xmlns=\"{SVG_NS}\" xmlns:xlink=\"{XLINK_NS}\" viewBox=\"0 0 10 10\">{body}</svg>"
        )
    }

    fn refused(text: &str) -> String {
        let f = check(text);
        assert!(!f.is_empty(), "accepted: {text}");
        f.iter()
            .map(|f| f.1.clone())
            .collect::<Vec<_>>()
            .join(" | ")
    }

    #[test]
    fn plain_drawings_pass() {
        for ok in [
            svg("<rect width=\"10\" height=\"10\" fill=\"#039\"/>"),
            svg("<defs><linearGradient id=\"g\"><stop offset=\"0\"/></linearGradient></defs><rect fill=\"url(#g)\" style=\"fill: url( '#g' )\"/>"),
            svg("<title>A map</title><use href=\"#a\"/><use xlink:href=\"#a\"/><g id=\"a\" xml:space=\"preserve\"/>"),
            svg("<style>rect { fill: #039 }</style><!-- a comment -->"),
            format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}", svg("")),
        ] {
            assert_eq!(check(&ok), vec![], "{ok}");
        }
        for shipped in std::fs::read_dir("public/images").unwrap() {
            let p = shipped.unwrap().path();
            if p.extension().is_some_and(|e| e == "svg") {
                let text = std::fs::read_to_string(&p).unwrap();
                assert_eq!(check(&text), vec![], "{}", p.display());
            }
        }
    }

    #[test]
    fn resource_bombs_are_refused_t2() {
        let rect = "<rect width=\"1200\" height=\"675\" filter=\"url(#f)\"/>";
        for (filter, why) in [
            ("<feTurbulence numOctaves=\"1000000000\"/>", "numOctaves"),
            ("<feMorphology radius=\"600\"/>", "radius"),
            ("<feMorphology radius=\"2 nan\"/>", "radius"),
            ("<feGaussianBlur stdDeviation=\"1e9\"/>", "stdDeviation"),
            ("<feConvolveMatrix order=\"300\"/>", "order"),
        ] {
            let text = svg(&format!("<filter id=\"f\">{filter}</filter>{rect}"));
            assert!(refused(&text).contains(why), "{text}");
        }
        // Modest parameters pass.
        let ok = svg(&format!(
            "<filter id=\"f\"><feTurbulence numOctaves=\"4\"/><feGaussianBlur stdDeviation=\"3 2\"/></filter>{rect}"
        ));
        assert_eq!(check(&ok), vec![]);
        // 4 levels of 10 <use> of a blurred rect: 10,000 filtered draws
        // from about 1 KB (the finding's case c).
        let tens = |id: &str, of: &str| {
            format!(
                "<g id=\"{id}\">{}</g>",
                format!("<use href=\"#{of}\"/>").repeat(10)
            )
        };
        let text = svg(&format!(
            "<defs><filter id=\"b\"><feGaussianBlur stdDeviation=\"30\"/></filter><rect id=\"r\" width=\"9\" height=\"9\" filter=\"url(#b)\"/>{}{}{}{}</defs><use href=\"#l4\"/>",
            tens("l1", "r"),
            tens("l2", "l1"),
            tens("l3", "l2"),
            tens("l4", "l3")
        ));
        assert!(text.len() < 1_200);
        let why = refused(&text);
        assert!(why.contains("applies a filter 10000 times"), "{why}");
        // Without filters, five levels are 100,000 drawn nodes.
        let text = svg(&format!(
            "<defs><rect id=\"r\"/>{}{}{}{}{}</defs><use href=\"#l5\"/>",
            tens("l1", "r"),
            tens("l2", "l1"),
            tens("l3", "l2"),
            tens("l4", "l3"),
            tens("l5", "l4")
        ));
        assert!(refused(&text).contains("draws"), "{text}");
        // A <use> of its own ancestor counts once and ends.
        assert_eq!(check(&svg("<g id=\"a\"><use href=\"#a\"/></g>")), vec![]);
        // A stylesheet cannot apply filters where they are not counted.
        assert!(refused(&svg("<style>rect { filter: url(#f) }</style>")).contains("stylesheet"));
    }

    #[test]
    fn script_and_event_attributes_are_refused() {
        assert!(refused(&svg("<script>alert(1)</script>")).contains("<script>"));
        assert!(refused(&svg("<script href=\"/images/evil.js\"/>")).contains("<script>"));
        assert!(refused(&svg("<rect onload=\"alert(1)\"/>")).contains("event attribute"));
        assert!(refused(&svg("<rect ONCLICK=\"x\"/>")).contains("event attribute"));
        assert!(refused(&svg(
            "<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject>"
        ))
        .contains("foreignObject"));
        assert!(refused(&svg(
            "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script>"
        ))
        .contains("not in the SVG namespace"));
        assert!(refused(&svg(
            "<a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a>"
        ))
        .contains("animations"));
        assert!(refused(&svg(
            "<animate attributeName=\"href\" values=\"javascript:alert(1)\"/>"
        ))
        .contains("animations"));
    }

    #[test]
    fn external_references_are_refused() {
        for bad in [
            "<a href=\"javascript:alert(1)\"><text>x</text></a>",
            "<a xlink:href=\"https://evil.example/\"><text>x</text></a>",
            "<use href=\"/images/other.svg#a\"/>",
            "<use href=\" #a\"/>",
            "<image href=\"data:image/png;base64,AAAA\"/>",
            "<a href=\"&#x6A;avascript:alert(1)\"><text>x</text></a>",
            "<rect fill=\"url(https://evil.example/x)\"/>",
            "<rect style=\"fill:url(/x.svg#a)\"/>",
            "<rect style=\"background:u\\72l(x)\"/>",
            "<style>@import 'https://evil.example/x.css';</style>",
            "<style><![CDATA[ rect { fill: url(\"//evil.example/a\") } ]]></style>",
            "<g xml:base=\"https://evil.example/\"/>",
        ] {
            refused(&svg(bad));
        }
    }

    #[test]
    fn dtd_entities_and_instructions_are_refused() {
        assert!(refused(&format!(
            "<!DOCTYPE svg [<!ENTITY x \"y\">]>{}",
            svg("<text>&x;</text>")
        ))
        .contains("DOCTYPE"));
        assert!(refused(&format!(
            "<?xml-stylesheet type=\"text/xsl\" href=\"/evil.xsl\"?>{}",
            svg("")
        ))
        .contains("processing instruction"));
        assert!(refused(&format!(
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>{}",
            svg("")
        ))
        .contains("encoding"));
    }

    #[test]
    fn other_roots_namespaces_and_broken_xml_are_refused() {
        assert!(refused("<html><script>alert(1)</script></html>").contains("root element"));
        assert!(refused("<svg><rect/></svg>").contains("root element"));
        assert!(refused(&svg("<rect>")).contains("not well-formed"));
        assert!(refused("not xml at all").contains("not well-formed"));
        assert!(refused(&svg(
            "<g xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" inkscape:label=\"x\"/>"
        ))
        .contains("namespace"));
        // The offset points at the offending element.
        let text = svg("<rect/>\n<script/>");
        let f = check(&text);
        assert_eq!(&text[f[0].0..f[0].0 + 7], "<script");
    }
}
