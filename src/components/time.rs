//! Dates and event times in `<time datetime>` elements, in the event's zone
//! and in the visitor's.

use crate::content::model::{Event, PubDate};
use crate::format::{self, VisitorZone};
use crate::platform::visitor_offset;
use leptos::prelude::*;

#[component]
pub fn Date(date: PubDate) -> impl IntoView {
    view! { <time datetime=format::datetime_attr(&date)>{crate::page_lang::long_date(&date)}</time> }
}

/// The visitor's offsets, and their zone named by its offset ("GMT+8",
/// "UTC"). Not by the browser's `Intl` name ("CEST"): the first
/// `Intl.DateTimeFormat` of a visit costs about 30 ms of main thread (four
/// times that on a phone), on every page that shows an event's time.
pub fn visitor_zone(e: &Event) -> Option<VisitorZone> {
    let start_offset = visitor_offset(&e.start)?;
    Some(VisitorZone {
        start_offset,
        end_offset: visitor_offset(&e.end)?,
        label: format::gmt_label(start_offset),
    })
}

/// "Mon 19 Oct 2020, 09:30–11:00 UTC (17:30–19:00 your time, CST)", in the
/// page's language.
pub fn event_when_text(e: &Event) -> String {
    // The build names every event's zone (`Event::zone_label`), for the
    // pages it renders and in every file the browser reads, so neither
    // needs a time zone database or `Intl` here.
    let label = if e.time_zone == "UTC" {
        "UTC".to_string()
    } else {
        e.zone_label
            .clone()
            .unwrap_or_else(|| format::offset_label(*e.start.offset()))
    };
    format::event_when_in(
        crate::page_lang::lang(),
        &e.start,
        &e.end,
        e.all_day,
        &label,
        visitor_zone(e).as_ref(),
    )
}

#[component]
pub fn EventWhen(event: Event) -> impl IntoView {
    let text = event_when_text(&event);
    let datetime = if event.all_day {
        event.start.date_naive().to_string()
    } else {
        event.start.to_rfc3339()
    };
    view! { <time datetime=datetime>{text}</time> }
}
