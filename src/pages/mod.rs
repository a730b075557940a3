//! One module per route.

mod article;
mod cooperation;
mod covenant;
mod event;
mod events;
mod home;
mod news;
mod not_found;
mod pairing;
mod static_page;

pub use article::ArticlePage;
pub use cooperation::CooperationPage;
pub use covenant::CovenantPage;
pub use event::EventPage;
pub use events::EventsPage;
pub use home::Home;
pub use news::NewsPage;
pub use not_found::NotFound;
pub use pairing::PairingPage;
pub use static_page::StaticPage;

/// The current instant, from the visitor's clock (tests fix it).
pub(crate) fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}
