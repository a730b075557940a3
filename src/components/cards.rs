//! Cards and list items: one way to show each kind of item.

use super::time::{Date, EventWhen};
use crate::components::link::Link;
use crate::content::model::{ArticleSummary, Attendance, Event, EventStatus, EventsFile, Image};
use crate::page_lang::ui;
use crate::routes::Route;
use crate::search::{highlight, Query};
use leptos::prelude::*;

#[component]
pub fn Picture(image: Image, #[prop(optional)] eager: bool) -> impl IntoView {
    // `loading` before `src`: the app renders each page off-screen before
    // it takes over, and an image given its source before it is marked
    // lazy starts loading there, wherever it sits on the page. Each SVG
    // loaded costs the main thread 5 to 15 ms.
    view! {
        <img
            loading=if eager { "eager" } else { "lazy" }
            decoding="async"
            width=image.width
            height=image.height
            alt=image.alt
            src=image.src
        />
    }
}

/// `text` with the words matching `q` in `<mark>`.
pub fn highlighted(text: &str, q: &Query) -> impl IntoView {
    highlight(text, q)
        .into_iter()
        .map(|p| {
            if p.mark {
                view! { <mark>{p.text.to_string()}</mark> }.into_any()
            } else {
                p.text.to_string().into_any()
            }
        })
        .collect_view()
}

/// A tag as a readable label in the page's language: "climate-action" →
/// "climate action" / "气候行动".
pub fn tag_label(tag: &str) -> String {
    (ui().tag_label)(tag)
}

#[component]
pub fn NewsCard(
    article: ArticleSummary,
    #[prop(optional)] eager: bool,
    #[prop(optional)] query: Query,
    #[prop(optional)] show_tags: bool,
) -> impl IntoView {
    let href = Route::Article(article.slug.clone()).path();
    let title = highlighted(&article.title, &query);
    let teaser = highlighted(&article.teaser, &query);
    let tags = show_tags.then(|| {
        view! {
            <ul class="chips tags" aria-label=ui().topics>
                {article.tags.iter().map(|t| {
                    let label = tag_label(t);
                    view! { <li><Link href=crate::news::NewsQuery::tag(t).href()>{label}</Link></li> }
                }).collect_view()}
            </ul>
        }
    });
    view! {
        <article class="card news-card">
            <Picture image=article.image eager=eager/>
            <div class="card-body">
                <p class="meta"><Date date=article.published/></p>
                <h3 lang=article.lang.clone()><Link href=href>{title}</Link></h3>
                <p lang=article.lang.clone()>{teaser}</p>
                {tags}
            </div>
        </article>
    }
}

pub fn attendance_label(a: Attendance) -> &'static str {
    let t = ui();
    match a {
        Attendance::Online => t.online,
        Attendance::OnSite => t.on_site,
        Attendance::Hybrid => t.hybrid,
    }
}

/// "Cancelled", "Postponed"…: a badge for an event that does not go ahead
/// as announced; nothing for a scheduled one.
pub fn status_badge(status: EventStatus) -> Option<impl IntoView> {
    (ui().event_status)(status).map(|label| view! { <strong class="badge status">{label}</strong> })
}

pub fn organiser_name(file: &EventsFile, id: &str) -> String {
    file.organisers
        .iter()
        .find(|o| o.id == id)
        .map_or_else(|| id.to_string(), |o| o.name.clone())
}

pub fn category_name(file: &EventsFile, id: &str) -> String {
    file.categories
        .iter()
        .find(|c| c.id == id)
        .map_or_else(|| id.to_string(), |c| c.name.clone())
}

#[component]
pub fn EventItem(event: Event, organiser: String, category: String) -> impl IntoView {
    let href = Route::Event(event.slug.clone()).path();
    let mode = attendance_label(event.attendance);
    let place = event
        .venue
        .as_ref()
        .map(|v| format!(" · {}", (ui().place)(&v.city, &v.country)));
    let title = event.title.clone();
    let status = status_badge(event.status);
    let lang = event.lang.clone();
    view! {
        <li class="event-item">
            <p class="when"><EventWhen event=event/> {status}</p>
            <h3 lang=lang><Link href=href>{title}</Link></h3>
            <p class="meta">
                {organiser} " · " {category} " · " <span class="mode">{mode}</span> {place}
            </p>
        </li>
    }
}
