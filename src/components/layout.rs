//! Header (skip link, programme name, main navigation), footer (EU funding
//! acknowledgement, site information links) and the back-to-top link.

use crate::components::link::NavLink;
use crate::page_lang::ui;
use crate::routes::Route;
use crate::strings::Ui;
use leptos::prelude::*;

/// The flag of the European Union, drawn inline (no request), named `label`.
pub fn eu_flag_svg(label: &str) -> String {
    format!(
        r##"<svg class="eu-flag" viewBox="0 0 60 40" width="60" height="40" role="img" aria-label="{label}">{EU_FLAG_DRAWING}</svg>"##
    )
}

/// The flag's stars on blue.
const EU_FLAG_DRAWING: &str = concat!(
    r##"<rect width="60" height="40" fill="#039"/><g fill="#fc0">"##,
    r##"<circle cx="30" cy="8" r="1.8"/><circle cx="36" cy="9.6" r="1.8"/><circle cx="40.4" cy="14" r="1.8"/>"##,
    r##"<circle cx="42" cy="20" r="1.8"/><circle cx="40.4" cy="26" r="1.8"/><circle cx="36" cy="30.4" r="1.8"/>"##,
    r##"<circle cx="30" cy="32" r="1.8"/><circle cx="24" cy="30.4" r="1.8"/><circle cx="19.6" cy="26" r="1.8"/>"##,
    r##"<circle cx="18" cy="20" r="1.8"/><circle cx="19.6" cy="14" r="1.8"/><circle cx="24" cy="9.6" r="1.8"/>"##,
    r##"</g>"##
);

/// While the app renders off-screen to take over from the prerendered
/// page, renders its children in a task of their own, after the rest:
/// taking over is then several shorter tasks instead of one long one
/// (Lighthouse's Total Blocking Time counts each task's time beyond 50 ms).
/// The app counts the wait as pending content, so it takes over only once
/// the children are there. Anywhere else (the build, a page opened within
/// the app, the development server) it renders them at once, so that no
/// frame shows a page with a part missing.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(true);
    #[cfg(target_arch = "wasm32")]
    if crate::takeover::off_screen() {
        shown.set(false);
        crate::store::pending_add(1);
        set_timeout(
            move || {
                shown.set(true);
                crate::store::pending_add(-1);
            },
            std::time::Duration::ZERO,
        );
    }
    move || shown.get().then(|| children())
}

/// Moves focus to an element by id without changing the URL, so the router
/// does not treat an in-page jump as a navigation.
fn jump_to(id: &str) {
    use leptos::wasm_bindgen::JsCast;
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        crate::components::heading::make_focusable(&el);
        el.scroll_into_view();
        let _ = el.focus();
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let t = ui();
    // The page's own address with the fragment: a bare "#main" would be
    // read against <base href> and lead to the homepage without the app.
    let location = leptos_router::hooks::use_location();
    let here = move |id: &str| format!("{}#{id}", location.pathname.get());
    view! {
        <a class="skip-link" href=move || here("main") on:click=|ev| {
            ev.prevent_default();
            jump_to("main");
        }>{t.skip_link}</a>
        <header class="site-header" id="top">
            <div class="wrap header-inner">
                <a href=crate::store::site_href(&Route::Home.path()) class="brand">
                    <span class="brand-mark" aria-hidden="true"></span>
                    <span class="brand-text">
                        <span class="brand-short">{t.site_short}</span>
                        <span class="brand-long">{t.site_name}</span>
                    </span>
                </a>
                <nav class="main-nav" aria-label=t.main_nav>
                    <ul>
                        {main_nav(t).into_iter().map(|(route, label)| view! { <li><NavLink route=route>{label}</NavLink></li> }).collect_view()}
                    </ul>
                </nav>
                <LanguageSwitcher/>
            </div>
        </header>
    }
}

/// Every edition of the page the visitor is on, each named in its own
/// language: the same page and query in the other language. No redirect by
/// browser language, no cookie, no storage: the visitor chooses.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let editions = crate::platform::editions();
    (editions.len() > 1).then(|| {
        let location = leptos_router::hooks::use_location();
        let current = crate::page_lang::lang();
        let links = editions
            .into_iter()
            .map(|lang| {
                let href = move || {
                    let below = crate::routes::strip_base(
                        &location.pathname.get(),
                        &crate::platform::base_href(),
                    );
                    crate::routes::edition_href(
                        &crate::platform::public_url(),
                        lang,
                        &below,
                        &location.search.get(),
                    )
                };
                view! {
                    <li>
                        <a
                            href=href
                            lang=lang.tag()
                            hreflang=lang.tag()
                            aria-current=(lang == current).then_some("true")
                            on:click=move |ev| {
                                // Another edition is another app: a full page load.
                                #[cfg(target_arch = "wasm32")]
                                {
                                    ev.prevent_default();
                                    let _ = window().location().assign(&href());
                                }
                                #[cfg(not(target_arch = "wasm32"))]
                                let _ = ev;
                            }
                        >
                            {lang.native_name()}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav class="lang-switch" aria-label=ui().language_nav>
                <ul>{links}</ul>
            </nav>
        }
    })
}

#[component]
pub fn Footer() -> impl IntoView {
    let t = ui();
    let location = leptos_router::hooks::use_location();
    view! {
        <footer class="site-footer">
            <div class="wrap footer-inner">
                <div class="funding">
                    <span class="eu-flag-wrap" inner_html=eu_flag_svg(t.eu_flag)></span>
                    <div>
                        <p class="funding-line">{t.eu_funding}</p>
                        <p class="disclaimer">{t.eu_disclaimer}</p>
                    </div>
                </div>
                <nav aria-label=t.footer_nav>
                    <ul class="footer-links">
                        {footer_nav(t).into_iter().map(|(route, label)| view! { <li><NavLink route=route>{label}</NavLink></li> }).collect_view()}
                    </ul>
                </nav>
                <p class="to-top">
                    <a href=move || format!("{}#top", location.pathname.get()) on:click=|ev| {
                        ev.prevent_default();
                        window().scroll_to_with_x_and_y(0.0, 0.0);
                        jump_to("top");
                    }>{t.back_to_top}</a>
                </p>
            </div>
        </footer>
    }
}

/// (route, label) of the header navigation.
fn main_nav(t: &Ui) -> [(Route, &'static str); 5] {
    [
        (Route::Home, t.nav_home),
        (Route::News, t.nav_news),
        (Route::Events, t.nav_events),
        (Route::Cooperation, t.nav_cooperation),
        (Route::Covenant, t.nav_covenant),
    ]
}

/// (route, label) of the footer's site-information links.
fn footer_nav(t: &Ui) -> [(Route, &'static str); 4] {
    [
        (Route::Page("about"), t.nav_about),
        (Route::Page("legal-notice"), t.legal_notice),
        (Route::Page("privacy"), t.privacy),
        (Route::Page("accessibility"), t.accessibility),
    ]
}
