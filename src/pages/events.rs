use super::now;
use crate::calendar::{month_grid, EventsQuery, Month, View};
use crate::components::cards::{category_name, organiser_name, EventItem};
use crate::components::heading::SectionPage;
use crate::components::link::Link;
use crate::components::pager::Pager;
use crate::components::{
    follow::SubscribeCalendar,
    status::{with_all, with_content},
};
use crate::content::model::{Event, EventsFile};
use crate::events::{events_in_month, events_on};
use crate::events::{is_upcoming, order};
use crate::format::weekday_names;
use crate::news::paginate;
use crate::page_lang::ui;
use crate::page_lang::{day_label, month_label};
use crate::routes::Route;
use crate::store::{site_href, use_store};
use crate::strings::opt;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::sync::Arc;

/// Events per page in the upcoming and past lists.
const EVENTS_PER_PAGE: usize = 20;
/// Recent past events listed when nothing is upcoming.
const RECENT_COUNT: usize = 5;
/// Events listed in a month-view cell before "+N more".
const CELL_LIMIT: usize = 3;

#[component]
pub fn EventsPage() -> impl IntoView {
    let store = use_store();
    let t = ui();
    let query = use_query_map();
    let state = Memo::new(move |_| {
        let q = query.read();
        EventsQuery::from_query(|k| q.get(k))
    });
    view! {
        <SectionPage title=t.events_title lead=t.events_intro>
            {with_content(store.events_index, t.what_events, move |index| view! {
                <ViewSwitcher state=state/>
                <EventFilters file=index.clone() state=state/>
                {
                    let index = index.clone();
                    move || {
                        let q = state.get();
                        // Only the years this view shows are loaded.
                        let years: Vec<_> = crate::events::years_for(&index, &q.view, today())
                            .into_iter()
                            .map(|y| store.events_year(y))
                            .collect();
                        with_all(years, t.what_events, (t.loading_what)(t.what_events), |parts| {
                            calendar_body(&index, &crate::events::merge(&index, parts), &q)
                        })
                    }
                }
                {
                    // Only a new category changes the calendar to subscribe to:
                    // a month or a page switch leaves this block alone.
                    let category = Memo::new(move |_| state.with(|q| q.category.clone()));
                    move || {
                        let (cal, name) = calendar_for(&index, category.get().as_deref());
                        view! { <SubscribeCalendar file=cal name=name/> }
                    }
                }
            })}
        </SectionPage>
    }
}

use crate::platform::today;

/// The calendar to subscribe to: the category's when one with events is
/// filtered (the index lists only those), otherwise the whole calendar;
/// and its name.
fn calendar_for(index: &EventsFile, category: Option<&str>) -> (String, String) {
    let t = ui();
    category
        .and_then(|id| index.categories.iter().find(|c| c.id == id))
        .map_or_else(
            || {
                (
                    crate::subscribe::CALENDAR.to_string(),
                    t.calendar_name.to_string(),
                )
            },
            |c| {
                (
                    crate::subscribe::category_calendar(&c.id),
                    (t.topic_title)(t.calendar_name, &c.name),
                )
            },
        )
}

#[component]
fn ViewSwitcher(state: Memo<EventsQuery>) -> impl IntoView {
    let t = ui();
    let item = move |label: &'static str, view: View| {
        let target = view.clone();
        let current = move || {
            let v = state.get().view;
            let same = match (&v, &target) {
                (View::Month(_), View::Month(_)) => true,
                (a, b) => a == b,
            };
            same.then_some("page")
        };
        let href = move || site_href(&state.get().with_view(view.clone()).href());
        // The view changes below these links; the page stays where it is
        // (the router scrolls to the top otherwise).
        view! { <li><a href=href aria-current=current data-noscroll="">{label}</a></li> }
    };
    view! {
        <nav class="view-switcher" aria-label=t.calendar_views>
            <ul>
                {item(t.view_upcoming, View::Upcoming)}
                {item(t.view_month, View::Month(None))}
                {item(t.past_events, View::Past)}
            </ul>
        </nav>
    }
}

