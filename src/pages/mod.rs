//! One module per route.

use leptos::prelude::*;

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

pub(crate) use crate::platform::now;

/// The `:slug` of the current route.
pub(crate) fn slug_param() -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = leptos_router::hooks::use_params_map();
    move || params.read().get("slug").unwrap_or_default()
}

/// The heading of a page about one item of a content file: the item's
/// title once the file has loaded, `not_found` if it is not in it, and the
/// section's name until then. Starts loading the file.
pub(crate) fn item_heading<T>(
    remote: crate::store::Remote<T>,
    title_of: impl Fn(&T) -> Option<String> + Send + Sync + 'static,
    not_found: &'static str,
    section: &'static str,
) -> impl Fn() -> String + Send + Sync + 'static
where
    T: serde::de::DeserializeOwned + Send + Sync + 'static,
{
    remote.ensure();
    move || match remote.state.get() {
        crate::store::Load::Ready(file) => title_of(&file).unwrap_or_else(|| not_found.to_string()),
        _ => section.to_string(),
    }
}
