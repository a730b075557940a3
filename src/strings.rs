//! Every piece of interface text, in one place, so a Chinese edition can be
//! added as a second table without touching the components.

pub struct Ui {
    pub lang: &'static str,
    /// The locale the browser's `Intl` names time zones in.
    pub intl_locale: &'static str,
    pub site_name: &'static str,
    pub site_short: &'static str,
    pub title_suffix: &'static str,
    /// Between a page's title and its section in `<title>`.
    pub title_separator: &'static str,
    pub skip_link: &'static str,
    pub main_nav: &'static str,
    pub nav_home: &'static str,
    pub nav_news: &'static str,
    pub nav_events: &'static str,
    pub nav_cooperation: &'static str,
    pub nav_covenant: &'static str,
    pub nav_about: &'static str,
    pub footer_nav: &'static str,
    pub eu_funding: &'static str,
    pub eu_disclaimer: &'static str,
    pub legal_notice: &'static str,
    pub privacy: &'static str,
    pub accessibility: &'static str,
    pub back_to_top: &'static str,
    pub loading: &'static str,
    pub retry: &'static str,
    pub load_failed: &'static str,
    pub load_failed_help: &'static str,
    /// Shown when the app cannot start; the page's text stays readable.
    pub boot_failed: &'static str,
    /// A content request that got no answer in time.
    pub timed_out: &'static str,
    pub source: &'static str,
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub go_home: &'static str,
    pub news_title: &'static str,
    pub news_intro: &'static str,
    pub all_news: &'static str,
    pub latest_news: &'static str,
    pub article_not_found: &'static str,
    pub article_not_found_text: &'static str,
    pub reading_time: &'static str,
    pub events_title: &'static str,
    pub events_intro: &'static str,
    pub upcoming_events: &'static str,
    pub past_events: &'static str,
    pub recent_past_events: &'static str,
    pub all_events: &'static str,
    pub event_not_found: &'static str,
    pub event_not_found_text: &'static str,
    pub cooperation_title: &'static str,
    pub cooperation_intro: &'static str,
    pub pairing_not_found: &'static str,
    pub pairing_not_found_text: &'static str,
    pub covenant_title: &'static str,
    pub covenant_intro: &'static str,
    pub countries_covered: &'static str,
    pub programme_components: &'static str,
    /// Headings of the static pages while their text loads (or if it cannot).
    pub about_title: &'static str,
    pub legal_notice_title: &'static str,
    pub privacy_title: &'static str,
    pub accessibility_title: &'static str,
    /// Heading of the owner's facts on the legal, privacy and accessibility pages.
    pub owner_facts_heading: &'static str,
    /// Before what the owner has not supplied yet.
    pub owner_fact_missing: &'static str,
    /// Labels of the owner's facts, by field (see `Ui::owner_fact_label`).
    pub owner_labels: [(&'static str, &'static str); 11],
}

impl Ui {
    /// The label of an owner fact (`Pages::owner_facts` names the field).
    pub fn owner_fact_label(&self, field: &str) -> &'static str {
        self.owner_labels
            .iter()
            .find(|(f, _)| *f == field)
            .map_or("", |(_, l)| l)
    }
}

pub const EN: Ui = Ui {
    lang: "en",
    intl_locale: "en-GB",
    site_name: "International Urban Cooperation Asia",
    site_short: "IUC Asia",
    title_suffix: " – IUC Asia",
    title_separator: " – ",
    skip_link: "Skip to main content",
    main_nav: "Main",
    nav_home: "Home",
    nav_news: "News",
    nav_events: "Events",
    nav_cooperation: "City cooperation",
    nav_covenant: "Global Covenant",
    nav_about: "About",
    footer_nav: "Site information",
    eu_funding: "Funded by the European Union",
    eu_disclaimer: "The views expressed on this site do not necessarily reflect those of the European Union.",
    legal_notice: "Legal notice",
    privacy: "Privacy",
    accessibility: "Accessibility",
    back_to_top: "Back to top",
    loading: "Loading",
    retry: "Retry",
    load_failed: "could not be loaded",
    load_failed_help: "The rest of the site still works. Try again, and if the problem stays, tell the site editors what it says below.",
    boot_failed: "The interactive parts of this page (search, filters, calendar views) could not start. The page's text is shown as published; reloading the page may help.",
    timed_out: "the server did not answer within 20 seconds",
    source: "Source",
    not_found_title: "Page not found",
    not_found_text: "There is no page at this address. It may have moved, or the link may contain a typing error.",
    go_home: "Go to the homepage",
    news_title: "News",
    news_intro: "Reports from the programme's city partnerships and its work with Global Covenant of Mayors cities across Asia, newest first.",
    all_news: "All news",
    latest_news: "Latest news",
    article_not_found: "Article not found",
    article_not_found_text: "We could not find a news article at this address.",
    reading_time: "min read",
    events_title: "Events",
    events_intro: "Workshops, webinars, missions and milestones of the programme, with times shown in the event's time zone and in yours.",
    upcoming_events: "Upcoming events",
    past_events: "Past events",
    recent_past_events: "Recent past events",
    all_events: "Event calendar",
    event_not_found: "Event not found",
    event_not_found_text: "We could not find an event at this address.",
    cooperation_title: "City-to-city cooperation",
    cooperation_intro: "How European and Chinese cities paired up under Component I to plan and test sustainable urban solutions together.",
    pairing_not_found: "Pairing not found",
    pairing_not_found_text: "We could not find a city pairing at this address.",
    covenant_title: "Global Covenant of Mayors",
    covenant_intro: "Component II helped cities in seven Asian countries and territories join the Global Covenant of Mayors for Climate and Energy and act on it.",
    countries_covered: "Countries and territories covered",
    programme_components: "The programme's two components",
    about_title: "About the programme",
    legal_notice_title: "Legal notice",
    privacy_title: "Privacy",
    accessibility_title: "Accessibility statement",
    owner_facts_heading: "Details from the site's publisher",
    owner_fact_missing: "Not yet supplied by the site's owner:",
    owner_labels: [
        ("legal_notice.publisher", "Publisher"),
        ("legal_notice.contact", "Contact"),
        ("legal_notice.reuse_terms", "Reuse of this site's content"),
        ("privacy.controller", "Data controller"),
        ("privacy.contact", "Data protection contact"),
        ("privacy.legal_basis", "Legal basis"),
        ("privacy.retention", "How long logs are kept"),
        ("privacy.recipients", "Who receives the data"),
        ("accessibility.compliance_status", "Compliance status"),
        ("accessibility.feedback_contact", "Feedback and contact"),
        ("accessibility.preparation", "Preparation of this statement"),
    ],
};

/// The interface text of the page's language.
pub fn ui() -> &'static Ui {
    for_lang(crate::platform::lang())
}

/// The interface text of `lang`.
pub fn for_lang(lang: crate::lang::Lang) -> &'static Ui {
    match lang {
        crate::lang::Lang::En => &EN,
        // The Chinese table follows (issue: 简体中文 edition).
        crate::lang::Lang::ZhHans => &EN,
    }
}
