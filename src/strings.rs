//! Every piece of interface text, in one table per language. A table that
//! misses an entry does not compile: `Ui` has no defaults. Sentences with
//! numbers, names or their own word order are functions, one per language.

use crate::calendar::Param;
use crate::content::model::EventStatus;

/// A sentence with a link inside it: the text before, the link's text and
/// the text after.
#[derive(Clone, Copy, Debug)]
pub struct Linked {
    pub before: &'static str,
    pub link: &'static str,
    pub after: &'static str,
}

/// The text before and after an element (a date, a name) inside a sentence.
#[derive(Clone, Copy, Debug)]
pub struct Around {
    pub before: &'static str,
    pub after: &'static str,
}

pub struct Ui {
    pub lang: &'static str,
    pub site_name: &'static str,
    pub site_short: &'static str,
    pub title_suffix: &'static str,
    /// After the site's name in the news feed's title.
    pub feed_title_suffix: &'static str,
    /// The name of the events calendar in calendar apps.
    pub calendar_name: &'static str,
    /// A feed's or calendar's name narrowed to one topic: (name, topic).
    pub topic_title: fn(&str, &str) -> String,
    /// Between a page's title and its section in `<title>`.
    pub title_separator: &'static str,
    pub skip_link: &'static str,
    pub main_nav: &'static str,
    /// The language switcher's label.
    pub language_nav: &'static str,
    pub nav_home: &'static str,
    pub nav_news: &'static str,
    pub nav_events: &'static str,
    pub nav_cooperation: &'static str,
    pub nav_covenant: &'static str,
    pub nav_about: &'static str,
    pub footer_nav: &'static str,
    pub eu_funding: &'static str,
    pub eu_disclaimer: &'static str,
    /// The accessible name of the EU flag in the footer.
    pub eu_flag: &'static str,
    pub legal_notice: &'static str,
    pub privacy: &'static str,
    pub accessibility: &'static str,
    pub back_to_top: &'static str,

    // Punctuation that differs between the languages.
    /// After a label: ": " / "：".
    pub colon: &'static str,
    /// Between the parts of one phrase: ", " / "，".
    pub comma: &'static str,
    /// Between the items of a list of names: ", " / "、".
    pub list_separator: &'static str,
    /// Between two sentences, or after a label before its link: " " / ""
    /// (Chinese sets no spaces there).
    pub space: &'static str,
    /// Before and after an aside: " (" and ")" / "（" and "）".
    pub open_paren: &'static str,
    pub close_paren: &'static str,

    // Loading and failure. The `what_*` entries name what is loading, as
    // `loading_what` and `load_failed_what` use them in a sentence.
    /// "Loading the news…".
    pub loading_what: fn(&str) -> String,
    /// "The news could not be loaded".
    pub load_failed_what: fn(&str) -> String,
    pub what_article: &'static str,
    pub what_article_list: &'static str,
    pub what_news: &'static str,
    pub what_search_index: &'static str,
    pub what_country_names: &'static str,
    pub what_latest_news: &'static str,
    pub what_programme_intro: &'static str,
    pub what_events: &'static str,
    pub what_event: &'static str,
    pub what_pairings: &'static str,
    pub what_covenant: &'static str,
    pub what_page: &'static str,
    pub retry: &'static str,
    pub load_failed_help: &'static str,
    /// Above the problems that kept the app from bringing a published page
    /// up to date (the page stays as the build wrote it).
    pub kept_page: &'static str,
    /// A content file from a newer build than the page's, after the page
    /// has reloaded once for it.
    pub site_updated: &'static str,
    /// Shown when the app cannot start; the page's text stays readable.
    pub boot_failed: &'static str,
    /// A content request that got no answer in time.
    pub timed_out: &'static str,
    pub source: &'static str,

    // Not found.
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub go_home: &'static str,
    /// "Search the news for “words”".
    pub search_news_for: fn(&str) -> String,

    // Paged lists.
    pub previous_page: &'static str,
    pub next_page: &'static str,
    /// "Page 2" (a page link's name).
    pub page_n: fn(usize) -> String,
    /// "Page 2 of 5".
    pub page_of: fn(usize, usize) -> String,
    pub go_to_first_page: &'static str,

    // News.
    pub news_title: &'static str,
    pub news_intro: &'static str,
    pub all_news: &'static str,
    pub latest_news: &'static str,
    pub article_not_found: &'static str,
    pub article_not_found_text: &'static str,
    /// On an article shown in English because it has no translation yet.
    pub shown_in_english: &'static str,
    /// "3 min read".
    pub reading_minutes: fn(u32) -> String,
    /// The list of an item's topic tags.
    pub topics: &'static str,
    /// A topic tag's label ("climate-action" → "climate action").
    pub tag_label: fn(&str) -> String,
    pub more_articles: &'static str,
    pub newer: &'static str,
    pub older: &'static str,
    pub related_articles: &'static str,
    pub news_filters: &'static str,
    pub search_news: &'static str,
    pub topic: &'static str,
    pub all_topics: &'static str,
    pub country: &'static str,
    pub all_countries: &'static str,
    /// An option with its count: "climate action (2)".
    pub option_count: fn(&str, usize) -> String,
    pub clear_search_and_filters: &'static str,
    pub searching_full_text: &'static str,
    /// "15 articles" (the whole list).
    pub articles_count: fn(usize) -> String,
    /// "3 articles found" (a search or filter).
    pub articles_found: fn(usize) -> String,
    pub no_article_filters: &'static str,
    /// "No article matches “words”.".
    pub no_article_matches: fn(&str) -> String,
    pub try_other_words: Linked,
    /// "There is no page 9 here: the list has 2 pages." (page as asked for, pages).
    pub no_such_page: fn(&str, usize) -> String,
    pub articles_heading: &'static str,
    pub news_pages: &'static str,

