use super::now;
use crate::components::cards::{category_name, organiser_name, EventItem};
use crate::components::heading::PageHeading;
use crate::components::{meta::PageMeta, status::with_content};
use crate::events::is_upcoming;
use crate::format::month_name;
use crate::store::use_store;
use crate::strings::ui;
use chrono::Datelike;
use leptos::prelude::*;

#[component]
pub fn EventsPage() -> impl IntoView {
    let store = use_store();
    let t = ui();
    view! {
        <PageMeta title=t.events_title.to_string() description=t.events_intro.to_string()/>
        <div class="wrap page">
            <PageHeading>{t.events_title}</PageHeading>
            <p class="lead">{t.events_intro}</p>
            {with_content(store.events, "the events", move |file| {
                let now = now();
                let mut upcoming: Vec<_> = file.events.iter().filter(|e| is_upcoming(e, now)).cloned().collect();
                upcoming.sort_by_key(|e| e.start);
                let mut past: Vec<_> = file.events.iter().filter(|e| !is_upcoming(e, now)).cloned().collect();
                past.sort_by_key(|e| std::cmp::Reverse(e.start));
                let group = |list: Vec<crate::content::Event>| {
                    let mut groups: Vec<(String, Vec<crate::content::Event>)> = Vec::new();
                    for e in list {
                        let key = format!("{} {}", month_name(e.start.month()), e.start.year());
                        match groups.last_mut() {
                            Some((k, v)) if *k == key => v.push(e),
                            _ => groups.push((key, vec![e])),
                        }
                    }
                    groups.into_iter().map(|(month, evs)| view! {
                        <h3 class="month-heading">{month}</h3>
                        <ul class="event-list">
                            {evs.into_iter().map(|e| view! {
                                <EventItem organiser=organiser_name(&file, &e.organiser) category=category_name(&file, &e.category) event=e/>
                            }).collect_view()}
                        </ul>
                    }).collect_view()
                };
                view! {
                    <section aria-labelledby="upcoming-heading">
                        <h2 id="upcoming-heading">{ui().upcoming_events}</h2>
                        {if upcoming.is_empty() {
                            view! { <p class="note">"No events are scheduled at the moment. Past events are listed below."</p> }.into_any()
                        } else {
                            group(upcoming).into_any()
                        }}
                    </section>
                    <section aria-labelledby="past-heading">
                        <h2 id="past-heading">{ui().past_events}</h2>
                        {group(past)}
                    </section>
                }
            })}
        </div>
    }
}
