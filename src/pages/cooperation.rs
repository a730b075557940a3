use crate::components::heading::SectionPage;
use crate::components::layout::Later;
use crate::components::link::Link;
use crate::components::rich::RichText;
use crate::components::status::with_content;
use crate::content::model::{Cooperation, Pairing, PairingKind};
use crate::cooperation::{self as logic, PairingFilter, MAP_H, MAP_W};
use crate::page_lang::ui;
use crate::routes::Route;
use crate::store::{site_href, use_store};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::sync::Arc;

/// "Zhengzhou (China)", "Málaga (Spain), Rome (Italy)".
pub fn city_names(c: &Cooperation, ids: &[String]) -> String {
    let t = ui();
    ids.iter()
        .map(|id| match c.cities.iter().find(|x| &x.id == id) {
            Some(city) => (t.city_with_country)(&city.name, country_name(c, &city.country)),
            None => id.clone(),
        })
        .collect::<Vec<_>>()
        .join(t.list_separator)
}

fn country_name<'a>(c: &'a Cooperation, code: &'a str) -> &'a str {
    c.countries
        .iter()
        .find(|k| k.code == code)
        .map_or(code, |k| k.name.as_str())
}

pub fn kind_label(p: &Pairing) -> &'static str {
    match p.kind {
        PairingKind::Pair => ui().pairing,
        PairingKind::Cluster => ui().cluster,
    }
}

#[component]
pub fn CooperationPage() -> impl IntoView {
    let store = use_store();
    let t = ui();
    view! {
        <SectionPage title=t.cooperation_title lead=t.cooperation_intro>
            {with_content(store.cooperation, t.what_pairings, |c| { let pairings = c.clone(); view! {
                <div class="prose">
                    <RichText text=c.intro.clone()/>
                </div>
                <ul class="figures compact">
                    {c.key_figures.iter().map(|f| view! {
                        <li><span class="figure-value">{f.value.clone()}</span> " " <span class="figure-label">{f.label.clone()}</span></li>
                    }).collect_view()}
                </ul>
                <div class="prose">
                    {c.sections.iter().map(|s| view! {
                        <section>
                            <h2>{s.heading.clone()}</h2>
                            <RichText text=s.body.clone()/>
                        </section>
                    }).collect_view()}
                </div>
                // The pairings (filters, list, map and table) are most of
                // the page's nodes: taking over, they render in a task of
                // their own.
                <Later><Pairings c=pairings.clone()/></Later>
                <p class="source">{ui().source} {ui().colon} <a href=c.source.clone() rel="external noopener">{c.source.clone()}</a></p>
            }})}
        </SectionPage>
    }
}

