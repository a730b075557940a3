use crate::components::cards::NewsCard;
use crate::components::heading::PageHeading;
use crate::components::link::Link;
use crate::components::{meta::PageMeta, status::with_content};
use crate::news::{paginate, PER_PAGE};
use crate::store::use_store;
use crate::strings::ui;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn NewsPage() -> impl IntoView {
    let store = use_store();
    let t = ui();
    let query = use_query_map();
    view! {
        <PageMeta title=t.news_title.to_string() description=t.news_intro.to_string()/>
        <div class="wrap page">
            <PageHeading>{t.news_title}</PageHeading>
            <p class="lead">{t.news_intro}</p>
            {with_content(store.news, "the news", move |index| {
                let requested = query.read().get("page");
                let paging = paginate(index.articles.len(), requested.as_deref(), PER_PAGE);
                if paging.out_of_range {
                    return view! {
                        <p class="note" role="status">
                            "There is no page " {requested.unwrap_or_default()} " of the news; it has "
                            {paging.pages} " page(s). "
                            <Link href="/news">"Go to page 1"</Link>
                        </p>
                    }.into_any();
                }
                let items = index.articles[paging.start..paging.end].to_vec();
                view! {
                    <p class="meta" role="status">{format!("Page {} of {}", paging.page, paging.pages)}</p>
                    <div class="grid cards">
                        {items.into_iter().enumerate().map(|(i, a)| view! { <NewsCard article=a eager=i < 2/> }).collect_view()}
                    </div>
                    <nav class="pagination" aria-label="News pages">
                        <ul>
                            {(1..=paging.pages).map(|p| {
                                let href = crate::store::site_href(&if p == 1 { "/news".to_string() } else { format!("/news?page={p}") });
                                let current = (p == paging.page).then_some("page");
                                view! { <li><a href=href aria-current=current>{format!("Page {p}")}</a></li> }
                            }).collect_view()}
                        </ul>
                    </nav>
                }.into_any()
            })}
        </div>
    }
}
