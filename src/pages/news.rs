use crate::components::cards::{tag_label, NewsCard};
use crate::components::heading::SectionPage;
use crate::components::link::Link;
use crate::components::pager::Pager;
use crate::components::{
    follow::NewsFeeds,
    status::{load_error, with_all, with_content},
};
use crate::content::model::NewsCatalogue;
use crate::news::{filter_positions, paginate, NewsQuery, PER_PAGE};
use crate::page_lang::ui;
use crate::routes::Route;
use crate::search::{search, shards_for_query, Query};
use crate::store::{site_href, use_store, Load, Remote};
use crate::subscribe;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::sync::Arc;

#[component]
pub fn NewsPage() -> impl IntoView {
    let store = use_store();
    let t = ui();
    let query = use_query_map();
    let state = Memo::new(move |_| {
        let q = query.read();
        NewsQuery::from_query(|k| q.get(k))
    });
    store.site.ensure();
    // Asked for together with the catalogue, not after it: one round trip
    // and one interim render fewer when the list of all news opens.
    if let Some(n) = state.with_untracked(NewsQuery::page_file_before_index) {
        store.news_page(n).ensure();
    }
    // So are the facets of a view opened filtered by topic or country.
    if state.with_untracked(NewsQuery::by_facet) {
        store.news_facets.ensure();
    }
    view! {
        <SectionPage title=t.news_title lead=t.news_intro>
            {with_content(store.news, t.what_news, move |index| view! {
                <NewsFilters index=index.clone() state=state/>
                <NewsResults index=index.clone() state=state/>
                <NewsFeeds feeds=Signal::derive(move || feeds_for(&index, &state.get()))/>
            })}
        </SectionPage>
    }
}

/// The feeds that follow what the visitor is looking at: the topic's and the
/// country's when filtered, otherwise all news.
fn feeds_for(index: &NewsCatalogue, q: &NewsQuery) -> Vec<(String, String)> {
    let t = ui();
    let mut feeds = Vec::new();
    // Only topics and countries in use have a feed.
    if let Some(tag) = q.tag.as_ref().filter(|tag| index.tags.contains(tag)) {
        feeds.push((subscribe::tag_feed(tag), (t.topic_feed)(&tag_label(tag))));
    }
    if let Some(code) = q.country.as_ref().filter(|c| index.countries.contains(c)) {
        let name = match use_store().site.state.get() {
            Load::Ready(site) => site
                .country_names
                .iter()
                .find(|c| &c.code == code)
                .map_or_else(|| code.clone(), |c| c.name.clone()),
            _ => code.clone(),
        };
        feeds.push((subscribe::country_feed(code), (t.topic_feed)(&name)));
    }
    if feeds.is_empty() {
        feeds.push((subscribe::FEED.to_string(), t.all_news_feed.to_string()));
    }
    feeds
}

