use crate::components::cards::{tag_label, Picture};
use crate::components::heading::PageHeading;
use crate::components::link::Link;
use crate::components::rich::RichText;
use crate::components::{follow::ShareRow, meta::PageMeta, status::with_content, time::Date};
use crate::content::model::ArticleSummary;
use crate::news::reading_minutes;
use crate::page_lang::ui;
use crate::pages::not_found::ItemNotFound;
use crate::routes::Route;
use crate::store::{use_store, Load};
use leptos::prelude::*;

#[component]
pub fn ArticlePage() -> impl IntoView {
    let store = use_store();
    let t = ui();
    let slug = super::slug_param();
    view! {
        {move || {
            let slug = slug();
            let words = slug.replace('-', " ");
            let not_found = move || view! {
                <ItemNotFound title=t.article_not_found text=t.article_not_found_text back_href=Route::News back_label=t.all_news search=words.clone()/>
            };
            // A slug that cannot name a file is not looked up at all.
            if !crate::content::validate::is_safe_slug(&slug) {
                return view! {
                    <div class="wrap page">
                        <PageHeading>{t.article_not_found}</PageHeading>
                        {not_found()}
                    </div>
                }.into_any();
            }
            let remote = store.article(&slug);
            // An article not yet translated is marked as English.
            let heading = move || match remote.state.get() {
                Load::Ready(a) => match a.lang.clone() {
                    Some(lang) => view! { <span lang=lang>{a.title.clone()}</span> }.into_any(),
                    None => a.title.clone().into_any(),
                },
                Load::Failed(p) if p.is_missing_file() => t.article_not_found.into_any(),
                _ => t.news_title.into_any(),
            };
            view! {
                <article class="wrap page prose article">
                    <PageHeading>{heading}</PageHeading>
                    {move || match remote.state.get() {
                        Load::Failed(p) if p.is_missing_file() => not_found().into_any(),
                        _ => with_content(remote, t.what_article, move |a| {
                            let minutes = reading_minutes(a.words);
                            view! {
                                <PageMeta title=a.title.clone() description=a.teaser.clone() kind="article" section=t.news_title json_ld=crate::structured::article(&a, &crate::platform::site_url(), t).unwrap_or_default()/>
                                <p class="meta">
                                    <Date date=a.published/> " · " {(t.reading_minutes)(minutes)}
                                </p>
                                {a.lang.is_some().then(|| view! { <p class="note">{t.shown_in_english}</p> })}
                                <ul class="tags" aria-label=t.topics>
                                    {a.tags.iter().map(|tag| {
                                        let label = tag_label(tag);
                                        view! { <li><Link href=crate::news::NewsQuery::tag(tag).href()>{label}</Link></li> }
                                    }).collect_view()}
                                </ul>
                                <Picture image=a.image.clone() eager=true/>
                                <RichText text=a.body.clone() lang=a.lang.clone()/>
                                <p class="source">{t.source} {t.colon} <a href=a.source.clone() rel="external noopener">{a.source.clone()}</a></p>
                                <ShareRow title=a.title.clone() path=Route::Article(a.slug.clone()).path()/>
                                <MoreArticles newer=a.newer.clone() older=a.older.clone() related=a.related.clone()/>
                            }
                        }).into_any(),
                    }}
                </article>
            }.into_any()
        }}
    }
}

/// Newer/older article and related articles, as the build linked them.
#[component]
fn MoreArticles(
    newer: Vec<ArticleSummary>,
    older: Vec<ArticleSummary>,
    related: Vec<ArticleSummary>,
) -> impl IntoView {
    let t = ui();
    let link = |a: Vec<ArticleSummary>, label: &'static str| {
        a.into_iter().map(move |a| {
            view! { <li><span class="label">{label}</span> {crate::strings::opt(t.space)} <Link href=Route::Article(a.slug).path()>{a.title}</Link></li> }
        }).collect_view()
    };
    let rel = related;
    view! {
        <nav class="prev-next" aria-label=t.more_articles>
            <ul>
                {link(newer, t.newer)}
                {link(older, t.older)}
            </ul>
        </nav>
        {(!rel.is_empty()).then(|| view! {
            <section aria-labelledby="related-heading">
                <h2 id="related-heading">{t.related_articles}</h2>
                <ul class="link-list">
                    {rel.into_iter().map(|a| view! { <li><Link href=Route::Article(a.slug).path()>{a.title}</Link></li> }).collect_view()}
                </ul>
            </section>
        })}
    }
}
