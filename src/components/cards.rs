//! Cards and list items: one way to show each kind of item.

use super::time::{Date, EventWhen};
use crate::components::link::Link;
use crate::content::model::{ArticleSummary, Attendance, Event, EventsFile, Image};
use leptos::prelude::*;

#[component]
pub fn Picture(image: Image, #[prop(optional)] eager: bool) -> impl IntoView {
    view! {
        <img
            src=image.src
            alt=image.alt
            width=image.width
            height=image.height
            loading=if eager { "eager" } else { "lazy" }
            decoding="async"
        />
    }
}

#[component]
pub fn NewsCard(article: ArticleSummary, #[prop(optional)] eager: bool) -> impl IntoView {
    let href = format!("/news/{}", article.slug);
    view! {
        <article class="card news-card">
            <Picture image=article.image eager=eager/>
            <div class="card-body">
                <p class="meta"><Date date=article.published/></p>
                <h3><Link href=href>{article.title}</Link></h3>
                <p>{article.teaser}</p>
            </div>
        </article>
    }
}

pub fn attendance_label(a: Attendance) -> &'static str {
    match a {
        Attendance::Online => "Online",
        Attendance::OnSite => "On site",
        Attendance::Hybrid => "On site and online",
    }
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
    let href = format!("/events/{}", event.slug);
    let mode = attendance_label(event.attendance);
    let place = event
        .venue
        .as_ref()
        .map(|v| format!(" · {}, {}", v.city, v.country));
    view! {
        <li class="event-item">
            <p class="when"><EventWhen event=event.clone()/></p>
            <h3><Link href=href>{event.title.clone()}</Link></h3>
            <p class="meta">
                {organiser} " · " {category} " · " <span class="mode">{mode}</span> {place}
            </p>
        </li>
    }
}
