//! The seam between the components and where they run. Everything a
//! component needs from its surroundings (the clock, the visitor's time
//! zone, the site's address prefix and public URL) comes through here, with
//! one body for the browser and one for the build, which renders the same
//! components to HTML on the host.

use crate::lang::Lang;
use chrono::{DateTime, FixedOffset, Utc};

/// Where the build renders: the public URL prefix ("/" or "/iuc-asia/"),
/// the configured site URL ("https://example.org/iuc-asia/") and the instant
/// the pages describe (the build's day, so two builds on a day are identical).
#[derive(Clone, Debug)]
pub struct RenderEnv {
    /// The public URL ("/" or "/iuc-asia/"), without the language prefix.
    pub base: String,
    /// The configured site URL, without the language prefix.
    pub site_url: String,
    pub now: DateTime<Utc>,
    pub lang: Lang,
    /// Every edition the bundle has (for `hreflang` links).
    pub editions: Vec<Lang>,
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::*;
    use std::cell::RefCell;

    thread_local! {
        static ENV: RefCell<RenderEnv> = RefCell::new(RenderEnv {
            base: "/".into(),
            site_url: "https://example.org/".into(),
            now: DateTime::<Utc>::UNIX_EPOCH,
            lang: Lang::En,
            editions: vec![Lang::En],
        });
        /// Whether the page being rendered read the clock or the visitor's
        /// zone (`take_varies`).
        static VARIES: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// Whether what was rendered since the last call depends on the day
    /// or on the visitor (it read `now` or `visitor_offset`), and so may
    /// read differently in the browser than in the page the build wrote.
    /// The pipeline makes such a page start its app at once
    /// (`routes::app_start`).
    pub fn take_varies() -> bool {
        VARIES.with(|v| v.replace(false))
    }

    /// Sets what the renderer describes; `render` calls it before each page.
    pub fn set_env(env: RenderEnv) {
        ENV.with(|e| *e.borrow_mut() = env);
    }

    pub fn now() -> DateTime<Utc> {
        VARIES.with(|v| v.set(true));
        ENV.with(|e| e.borrow().now)
    }

    pub fn public_url() -> String {
        ENV.with(|e| e.borrow().base.clone())
    }

    pub fn configured_site_url() -> String {
        ENV.with(|e| e.borrow().site_url.clone())
    }

    pub fn lang() -> Lang {
        ENV.with(|e| e.borrow().lang)
    }

    pub fn editions() -> Vec<Lang> {
        ENV.with(|e| e.borrow().editions.clone())
    }

    /// The build does not know the visitor: pages show the event's own time
    /// until the app adds the visitor's.
    pub fn visitor_offset(_t: &DateTime<FixedOffset>) -> Option<FixedOffset> {
        VARIES.with(|v| v.set(true));
        None
    }

    /// The build renders the copy-link button; the browser may offer Share.
    pub fn can_share() -> bool {
        false
    }

    /// Never called in the build: buttons act only in the browser.
    pub fn copy_text(_text: &str, done: impl FnOnce(bool) + 'static) {
        done(false)
    }

    pub fn share(_title: &str, _url: &str) {}
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::*;
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        // Both throw where the API is missing (an insecure context, an old
        // browser); `catch` turns that into an `Err`.
        #[wasm_bindgen(js_namespace = ["navigator", "clipboard"], js_name = writeText, catch)]
        fn clipboard_write_text(text: &str) -> Result<js_sys::Promise, JsValue>;
        #[wasm_bindgen(js_namespace = navigator, js_name = share, catch)]
        fn navigator_share(data: &JsValue) -> Result<js_sys::Promise, JsValue>;
    }

    /// Whether the browser has a native share sheet (`navigator.share`).
    pub fn can_share() -> bool {
        js_sys::Reflect::get(&js_sys::global(), &"navigator".into())
            .and_then(|n| js_sys::Reflect::get(&n, &"share".into()))
            .is_ok_and(|f| f.is_function())
    }

