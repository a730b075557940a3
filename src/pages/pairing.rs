use super::cooperation::{city_names, kind_label};
use crate::components::heading::PageHeading;
use crate::components::link::Link;
use crate::components::{meta::PageMeta, status::with_content, time::Date};
use crate::page_lang::ui;
use crate::pages::not_found::ItemNotFound;
use crate::routes::Route;
use crate::store::use_store;
use leptos::prelude::*;

#[component]
pub fn PairingPage() -> impl IntoView {
    let store = use_store();
    let t = ui();
    let slug = super::slug_param();
    let heading = super::item_heading(
        store.cooperation,
        move |c| {
            c.pairings
                .iter()
                .find(|p| p.slug == slug())
                .map(|p| p.title.clone())
        },
        t.pairing_not_found,
        t.cooperation_title,
    );
    view! {
        <article class="wrap page prose pairing">
            <PageHeading>{heading}</PageHeading>
            {with_content(store.cooperation, t.what_pairings, move |c| {
                let Some(p) = c.pairings.iter().find(|p| p.slug == slug()).cloned() else {
                    return view! {
                        <ItemNotFound title=t.pairing_not_found text=t.pairing_not_found_text back_href=Route::Cooperation back_label=t.cooperation_title/>
                    }.into_any();
                };
                view! {
                    <PageMeta title=p.title.clone() description=p.summary.clone() section=t.cooperation_title/>
                    <p class="eyebrow">{kind_label(&p)} " · " {(t.round_label)(p.round)}</p>
                    <p class="lead">{p.summary.clone()}</p>
                    <dl class="facts">
                        <dt>{t.chinese_side}</dt><dd>{city_names(&c, &p.chinese_cities)}</dd>
                        <dt>{t.european_side}</dt><dd>{city_names(&c, &p.eu_cities)}</dd>
                        <dt>{t.round}</dt><dd>{p.round}</dd>
                        <dt>{t.themes}</dt><dd>{p.themes.join(t.list_separator)}</dd>
                    </dl>
                    // In date order already (`Cooperation::put_in_display_order`).
                    {(!p.milestones.is_empty()).then(|| view! {
                        <h2>{t.milestones}</h2>
                        <ol class="timeline">
                            {p.milestones.iter().map(|m| view! { <li><Date date=m.date/> {t.colon} {m.text.clone()}</li> }).collect_view()}
                        </ol>
                    })}
                    {(!p.action_plan.is_empty()).then(|| view! {
                        <h2>{t.action_plan}</h2>
                        {p.action_plan.iter().map(|x| view! { <p>{x.clone()}</p> }).collect_view()}
                    })}
                    {(!p.pilot_projects.is_empty()).then(|| view! {
                        <h2>{t.pilot_projects}</h2>
                        <ul>{p.pilot_projects.iter().map(|x| view! { <li>{x.clone()}</li> }).collect_view()}</ul>
                    })}
                    <p class="source">{t.source} {t.colon} <a href=p.source.clone() rel="external noopener">{p.source.clone()}</a></p>
                    <p><Link href=Route::Cooperation.path()>{t.all_pairings}</Link></p>
                }.into_any()
            })}
        </article>
    }
}
