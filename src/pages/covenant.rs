use crate::components::heading::SectionPage;
use crate::components::link::Link;
use crate::components::rich::RichText;
use crate::components::{status::with_content, time::Date};
use crate::content::model::Covenant;
use crate::covenant::countries;
use crate::page_lang::ui;
use crate::routes::Route;
use crate::store::use_store;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::sync::Arc;

#[component]
pub fn CovenantPage() -> impl IntoView {
    let store = use_store();
    let t = ui();
    view! {
        <SectionPage title=t.covenant_title lead=t.covenant_intro>
            {with_content(store.covenant, t.what_covenant, move |c| view! {
                <div class="prose">
                    <h2>{t.what_gcom_is}</h2>
                    <RichText text=c.intro.clone()/>
                </div>
                <section aria-labelledby="pillars-heading">
                    <h2 id="pillars-heading">{t.three_pillars}</h2>
                    <ul class="grid three plain">
                        {c.pillars.iter().map(|p| view! {
                            <li class="card"><div class="card-body"><h3>{p.title.clone()}</h3><p>{p.text.clone()}</p></div></li>
                        }).collect_view()}
                    </ul>
                </section>
                <section aria-labelledby="commit-heading">
                    <h2 id="commit-heading">{t.signatory_commits}</h2>
                    <ol class="timeline">
                        {c.commitments.iter().map(|m| view! { <li><strong>{m.when.clone()}</strong> {t.colon} {m.text.clone()}</li> }).collect_view()}
                    </ol>
                </section>
                <section class="prose" aria-labelledby="crf-heading">
                    <h2 id="crf-heading">{t.reporting_framework}</h2>
                    {c.reporting.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                </section>
                <CountryTable c=c.clone()/>
                <section class="prose" aria-labelledby="support-heading">
                    <h2 id="support-heading">{t.iuc_support}</h2>
                    {c.support.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                    <h2>{t.how_to_join}</h2>
                    {c.how_to_join.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                </section>
                <section aria-labelledby="sources-heading">
                    <h2 id="sources-heading">{t.sources}</h2>
                    <ul class="link-list">
                        {c.sources.iter().map(|s| view! { <li><a href=s.clone() rel="external noopener">{s.clone()}</a></li> }).collect_view()}
                    </ul>
                </section>
            })}
        </SectionPage>
    }
}

/// Signatories and pilot cities by country, filterable by `?country=CODE`.
#[component]
fn CountryTable(c: Arc<Covenant>) -> impl IntoView {
    let t = ui();
    let query = use_query_map();
    let selected = Memo::new(move |_| {
        query
            .read()
            .get(crate::covenant::QUERY_KEYS[0])
            .unwrap_or_default()
    });
    let navigate = use_navigate();
    let options = c
        .countries
        .iter()
        .map(|k| {
            let (code, name, code2) = (k.code.clone(), k.name.clone(), k.code.clone());
            view! { <option value=code selected=move || selected.get() == code2>{name}</option> }
        })
        .collect_view();
    let rows = move || {
        let code = selected.get();
        let list: Vec<_> = countries(&c, Some(&code)).into_iter().cloned().collect();
        if list.is_empty() {
            return view! {
                <p class="note" role="status">
                    {(t.no_country_code)(&code)}
                    <Link href=Route::Covenant.path()>{t.show_all_countries}</Link>
                </p>
            }
            .into_any();
        }
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="countries-table-caption">
                <table class="data">
                    <caption id="countries-table-caption">{t.countries_caption}</caption>
                    <thead>
                        <tr><th scope="col">{t.country_or_territory}</th><th scope="col">{t.signatories_dated}</th><th scope="col">{t.pilot_cities}</th></tr>
                    </thead>
                    <tbody>
                        {list.into_iter().map(|k| {
                            let pilots = if k.pilot_cities.is_empty() { t.none_confirmed.to_string() } else { k.pilot_cities.join(t.list_separator) };
                            // With no signatory, the notes already stand in the signatories cell.
                            let notes = if k.signatories.is_empty() { Vec::new() } else { k.notes.clone() };
                            view! {
                                <tr>
                                    <th scope="row">{k.name.clone()} <span class="cell-note">{k.summary.clone()}</span></th>
                                    <td>
                                        {if k.signatories.is_empty() {
                                            view! { <span>{no_signatories(t, &k)}</span> }.into_any()
                                        } else {
                                            view! { <ul class="plain">{k.signatories.iter().map(|s| view! {
                                                <li>{s.name.clone()} {t.open_paren} <Date date=s.date/> {s.note.clone().map(|n| format!("{}{n}", t.comma))} {t.close_paren}</li>
                                            }).collect_view()}</ul> }.into_any()
                                        }}
                                    </td>
                                    <td>
                                        {pilots}
                                        {notes.into_iter().map(|n| view! { <span class="cell-note">{n}</span> }).collect_view()}
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }.into_any()
    };
    view! {
        <section aria-labelledby="countries-table-heading">
            <h2 id="countries-table-heading">{t.countries_covered}</h2>
            <form class="filters" role="search" aria-label=t.filter_countries on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="f-gcom-country">{t.country_or_territory}</label>
                    <select id="f-gcom-country" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        let to = if v.is_empty() { Route::Covenant.path() } else { Route::Covenant.with_query(&format!("country={}", crate::routes::encode(&v))) };
                        navigate(&to, NavigateOptions { scroll: false, ..Default::default() });
                    }>
                        <option value="" selected=move || selected.get().is_empty()>{t.all_seven}</option>
                        {options}
                    </select>
                </div>
            </form>
            {rows}
        </section>
    }
}

/// What the signatories cell says when no signatory is confirmed: "None
/// confirmed", followed by the country's notes.
fn no_signatories(t: &crate::strings::Ui, k: &crate::content::model::CovenantCountry) -> String {
    if k.notes.is_empty() {
        t.none_confirmed.to_string()
    } else {
        (t.none_confirmed_with)(&k.notes.join(t.space))
    }
}
