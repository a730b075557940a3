//! The pages stage reads every page it writes back the way a browser reads
//! it (html5ever: the HTML5 tokenizer and tree builder of the standard) and
//! refuses a page that would not show what was rendered. Content is escaped
//! by the components, but one escape that misses a tokenizer state (T1: the
//! JSON-LD block, `<!--<script`) is enough to turn the rest of a page into
//! script text: a blank page for every visitor. This check catches that
//! class, whatever writes the markup.

use html5ever::tendril::TendrilSink;
use html5ever::{local_name, ns, ParseOpts};
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// A page template of the shape trunk writes (`index.html`), for checking
/// the pages of a build that has no app (the host tests and the fuzzer).
pub const BARE_TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<base href=\"/\">\n<title>IUC Asia</title>\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"IUC Asia news\" href=\"feed.xml\">\n</head>\n<body>\n<div id=\"app\"></div>\n</body>\n</html>\n";

/// Checks one page file. `path` names it in the message.
///
/// A page passes when:
/// - the HTML5 parser reports no error (the Nu Html Checker, run by
///   `make test`, holds every page to that already; here it stops the build);
/// - `<head>` holds a non-empty `<title>`, and `<body>` holds `<div id="app">`
///   with visible text (so the prerendered page is not blank);
/// - every `<script type="application/ld+json">` holds one JSON value;
/// - no `<script>` element holds the start of another element's markup
///   (`<script`, `</body`, `<div`), which is what a runaway script looks like.
pub fn check(path: &str, html: &str) -> Result<(), String> {
    let dom = html5ever::parse_document(RcDom::default(), ParseOpts::default()).one(html);
    let fail = |why: String| Err(format!("{path}: the page does not parse as built: {why}"));
    {
        let errors = dom.errors.borrow();
        if let Some(first) = errors.first() {
            return fail(format!(
                "{} HTML parse error(s), the first: {first}",
                errors.len()
            ));
        }
    }
    let html_el = match child_element(&dom.document, "html") {
        Some(h) => h,
        None => return fail("no <html> element".into()),
    };
    let (head, body) = match (
        child_element(&html_el, "head"),
        child_element(&html_el, "body"),
    ) {
        (Some(h), Some(b)) => (h, b),
        _ => return fail("no <head> or no <body>".into()),
    };
    match child_element(&head, "title") {
        Some(t) if !text_of(&t).trim().is_empty() => {}
        _ => return fail("<head> has no <title> with text".into()),
    }
    let mut scripts = Vec::new();
    collect(&html_el, "script", &mut scripts);
    for s in &scripts {
        let text = text_of(s);
        let lower = text.to_ascii_lowercase();
        if let Some(tag) = ["<script", "</script", "</body", "</head", "<div"]
            .into_iter()
            .find(|t| lower.contains(t))
        {
            return fail(format!(
                "a <script> element holds `{tag}`: it ran on past its end"
            ));
        }
        if attr(s, "type").as_deref() == Some("application/ld+json") {
            if let Err(e) = serde_json::from_str::<serde_json::Value>(&text) {
                return fail(format!("its JSON-LD is not JSON: {e}"));
            }
        }
    }
    let app = match find_by_id(&body, "app") {
        Some(a) => a,
        None => return fail("<body> has no <div id=\"app\">".into()),
    };
    if visible_text(&app).trim().is_empty() {
        return fail("<div id=\"app\"> shows no text".into());
    }
    Ok(())
}

fn is_element(h: &Handle, name: &str) -> bool {
    matches!(&h.data, NodeData::Element { name: n, .. } if n.ns == ns!(html) && &*n.local == name)
}

fn child_element(h: &Handle, name: &str) -> Option<Handle> {
    h.children
        .borrow()
        .iter()
        .find(|c| is_element(c, name))
        .cloned()
}

fn attr(h: &Handle, name: &str) -> Option<String> {
    match &h.data {
        NodeData::Element { attrs, .. } => attrs
            .borrow()
            .iter()
            .find(|a| &*a.name.local == name)
            .map(|a| a.value.to_string()),
        _ => None,
    }
}

fn collect(h: &Handle, name: &str, out: &mut Vec<Handle>) {
    for c in h.children.borrow().iter() {
        if is_element(c, name) {
            out.push(c.clone());
        }
        collect(c, name, out);
    }
}

fn find_by_id(h: &Handle, id: &str) -> Option<Handle> {
    for c in h.children.borrow().iter() {
        if attr(c, "id").as_deref() == Some(id) {
            return Some(c.clone());
        }
        if let Some(f) = find_by_id(c, id) {
            return Some(f);
        }
    }
    None
}

/// All text below `h`.
fn text_of(h: &Handle) -> String {
    let mut s = String::new();
    push_text(h, &mut s, false);
    s
}

/// Text a visitor sees below `h`: not inside `<script>`, `<style>` or
/// `<template>`.
fn visible_text(h: &Handle) -> String {
    let mut s = String::new();
    push_text(h, &mut s, true);
    s
}

fn push_text(h: &Handle, s: &mut String, visible_only: bool) {
    for c in h.children.borrow().iter() {
        match &c.data {
            NodeData::Text { contents } => s.push_str(&contents.borrow()),
            NodeData::Element { name, .. }
                if visible_only
                    && (name.local == local_name!("script")
                        || name.local == local_name!("style")
                        || name.local == local_name!("template")) => {}
            NodeData::Element { .. } => push_text(c, s, visible_only),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    fn page(head_extra: &str, body: &str) -> String {
        format!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title>{head_extra}</head><body><div id=\"app\">{body}</div><script>boot()</script></body></html>"
        )
    }

    #[test]
    fn a_clean_page_passes() {
        check(
            "index.html",
            &page(
                "<script type=\"application/ld+json\">{\"name\":\"a \\u003c!--\\u003cscript\"}</script>",
                "<main><h1>Hello</h1></main>",
            ),
        )
        .unwrap();
    }

    #[test]
    fn a_runaway_json_ld_block_is_refused() {
        // T1 as the build wrote it before: only `</` escaped.
        let e = check(
            "events/x/index.html",
            &page(
                "<script type=\"application/ld+json\">{\"name\":\"Webinar <!--<script> at EWRC\"}</script>",
                "<main><h1>Webinar</h1></main>",
            ),
        )
        .unwrap_err();
        assert!(
            e.starts_with("events/x/index.html: the page does not parse as built"),
            "{e}"
        );
    }

    #[test]
    fn blank_and_broken_pages_are_refused() {
        for (head, body, why) in [
            ("", "", "shows no text"),
            ("", "<p>  </p>", "shows no text"),
            (
                "<script type=\"application/ld+json\">{</script>",
                "<p>x</p>",
                "not JSON",
            ),
            ("", "<p>a</div></p>", "parse error"),
        ] {
            let e = check("p.html", &page(head, body)).unwrap_err();
            assert!(e.contains(why), "{why}: {e}");
        }
        let e = check(
            "p.html",
            "<!DOCTYPE html><html><head><title>T</title></head><body><p>x</p></body></html>",
        )
        .unwrap_err();
        assert!(e.contains("no <div id=\"app\">"), "{e}");
    }
}
