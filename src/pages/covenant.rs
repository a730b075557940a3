use crate::components::heading::PageHeading;
use crate::components::{meta::PageMeta, status::with_content, time::Date};
use crate::store::use_store;
use crate::strings::ui;
use leptos::prelude::*;

#[component]
pub fn CovenantPage() -> impl IntoView {
    let store = use_store();
    let t = ui();
    view! {
        <PageMeta title=t.covenant_title.to_string() description=t.covenant_intro.to_string()/>
        <div class="wrap page">
            <PageHeading>{t.covenant_title}</PageHeading>
            <p class="lead">{t.covenant_intro}</p>
            {with_content(store.covenant, "the Global Covenant of Mayors section", |c| view! {
                <div class="prose">
                    <h2>"What the Global Covenant is"</h2>
                    {c.intro.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                </div>
                <section aria-labelledby="pillars-heading">
                    <h2 id="pillars-heading">"Three pillars"</h2>
                    <ul class="grid three plain">
                        {c.pillars.iter().map(|p| view! {
                            <li class="card"><div class="card-body"><h3>{p.title.clone()}</h3><p>{p.text.clone()}</p></div></li>
                        }).collect_view()}
                    </ul>
                </section>
                <section aria-labelledby="commit-heading">
                    <h2 id="commit-heading">"What a signatory commits to"</h2>
                    <ol class="timeline">
                        {c.commitments.iter().map(|m| view! { <li><strong>{m.when.clone()}</strong> ": " {m.text.clone()}</li> }).collect_view()}
                    </ol>
                </section>
                <section class="prose" aria-labelledby="crf-heading">
                    <h2 id="crf-heading">"The Common Reporting Framework"</h2>
                    {c.reporting.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                </section>
                <section aria-labelledby="countries-table-heading">
                    <h2 id="countries-table-heading">{ui().countries_covered}</h2>
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="countries-table-heading">
                        <table class="data">
                            <caption>"Confirmed signatories and pilot cities by country"</caption>
                            <thead>
                                <tr><th scope="col">"Country or territory"</th><th scope="col">"Signatories (date signed)"</th><th scope="col">"Pilot cities"</th></tr>
                            </thead>
                            <tbody>
                                {c.countries.iter().map(|k| {
                                    let none_sig = if k.notes.is_empty() { "None confirmed".to_string() } else { format!("None confirmed. {}", k.notes.join(" ")) };
                                    view! {
                                        <tr>
                                            <th scope="row">{k.name.clone()} <span class="cell-note">{k.summary.clone()}</span></th>
                                            <td>
                                                {if k.signatories.is_empty() {
                                                    view! { <span>{none_sig}</span> }.into_any()
                                                } else {
                                                    view! { <ul class="plain">{k.signatories.iter().map(|s| view! {
                                                        <li>{s.name.clone()} " (" <Date date=s.date/> {s.note.clone().map(|n| format!(", {n}"))} ")"</li>
                                                    }).collect_view()}</ul> }.into_any()
                                                }}
                                            </td>
                                            <td>
                                                {if k.pilot_cities.is_empty() { "None confirmed".to_string() } else { k.pilot_cities.join(", ") }}
                                                {(!k.signatories.is_empty()).then(|| k.notes.iter().map(|n| view! { <span class="cell-note">{n.clone()}</span> }).collect_view())}
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                </section>
                <section class="prose" aria-labelledby="support-heading">
                    <h2 id="support-heading">"How IUC supported cities"</h2>
                    {c.support.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                    <h2>"How a city joins"</h2>
                    {c.how_to_join.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                </section>
                <section aria-labelledby="sources-heading">
                    <h2 id="sources-heading">"Sources"</h2>
                    <ul class="link-list">
                        {c.sources.iter().map(|s| view! { <li><a href=s.clone() rel="external noopener">{s.clone()}</a></li> }).collect_view()}
                    </ul>
                </section>
            })}
        </div>
    }
}
