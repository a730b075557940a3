//! The page frame shared by the live app and the static first-paint shell
//! that the build writes into index.html: navigation items, the EU emblem,
//! and (on the host) the shell's HTML itself.
//!
//! Both renderings come from these lists, and an end-to-end test checks that
//! the shell and the app put the header, hero and footer in the same place.

use crate::strings::Ui;

/// (path, label) of the header navigation.
pub fn main_nav(t: &Ui) -> [(&'static str, &'static str); 5] {
    [
        ("/", t.nav_home),
        ("/news", t.nav_news),
        ("/events", t.nav_events),
        ("/city-cooperation", t.nav_cooperation),
        ("/covenant", t.nav_covenant),
    ]
}

/// (path, label) of the footer's site-information links.
pub fn footer_nav(t: &Ui) -> [(&'static str, &'static str); 4] {
    [
        ("/about", t.nav_about),
        ("/legal-notice", t.legal_notice),
        ("/privacy", t.privacy),
        ("/accessibility", t.accessibility),
    ]
}

/// The flag of the European Union, drawn inline (no request).
pub const EU_FLAG_SVG: &str = concat!(
    r##"<svg class="eu-flag" viewBox="0 0 60 40" width="60" height="40" role="img" aria-label="Flag of the European Union">"##,
    r##"<rect width="60" height="40" fill="#039"/><g fill="#fc0">"##,
    r##"<circle cx="30" cy="8" r="1.8"/><circle cx="36" cy="9.6" r="1.8"/><circle cx="40.4" cy="14" r="1.8"/>"##,
    r##"<circle cx="42" cy="20" r="1.8"/><circle cx="40.4" cy="26" r="1.8"/><circle cx="36" cy="30.4" r="1.8"/>"##,
    r##"<circle cx="30" cy="32" r="1.8"/><circle cx="24" cy="30.4" r="1.8"/><circle cx="19.6" cy="26" r="1.8"/>"##,
    r##"<circle cx="18" cy="20" r="1.8"/><circle cx="19.6" cy="14" r="1.8"/><circle cx="24" cy="9.6" r="1.8"/>"##,
    r##"</g></svg>"##
);

/// HTML-escapes text for element content and attribute values.
#[cfg(not(target_arch = "wasm32"))]
pub fn esc(s: &str) -> String {
    crate::feeds::xml_escape(s)
}

/// The static shell: the same header, homepage hero and footer the app
/// renders, so visitors see a real page while the wasm loads and the
/// app's takeover does not move anything.
#[cfg(not(target_arch = "wasm32"))]
pub fn static_shell(t: &Ui, site: &crate::content::Site, public_url: &str) -> String {
    let href = |p: &str| format!("{public_url}{}", p.trim_start_matches('/'));
    let nav = |items: &[(&str, &str)]| -> String {
        items
            .iter()
            .map(|(p, l)| format!("<li><a href=\"{}\">{}</a></li>", href(p), esc(l)))
            .collect()
    };
    let figures: String = site
        .key_figures
        .iter()
        .map(|f| format!("<li><span class=\"figure-value\">{}</span> <span class=\"figure-label\">{}</span></li>", esc(&f.value), esc(&f.label)))
        .collect();
    format!(
        concat!(
            "<a class=\"skip-link\" href=\"#main\">{skip}</a>",
            "<header class=\"site-header\" id=\"top\"><div class=\"wrap header-inner\">",
            "<a href=\"{home}\" class=\"brand\"><span class=\"brand-mark\" aria-hidden=\"true\"></span>",
            "<span class=\"brand-text\"><span class=\"brand-short\">{short}</span><span class=\"brand-long\">{name}</span></span></a>",
            "<nav class=\"main-nav\" aria-label=\"{main_nav}\"><ul>{nav}</ul></nav></div></header>",
            "<main id=\"main\" tabindex=\"-1\"><section class=\"hero\"><div class=\"wrap\">",
            "<h1 tabindex=\"-1\">{name}</h1><p class=\"tagline\">{tagline}</p><ul class=\"figures\">{figures}</ul>",
            "</div></section>",
            "<noscript><div class=\"wrap page\"><p>This website needs JavaScript and WebAssembly. Please turn on JavaScript or use a current browser.</p></div></noscript>",
            "</main>",
            "<footer class=\"site-footer\"><div class=\"wrap footer-inner\"><div class=\"funding\"><span class=\"eu-flag-wrap\">{flag}</span>",
            "<div><p class=\"funding-line\">{funding}</p><p class=\"disclaimer\">{disclaimer}</p></div></div>",
            "<nav aria-label=\"{footer_nav}\"><ul class=\"footer-links\">{footer}</ul></nav>",
            "<p class=\"to-top\"><a href=\"#top\">{top}</a></p></div></footer>"
        ),
        skip = esc(t.skip_link),
        home = href("/"),
        short = esc(t.site_short),
        name = esc(&site.name),
        main_nav = esc(t.main_nav),
        nav = nav(&main_nav(t)),
        tagline = esc(&site.tagline),
        figures = figures,
        flag = EU_FLAG_SVG,
        funding = esc(t.eu_funding),
        disclaimer = esc(t.eu_disclaimer),
        footer_nav = esc(t.footer_nav),
        footer = nav(&footer_nav(t)),
        top = esc(t.back_to_top),
    )
}
