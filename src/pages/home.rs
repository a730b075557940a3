use super::now;
use crate::components::cards::{category_name, organiser_name, EventItem, NewsCard};
use crate::components::heading::PageHeading;
use crate::components::link::Link;
use crate::components::rich::RichText;
use crate::components::{meta::PageMeta, status::with_content};
use crate::events::upcoming_or_recent;
use crate::page_lang::ui;
use crate::routes::Route;
use crate::store::{use_store, Load};
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let store = use_store();
    let t = ui();
    store.site.ensure();
    // The news list, the page most often opened from here, is fetched once
    // the app is ready, so that it then opens in one render.
    #[cfg(target_arch = "wasm32")]
    crate::takeover::after_ready(move || store.news_ahead());
    let tagline = move || match store.site.state.get() {
        Load::Ready(s) => s.tagline.clone(),
        _ => String::new(),
    };
    let json_ld = match store.site.state.get_untracked() {
        Load::Ready(s) => {
            crate::structured::home(&s, &crate::platform::site_url(), ui()).unwrap_or_default()
        }
        _ => String::new(),
    };
    view! {
        <PageMeta title=String::new() description=Signal::derive(tagline) json_ld=json_ld/>
        <section class="hero">
            <div class="wrap">
                <PageHeading>{t.site_name}</PageHeading>
                {with_content(store.site, t.what_programme_intro, |site| view! {
                    <p class="tagline">{site.tagline.clone()}</p>
                    <ul class="figures">
                        {site.key_figures.iter().map(|f| view! {
                            <li><span class="figure-value">{f.value.clone()}</span> " " <span class="figure-label">{f.label.clone()}</span></li>
                        }).collect_view()}
                    </ul>
                })}
            </div>
        </section>
        <div class="wrap page">
            {with_content(store.site, t.what_programme_intro, |site| view! {
                <section class="intro prose" aria-labelledby="about-heading">
                    <h2 id="about-heading">{ui().about_title}</h2>
                    <RichText text=site.intro.clone()/>
                </section>
                <section aria-labelledby="components-heading">
                    <h2 id="components-heading">{ui().programme_components}</h2>
                    <div class="grid two">
                        {site.components.iter().map(|c| {
                            let title = c.title.clone();
                            view! {
                            <article class="card component-card">
                                <div class="card-body">
                                    <p class="eyebrow">{(ui().component_n)(&c.number)}</p>
                                    <h3><Link href=c.link.clone()>{title}</Link></h3>
                                    <p>{c.summary.clone()}</p>
                                    <p class="meta">{ui().covers} {ui().colon} {c.coverage.clone()}</p>
                                </div>
                            </article>
                        }}).collect_view()}
                    </div>
                </section>
            })}
            <section aria-labelledby="news-heading">
                <h2 id="news-heading">{t.latest_news}</h2>
                {with_content(store.latest, t.what_latest_news, |latest| view! {
                    <div class="grid cards">
                        {latest.articles.iter().enumerate().map(|(i, a)| view! {
                            <NewsCard article=a.clone() eager=i < 2/>
                        }).collect_view()}
                    </div>
                })}
                <p class="more"><Link href=Route::News.path()>{t.all_news}</Link></p>
            </section>
            <section aria-labelledby="events-heading">
                {with_content(store.events_home, t.what_events, |file| {
                    let (upcoming, list) = upcoming_or_recent(&file.events, now(), 3);
                    let heading = if upcoming { ui().upcoming_events } else { ui().recent_past_events };
                    view! {
                        <h2 id="events-heading">{heading}</h2>
                        {(!upcoming).then(|| view! {
                            <p class="note">{ui().no_upcoming_home}</p>
                        })}
                        <ul class="event-list">
                            {list.into_iter().map(|e| view! {
                                <EventItem
                                    organiser=organiser_name(&file, &e.organiser)
                                    category=category_name(&file, &e.category)
                                    event=e.clone()
                                />
                            }).collect_view()}
                        </ul>
                    }
                })}
                <p class="more"><Link href=Route::Events.path()>{t.all_events}</Link></p>
            </section>
            {with_content(store.site, t.what_programme_intro, |site| view! {
                <section aria-labelledby="countries-heading">
                    <h2 id="countries-heading">{ui().countries_covered}</h2>
                    <ul class="chips">
                        {site.countries_covered.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}
                    </ul>
                </section>
            })}
        </div>
    }
}