    // Events.
    pub events_title: &'static str,
    pub events_intro: &'static str,
    pub upcoming_events: &'static str,
    pub past_events: &'static str,
    pub recent_past_events: &'static str,
    pub all_events: &'static str,
    pub event_not_found: &'static str,
    pub event_not_found_text: &'static str,
    pub no_upcoming_home: &'static str,
    pub online: &'static str,
    pub on_site: &'static str,
    pub hybrid: &'static str,
    /// The badge of an event that does not go ahead as announced.
    pub event_status: fn(EventStatus) -> Option<&'static str>,
    /// A city in its country: "Chengdu, China".
    pub place: fn(&str, &str) -> String,
    /// A venue (name, city, country): "Vanke Center, Chengdu, China".
    pub venue: fn(&str, &str, &str) -> String,
    pub calendar_views: &'static str,
    pub view_upcoming: &'static str,
    pub view_month: &'static str,
    pub filter_events: &'static str,
    pub category: &'static str,
    pub all_categories: &'static str,
    pub organiser: &'static str,
    pub all_organisers: &'static str,
    pub language: &'static str,
    pub any_language: &'static str,
    pub clear_filters: &'static str,
    pub clear_the_filters: &'static str,
    /// The calendar's address had a part it could not read (which, value).
    pub calendar_unreadable: fn(Param, &str) -> String,
    pub no_upcoming_scheduled: Linked,
    pub no_past_match: &'static str,
    /// "15 upcoming events".
    pub upcoming_count: fn(usize) -> String,
    /// "15 past events".
    pub past_count: fn(usize) -> String,
    /// "There is no page 9 of upcoming events." (page as asked for).
    pub no_such_upcoming_page: fn(&str) -> String,
    pub no_such_past_page: fn(&str) -> String,
    pub upcoming_pages: &'static str,
    pub past_pages: &'static str,
    pub months_nav: &'static str,
    pub this_month: &'static str,
    /// "3 events this month.".
    pub events_this_month: fn(usize) -> String,
    /// The month grid's caption: "Events in October 2020" (month label).
    pub events_in: fn(&str) -> String,
    /// A day cell's link to the rest: "+4 more".
    pub more_count: fn(usize) -> String,
    /// Its accessible name: "4 more events on Mon 19 Oct 2020" (count, day label).
    pub more_events_on: fn(usize, &str) -> String,
    pub no_events_in_month: &'static str,
    pub no_events_on_day: &'static str,
    /// Around the day in the day view's heading: "Events on Mon 19 Oct 2020".
    pub events_on_day: Around,
    /// "Back to October 2020" (month label).
    pub back_to: fn(&str) -> String,
    pub when: &'static str,
    pub where_: &'static str,
    pub not_stated: &'static str,
    pub about_event: &'static str,
    pub programme: &'static str,
    pub speakers: &'static str,
    pub online_link: &'static str,
    pub recording: &'static str,
    pub add_to_calendar: &'static str,
    pub download_ics: &'static str,
    pub add_to_google: &'static str,
    /// Read after a link that opens a new tab (visually hidden).
    pub opens_new_tab: &'static str,
    // Following the site: calendar subscriptions, feeds, sharing.
    pub subscribe_heading: &'static str,
    /// (calendar name)
    pub subscribe_intro: fn(&str) -> String,
    pub subscribe_webcal: &'static str,
    pub subscribe_google: &'static str,
    pub subscribe_outlook: &'static str,
    pub subscribe_office365: &'static str,
    pub calendar_address: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub add_to_outlook: &'static str,
    pub news_feeds: &'static str,
    pub all_news_feed: &'static str,
    /// (topic or country) the feed of the news about it
    pub topic_feed: fn(&str) -> String,
    pub share_page: &'static str,
    pub share: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub more_events: &'static str,
    pub earlier: &'static str,
    pub later: &'static str,

    // Homepage.
    /// "Component I" (the number as the content writes it).
    pub component_n: fn(&str) -> String,
    pub covers: &'static str,

    // City-to-city cooperation.
    pub cooperation_title: &'static str,
    pub cooperation_intro: &'static str,
    pub pairing_not_found: &'static str,
    pub pairing_not_found_text: &'static str,
    pub pairing: &'static str,
    pub cluster: &'static str,
    /// "2017 round".
    pub round_label: fn(u16) -> String,
    /// An address's `round` that is not a round number.
    pub round_unreadable: fn(&str) -> String,
    /// A city with its country: "Rome (Italy)".
    pub city_with_country: fn(&str, &str) -> String,
    pub no_pairing_match: &'static str,
    pub chinese_side: &'static str,
    pub european_side: &'static str,
    pub themes: &'static str,
    pub theme: &'static str,
    pub all_themes: &'static str,
    pub round: &'static str,
    pub all_rounds: &'static str,
    /// Around a city's name: "Showing pairings that include Rome.".
    pub showing_city: Around,
    /// "Showing all 9 pairings and clusters".
    pub showing_all_pairings: fn(usize) -> String,
    /// "Showing 1 of 9 pairings and clusters" (shown, total).
    pub showing_pairings: fn(usize, usize) -> String,
    pub pairings_and_clusters: &'static str,
    pub filter_pairings: &'static str,
    pub map_heading: &'static str,
    pub map_help: &'static str,
    pub map_europe: &'static str,
    pub map_china: &'static str,
    pub paired_cities: &'static str,
    /// A city link's name: "Rome, Italy: paired with Zhengzhou, Yantai"
    /// (city, country, partners already joined).
    pub paired_with: fn(&str, &str, &str) -> String,
    pub pairings_on_map: &'static str,
    pub milestones: &'static str,
    pub action_plan: &'static str,
    pub pilot_projects: &'static str,
    pub all_pairings: &'static str,

    // Global Covenant of Mayors.
    pub covenant_title: &'static str,
    pub covenant_intro: &'static str,
    pub countries_covered: &'static str,
    pub programme_components: &'static str,
    pub what_gcom_is: &'static str,
    pub three_pillars: &'static str,
    pub signatory_commits: &'static str,
    pub reporting_framework: &'static str,
    pub iuc_support: &'static str,
    pub how_to_join: &'static str,
    pub sources: &'static str,
    /// "No country with the code "XX" is covered." (code as asked for).
    pub no_country_code: fn(&str) -> String,
    pub show_all_countries: &'static str,
    pub countries_caption: &'static str,
    pub country_or_territory: &'static str,
    pub signatories_dated: &'static str,
    pub pilot_cities: &'static str,
    pub none_confirmed: &'static str,
    /// "None confirmed. " and the country's notes (already joined).
    pub none_confirmed_with: fn(&str) -> String,
    pub filter_countries: &'static str,
    pub all_seven: &'static str,

