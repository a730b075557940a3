//! The site's logic, as plain functions with host tests: dates and times,
//! the calendar, events, news paging and search, Component I and II, route
//! paths, feeds, iCalendar, structured data and the text tables. No Leptos,
//! and nothing here reads the runtime: the page's language, the clock and
//! the site's address come in as arguments (the UI's `page_lang` and
//! `platform` supply them). Depends only on the content crate.

/// The content model this logic works on.
pub use iuc_asia_content as content;
/// The site's languages.
pub use iuc_asia_content::lang;

pub mod calendar;
pub mod cooperation;
pub mod covenant;
pub mod events;
pub mod feeds;
pub mod format;
pub mod head;
pub mod ics;
pub mod news;
pub mod routes;
pub mod search;
pub mod strings;
pub mod structured;
pub mod subscribe;