#[component]
fn EventFilters(file: Arc<EventsFile>, state: Memo<EventsQuery>) -> impl IntoView {
    let t = ui();
    let navigate = use_navigate();
    let go = move |next: EventsQuery| {
        navigate(
            &next.href(),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    // The index lists only the organisers and languages of some event.
    let languages = file.languages.clone();
    let organisers: Vec<(String, String)> = file
        .organisers
        .iter()
        .map(|o| (o.id.clone(), o.name.clone()))
        .collect();
    let categories: Vec<(String, String)> = file
        .categories
        .iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect();
    let select = move |id: &'static str,
                       label: &'static str,
                       all: &'static str,
                       options: Vec<(String, String)>,
                       get: fn(&EventsQuery) -> Option<String>,
                       set: fn(&mut EventsQuery, Option<String>)| {
        let go = go.clone();
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <select id=id on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let mut next = state.get_untracked();
                    set(&mut next, Some(v).filter(|v| !v.is_empty()));
                    next.page = None;
                    go(next);
                }>
                    <option value="" selected=move || get(&state.get()).is_none()>{all}</option>
                    {options.into_iter().map(|(value, name)| {
                        let v2 = value.clone();
                        view! { <option value=value selected=move || get(&state.get()).as_deref() == Some(v2.as_str())>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <form class="filters" role="search" aria-label=t.filter_events on:submit=|ev| ev.prevent_default()>
            {select("ev-category", t.category, t.all_categories, categories, |q| q.category.clone(), |q, v| q.category = v)}
            {select("ev-organiser", t.organiser, t.all_organisers, organisers, |q| q.organiser.clone(), |q, v| q.organiser = v)}
            {select("ev-language", t.language, t.any_language, languages.into_iter().map(|l| (l.clone(), l)).collect(), |q| q.language.clone(), |q, v| q.language = v)}
            {move || state.get().is_filtered().then(|| {
                let href = EventsQuery { category: None, organiser: None, language: None, ..state.get() }.href();
                view! { <p class="clear"><Link href=href>{t.clear_filters}</Link></p> }
            })}
        </form>
    }
}

fn calendar_body(index: &EventsFile, file: &EventsFile, q: &EventsQuery) -> AnyView {
    let events: Vec<&Event> = file.events.iter().filter(|e| q.matches(e)).collect();
    let invalid = q.invalid.clone().map(|(param, value)| {
        view! { <p class="note" role="status">{(ui().calendar_unreadable)(param, &value)}</p> }
    });
    let body = match &q.view {
        View::Upcoming => upcoming_view(file, &events, q),
        View::Past => past_view(file, &events, q),
        View::Month(m) => month_view(index, &events, q, m.unwrap_or_else(|| Month::of(today()))),
        View::Day(d) => day_view(file, &events, q, *d),
    };
    view! { {invalid} {body} }.into_any()
}

/// Event list items grouped under month headings.
fn grouped(file: &EventsFile, list: Vec<&Event>) -> AnyView {
    let mut groups: Vec<(String, Vec<&Event>)> = Vec::new();
    for e in list {
        let key = month_label(Month::of(e.start.date_naive()));
        match groups.last_mut() {
            Some((k, v)) if *k == key => v.push(e),
            _ => groups.push((key, vec![e])),
        }
    }
    groups
        .into_iter()
        .map(|(month, evs)| view! {
            <h3 class="month-heading">{month}</h3>
            <ul class="event-list">
                {evs.into_iter().map(|e| view! {
                    <EventItem organiser=organiser_name(file, &e.organiser) category=category_name(file, &e.category) event=e.clone()/>
                }).collect_view()}
            </ul>
        })
        .collect_view()
        .into_any()
}

fn empty_note(q: &EventsQuery, text: &'static str) -> AnyView {
    let clear = q.is_filtered().then(|| {
        let href = EventsQuery {
            category: None,
            organiser: None,
            language: None,
            ..q.clone()
        }
        .href();
        view! { {opt(ui().space)} <Link href=href>{ui().clear_the_filters}</Link> }
    });
    view! { <p class="note">{text} {clear}</p> }.into_any()
}

fn upcoming_view(file: &EventsFile, events: &[&Event], q: &EventsQuery) -> AnyView {
    let t = ui();
    let now = now();
    let mut list: Vec<&Event> = events
        .iter()
        .copied()
        .filter(|e| is_upcoming(e, now))
        .collect();
    order(&mut list, false);
    let body = if list.is_empty() {
        // With nothing ahead, the most recent events follow, so the page
        // still leads somewhere (also without JavaScript).
        let mut recent: Vec<&Event> = events
            .iter()
            .copied()
            .filter(|e| !is_upcoming(e, now))
            .collect();
        order(&mut recent, true);
        recent.truncate(RECENT_COUNT);
        view! {
            <p class="note">
                {t.no_upcoming_scheduled.before}
                <Link href=q.with_view(View::Past).href()>{t.no_upcoming_scheduled.link}</Link>
                {t.no_upcoming_scheduled.after}
            </p>
            {(!recent.is_empty()).then(|| view! {
                <h3 class="month-heading">{t.recent_past_events}</h3>
                <ul class="event-list">
                    {recent.into_iter().map(|e| view! {
                        <EventItem organiser=organiser_name(file, &e.organiser) category=category_name(file, &e.category) event=e.clone()/>
                    }).collect_view()}
                </ul>
            })}
        }
        .into_any()
    } else {
        paged(
            file,
            list,
            q,
            PagedList {
                count: t.upcoming_count,
                missing: t.no_such_upcoming_page,
                pager_label: t.upcoming_pages,
            },
        )
    };
    view! {
        <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">{t.upcoming_events}</h2>
            {body}
        </section>
    }
    .into_any()
}

fn past_view(file: &EventsFile, events: &[&Event], q: &EventsQuery) -> AnyView {
    let t = ui();
    let now = now();
    let mut list: Vec<&Event> = events
        .iter()
        .copied()
        .filter(|e| !is_upcoming(e, now))
        .collect();
    order(&mut list, true);
    let body = if list.is_empty() {
        empty_note(q, t.no_past_match)
    } else {
        paged(
            file,
            list,
            q,
            PagedList {
                count: t.past_count,
                missing: t.no_such_past_page,
                pager_label: t.past_pages,
            },
        )
    };
    view! {
        <section aria-labelledby="past-heading">
            <h2 id="past-heading">{t.past_events}</h2>
            {body}
        </section>
    }
    .into_any()
}

/// The sentences of one event list (upcoming or past).
struct PagedList {
    /// "15 past events".
    count: fn(usize) -> String,
    /// "There is no page 9 of past events." (page as asked for).
    missing: fn(&str) -> String,
    pager_label: &'static str,
}

/// One page of an event list: its count, its events under month headings
/// and the page links.
fn paged(file: &EventsFile, list: Vec<&Event>, q: &EventsQuery, words: PagedList) -> AnyView {
    let t = ui();
    let paging = paginate(list.len(), q.page.as_deref(), EVENTS_PER_PAGE);
    if paging.out_of_range {
        let first = q.with_view(q.view.clone()).href();
        let page = q.page.clone().unwrap_or_default();
        return view! { <p class="note">{(words.missing)(&page)} <Link href=first>{t.go_to_first_page}</Link></p> }
            .into_any();
    }
    let qq = q.clone();
    let href: Arc<dyn Fn(usize) -> String + Send + Sync> = Arc::new(move |p| {
        EventsQuery {
            page: Some(p.to_string()),
            ..qq.clone()
        }
        .href()
    });
    view! {
        <p class="meta" role="status">{format!("{} · {}", (words.count)(list.len()), (t.page_of)(paging.page, paging.pages))}</p>
        {grouped(file, list[paging.start..paging.end].to_vec())}
        <Pager page=paging.page pages=paging.pages label=words.pager_label href=href/>
    }
    .into_any()
}

fn month_view(index: &EventsFile, events: &[&Event], q: &EventsQuery, m: Month) -> AnyView {
    let t = ui();
    let in_month = events_in_month(events, m);
    let today = today();
    let this_month = Month::of(today);
    let (prev, next) = crate::calendar::month_steps(&index.span, m);
    let nav_link = |label: String, target: Month, rel: Option<&'static str>| {
        let href = site_href(&q.with_view(View::Month(Some(target))).href());
        // The calendar changes below these links; the page stays where it is.
        view! { <li><a href=href rel=rel data-noscroll="">{label}</a></li> }
    };
    let weeks = month_grid(m);
    let day_href = |d: NaiveDate| q.with_view(View::Day(d)).href();
    let rows = weeks
        .iter()
        .map(|week| {
            let cells = week
                .iter()
                .map(|cell| match cell {
                    None => view! { <td class="outside"></td> }.into_any(),
                    Some(d) => {
                        let on_day = events_on(&in_month, *d);
                        let more = on_day.len().saturating_sub(CELL_LIMIT);
                        let shown: Vec<&Event> = on_day.iter().copied().take(if more > 0 { CELL_LIMIT - 1 } else { CELL_LIMIT }).collect();
                        let hidden = on_day.len() - shown.len();
                        let class = if *d == today { "day today" } else if on_day.is_empty() { "day" } else { "day busy" };
                        view! {
                            <td class=class>
                                <time class="day-number" datetime=d.to_string()>
                                    <span class="short-date">{d.day()}</span>
                                    <span class="full-date">{day_label(*d)}</span>
                                </time>
                                {(!shown.is_empty()).then(|| view! {
                                    <ul>
                                        {shown.iter().map(|e| {
                                            let title = e.title.clone();
                                            view! { <li><Link href=Route::Event(e.slug.clone()).path()>{title}</Link></li> }
                                        }).collect_view()}
                                    </ul>
                                })}
                                {(hidden > 0).then(|| view! {
                                    <a class="more-link" href=site_href(&day_href(*d)) aria-label=(t.more_events_on)(hidden, &day_label(*d))>{(t.more_count)(hidden)}</a>
                                })}
                            </td>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <section aria-labelledby="month-heading">
            <h2 id="month-heading">{month_label(m)}</h2>
            <nav class="month-nav" aria-label=t.months_nav>
                <ul>
                    {prev.map(|p| nav_link(format!("← {}", month_label(p)), p, Some("prev")))}
                    {(m != this_month).then(|| nav_link(t.this_month.into(), this_month, None))}
                    {next.map(|n| nav_link(format!("{} →", month_label(n)), n, Some("next")))}
                </ul>
            </nav>
            <p class="meta" role="status">{(t.events_this_month)(in_month.len())}</p>
            <div class="month-table">
                <table class="calendar">
                    <caption>{(t.events_in)(&month_label(m))}</caption>
                    <thead>
                        <tr>
                            {weekday_names(crate::page_lang::lang()).iter().map(|(short, long)| view! {
                                <th scope="col"><span aria-hidden="true">{*short}</span><span class="visually-hidden">{*long}</span></th>
                            }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {in_month.is_empty().then(|| empty_note(q, t.no_events_in_month))}
        </section>
    }
    .into_any()
}

fn day_view(file: &EventsFile, events: &[&Event], q: &EventsQuery, d: NaiveDate) -> AnyView {
    let t = ui();
    let list = events_on(events, d);
    let back = q.with_view(View::Month(Some(Month::of(d)))).href();
    let body = if list.is_empty() {
        empty_note(q, t.no_events_on_day)
    } else {
        view! {
            <ul class="event-list">
                {list.into_iter().map(|e| view! {
                    <EventItem organiser=organiser_name(file, &e.organiser) category=category_name(file, &e.category) event=e.clone()/>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="day-heading">
            <h2 id="day-heading">{opt(t.events_on_day.before)} <time datetime=d.to_string()>{day_label(d)}</time> {opt(t.events_on_day.after)}</h2>
            {body}
            <p><Link href=back>{(t.back_to)(&month_label(Month::of(d)))}</Link></p>
        </section>
    }
    .into_any()
}