    /// Headings of the static pages while their text loads (or if it cannot).
    pub about_title: &'static str,
    pub legal_notice_title: &'static str,
    pub privacy_title: &'static str,
    pub accessibility_title: &'static str,
    pub page_text_missing: &'static str,
    pub last_reviewed: &'static str,
    /// Heading of the owner's facts on the legal, privacy and accessibility pages.
    pub owner_facts_heading: &'static str,
    /// What the owner has not supplied yet: "Not yet supplied by the site's owner: …".
    pub owner_fact_missing: fn(&str) -> String,
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
    site_name: "International Urban Cooperation Asia",
    site_short: "IUC Asia",
    title_suffix: " – IUC Asia",
    title_separator: " – ",
    feed_title_suffix: " – News",
    calendar_name: "IUC Asia events",
    topic_title: |name, topic| format!("{name}: {topic}"),
    skip_link: "Skip to main content",
    main_nav: "Main",
    language_nav: "Site language",
    nav_home: "Home",
    nav_news: "News",
    nav_events: "Events",
    nav_cooperation: "City cooperation",
    nav_covenant: "Global Covenant",
    nav_about: "About",
    footer_nav: "Site information",
    eu_funding: "Funded by the European Union",
    eu_disclaimer: "The views expressed on this site do not necessarily reflect those of the European Union.",
    eu_flag: "Flag of the European Union",
    legal_notice: "Legal notice",
    privacy: "Privacy",
    accessibility: "Accessibility",
    back_to_top: "Back to top",
    colon: ": ",
    comma: ", ",
    list_separator: ", ",
    space: " ",
    open_paren: " (",
    close_paren: ")",
    loading_what: en::loading_what,
    load_failed_what: en::load_failed_what,
    what_article: "this article",
    what_article_list: "the list of articles",
    what_news: "the news",
    what_search_index: "the search index",
    what_country_names: "the country names",
    what_latest_news: "the latest news",
    what_programme_intro: "the programme introduction",
    what_events: "the events",
    what_event: "the event",
    what_pairings: "the city pairings",
    what_covenant: "the Global Covenant of Mayors section",
    what_page: "this page",
    retry: "Retry",
    load_failed_help: "The rest of the site still works. Try again, and if the problem stays, tell the site editors what it says below.",
    kept_page: "This page is shown as it was published: part of it could not be brought up to date.",
    site_updated: "the site was updated while this page was open: reload the page to see the new version",
    boot_failed: "The interactive parts of this page (search, filters, calendar views) could not start. The page's text is shown as published; reloading the page may help.",
    timed_out: "the server did not answer within 20 seconds",
    source: "Source",
    not_found_title: "Page not found",
    not_found_text: "There is no page at this address. It may have moved, or the link may contain a typing error.",
    go_home: "Go to the homepage",
    search_news_for: en::search_news_for,
    previous_page: "Previous page",
    next_page: "Next page",
    page_n: en::page_n,
    page_of: en::page_of,
    go_to_first_page: "Go to page 1",
    news_title: "News",
    news_intro: "Reports from the programme's city partnerships and its work with Global Covenant of Mayors cities across Asia, newest first.",
    all_news: "All news",
    latest_news: "Latest news",
    article_not_found: "Article not found",
    article_not_found_text: "We could not find a news article at this address.",
    shown_in_english: "This article has not been translated yet, so it is shown in English.",
    reading_minutes: en::reading_minutes,
    topics: "Topics",
    tag_label: en::tag_label,
    more_articles: "More articles",
    newer: "Newer:",
    older: "Older:",
    related_articles: "Related articles",
    news_filters: "Search and filter news",
    search_news: "Search news",
    topic: "Topic",
    all_topics: "All topics",
    country: "Country",
    all_countries: "All countries",
    option_count: en::option_count,
    clear_search_and_filters: "Clear search and filters",
    searching_full_text: "Searching the full text…",
    articles_count: en::articles_count,
    articles_found: en::articles_found,
    no_article_filters: "No article matches these filters.",
    no_article_matches: en::no_article_matches,
    try_other_words: Linked {
        before: "Try fewer or shorter words, another topic or country, or ",
        link: "see all news",
        after: ".",
    },
    no_such_page: en::no_such_page,
    articles_heading: "Articles",
    news_pages: "News pages",
    events_title: "Events",
    events_intro: "Workshops, webinars, missions and milestones of the programme, with times shown in the event's time zone and in yours.",
    upcoming_events: "Upcoming events",
    past_events: "Past events",
    recent_past_events: "Recent past events",
    all_events: "Event calendar",
    event_not_found: "Event not found",
    event_not_found_text: "We could not find an event at this address.",
    no_upcoming_home: "There are no upcoming events. These are the most recent past events.",
    online: "Online",
    on_site: "On site",
    hybrid: "On site and online",
    event_status: |s| match s {
        EventStatus::Scheduled => None,
        EventStatus::Cancelled => Some("Cancelled"),
        EventStatus::Postponed => Some("Postponed"),
        EventStatus::Rescheduled => Some("Rescheduled"),
        EventStatus::MovedOnline => Some("Moved online"),
    },
    place: en::place,
    venue: en::venue,
    calendar_views: "Calendar views",
    view_upcoming: "Upcoming",
    view_month: "Month",
    filter_events: "Filter events",
    category: "Category",
    all_categories: "All categories",
    organiser: "Organiser",
    all_organisers: "All organisers",
    language: "Language",
    any_language: "Any language",
    clear_filters: "Clear filters",
    clear_the_filters: "Clear the filters",
    calendar_unreadable: en::calendar_unreadable,
    no_upcoming_scheduled: Linked {
        before: "No upcoming events are scheduled. See the ",
        link: "past events",
        after: " or browse the calendar by month.",
    },
    no_past_match: "No past events match these filters.",
    upcoming_count: en::upcoming_count,
    past_count: en::past_count,
    no_such_upcoming_page: en::no_such_upcoming_page,
    no_such_past_page: en::no_such_past_page,
    upcoming_pages: "Upcoming event pages",
    past_pages: "Past event pages",
    months_nav: "Months",
    this_month: "This month",
    events_this_month: en::events_this_month,
    events_in: en::events_in,
    more_count: en::more_count,
    more_events_on: en::more_events_on,
    no_events_in_month: "No events in this month.",
    no_events_on_day: "No events on this day.",
    events_on_day: Around {
        before: "Events on ",
        after: "",
    },
    back_to: en::back_to,
    when: "When",
    where_: "Where",
    not_stated: "Not stated by the source",
    about_event: "About this event",
    programme: "Programme",
    speakers: "Speakers",
    online_link: "Online",
    recording: "Recording",
    add_to_calendar: "Add to your calendar",
    download_ics: "Download .ics file",
    add_to_google: "Add to Google Calendar",
    opens_new_tab: " (opens in a new tab)",
    subscribe_heading: "Subscribe",
    subscribe_intro: |name| format!("Follow “{name}” in your calendar app: new and changed events then appear on their own."),
    subscribe_webcal: "Apple Calendar and other apps",
    subscribe_google: "Google Calendar",
    subscribe_outlook: "Outlook.com",
    subscribe_office365: "Outlook for work or school",
    calendar_address: "Calendar address, for any other app",
    copy: "Copy address",
    copied: "Address copied.",
    copy_failed: "Copying is not available here: select the address and copy it with Ctrl+C (⌘C on a Mac).",
    add_to_outlook: "Add to Outlook.com",
    news_feeds: "Follow in a feed reader",
    all_news_feed: "All news (Atom feed)",
    topic_feed: |topic| format!("News on {topic} (Atom feed)"),
    share_page: "Share this page",
    share: "Share",
    copy_link: "Copy link",
    link_copied: "Link copied.",
    more_events: "More events",
    earlier: "Earlier:",
    later: "Later:",
    component_n: en::component_n,
    covers: "Covers",
    cooperation_title: "City-to-city cooperation",
    cooperation_intro: "How European and Chinese cities paired up under Component I to plan and test sustainable urban solutions together.",
    pairing_not_found: "Pairing not found",
    pairing_not_found_text: "We could not find a city pairing at this address.",
    pairing: "Pairing",
    cluster: "Cluster",
    round_label: en::round_label,
    round_unreadable: en::round_unreadable,
    city_with_country: en::city_with_country,
    no_pairing_match: "No pairing matches these filters.",
    chinese_side: "Chinese side",
    european_side: "European side",
    themes: "Themes",
    theme: "Theme",
    all_themes: "All themes",
    round: "Round",
    all_rounds: "All rounds",
    showing_city: Around {
        before: "Showing pairings that include ",
        after: ".",
    },
    showing_all_pairings: en::showing_all_pairings,
    showing_pairings: en::showing_pairings,
    pairings_and_clusters: "Pairings and clusters",
    filter_pairings: "Filter pairings",
    map_heading: "Map of the pairings",
    map_help: "Lines join paired cities: European cities in blue, Chinese cities in red. Select a city below to list its pairings; the table gives the same information.",
    map_europe: "EUROPE",
    map_china: "CHINA",
    paired_cities: "Paired cities",
    paired_with: en::paired_with,
    pairings_on_map: "Pairings shown on the map",
    milestones: "Milestones",
    action_plan: "Action plan",
    pilot_projects: "Pilot projects",
    all_pairings: "All pairings",
    covenant_title: "Global Covenant of Mayors",
    covenant_intro: "Component II helped cities in seven Asian countries and territories join the Global Covenant of Mayors for Climate and Energy and act on it.",
    countries_covered: "Countries and territories covered",
    programme_components: "The programme's two components",
    what_gcom_is: "What the Global Covenant is",
    three_pillars: "Three pillars",
    signatory_commits: "What a signatory commits to",
    reporting_framework: "The Common Reporting Framework",
    iuc_support: "How IUC supported cities",
    how_to_join: "How a city joins",
    sources: "Sources",
    no_country_code: en::no_country_code,
    show_all_countries: "Show all countries",
    countries_caption: "Confirmed signatories and pilot cities by country",
    country_or_territory: "Country or territory",
    signatories_dated: "Signatories (date signed)",
    pilot_cities: "Pilot cities",
    none_confirmed: "None confirmed",
    none_confirmed_with: en::none_confirmed_with,
    filter_countries: "Filter countries",
    all_seven: "All seven",
    about_title: "About the programme",
    legal_notice_title: "Legal notice",
    privacy_title: "Privacy",
    accessibility_title: "Accessibility statement",
    page_text_missing: "This page's text is missing from the site content.",
    last_reviewed: "Last reviewed",
    owner_facts_heading: "Details from the site's publisher",
    owner_fact_missing: en::owner_fact_missing,
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

/// The English sentences with numbers and names.
mod en {
    use crate::calendar::Param;

