use crate::components::heading::PageHeading;
use crate::components::link::Link;
use crate::components::{meta::PageMeta, status::with_content};
use crate::content::model::{Cooperation, Pairing, PairingKind};
use crate::store::use_store;
use crate::strings::ui;
use leptos::prelude::*;

/// "Zhengzhou (China)", "Málaga (Spain), Rome (Italy)".
pub fn city_names(c: &Cooperation, ids: &[String]) -> String {
    ids.iter()
        .map(|id| match c.cities.iter().find(|x| &x.id == id) {
            Some(city) => {
                let country = c
                    .countries
                    .iter()
                    .find(|k| k.code == city.country)
                    .map_or(city.country.as_str(), |k| k.name.as_str());
                format!("{} ({country})", city.name)
            }
            None => id.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn kind_label(p: &Pairing) -> &'static str {
    match p.kind {
        PairingKind::Pair => "Pairing",
        PairingKind::Cluster => "Cluster",
    }
}

#[component]
pub fn CooperationPage() -> impl IntoView {
    let store = use_store();
    let t = ui();
    view! {
        <PageMeta title=t.cooperation_title.to_string() description=t.cooperation_intro.to_string()/>
        <div class="wrap page">
            <PageHeading>{t.cooperation_title}</PageHeading>
            <p class="lead">{t.cooperation_intro}</p>
            {with_content(store.cooperation, "the city pairings", |c| view! {
                <div class="prose">
                    {c.intro.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
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
                            {s.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                        </section>
                    }).collect_view()}
                </div>
                <section aria-labelledby="pairings-heading">
                    <h2 id="pairings-heading">"Pairings and clusters"</h2>
                    <ul class="pairing-list">
                        {c.pairings.iter().map(|p| {
                            let title = p.title.clone();
                            view! {
                            <li class="card pairing-card">
                                <div class="card-body">
                                    <p class="eyebrow">{kind_label(p)} " · " {p.round} " round"</p>
                                    <h3><Link href=format!("/city-cooperation/{}", p.slug)>{title}</Link></h3>
                                    <p class="meta"><strong>"Chinese side: "</strong>{city_names(&c, &p.chinese_cities)}</p>
                                    <p class="meta"><strong>"European side: "</strong>{city_names(&c, &p.eu_cities)}</p>
                                    <ul class="chips">{p.themes.iter().map(|th| view! { <li>{th.clone()}</li> }).collect_view()}</ul>
                                </div>
                            </li>
                        }}).collect_view()}
                    </ul>
                    {c.open_questions.iter().map(|q| view! { <p class="note">{q.clone()}</p> }).collect_view()}
                </section>
                <p class="source">{ui().source} ": " <a href=c.source.clone() rel="external noopener">{c.source.clone()}</a></p>
            })}
        </div>
    }
}
