//! Following the site: calendar subscriptions, news feeds and sharing a
//! page. Every address comes from the configured site URL (see
//! `crate::subscribe`), never from the host serving the page, and nothing
//! talks to a third party until the visitor follows a link.

use crate::page_lang::ui;
use crate::platform::{can_share, copy_text, share, site_url};
use crate::subscribe::calendar_links;
use leptos::prelude::*;

/// Subscribe links for one calendar: `file` is its path in the edition
/// (`events.ics` or a category's), `name` what calendar apps call it.
#[component]
pub fn SubscribeCalendar(file: String, name: String) -> impl IntoView {
    let t = ui();
    let l = calendar_links(&format!("{}{file}", site_url()), &name);
    let external = |href: String, label: &'static str| {
        view! {
            <li><a class="button secondary" href=href rel="external noopener" target="_blank">{label} <span class="visually-hidden">{t.opens_new_tab}</span></a></li>
        }
    };
    view! {
        <section class="subscribe" aria-labelledby="subscribe-heading">
            <h2 id="subscribe-heading">{t.subscribe_heading}</h2>
            <p>{(t.subscribe_intro)(&name)}</p>
            <ul class="actions">
                <li><a class="button" href=l.webcal>{t.subscribe_webcal}</a></li>
                {external(l.google, t.subscribe_google)}
                {external(l.outlook, t.subscribe_outlook)}
                {external(l.office365, t.subscribe_office365)}
            </ul>
            <CopyField label=t.calendar_address value=l.https/>
        </section>
    }
}

/// A read-only address with a button that copies it, and a status line
/// that says whether it worked.
#[component]
fn CopyField(label: &'static str, value: String) -> impl IntoView {
    let t = ui();
    let said = RwSignal::new("");
    let input = NodeRef::<leptos::html::Input>::new();
    let text = value.clone();
    let copy = move |_| {
        copy_text(&text, move |ok| {
            if !ok {
                // Leave the address selected, ready for the keyboard.
                if let Some(i) = input.get_untracked() {
                    i.select();
                }
            }
            said.set(if ok { t.copied } else { t.copy_failed });
        })
    };
    view! {
        <p class="copy-field">
            <label for="calendar-address">{label}</label>
            <input id="calendar-address" type="url" readonly value=value node_ref=input/>
            <button type="button" on:click=copy>{t.copy}</button>
            <span role="status">{move || said.get()}</span>
        </p>
    }
}

/// A row under an article or event: the browser's own share sheet where it
/// has one, otherwise a button that copies the page's address.
#[component]
pub fn ShareRow(title: String, path: String) -> impl IntoView {
    let t = ui();
    let url = format!("{}{}", site_url(), path.trim_start_matches('/'));
    let said = RwSignal::new(String::new());
    let native = can_share();
    let act = move |_| {
        if native {
            share(&title, &url);
        } else {
            // Where copying is refused, show the address to copy by hand.
            let shown = url.clone();
            copy_text(&url, move |ok| {
                said.set(if ok { t.link_copied.to_string() } else { shown })
            });
        }
    };
    view! {
        <p class="share" role="group" aria-label=t.share_page>
            <button type="button" class="secondary" on:click=act>{if native { t.share } else { t.copy_link }}</button>
            <span role="status">{move || said.get()}</span>
        </p>
    }
}

/// Links to the news feeds: the feed of the topic and country being
/// filtered, or the feed of all news.
#[component]
pub fn NewsFeeds(feeds: Signal<Vec<(String, String)>>) -> impl IntoView {
    let t = ui();
    view! {
        <p class="feeds">
            {t.news_feeds}{t.colon}
            {move || feeds.get().into_iter().map(|(file, label)| view! {
                " " <a href=format!("{}{file}", site_url()) type="application/atom+xml">{label}</a>
            }).collect_view()}
        </p>
    }
}