    pub fn loading_what(what: &str) -> String {
        format!("Loading {what}…")
    }

    pub fn load_failed_what(what: &str) -> String {
        let mut chars = what.chars();
        // The names of content are English words: ASCII case is enough,
        // and keeps core's Unicode case tables out of the wasm.
        let first: String = chars
            .next()
            .map(|c| c.to_ascii_uppercase().to_string())
            .unwrap_or_default();
        format!("{first}{} could not be loaded", chars.as_str())
    }

    pub fn search_news_for(words: &str) -> String {
        format!("Search the news for “{words}”")
    }

    pub fn page_n(p: usize) -> String {
        format!("Page {p}")
    }

    pub fn page_of(p: usize, pages: usize) -> String {
        format!("Page {p} of {pages}")
    }

    pub fn reading_minutes(n: u32) -> String {
        format!("{n} min read")
    }

    pub fn tag_label(tag: &str) -> String {
        tag.replace('-', " ")
    }

    pub fn option_count(label: &str, n: usize) -> String {
        format!("{label} ({n})")
    }

    pub fn articles_count(n: usize) -> String {
        match n {
            1 => "1 article".to_string(),
            n => format!("{n} articles"),
        }
    }

    pub fn articles_found(n: usize) -> String {
        match n {
            1 => "1 article found".to_string(),
            n => format!("{n} articles found"),
        }
    }

