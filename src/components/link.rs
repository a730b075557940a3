//! Links inside the site.

use crate::routes::{in_section, strip_base, Route};
use crate::store::site_href;
use leptos::prelude::*;

/// A plain link to a site path, prefixed with the public URL. The router
/// still handles the click; unlike `<A>`, it never marks itself as the
/// current page (only the main navigation does that).
#[component]
pub fn Link(#[prop(into)] href: String, children: Children) -> impl IntoView {
    view! { <a href=site_href(&href)>{children()}</a> }
}

/// A navigation link that marks itself `aria-current="page"` while the
/// visitor is in its section.
#[component]
pub fn NavLink(route: Route, children: Children) -> impl IntoView {
    let pathname = leptos_router::hooks::use_location().pathname;
    let href = route.path();
    let href2 = href.clone();
    let current = move || {
        let at = strip_base(&pathname.get(), &crate::store::base_href());
        in_section(&at, &href2).then_some("page")
    };
    view! { <a href=site_href(&href) aria-current=current>{children()}</a> }
}