/// The filterable list, the map and its table, all driven by the URL query.
#[component]
fn Pairings(c: Arc<Cooperation>) -> impl IntoView {
    let t = ui();
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let q = query.read();
        PairingFilter::from_query(|k| q.get(k))
    });
    let unreadable = Memo::new(move |_| {
        let q = query.read();
        PairingFilter::unreadable_round(|k| q.get(k))
    });
    let navigate = use_navigate();
    let set = move |change: &dyn Fn(&mut PairingFilter)| {
        let mut f = filter.get_untracked();
        change(&mut f);
        navigate(
            &Route::Cooperation.with_query(&f.to_query()),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    let set = Arc::new(set);
    let opts = logic::options(&c);
    let total = c.pairings.len();
    let c2 = c.clone();
    let results = move || {
        let c = c2.clone();
        let f = filter.get();
        let shown: Vec<Pairing> = logic::filter(&c, &f).into_iter().cloned().collect();
        let count = if f.is_empty() {
            (t.showing_all_pairings)(total)
        } else {
            (t.showing_pairings)(shown.len(), total)
        };
        view! {
            {unreadable.get().map(|v| view! { <p class="note" role="status">{(t.round_unreadable)(&v)}</p> })}
            <p class="meta" role="status">{count}</p>
            {if shown.is_empty() {
                view! {
                    <div class="note">
                        <p>{t.no_pairing_match}</p>
                        <p><Link href=Route::Cooperation.path()>{t.clear_the_filters}</Link></p>
                    </div>
                }.into_any()
            } else {
                view! {
                    <ul class="pairing-list">
                        {shown.iter().map(|p| {
                            let title = p.title.clone();
                            view! {
                                <li class="card pairing-card">
                                    <div class="card-body">
                                        <p class="eyebrow">{kind_label(p)} " · " {(t.round_label)(p.round)}</p>
                                        <h3><Link href=Route::Pairing(p.slug.clone()).path()>{title}</Link></h3>
                                        <p class="meta"><strong>{format!("{}{}", t.chinese_side, t.colon)}</strong>{city_names(&c, &p.chinese_cities)}</p>
                                        <p class="meta"><strong>{format!("{}{}", t.european_side, t.colon)}</strong>{city_names(&c, &p.eu_cities)}</p>
                                        <ul class="chips" aria-label=t.themes>{p.themes.iter().map(|th| view! { <li>{th.clone()}</li> }).collect_view()}</ul>
                                    </div>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <PairingMap c=c.clone() shown=shown/>
        }
    };
    let (s1, s2, s3) = (set.clone(), set.clone(), set);
    let city_filter = move || {
        filter.get().city.map(|id| {
            let name = c.cities.iter().find(|x| x.id == id).map_or(id.clone(), |x| x.name.clone());
            view! { <p class="meta">{t.showing_city.before} <strong>{name}</strong> {t.showing_city.after}</p> }
        })
    };
    view! {
        <section aria-labelledby="pairings-heading">
            <h2 id="pairings-heading">{t.pairings_and_clusters}</h2>
            <form class="filters" role="search" aria-label=t.filter_pairings on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="f-round">{t.round}</label>
                    <select id="f-round" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        s1(&|f| f.round = v.parse().ok());
                    }>
                        <option value="" selected=move || filter.get().round.is_none()>{t.all_rounds}</option>
                        {opts.rounds.iter().map(|r| {
                            let r = *r;
                            view! { <option value=r.to_string() selected=move || filter.get().round == Some(r)>{r}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-theme">{t.theme}</label>
                    <select id="f-theme" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        s2(&|f| f.theme = Some(v.clone()).filter(|v| !v.is_empty()));
                    }>
                        <option value="" selected=move || filter.get().theme.is_none()>{t.all_themes}</option>
                        {opts.themes.iter().map(|th| {
                            let (value, label, th) = (th.clone(), th.clone(), th.clone());
                            view! { <option value=value selected=move || filter.get().theme.as_deref() == Some(th.as_str())>{label}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="f-country">{t.country}</label>
                    <select id="f-country" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        s3(&|f| f.country = Some(v.clone()).filter(|v| !v.is_empty()));
                    }>
                        <option value="" selected=move || filter.get().country.is_none()>{t.all_countries}</option>
                        {opts.countries.iter().map(|(code, name)| {
                            let (value, label, code) = (code.clone(), name.clone(), code.clone());
                            view! { <option value=value selected=move || filter.get().country.as_deref() == Some(code.as_str())>{label}</option> }
                        }).collect_view()}
                    </select>
                </div>
                {move || (!filter.get().is_empty()).then(|| view! {
                    <p class="clear"><Link href=Route::Cooperation.path()>{t.clear_filters}</Link></p>
                })}
            </form>
            {city_filter}
            {results}
        </section>
    }
}

/// The paired cities drawn from their coordinates, with lines between
/// partners. Markers are ordinary links (keyboard-reachable and named); the
/// table after the map says the same in text.
#[component]
fn PairingMap(c: Arc<Cooperation>, shown: Vec<Pairing>) -> impl IntoView {
    let t = ui();
    let refs: Vec<&Pairing> = shown.iter().collect();
    let links = logic::links(&c, &refs);
    let cities = logic::cities_in(&c, &refs);
    let paths: Vec<String> = links
        .iter()
        .map(|l| {
            let (x1, y1) = logic::project(l.from.lat, l.from.lon);
            let (x2, y2) = logic::project(l.to.lat, l.to.lon);
            let (mx, my) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0 - (x1 - x2).abs() * 0.18);
            // Whole units of a 1000-wide drawing are precise enough.
            let r = |v: f64| v.round() as i64;
            format!(
                "M{} {} Q{} {} {} {}",
                r(x1),
                r(y1),
                r(mx),
                r(my),
                r(x2),
                r(y2)
            )
        })
        .collect();
    // Dots in drawing coordinates: attributes, not inline styles, so the
    // prerendered page needs nothing the CSP forbids.
    let r = |v: f64| v.round() as i64;
    let dots = cities
        .iter()
        .map(|city| {
            let (x, y) = logic::project(city.lat, city.lon);
            let side = if city.country == "CN" {
                "map-dot cn"
            } else {
                "map-dot eu"
            };
            view! { <circle class=side cx=r(x) cy=r(y) r="7"/> }
        })
        .collect_view();
    // The cities as links to their pairings: a list of chips, each a target
    // of at least 24×24 px (WCAG 2.2, 2.5.8), which the map's dots are too
    // close together to be at phone width.
    let city_links = cities
        .iter()
        .map(|city| {
            let partners: Vec<String> = logic::partners(&c, &refs, &city.id).iter().map(|p| p.name.clone()).collect();
            let label = (t.paired_with)(&city.name, country_name(&c, &city.country), &partners.join(t.list_separator));
            let side = if city.country == "CN" { "city-chip cn" } else { "city-chip eu" };
            view! {
                <li>
                    <a class=side href=site_href(&Route::Cooperation.with_query(&format!("city={}", city.id))) aria-label=label>{city.name.clone()}</a>
                </li>
            }
        })
        .collect_view();
    let rows = shown
        .iter()
        .map(|p| {
            let title = p.title.clone();
            view! {
                <tr>
                    <th scope="row"><Link href=Route::Pairing(p.slug.clone()).path()>{title}</Link></th>
                    <td>{city_names(&c, &p.chinese_cities)}</td>
                    <td>{city_names(&c, &p.eu_cities)}</td>
                    <td>{p.round}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="map-section" aria-labelledby="map-heading">
            <h2 id="map-heading">{t.map_heading}</h2>
            <p class="meta">{t.map_help}</p>
            <div class="map">
                <svg viewBox=format!("0 0 {} {}", MAP_W as u32, MAP_H as u32) preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect width=MAP_W as u32 height=MAP_H as u32 class="map-sea"/>
                    <text x="120" y="40" class="map-region">{t.map_europe}</text>
                    <text x="770" y="40" class="map-region">{t.map_china}</text>
                    {paths.into_iter().map(|d| view! { <path d=d class="map-link"/> }).collect_view()}
                    {dots}
                </svg>
            </div>
            <ul class="chips city-chips" aria-label=t.paired_cities>{city_links}</ul>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t.pairings_on_map>
                <table class="data">
                    <caption>{t.pairings_on_map}</caption>
                    <thead>
                        <tr><th scope="col">{t.pairing}</th><th scope="col">{t.chinese_side}</th><th scope="col">{t.european_side}</th><th scope="col">{t.round}</th></tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