    pub fn no_article_matches(q: &str) -> String {
        format!("No article matches “{q}”.")
    }

    pub fn no_such_page(page: &str, pages: usize) -> String {
        match pages {
            1 => format!("There is no page {page} here: the list has 1 page. "),
            n => format!("There is no page {page} here: the list has {n} pages. "),
        }
    }

    pub fn place(city: &str, country: &str) -> String {
        format!("{city}, {country}")
    }

    pub fn venue(name: &str, city: &str, country: &str) -> String {
        format!("{name}, {city}, {country}")
    }

    pub fn round_unreadable(value: &str) -> String {
        format!("The round “{value}” in the address is not a year of the programme, so every round is shown.")
    }

    pub fn calendar_unreadable(p: Param, value: &str) -> String {
        let what = match p {
            Param::View => "view",
            Param::Month => "month",
            Param::Date => "date",
        };
        format!("The calendar could not read the {what} “{value}” in the address, so it shows the default view instead.")
    }

    pub fn upcoming_count(n: usize) -> String {
        match n {
            1 => "1 upcoming event".to_string(),
            n => format!("{n} upcoming events"),
        }
    }

    pub fn past_count(n: usize) -> String {
        match n {
            1 => "1 past event".to_string(),
            n => format!("{n} past events"),
        }
    }

    pub fn no_such_upcoming_page(page: &str) -> String {
        format!("There is no page {page} of upcoming events. ")
    }

    pub fn no_such_past_page(page: &str) -> String {
        format!("There is no page {page} of past events. ")
    }

    pub fn events_this_month(n: usize) -> String {
        match n {
            0 => "No events this month.".to_string(),
            1 => "1 event this month.".to_string(),
            n => format!("{n} events this month."),
        }
    }

    pub fn events_in(month: &str) -> String {
        format!("Events in {month}")
    }

    pub fn more_count(n: usize) -> String {
        format!("+{n} more")
    }

    pub fn more_events_on(n: usize, day: &str) -> String {
        match n {
            1 => format!("1 more event on {day}"),
            n => format!("{n} more events on {day}"),
        }
    }

    pub fn back_to(month: &str) -> String {
        format!("Back to {month}")
    }

    pub fn component_n(number: &str) -> String {
        format!("Component {number}")
    }

    pub fn round_label(round: u16) -> String {
        format!("{round} round")
    }

    pub fn city_with_country(city: &str, country: &str) -> String {
        format!("{city} ({country})")
    }

    pub fn showing_all_pairings(total: usize) -> String {
        format!("Showing all {total} pairings and clusters")
    }

    pub fn showing_pairings(shown: usize, total: usize) -> String {
        format!("Showing {shown} of {total} pairings and clusters")
    }

    pub fn paired_with(city: &str, country: &str, partners: &str) -> String {
        format!("{city}, {country}: paired with {partners}")
    }

    pub fn no_country_code(code: &str) -> String {
        format!("No country with the code \"{code}\" is covered. ")
    }

    pub fn owner_fact_missing(what: &str) -> String {
        format!("Not yet supplied by the site's owner: {what}")
    }

