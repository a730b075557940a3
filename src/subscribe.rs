//! Ways to follow the site: where the build writes the calendar of each
//! event category and the feed of each news topic and country, and the
//! subscribe links calendar apps understand. Every address is built from the
//! configured site URL, never from the host that serves the page.

use crate::routes::encode;

/// The whole calendar, relative to an edition's root.
pub const CALENDAR: &str = "events.ics";
/// The main news feed, relative to an edition's root.
pub const FEED: &str = "feed.xml";

/// The calendar of one event category, relative to an edition's root.
pub fn category_calendar(category: &str) -> String {
    format!("calendars/{category}.ics")
}

/// The feed of one news topic (tag), relative to an edition's root.
pub fn tag_feed(tag: &str) -> String {
    format!("feeds/topic/{tag}.xml")
}

/// The feed of the news about one country (its two-letter code).
pub fn country_feed(code: &str) -> String {
    format!("feeds/country/{}.xml", code.to_ascii_lowercase())
}

/// The subscribe links for one calendar at `url` (absolute, `https://…`).
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarLinks {
    /// The plain address, to paste into any calendar app.
    pub https: String,
    /// `webcal://…`: Apple Calendar and most desktop apps subscribe on click.
    pub webcal: String,
    /// Google Calendar's "add by URL".
    pub google: String,
    /// Outlook.com's "add from web".
    pub outlook: String,
    /// Outlook on the web for work and school accounts (Microsoft 365).
    pub office365: String,
}

pub fn calendar_links(url: &str, name: &str) -> CalendarLinks {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let webcal = format!("webcal://{rest}");
    let add_from_web = |host: &str| {
        format!(
            "https://{host}/calendar/0/addfromweb?url={}&name={}",
            encode(url),
            encode(name)
        )
    };
    CalendarLinks {
        https: url.to_string(),
        google: format!(
            "https://calendar.google.com/calendar/render?cid={}",
            encode(&webcal)
        ),
        webcal,
        outlook: add_from_web("outlook.live.com"),
        office365: add_from_web("outlook.office.com"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subscribe_links_point_at_the_configured_calendar() {
        let l = calendar_links(
            "https://www.iuc-asia.eu/iuc-asia/calendars/climate-action.ics",
            "IUC Asia events: Climate action",
        );
        assert_eq!(
            l.webcal,
            "webcal://www.iuc-asia.eu/iuc-asia/calendars/climate-action.ics"
        );
        assert_eq!(
            l.google,
            "https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fwww.iuc-asia.eu%2Fiuc-asia%2Fcalendars%2Fclimate-action.ics"
        );
        assert_eq!(
            l.outlook,
            "https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fwww.iuc-asia.eu%2Fiuc-asia%2Fcalendars%2Fclimate-action.ics&name=IUC%20Asia%20events%3A%20Climate%20action"
        );
        assert!(l
            .office365
            .starts_with("https://outlook.office.com/calendar/0/addfromweb?url=https%3A%2F%2F"));
        assert_eq!(
            calendar_links("http://localhost:8080/events.ics", "x").webcal,
            "webcal://localhost:8080/events.ics"
        );
    }

    #[test]
    fn topic_files_have_safe_names() {
        assert_eq!(category_calendar("webinar"), "calendars/webinar.ics");
        assert_eq!(tag_feed("climate-action"), "feeds/topic/climate-action.xml");
        assert_eq!(country_feed("VN"), "feeds/country/vn.xml");
    }
}
