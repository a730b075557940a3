use crate::components::cards::{attendance_label, category_name, organiser_name, status_badge};
use crate::components::heading::PageHeading;
use crate::components::link::Link;
use crate::components::rich::RichText;
use crate::components::{
    follow::{ShareRow, SubscribeCalendar},
    meta::PageMeta,
    status::with_content,
    time::EventWhen,
};
use crate::content::model::{Event, EventsFile};
use crate::page_lang::ui;
use crate::pages::not_found::ItemNotFound;
use crate::routes::Route;
use crate::store::{site_href, use_store, Load};
use leptos::prelude::*;

#[component]
pub fn EventPage() -> impl IntoView {
    let store = use_store();
    let t = ui();
    let slug = super::slug_param();
    let not_found = move || {
        view! { <ItemNotFound title=t.event_not_found text=t.event_not_found_text back_href=Route::Events back_label=t.all_events/> }
    };
    move || {
        let slug = slug();
        // A slug that cannot name a file is not looked up at all.
        if !crate::content::validate::is_safe_slug(&slug) {
            return view! {
                <article class="wrap page prose event">
                    <PageHeading>{t.event_not_found}</PageHeading>
                    {not_found()}
                </article>
            }
            .into_any();
        }
        // The event's own file, with its neighbours in time.
        let remote = store.event(&slug);
        let find = {
            let slug = slug.clone();
            move |f: &EventsFile| f.events.iter().find(|e| e.slug == slug).cloned()
        };
        let find2 = find.clone();
        // An event not translated yet is marked as English.
        let heading = move || match remote.state.get() {
            Load::Ready(f) => match find(&f) {
                Some(e) => match e.lang {
                    Some(lang) => view! { <span lang=lang>{e.title}</span> }.into_any(),
                    None => e.title.into_any(),
                },
                None => t.event_not_found.into_any(),
            },
            Load::Failed(p) if p.is_missing_file() => t.event_not_found.into_any(),
            _ => t.events_title.into_any(),
        };
        view! {
            <article class="wrap page prose event">
                <PageHeading>{heading}</PageHeading>
                {move || match remote.state.get() {
                    Load::Failed(p) if p.is_missing_file() => not_found().into_any(),
                    _ => with_content(remote, t.what_event, {
                        let find = find2.clone();
                        move |file| {
                            let Some(e) = find(&file) else {
                                return not_found().into_any();
                            };
                let organiser = organiser_name(&file, &e.organiser);
                let category = category_name(&file, &e.category);
                view! {
                    <PageMeta title=e.title.clone() description=e.summary.clone() section=t.events_title json_ld=crate::structured::event(&e, &file, &crate::platform::site_url()).unwrap_or_default()/>
                    {status_badge(e.status).map(|b| view! { <p>{b}</p> })}
                    <p class="lead" lang=e.lang.clone()>{e.summary.clone()}</p>
                    <dl class="facts">
                        <dt>{t.when}</dt><dd><EventWhen event=e.clone()/></dd>
                        <dt>{t.where_}</dt>
                        <dd>
                            {attendance_label(e.attendance)}
                            {e.venue.as_ref().map(|v| format!("{}{}", t.colon, (t.venue)(&v.name, &v.city, &v.country)))}
                        </dd>
                        <dt>{t.organiser}</dt><dd>{organiser}</dd>
                        <dt>{t.category}</dt><dd>{category}</dd>
                        <dt>{t.language}</dt><dd>{e.language.clone().unwrap_or_else(|| t.not_stated.into())}</dd>
                    </dl>
                    {e.notes.iter().map(|n| view! { <p class="note" lang=e.lang.clone()>{n.clone()}</p> }).collect_view()}
                    <h2>{t.about_event}</h2>
                    <RichText text=e.description.clone() lang=e.lang.clone()/>
                    {(!e.sessions.is_empty()).then(|| view! {
                        <h2>{t.programme}</h2>
                        <ul>{e.sessions.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
                    })}
                    {(!e.speakers.is_empty()).then(|| view! {
                        <h2>{t.speakers}</h2>
                        <ul class="speakers">
                            {e.speakers.iter().map(|s| view! {
                                <li><strong>{s.name.clone()}</strong> {t.comma} {s.role.clone()} {t.comma} {s.organisation.clone()} {t.open_paren} {s.country.clone()} {t.close_paren}</li>
                            }).collect_view()}
                        </ul>
                    })}
                    {e.online_url.clone().map(|u| view! { <p>{t.online_link} {t.colon} <a href=u.clone() rel="external noopener">{u.clone()}</a></p> })}
                    {e.recording_url.clone().map(|u| view! { <p>{t.recording} {t.colon} <a href=u.clone() rel="external noopener">{u.clone()}</a></p> })}
                    <AddToCalendar event=e.clone()/>
                    <SubscribeCalendar file=crate::subscribe::CALENDAR.to_string() name=t.calendar_name.to_string()/>
                    <p class="source">{t.source} {t.colon} <a href=e.source.clone() rel="external noopener">{e.source.clone()}</a></p>
                    <ShareRow title=e.title.clone() path=Route::Event(e.slug.clone()).path()/>
                    <EventNeighbours file=file.clone() slug=e.slug.clone()/>
                    <p><Link href=Route::Events.path()>{t.all_events}</Link></p>
                }.into_any()
                        }
                    }).into_any(),
                }}
            </article>
        }
        .into_any()
    }
}

/// Links to the events before and after this one in time.
#[component]
fn EventNeighbours(
    file: std::sync::Arc<crate::content::model::EventsFile>,
    slug: String,
) -> impl IntoView {
    let t = ui();
    let (earlier, later) = crate::events::neighbours(&file.events, &slug);
    let link = |e: Option<&Event>, label: &'static str| {
        e.map(|e| {
            let title = e.title.clone();
            view! { <li><span class="label">{label}</span> {crate::strings::opt(t.space)} <Link href=Route::Event(e.slug.clone()).path()>{title}</Link></li> }
        })
    };
    view! {
        <nav class="prev-next" aria-label=t.more_events>
            <ul>
                {link(earlier, t.earlier)}
                {link(later, t.later)}
            </ul>
        </nav>
    }
}

/// The event's `.ics` file (written by the build) and a Google Calendar link.
#[component]
fn AddToCalendar(event: Event) -> impl IntoView {
    let t = ui();
    let google = crate::ics::google_calendar_url(t, &event, &crate::platform::site_url());
    let outlook = crate::ics::outlook_calendar_url(t, &event, &crate::platform::site_url());
    view! {
        <section class="add-to-calendar" aria-labelledby="add-heading">
            <h2 id="add-heading">{t.add_to_calendar}</h2>
            <ul class="actions">
                <li><a class="button" href=site_href(&crate::ics::event_file(&event.slug)) type="text/calendar" download=format!("{}.ics", event.slug)>{t.download_ics}</a></li>
                <li><a class="button secondary" href=google rel="external noopener" target="_blank">{t.add_to_google} <span class="visually-hidden">{t.opens_new_tab}</span></a></li>
                <li><a class="button secondary" href=outlook rel="external noopener" target="_blank">{t.add_to_outlook} <span class="visually-hidden">{t.opens_new_tab}</span></a></li>
            </ul>
        </section>
    }
}