    pub fn none_confirmed_with(notes: &str) -> String {
        format!("None confirmed. {notes}")
    }
}

pub const ZH_HANS: Ui = Ui {
    lang: "zh-Hans",
    site_name: "国际城镇合作亚洲项目",
    site_short: "IUC亚洲",
    title_suffix: " – IUC亚洲",
    title_separator: " – ",
    feed_title_suffix: " – 新闻",
    calendar_name: "国际城镇合作亚洲项目活动",
    topic_title: |name, topic| format!("{name}：{topic}"),
    skip_link: "跳至主要内容",
    main_nav: "主导航",
    language_nav: "网站语言",
    nav_home: "首页",
    nav_news: "新闻",
    nav_events: "活动",
    nav_cooperation: "城市合作",
    nav_covenant: "全球市长盟约",
    nav_about: "关于项目",
    footer_nav: "网站信息",
    eu_funding: "由欧盟资助",
    eu_disclaimer: "本网站所表达的观点不一定代表欧盟的立场。",
    eu_flag: "欧盟旗帜",
    legal_notice: "法律声明",
    privacy: "隐私",
    accessibility: "无障碍",
    back_to_top: "返回顶部",
    colon: "：",
    comma: "，",
    list_separator: "、",
    space: "",
    open_paren: "（",
    close_paren: "）",
    loading_what: zh::loading_what,
    load_failed_what: zh::load_failed_what,
    what_article: "本文",
    what_article_list: "文章列表",
    what_news: "新闻",
    what_search_index: "搜索索引",
    what_country_names: "国家名称",
    what_latest_news: "最新新闻",
    what_programme_intro: "项目简介",
    what_events: "活动信息",
    what_event: "活动详情",
    what_pairings: "城市结对信息",
    what_covenant: "全球市长盟约板块内容",
    what_page: "本页内容",
    retry: "重试",
    load_failed_help: "网站其他部分仍可正常使用。请重试；如果问题仍然存在，请将下方显示的信息告知网站编辑。",
    kept_page: "本页按发布时的内容显示：其中部分内容未能更新。",
    site_updated: "本页打开期间网站已更新：请重新加载页面以查看新版本",
    boot_failed: "本页面的交互功能（搜索、筛选、日历视图）无法启动。页面文字按发布时的内容显示；重新加载页面或许可以解决问题。",
    timed_out: "服务器在20秒内没有响应",
    source: "来源",
    not_found_title: "未找到页面",
    not_found_text: "此地址没有对应的页面。页面可能已经移动，或者链接中有输入错误。",
    go_home: "返回首页",
    search_news_for: zh::search_news_for,
    previous_page: "上一页",
    next_page: "下一页",
    page_n: zh::page_n,
    page_of: zh::page_of,
    go_to_first_page: "转到第 1 页",
    news_title: "新闻",
    news_intro: "本项目城市伙伴关系的报道，以及项目与亚洲各地全球市长盟约城市合作的报道，按时间由新到旧排列。",
    all_news: "全部新闻",
    latest_news: "最新新闻",
    article_not_found: "未找到文章",
    article_not_found_text: "此地址没有对应的新闻文章。",
    shown_in_english: "本文尚无中文译文，以下为英文原文。",
    reading_minutes: zh::reading_minutes,
    topics: "主题",
    tag_label: zh::tag_label,
    more_articles: "更多文章",
    newer: "较新文章：",
    older: "较早文章：",
    related_articles: "相关文章",
    news_filters: "搜索和筛选新闻",
    search_news: "搜索新闻",
    topic: "主题",
    all_topics: "全部主题",
    country: "国家/地区",
    all_countries: "全部国家和地区",
    option_count: zh::option_count,
    clear_search_and_filters: "清除搜索和筛选条件",
    searching_full_text: "正在全文搜索…",
    articles_count: zh::articles_count,
    articles_found: zh::articles_found,
    no_article_filters: "没有符合这些筛选条件的文章。",
    no_article_matches: zh::no_article_matches,
    try_other_words: Linked {
        before: "请尝试减少或缩短搜索词，或者换一个主题或国家/地区，也可以",
        link: "查看全部新闻",
        after: "。",
    },
    no_such_page: zh::no_such_page,
    articles_heading: "文章",
    news_pages: "新闻分页",
    events_title: "活动",
    events_intro: "本项目的研讨会、网络研讨会、考察访问和重要节点。时间同时按活动所在时区和您所在的时区显示。",
    upcoming_events: "即将举行的活动",
    past_events: "往期活动",
    recent_past_events: "最近的往期活动",
    all_events: "活动日历",
    event_not_found: "未找到活动",
    event_not_found_text: "此地址没有对应的活动。",
    no_upcoming_home: "目前没有即将举行的活动。以下是最近的往期活动。",
    online: "线上",
    on_site: "线下",
    hybrid: "线上线下结合",
    event_status: |s| match s {
        EventStatus::Scheduled => None,
        EventStatus::Cancelled => Some("已取消"),
        EventStatus::Postponed => Some("已推迟"),
        EventStatus::Rescheduled => Some("已改期"),
        EventStatus::MovedOnline => Some("改为线上举行"),
    },
    place: zh::place,
    venue: zh::venue,
    calendar_views: "日历视图",
    view_upcoming: "即将举行",
    view_month: "月历",
    filter_events: "筛选活动",
    category: "类别",
    all_categories: "全部类别",
    organiser: "主办方",
    all_organisers: "全部主办方",
    language: "语言",
    any_language: "不限语言",
    clear_filters: "清除筛选条件",
    clear_the_filters: "清除筛选条件",
    calendar_unreadable: zh::calendar_unreadable,
    no_upcoming_scheduled: Linked {
        before: "目前没有已安排的活动。请查看",
        link: "往期活动",
        after: "，或按月浏览日历。",
    },
    no_past_match: "没有符合这些筛选条件的往期活动。",
    upcoming_count: zh::upcoming_count,
    past_count: zh::past_count,
    no_such_upcoming_page: zh::no_such_upcoming_page,
    no_such_past_page: zh::no_such_past_page,
    upcoming_pages: "即将举行的活动分页",
    past_pages: "往期活动分页",
    months_nav: "月份",
    this_month: "本月",
    events_this_month: zh::events_this_month,
    events_in: zh::events_in,
    more_count: zh::more_count,
    more_events_on: zh::more_events_on,
    no_events_in_month: "本月没有活动。",
    no_events_on_day: "当天没有活动。",
    events_on_day: Around {
        before: "",
        after: "的活动",
    },
    back_to: zh::back_to,
    when: "时间",
    where_: "地点",
    not_stated: "来源未说明",
    about_event: "活动简介",
    programme: "议程",
    speakers: "发言嘉宾",
    online_link: "线上参与",
    recording: "录像",
    add_to_calendar: "添加到您的日历",
    download_ics: "下载 .ics 文件",
    add_to_google: "添加到 Google 日历",
    opens_new_tab: "（在新标签页中打开）",
    subscribe_heading: "订阅",
    subscribe_intro: |name| format!("在日历应用中订阅“{name}”：新增和变更的活动会自动显示。"),
    subscribe_webcal: "Apple 日历及其他应用",
    subscribe_google: "Google 日历",
    subscribe_outlook: "Outlook.com",
    subscribe_office365: "工作或学校帐户的 Outlook",
    calendar_address: "日历地址（适用于其他应用）",
    copy: "复制地址",
    copied: "地址已复制。",
    copy_failed: "此处无法复制：请选中地址，然后按 Ctrl+C（Mac 上为 ⌘C）复制。",
    add_to_outlook: "添加到 Outlook.com",
    news_feeds: "用阅读器订阅",
    all_news_feed: "全部新闻（Atom 订阅源）",
    topic_feed: |topic| format!("关于“{topic}”的新闻（Atom 订阅源）"),
    share_page: "分享本页",
    share: "分享",
    copy_link: "复制链接",
    link_copied: "链接已复制。",
    more_events: "更多活动",
    earlier: "上一项活动：",
    later: "下一项活动：",
    component_n: zh::component_n,
    covers: "覆盖范围",
    cooperation_title: "城市间合作",
    cooperation_intro: "在板块一下，欧洲城市与中国城市如何结对，共同规划和检验可持续城市解决方案。",
    pairing_not_found: "未找到结对",
    pairing_not_found_text: "此地址没有对应的城市结对。",
    pairing: "结对",
    cluster: "集群",
    round_label: zh::round_label,
    round_unreadable: zh::round_unreadable,
    city_with_country: zh::city_with_country,
    no_pairing_match: "没有符合这些筛选条件的结对。",
    chinese_side: "中方",
    european_side: "欧方",
    themes: "主题领域",
    theme: "主题领域",
    all_themes: "全部主题领域",
    round: "轮次",
    all_rounds: "全部轮次",
    showing_city: Around {
        before: "正在显示包含",
        after: "的结对。",
    },
    showing_all_pairings: zh::showing_all_pairings,
    showing_pairings: zh::showing_pairings,
    pairings_and_clusters: "结对和集群",
    filter_pairings: "筛选结对",
    map_heading: "结对城市地图",
    map_help: "连线表示结对城市：欧洲城市为蓝色，中国城市为红色。选择下方的城市可列出其结对；下表提供相同的信息。",
    map_europe: "欧洲",
    map_china: "中国",
    paired_cities: "结对城市",
    paired_with: zh::paired_with,
    pairings_on_map: "地图上显示的结对",
    milestones: "重要节点",
    action_plan: "行动计划",
    pilot_projects: "试点项目",
    all_pairings: "全部结对",
    covenant_title: "全球市长盟约",
    covenant_intro: "板块二帮助七个亚洲国家和地区的城市加入全球市长气候与能源盟约，并落实盟约承诺。",
    countries_covered: "覆盖的国家和地区",
    programme_components: "项目的两个板块",
    what_gcom_is: "什么是全球市长盟约",
    three_pillars: "三大支柱",
    signatory_commits: "签署方的承诺",
    reporting_framework: "通用报告框架",
    iuc_support: "IUC项目如何支持城市",
    how_to_join: "城市如何加入",
    sources: "资料来源",
    no_country_code: zh::no_country_code,
    show_all_countries: "显示全部国家和地区",
    countries_caption: "各国家和地区已确认的签署方和试点城市",
    country_or_territory: "国家或地区",
    signatories_dated: "签署方（签署日期）",
    pilot_cities: "试点城市",
    none_confirmed: "尚无确认信息",
    none_confirmed_with: zh::none_confirmed_with,
    filter_countries: "筛选国家和地区",
    all_seven: "全部七个国家和地区",
    about_title: "关于项目",
    legal_notice_title: "法律声明",
    privacy_title: "隐私政策",
    accessibility_title: "无障碍声明",
    page_text_missing: "网站内容中缺少本页的文字。",
    last_reviewed: "最近审核",
    owner_facts_heading: "网站发布方提供的信息",
    owner_fact_missing: zh::owner_fact_missing,
    owner_labels: [
        ("legal_notice.publisher", "发布方"),
        ("legal_notice.contact", "联系方式"),
        ("legal_notice.reuse_terms", "本网站内容的再利用"),
        ("privacy.controller", "数据控制者"),
        ("privacy.contact", "数据保护联系人"),
        ("privacy.legal_basis", "法律依据"),
        ("privacy.retention", "日志保存期限"),
        ("privacy.recipients", "数据接收方"),
        ("accessibility.compliance_status", "合规状况"),
        ("accessibility.feedback_contact", "反馈与联系方式"),
        ("accessibility.preparation", "本声明的编制"),
    ],
};

/// The Chinese sentences with numbers and names.
mod zh {
    use crate::calendar::Param;

