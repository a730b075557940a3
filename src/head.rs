//! What each page says about itself in `<head>`: title, description,
//! canonical URL, Open Graph, robots and structured data. Computed once, in
//! plain Rust; the build writes it as HTML and the browser app applies it to
//! the live document after each navigation (`components::meta`).

use crate::strings::Ui;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Head {
    /// The whole `<title>`: "Page – Section – IUC Asia".
    pub title: String,
    /// The page's own title, for `og:title`.
    pub og_title: String,
    pub description: String,
    /// Absolute canonical URL; `None` for pages that must not be indexed.
    pub canonical: Option<String>,
    /// "website" or "article".
    pub og_type: &'static str,
    pub noindex: bool,
    /// schema.org JSON-LD, already serialised.
    pub json_ld: Option<String>,
    /// The page in every language (hreflang, absolute URL), and `x-default`;
    /// empty for pages that must not be indexed.
    pub alternates: Vec<(&'static str, String)>,
    /// The page's language tag ("en", "zh-Hans").
    pub lang: &'static str,
    /// The link-preview image (`og:image`), which the build adds.
    pub image: Option<HeadImage>,
}

/// A share image: absolute URL, size in pixels, and its text alternative.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HeadImage {
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
}

/// The same page in every edition, for `hreflang` links: each language's
/// URL, and `x-default` (the English page). `route_path` is the path below
/// the language prefix ("/news/").
pub fn alternates_of(
    configured_site_url: &str,
    route_path: &str,
    editions: &[crate::lang::Lang],
) -> Vec<(&'static str, String)> {
    use crate::lang::Lang;
    let url = |l: Lang| {
        absolute(
            configured_site_url,
            &format!("/{}{}", l.prefix(), route_path.trim_start_matches('/')),
        )
    };
    if editions.len() < 2 {
        return Vec::new();
    }
    let mut v: Vec<(&'static str, String)> = editions.iter().map(|l| (l.tag(), url(*l))).collect();
    v.push(("x-default", url(Lang::En)));
    v
}

/// "Title – Section – IUC Asia"; the site's name alone for an empty title.
/// The section keeps a news item and an event of the same name apart.
pub fn full_title(title: &str, section: Option<&str>, t: &Ui) -> String {
    match (title.is_empty(), section) {
        (true, _) => t.site_name.to_string(),
        (false, Some(s)) => format!("{title}{sep}{s}{}", t.title_suffix, sep = t.title_separator),
        (false, None) => format!("{title}{}", t.title_suffix),
    }
}

/// The canonical form of a route path: "/news" → "/news/", "/" stays.
pub fn canonical_path(route_path: &str) -> String {
    if route_path.ends_with('/') || route_path.ends_with(".html") {
        route_path.to_string()
    } else {
        format!("{route_path}/")
    }
}

/// `site_url` ("https://example.org/iuc-asia/") joined with a route path.
pub fn absolute(site_url: &str, route_path: &str) -> String {
    format!(
        "{}/{}",
        site_url.trim_end_matches('/'),
        route_path.trim_start_matches('/')
    )
}

/// JSON for a `<script type="application/ld+json">`. Inside a script
/// element the HTML tokenizer reacts to `</script`, and also to `<!--`
/// followed by `<script` (the "double-escaped" state, in which the real
/// `</script>` no longer ends the element and the rest of the page becomes
/// script text: adversarial T1). Writing `<`, `>` and `&` as JSON escapes
/// leaves the tokenizer nothing to react to, and JSON readers the same
/// value. U+2028 and U+2029 are escaped too, so the text is also safe to
/// read as JavaScript.
pub fn script_json(v: &serde_json::Value) -> String {
    let mut out = String::new();
    for c in v.to_string().chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

impl Head {
    /// The tags for `<head>`, escaped; the browser app finds and updates
    /// exactly these (by the same selectors) after a navigation.
    pub fn to_html(&self, site_name: &str) -> String {
        let e = crate::feeds::xml_escape;
        let mut h = format!("<title>{}</title>", e(&self.title));
        if !self.description.is_empty() {
            h.push_str(&format!(
                "<meta name=\"description\" content=\"{}\">",
                e(&self.description)
            ));
        }
        if self.noindex {
            h.push_str("<meta name=\"robots\" content=\"noindex\">");
        }
        if let Some(c) = &self.canonical {
            h.push_str(&format!("<link rel=\"canonical\" href=\"{}\">", e(c)));
            h.push_str(&format!("<meta property=\"og:url\" content=\"{}\">", e(c)));
        }
        h.push_str(&format!(
            "<meta property=\"og:title\" content=\"{}\"><meta property=\"og:type\" content=\"{}\"><meta property=\"og:site_name\" content=\"{}\">",
            e(&self.og_title),
            self.og_type,
            e(site_name)
        ));
        if !self.description.is_empty() {
            h.push_str(&format!(
                "<meta property=\"og:description\" content=\"{}\">",
                e(&self.description)
            ));
        }
        if let Some(i) = &self.image {
            h.push_str(&format!(
                "<meta property=\"og:image\" content=\"{}\"><meta property=\"og:image:type\" content=\"image/png\"><meta property=\"og:image:width\" content=\"{}\"><meta property=\"og:image:height\" content=\"{}\"><meta property=\"og:image:alt\" content=\"{}\"><meta name=\"twitter:card\" content=\"summary_large_image\">",
                e(&i.url),
                i.width,
                i.height,
                e(&i.alt)
            ));
        }
        for (tag, href) in &self.alternates {
            h.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{tag}\" href=\"{}\">",
                e(href)
            ));
        }
        if let Some(j) = &self.json_ld {
            h.push_str(&format!(
                "<script type=\"application/ld+json\">{j}</script>"
            ));
        }
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    fn ui() -> &'static Ui {
        crate::strings::for_lang(crate::lang::Lang::En)
    }

    #[test]
    fn titles_carry_their_section() {
        let t = ui();
        assert_eq!(full_title("", None, t), t.site_name);
        assert_eq!(
            full_title("Rome", None, t),
            format!("Rome{}", t.title_suffix)
        );
        assert_eq!(
            full_title("Rome", Some("News"), t),
            format!("Rome{}News{}", t.title_separator, t.title_suffix)
        );
        assert_ne!(
            full_title("Rome", Some("News"), t),
            full_title("Rome", Some("Events"), t)
        );
    }

    #[test]
    fn canonical_urls() {
        assert_eq!(canonical_path("/news"), "/news/");
        assert_eq!(canonical_path("/"), "/");
        assert_eq!(canonical_path("/news/a/"), "/news/a/");
        assert_eq!(
            absolute("https://example.org/iuc-asia/", "/news/"),
            "https://example.org/iuc-asia/news/"
        );
        assert_eq!(
            absolute("https://example.org/", "/"),
            "https://example.org/"
        );
    }

    #[test]
    fn head_html_is_escaped_and_complete() {
        let h = Head {
            title: "A <b> & \"c\"".into(),
            og_title: "A".into(),
            description: "d".into(),
            canonical: Some("https://example.org/news/".into()),
            og_type: "website",
            noindex: false,
            json_ld: Some(script_json(
                &serde_json::json!({"name": "</script><script>"}),
            )),
            alternates: alternates_of(
                "https://example.org/",
                "/news/",
                &[crate::lang::Lang::En, crate::lang::Lang::ZhHans],
            ),
            lang: "en",
            image: Some(HeadImage {
                url: "https://example.org/share/ab.png".into(),
                width: 1200,
                height: 630,
                alt: "A \"card\"".into(),
            }),
        };
        let html = h.to_html("IUC");
        assert!(html.contains("<meta property=\"og:image\" content=\"https://example.org/share/ab.png\"><meta property=\"og:image:type\" content=\"image/png\"><meta property=\"og:image:width\" content=\"1200\"><meta property=\"og:image:height\" content=\"630\"><meta property=\"og:image:alt\" content=\"A &quot;card&quot;\"><meta name=\"twitter:card\" content=\"summary_large_image\">"));
        assert!(html.contains("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>"));
        assert!(html.contains("<link rel=\"canonical\" href=\"https://example.org/news/\">"));
        assert!(html.contains("og:url"));
        assert!(html.contains("<link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"https://example.org/zh-hans/news/\">"));
        assert!(html.contains(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/news/\">"
        ));
        assert!(!html.contains("</script><script>"));
        let hidden = Head {
            noindex: true,
            canonical: None,
            ..h
        };
        let html = hidden.to_html("IUC");
        assert!(html.contains("noindex") && !html.contains("canonical"));
    }
}