    /// Copies `text` to the clipboard; `done(false)` where that is refused.
    pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
        match clipboard_write_text(text) {
            Ok(p) => wasm_bindgen_futures::spawn_local(async move {
                done(wasm_bindgen_futures::JsFuture::from(p).await.is_ok())
            }),
            Err(_) => done(false),
        }
    }

    /// Opens the native share sheet. Dismissing it is not an error.
    pub fn share(title: &str, url: &str) {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
        let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
        if let Ok(p) = navigator_share(&data) {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(p).await;
            });
        }
    }

    /// The current instant, from the visitor's clock (tests fix it).
    pub fn now() -> DateTime<Utc> {
        DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
    }

    /// The bundle's public URL, from `<base href>`: `/` or e.g. `/iuc-asia/`.
    /// Read once: every in-site link needs it, and it never changes.
    pub fn public_url() -> String {
        thread_local! {
            static BASE: String = read_base_href();
        }
        BASE.with(String::clone)
    }

    /// The page's language, from its path below the public URL (read once:
    /// switching language is a full page load).
    pub fn lang() -> Lang {
        thread_local! {
            static LANG: Lang = {
                let path = leptos::prelude::window().location().pathname().unwrap_or_default();
                let below = path.strip_prefix(public_url().trim_end_matches('/')).unwrap_or(&path).to_string();
                Lang::of_path(&below).0
            };
        }
        LANG.with(|l| *l)
    }

    fn read_base_href() -> String {
        leptos::prelude::document()
            .query_selector("base")
            .ok()
            .flatten()
            .and_then(|b| b.get_attribute("href"))
            .filter(|h| h.starts_with('/'))
            .map(|h| if h.ends_with('/') { h } else { format!("{h}/") })
            .unwrap_or_else(|| "/".to_string())
    }

    /// The bundle's editions, which the build writes on `<html>`.
    pub fn editions() -> Vec<Lang> {
        let tags = leptos::prelude::document()
            .document_element()
            .and_then(|h| h.get_attribute("data-editions"))
            .unwrap_or_default();
        Lang::ALL
            .into_iter()
            .filter(|l| *l == Lang::En || tags.split(' ').any(|t| t == l.tag()))
            .collect()
    }

    /// The configured site URL, which the build writes on `<html>`, so links
    /// for calendars and canonical URLs never depend on the serving host.
    pub fn configured_site_url() -> String {
        thread_local! {
            static URL: String = leptos::prelude::document()
                .document_element()
                .and_then(|h| h.get_attribute("data-site-url"))
                .unwrap_or_else(|| {
                    let origin = leptos::prelude::window().location().origin().unwrap_or_default();
                    format!("{origin}{}", public_url())
                });
        }
        URL.with(String::clone)
    }

    /// The build that wrote this page (`<html data-build>`), if any.
    pub fn page_build() -> Option<String> {
        leptos::prelude::document()
            .document_element()
            .and_then(|h| h.get_attribute("data-build"))
            .filter(|b| !b.is_empty())
    }

    /// Reloads the page to show build `build` whole, once per build in a
    /// tab (a host that keeps serving a stale page must not make a loop).
    /// Whether it reloads.
    pub fn reload_for(build: &str) -> bool {
        let key = "iuc-asia-reloaded-for";
        let w = leptos::prelude::window();
        let Some(storage) = w.session_storage().ok().flatten() else {
            return false;
        };
        if storage.get_item(key).ok().flatten().as_deref() == Some(build) {
            return false;
        }
        storage.set_item(key, build).is_ok() && w.location().reload().is_ok()
    }

    /// The visitor's UTC offset at instant `t`, from the browser.
    pub fn visitor_offset(t: &DateTime<FixedOffset>) -> Option<FixedOffset> {
        let d = js_sys::Date::new(&JsValue::from_f64(t.timestamp_millis() as f64));
        // getTimezoneOffset is minutes *behind* UTC.
        FixedOffset::west_opt((d.get_timezone_offset() * 60.0) as i32)
    }
}

pub use imp::*;

/// The router's base and the prefix of every in-site link: the public URL
/// with the page's language ("/", "/zh-hans/", "/iuc-asia/zh-hans/").
pub fn base_href() -> String {
    format!("{}{}", public_url(), lang().prefix())
}

/// The site URL of this language's pages ("https://example.org/zh-hans/").
pub fn site_url() -> String {
    format!("{}{}", configured_site_url(), lang().prefix())
}

/// The visitor's current date: in their own zone in the browser, UTC in the build.
pub fn today() -> chrono::NaiveDate {
    let now = now();
    let offset = visitor_offset(&now.fixed_offset()).unwrap_or(FixedOffset::east_opt(0).unwrap());
    now.with_timezone(&offset).date_naive()
}

/// An in-site path ("/news/?page=2") as an href under the public URL.
pub fn site_href(path: &str) -> String {
    format!(
        "{}{}",
        base_href(),
        crate::routes::canonical_href(path).trim_start_matches('/')
    )
}