    pub fn loading_what(what: &str) -> String {
        format!("正在加载{what}…")
    }

    pub fn load_failed_what(what: &str) -> String {
        format!("无法加载{what}")
    }

    pub fn search_news_for(words: &str) -> String {
        format!("在新闻中搜索“{words}”")
    }

    pub fn page_n(p: usize) -> String {
        format!("第 {p} 页")
    }

    pub fn page_of(p: usize, pages: usize) -> String {
        format!("第 {p} 页，共 {pages} 页")
    }

    pub fn reading_minutes(n: u32) -> String {
        format!("阅读约需 {n} 分钟")
    }

    /// The topic tags of the Chinese news, by id; any other tag shows as
    /// its id with spaces.
    pub fn tag_label(tag: &str) -> String {
        let label = match tag {
            "circular-economy" => "循环经济",
            "city-to-city" => "城市间合作",
            "climate-action" => "气候行动",
            "climate-finance" => "气候融资",
            "covid-19" => "新冠肺炎疫情",
            "energy-transition" => "能源转型",
            "ghg-inventory" => "温室气体清单",
            "global-covenant" => "全球市长盟约",
            "innovation" => "创新",
            "recovery" => "疫后复苏",
            "smart-city" => "智慧城市",
            "training" => "培训",
            "waste" => "废弃物管理",
            "webinar" => "网络研讨会",
            other => return other.replace('-', " "),
        };
        label.to_string()
    }

    pub fn option_count(label: &str, n: usize) -> String {
        format!("{label}（{n}）")
    }

    pub fn articles_count(n: usize) -> String {
        format!("{n} 篇文章")
    }

    pub fn articles_found(n: usize) -> String {
        format!("找到 {n} 篇文章")
    }

    pub fn no_article_matches(q: &str) -> String {
        format!("没有与“{q}”匹配的文章。")
    }

    pub fn no_such_page(page: &str, pages: usize) -> String {
        format!("这里没有第 {page} 页：列表共有 {pages} 页。")
    }

    pub fn place(city: &str, country: &str) -> String {
        format!("{country}{city}")
    }

    pub fn venue(name: &str, city: &str, country: &str) -> String {
        if name == city {
            format!("{country}{city}")
        } else {
            format!("{country}{city}，{name}")
        }
    }

    pub fn round_unreadable(value: &str) -> String {
        format!("地址中的轮次“{value}”不是本项目的年份，因此显示所有轮次。")
    }

    pub fn calendar_unreadable(p: Param, value: &str) -> String {
        let what = match p {
            Param::View => "视图",
            Param::Month => "月份",
            Param::Date => "日期",
        };
        format!("日历无法读取地址中的{what}“{value}”，因此显示默认视图。")
    }

    pub fn upcoming_count(n: usize) -> String {
        format!("{n} 项即将举行的活动")
    }

