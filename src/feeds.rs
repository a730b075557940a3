//! Files generated at build time from the content: the Atom news feed.

use crate::content::lang::Lang;
use crate::content::model::{ArticleSummary, PubDate, Site};
use std::collections::BTreeMap;

/// Escapes text for XML element content and attribute values.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids (C0 controls other than tab, LF
            // and CR; U+FFFE and U+FFFF) are dropped rather than emitted:
            // one would make the whole feed unreadable.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{fffe}' | '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// An item's date in the feed. Never earlier than it can be: a date known
/// only to the month (or year) is dated at the end of that month (or
/// year), so an item never appears before the events it reports.
fn timestamp(d: &PubDate) -> String {
    format!("{}T12:00:00Z", d.last_day())
}

/// How many entries a feed carries: the newest, as feeds do.
pub const FEED_ENTRIES: usize = 50;

/// Which feed: its title, where it is written and which page it follows,
/// each path relative to the edition's root.
pub struct Feed {
    pub title: String,
    /// The file, e.g. `feed.xml` or `feeds/topic/webinar.xml`.
    pub file: String,
    /// The page listing the same articles, e.g. `news/?tag=webinar`.
    pub page: String,
    /// The feed's permanent id, below the edition's address.
    pub id: String,
}

impl Feed {
    /// The feed of all news.
    pub fn all(title: String) -> Feed {
        Feed {
            title,
            file: crate::subscribe::FEED.into(),
            page: "news/".into(),
            // The id stays what it has always been, so readers keep their state.
            id: "news".into(),
        }
    }

    /// The feed of one topic or country: `query` is the news page's query,
    /// e.g. `tag=webinar`.
    pub fn topic(title: String, file: String, query: &str) -> Feed {
        let page = format!("news/?{query}");
        Feed {
            title,
            file,
            id: page.clone(),
            page,
        }
    }
}

/// The Atom feed of the newest `FEED_ENTRIES` of `articles` (newest first).
/// `site_url` is the absolute address of the edition (ending in `/`) and
/// `lang` its language tag.
///
/// `bodies` gives each article's body as the pages show it (HTML, by slug,
/// with its language where it differs from the feed's): each entry carries
/// it in full as `<content type="html">`, with `xml:base` set to the site's
/// root so that its links and images, relative to the pages' `<base>`,
/// resolve in a feed reader too.
pub fn atom<'a>(
    site: &Site,
    site_url: &str,
    lang: Lang,
    feed: &Feed,
    articles: impl IntoIterator<Item = &'a ArticleSummary>,
    bodies: &BTreeMap<&str, (&str, Option<&str>)>,
) -> String {
    let root = site_url.strip_suffix(lang.prefix()).unwrap_or(site_url);
    let lang = lang.tag();
    let articles: Vec<&ArticleSummary> = articles.into_iter().take(FEED_ENTRIES).collect();
    let updated = articles
        .iter()
        .map(|a| timestamp(&a.published))
        .max()
        .unwrap_or_else(|| "2020-01-01T00:00:00Z".into());
    let mut x = String::new();
    x.push_str(&format!("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n", xml_escape(lang)));
    x.push_str(&format!("  <title>{}</title>\n", xml_escape(&feed.title)));
    x.push_str(&format!(
        "  <subtitle>{}</subtitle>\n",
        xml_escape(&site.tagline)
    ));
    x.push_str(&format!(
        "  <id>{}</id>\n",
        xml_escape(&format!("{site_url}{}", feed.id))
    ));
    x.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        xml_escape(&format!("{site_url}{}", feed.file))
    ));
    x.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        xml_escape(&format!("{site_url}{}", feed.page))
    ));
    x.push_str(&format!("  <updated>{updated}</updated>\n"));
    x.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        xml_escape(&site.name)
    ));
    for a in articles {
        // The id stays what it has always been, so readers keep their state.
        let id = format!("{site_url}news/{}", a.slug);
        let link = format!("{id}/");
        x.push_str("  <entry>\n");
        x.push_str(&format!("    <title>{}</title>\n", xml_escape(&a.title)));
        x.push_str(&format!("    <id>{}</id>\n", xml_escape(&id)));
        x.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            xml_escape(&link)
        ));
        x.push_str(&format!(
            "    <published>{}</published>\n",
            timestamp(&a.published)
        ));
        x.push_str(&format!(
            "    <updated>{}</updated>\n",
            timestamp(&a.published)
        ));
        for t in &a.tags {
            x.push_str(&format!("    <category term=\"{}\"/>\n", xml_escape(t)));
        }
        x.push_str(&format!(
            "    <summary>{}</summary>\n",
            xml_escape(&a.teaser)
        ));
        if let Some((html, text_lang)) = bodies.get(a.slug.as_str()) {
            let text_lang = text_lang.map_or(String::new(), |l| {
                format!(" xml:lang=\"{}\"", xml_escape(l))
            });
            x.push_str(&format!(
                "    <content type=\"html\" xml:base=\"{}\"{text_lang}>{}</content>\n",
                xml_escape(root),
                xml_escape(html)
            ));
        }
        x.push_str("  </entry>\n");
    }
    x.push_str("</feed>\n");
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(
            xml_escape("a<b> & \"c\" 'd'\u{1}"),
            "a&lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;"
        );
        assert_eq!(xml_escape("a\u{fffe}b\u{ffff}c\u{0}\u{1b}d\te"), "abcd\te");
    }
}
