//! schema.org structured data (JSON-LD) for the pages the build writes:
//! `Event` on event pages, `NewsArticle` on articles, `Organization` and
//! `WebSite` on the homepage. Crawlers read it from the HTML files, so the
//! browser build leaves it out (`None`) and spends no wasm on it.

use crate::content::model::{Article, Event, EventsFile, Site};
use crate::strings::Ui;

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::*;
    use crate::content::model::Attendance;
    use crate::head::{absolute, script_json};
    use crate::routes::Route;
    use serde_json::{json, Value};

    fn url(site_url: &str, r: &Route) -> String {
        absolute(site_url, &r.path())
    }

    pub fn event(e: &Event, file: &EventsFile, site_url: &str) -> Option<String> {
        let page = url(site_url, &Route::Event(e.slug.clone()));
        let mode = match e.attendance {
            Attendance::Online => "https://schema.org/OnlineEventAttendanceMode",
            Attendance::OnSite => "https://schema.org/OfflineEventAttendanceMode",
            Attendance::Hybrid => "https://schema.org/MixedEventAttendanceMode",
        };
        let (start, end) = if e.all_day {
            let last = e.end.date_naive().pred_opt().unwrap_or(e.end.date_naive());
            (
                e.start.date_naive().to_string(),
                last.max(e.start.date_naive()).to_string(),
            )
        } else {
            (e.start.to_rfc3339(), e.end.to_rfc3339())
        };
        let mut places = Vec::new();
        if let Some(v) = &e.venue {
            places.push(json!({
                "@type": "Place",
                "name": v.name,
                "address": { "@type": "PostalAddress", "addressLocality": v.city, "addressCountry": v.country }
            }));
        }
        if e.attendance != Attendance::OnSite {
            places.push(json!({
                "@type": "VirtualLocation",
                "url": e.online_url.clone().or_else(|| e.recording_url.clone()).unwrap_or_else(|| page.clone())
            }));
        }
        let organiser = file.organisers.iter().find(|o| o.id == e.organiser);
        let mut org = json!({ "@type": "Organization", "name": organiser.map_or(e.organiser.as_str(), |o| o.name.as_str()) });
        if let Some(u) = organiser.and_then(|o| o.url.clone()) {
            org["url"] = Value::String(u);
        }
        let v = json!({
            "@context": "https://schema.org",
            "@type": "Event",
            "name": e.title,
            "description": e.summary,
            "startDate": start,
            "endDate": end,
            "eventAttendanceMode": mode,
            "eventStatus": format!("https://schema.org/{}", {
                use crate::content::model::EventStatus;
                match e.status {
                EventStatus::Scheduled => "EventScheduled",
                EventStatus::Cancelled => "EventCancelled",
                EventStatus::Postponed => "EventPostponed",
                EventStatus::Rescheduled => "EventRescheduled",
                EventStatus::MovedOnline => "EventMovedOnline",
            }}),
            "location": if places.len() == 1 { places.remove(0) } else { Value::Array(places) },
            "organizer": org,
            "url": page,
        });
        Some(script_json(&v))
    }

    pub fn article(a: &Article, site_url: &str, t: &Ui) -> Option<String> {
        let v = json!({
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "description": a.teaser,
            "datePublished": a.published.to_string(),
            "image": absolute(site_url, &a.image.src),
            "url": url(site_url, &Route::Article(a.slug.clone())),
            "isBasedOn": a.source,
            "publisher": { "@type": "Organization", "name": t.site_name, "url": site_url },
        });
        Some(script_json(&v))
    }

    pub fn home(site: &Site, site_url: &str, t: &Ui) -> Option<String> {
        let v = json!({
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Organization",
                    "@id": format!("{site_url}#organization"),
                    "name": site.name,
                    "url": site_url,
                    "description": site.tagline,
                },
                {
                    "@type": "WebSite",
                    "name": site.name,
                    "url": site_url,
                    "inLanguage": t.lang,
                    "publisher": { "@id": format!("{site_url}#organization") },
                }
            ]
        });
        Some(script_json(&v))
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::*;
    pub fn event(_: &Event, _: &EventsFile, _: &str) -> Option<String> {
        None
    }
    pub fn article(_: &Article, _: &str, _: &Ui) -> Option<String> {
        None
    }
    pub fn home(_: &Site, _: &str, _: &Ui) -> Option<String> {
        None
    }
}

pub use imp::*;