/// Search box, topic and country, all reflected in the URL.
#[component]
fn NewsFilters(index: Arc<NewsCatalogue>, state: Memo<NewsQuery>) -> impl IntoView {
    let store = use_store();
    let t = ui();
    let navigate = use_navigate();
    let go = move |next: NewsQuery, replace: bool| {
        navigate(
            &next.href(),
            NavigateOptions {
                scroll: false,
                replace,
                ..Default::default()
            },
        );
    };
    let (go1, go2, go3) = (go.clone(), go.clone(), go);
    let tags: Vec<(String, u32)> = index
        .tags
        .iter()
        .cloned()
        .zip(index.tag_counts.iter().copied())
        .collect();
    let countries = move || match store.site.state.get() {
        Load::Ready(site) => {
            let used: Vec<_> = site
                .country_names
                .iter()
                .filter(|c| index.countries.contains(&c.code))
                .cloned()
                .collect();
            used.into_iter()
                .map(|c| {
                    let code = c.code.clone();
                    view! { <option value=c.code selected=move || state.get().country.as_deref() == Some(code.as_str())>{c.name}</option> }
                })
                .collect_view()
                .into_any()
        }
        _ => ().into_any(),
    };
    view! {
        // The fields are named as in the address (`NewsQuery::KEYS`): before
        // the app has loaded, Enter in the search box submits the form as a
        // plain GET, and the page that answers starts the app at once
        // (`routes::app_start`) and shows the results.
        <form class="filters" role="search" aria-label=t.news_filters on:submit=|ev| ev.prevent_default()>
            <div class="field grow">
                <label for="news-q">{t.search_news}</label>
                <input id="news-q" name="q" type="search" autocomplete="off" maxlength=crate::search::MAX_QUERY_CHARS prop:value=move || state.get().q
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        let now = state.get_untracked();
                        // The first keystroke adds a history entry; the rest
                        // refine it, so Back returns to the view before the search.
                        let replace = !now.q.is_empty() && !text.is_empty();
                        go1(NewsQuery { q: text, page: None, ..now }, replace);
                    }/>
            </div>
            <div class="field">
                <label for="news-tag">{t.topic}</label>
                <select id="news-tag" name="tag" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    go2(NewsQuery { tag: Some(v).filter(|v| !v.is_empty()), page: None, ..state.get_untracked() }, false);
                }>
                    <option value="" selected=move || state.get().tag.is_none()>{t.all_topics}</option>
                    {tags.into_iter().map(|(tag, n)| {
                        let t2 = tag.clone();
                        view! { <option value=tag.clone() selected=move || state.get().tag.as_deref() == Some(t2.as_str())>{(t.option_count)(&tag_label(&tag), n as usize)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="news-country">{t.country}</label>
                <select id="news-country" name="country" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    go3(NewsQuery { country: Some(v).filter(|v| !v.is_empty()), page: None, ..state.get_untracked() }, false);
                }>
                    <option value="" selected=move || state.get().country.is_none()>{t.all_countries}</option>
                    {countries}
                </select>
            </div>
            // Without the country names the country filter would be empty:
            // say so, with Retry, rather than leave a silent gap.
            {move || match store.site.state.get() {
                Load::Failed(problem) => Some(view! {
                    {load_error(t.what_country_names, problem.to_string(), Arc::new(move || store.site.retry()))}
                }),
                _ => None,
            }}
            {move || state.get().is_filtered().then(|| view! {
                <p class="clear"><Link href=Route::News.path()>{t.clear_search_and_filters}</Link></p>
            })}
        </form>
    }
}

/// The results: the search's shards (when there is a query) and the
/// facets (when filtered by topic or country), then the pages of summaries
/// that hold the twelve results shown.
#[component]
fn NewsResults(index: Arc<NewsCatalogue>, state: Memo<NewsQuery>) -> impl IntoView {
    let store = use_store();
    move || {
        let s = state.get();
        let q = Query::parse(&s.q);
        let shards: Vec<_> = shards_for_query(&index.shards, &q)
            .into_iter()
            .map(|k| store.search_shard(k))
            .collect();
        let facets: Vec<_> = s
            .by_facet()
            .then_some(store.news_facets)
            .into_iter()
            .collect();
        // The shards are read once the facets have loaded; asked for now,
        // both come in one round trip.
        shards.iter().for_each(Remote::ensure);
        let t = ui();
        let index = index.clone();
        with_all(
            facets,
            t.what_news,
            (t.loading_what)(t.what_news),
            move |facets| {
                let facets = facets.first().map_or(&[][..], |f| &f.articles[..]);
                with_all(
                    shards,
                    t.what_search_index,
                    t.searching_full_text.to_string(),
                    |loaded| {
                        let found = search(index.total as usize, loaded, &q);
                        let positions = filter_positions(&index, facets, found, &s);
                        let paging = paginate(positions.len(), s.page.as_deref(), PER_PAGE);
                        let shown = positions[paging.start..paging.end].to_vec();
                        // The page files that hold them, each once.
                        let mut numbers: Vec<usize> = Vec::new();
                        for n in shown.iter().map(|p| p / PER_PAGE + 1) {
                            if !numbers.contains(&n) {
                                numbers.push(n);
                            }
                        }
                        let pages: Vec<_> = numbers.iter().map(|n| store.news_page(*n)).collect();
                        with_all(
                            pages,
                            t.what_news,
                            (t.loading_what)(t.what_news),
                            |loaded| {
                                let summary = |pos: &usize| {
                                    let i =
                                        numbers.iter().position(|n| *n == pos / PER_PAGE + 1)?;
                                    loaded[i].articles.get(pos % PER_PAGE)
                                };
                                results_view(
                                    shown.iter().filter_map(summary),
                                    positions.len(),
                                    paging,
                                    &s,
                                    q,
                                )
                                .into_any()
                            },
                        )
                    },
                )
            },
        )
    }
}

fn results_view<'a>(
    shown: impl Iterator<Item = &'a crate::content::model::ArticleSummary>,
    found: usize,
    paging: crate::news::Paging,
    s: &NewsQuery,
    q: Query,
) -> impl IntoView {
    let t = ui();
    let count = if s.is_filtered() {
        (t.articles_found)(found)
    } else {
        (t.articles_count)(found)
    };
    if found == 0 {
        return view! {
            <p class="meta" role="status">{count}</p>
            <div class="note">
                <p>{if q.is_empty() { t.no_article_filters.to_string() } else { (t.no_article_matches)(s.q.trim()) }}</p>
                <p>{t.try_other_words.before}<Link href=Route::News.path()>{t.try_other_words.link}</Link>{t.try_other_words.after}</p>
            </div>
        }.into_any();
    }
    if paging.out_of_range {
        return view! {
            <p class="note" role="status">
                {(t.no_such_page)(s.page.as_deref().unwrap_or_default(), paging.pages)}
                <a href=site_href(&s.at_page(1).href())>{t.go_to_first_page}</a>
            </p>
        }
        .into_any();
    }
    let cards = shown
        .enumerate()
        .map(|(i, a)| view! { <NewsCard article=a.clone() eager=i < 2 query=q.clone() show_tags=true/> })
        .collect_view();
    view! {
        <p class="meta" role="status">{format!("{count} · {}", (t.page_of)(paging.page, paging.pages))}</p>
        <h2 class="visually-hidden">{t.articles_heading}</h2>
        <div class="grid cards">{cards}</div>
        <Pager page=paging.page pages=paging.pages label=t.news_pages href=pager_href(s)/>
    }.into_any()
}

fn pager_href(s: &NewsQuery) -> Arc<dyn Fn(usize) -> String + Send + Sync> {
    let s = s.clone();
    Arc::new(move |p| s.at_page(p).href())
}
