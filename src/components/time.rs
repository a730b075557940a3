//! Dates and event times in `<time datetime>` elements, in the event's zone
//! and in the visitor's.

use crate::content::model::{Event, PubDate};
use crate::format::{self, VisitorZone};
use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    // `Intl.DateTimeFormat(...)` may be called without `new`. Binding it with
    // `catch` turns the RangeError for an unknown zone into an `Err`.
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat, catch)]
    fn date_time_format(
        locales: &JsValue,
        options: &JsValue,
    ) -> Result<js_sys::Intl::DateTimeFormat, JsValue>;
}

#[component]
pub fn Date(date: PubDate) -> impl IntoView {
    view! { <time datetime=format::datetime_attr(&date)>{format::long_date(&date)}</time> }
}

/// The short name of `zone` at `t` from the browser's `Intl` ("CST", "GMT+8").
/// `None` as zone means the visitor's own zone.
fn zone_name(t: &DateTime<FixedOffset>, zone: Option<&str>) -> Option<String> {
    let opts = js_sys::Object::new();
    js_sys::Reflect::set(&opts, &"timeZoneName".into(), &"short".into()).ok()?;
    if let Some(z) = zone {
        js_sys::Reflect::set(&opts, &"timeZone".into(), &z.into()).ok()?;
    }
    let locales = js_sys::Array::of1(&"en-GB".into());
    let fmt = date_time_format(&locales, &opts).ok()?;
    let date = js_sys::Date::new(&JsValue::from_f64(t.timestamp_millis() as f64));
    let parts = fmt.format_to_parts(&date);
    parts.iter().find_map(|p| {
        let kind = js_sys::Reflect::get(&p, &"type".into()).ok()?.as_string()?;
        (kind == "timeZoneName")
            .then(|| js_sys::Reflect::get(&p, &"value".into()).ok()?.as_string())
            .flatten()
    })
}

/// The visitor's UTC offset at instant `t`, from the browser.
fn visitor_offset(t: &DateTime<FixedOffset>) -> Option<FixedOffset> {
    let d = js_sys::Date::new(&JsValue::from_f64(t.timestamp_millis() as f64));
    // getTimezoneOffset is minutes *behind* UTC.
    FixedOffset::west_opt((d.get_timezone_offset() * 60.0) as i32)
}

pub fn visitor_zone(e: &Event) -> Option<VisitorZone> {
    Some(VisitorZone {
        start_offset: visitor_offset(&e.start)?,
        end_offset: visitor_offset(&e.end)?,
        label: zone_name(&e.start, None).unwrap_or_else(|| "local".into()),
    })
}

/// "Mon 19 Oct 2020, 09:30–11:00 UTC (17:30–19:00 your time, CST)".
pub fn event_when_text(e: &Event) -> String {
    let label = if e.time_zone == "UTC" {
        "UTC".to_string()
    } else {
        zone_name(&e.start, Some(&e.time_zone))
            .unwrap_or_else(|| format::offset_label(*e.start.offset()))
    };
    format::event_when(
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
