//! Links inside the site.

use crate::store::site_href;
use leptos::prelude::*;

/// A plain link to a site path, prefixed with the public URL. The router
/// still handles the click; unlike `<A>`, it never marks itself as the
/// current page (only the main navigation does that).
#[component]
pub fn Link(#[prop(into)] href: String, children: Children) -> impl IntoView {
    view! { <a href=site_href(&href)>{children()}</a> }
}