    pub fn past_count(n: usize) -> String {
        format!("{n} 项往期活动")
    }

    pub fn no_such_upcoming_page(page: &str) -> String {
        format!("即将举行的活动列表没有第 {page} 页。")
    }

    pub fn no_such_past_page(page: &str) -> String {
        format!("往期活动列表没有第 {page} 页。")
    }

    pub fn events_this_month(n: usize) -> String {
        match n {
            0 => "本月没有活动。".to_string(),
            n => format!("本月有 {n} 项活动。"),
        }
    }

    pub fn events_in(month: &str) -> String {
        format!("{month}的活动")
    }

    pub fn more_count(n: usize) -> String {
        format!("另有 {n} 项")
    }

    pub fn more_events_on(n: usize, day: &str) -> String {
        format!("{day}另有 {n} 项活动")
    }

    pub fn back_to(month: &str) -> String {
        format!("返回{month}")
    }

    /// "板块一": the content numbers the components in Roman numerals.
    pub fn component_n(number: &str) -> String {
        let n = match number.trim() {
            "I" | "1" => "一",
            "II" | "2" => "二",
            "III" | "3" => "三",
            "IV" | "4" => "四",
            other => other,
        };
        format!("板块{n}")
    }

    pub fn round_label(round: u16) -> String {
        format!("{round}年轮次")
    }

    pub fn city_with_country(city: &str, country: &str) -> String {
        format!("{city}（{country}）")
    }

    pub fn showing_all_pairings(total: usize) -> String {
        format!("显示全部 {total} 个结对和集群")
    }

    pub fn showing_pairings(shown: usize, total: usize) -> String {
        format!("显示 {total} 个结对和集群中的 {shown} 个")
    }

    pub fn paired_with(city: &str, country: &str, partners: &str) -> String {
        format!("{country}{city}：与{partners}结对")
    }

    pub fn no_country_code(code: &str) -> String {
        format!("本板块不涉及代码为“{code}”的国家或地区。")
    }

    pub fn owner_fact_missing(what: &str) -> String {
        format!("网站所有者尚未提供：{what}")
    }

    pub fn none_confirmed_with(notes: &str) -> String {
        format!("尚无确认信息。{notes}")
    }
}

/// `text` for a view, or nothing where a language has no text at that point
/// (the build's renderer writes an empty text as a space, which Chinese
/// must not get).
pub fn opt(text: &'static str) -> Option<&'static str> {
    (!text.is_empty()).then_some(text)
}

/// The interface text of `lang`.
pub fn for_lang(lang: crate::lang::Lang) -> &'static Ui {
    match lang {
        crate::lang::Lang::En => &EN,
        crate::lang::Lang::ZhHans => &ZH_HANS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn counts_read_as_sentences() {
        let (en, zh) = (for_lang(Lang::En), for_lang(Lang::ZhHans));
        assert_eq!((en.page_of)(2, 5), "Page 2 of 5");
        assert_eq!((zh.page_of)(2, 5), "第 2 页，共 5 页");
        assert_eq!((en.articles_found)(1), "1 article found");
        assert_eq!((en.articles_found)(3), "3 articles found");
        assert_eq!((zh.articles_found)(3), "找到 3 篇文章");
        assert_eq!(
            (en.no_such_page)("9", 2),
            "There is no page 9 here: the list has 2 pages. "
        );
        assert_eq!(
            (zh.no_such_page)("9", 2),
            "这里没有第 9 页：列表共有 2 页。"
        );
        assert_eq!((en.events_this_month)(0), "No events this month.");
        assert_eq!((zh.events_this_month)(4), "本月有 4 项活动。");
        assert_eq!(
            (en.showing_pairings)(1, 9),
            "Showing 1 of 9 pairings and clusters"
        );
        assert_eq!((zh.showing_pairings)(1, 9), "显示 9 个结对和集群中的 1 个");
        assert_eq!(
            (zh.more_events_on)(4, "2020年10月19日（星期一）"),
            "2020年10月19日（星期一）另有 4 项活动"
        );
    }

    #[test]
    fn loading_lines_name_what_loads() {
        let (en, zh) = (for_lang(Lang::En), for_lang(Lang::ZhHans));
        assert_eq!((en.loading_what)(en.what_news), "Loading the news…");
        assert_eq!(
            (en.load_failed_what)(en.what_events),
            "The events could not be loaded"
        );
        assert_eq!((zh.loading_what)(zh.what_news), "正在加载新闻…");
        assert_eq!((zh.load_failed_what)(zh.what_events), "无法加载活动信息");
    }

    #[test]
    fn tags_have_labels() {
        assert_eq!((EN.tag_label)("climate-action"), "climate action");
        assert_eq!((ZH_HANS.tag_label)("climate-action"), "气候行动");
        assert_eq!((ZH_HANS.tag_label)("new-topic"), "new topic");
        assert_eq!((ZH_HANS.component_n)("II"), "板块二");
    }

    #[test]
    fn every_tag_of_the_chinese_news_has_a_chinese_label() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content/zh-hans/news");
        let Ok(files) = std::fs::read_dir(&dir) else {
            return;
        };
        for f in files.flatten() {
            let text = std::fs::read_to_string(f.path()).unwrap();
            let Ok(json) = serde_json::from_str::<serde_json::Value>(&text) else {
                continue;
            };
            for tag in json["tags"].as_array().into_iter().flatten() {
                let tag = tag.as_str().unwrap_or_default();
                let label = (ZH_HANS.tag_label)(tag);
                assert!(
                    !label.is_ascii(),
                    "{}: tag {tag} has no Chinese label",
                    f.path().display()
                );
            }
        }
    }

    #[test]
    fn the_chinese_table_names_the_programme() {
        assert_eq!(ZH_HANS.site_name, "国际城镇合作亚洲项目");
        assert_eq!(ZH_HANS.site_short, "IUC亚洲");
        assert_eq!(ZH_HANS.lang, crate::lang::Lang::ZhHans.tag());
        assert_eq!(EN.lang, crate::lang::Lang::En.tag());
    }
}
