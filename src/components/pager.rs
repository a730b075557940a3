//! Page links for paged lists: previous, a window of numbers, next.

use crate::news::page_window;
use crate::page_lang::ui;
use crate::store::site_href;
use leptos::prelude::*;
use std::sync::Arc;

/// `href(p)` is the site path of page `p`.
#[component]
pub fn Pager(
    page: usize,
    pages: usize,
    label: &'static str,
    href: Arc<dyn Fn(usize) -> String + Send + Sync>,
) -> impl IntoView {
    (pages > 1).then(|| {
        let t = ui();
        let link = |p: usize, text: &'static str, rel: &'static str| {
            view! { <li><a href=site_href(&href(p)) rel=rel>{text}</a></li> }
        };
        view! {
            <nav class="pagination" aria-label=label>
                <ul>
                    {(page > 1).then(|| link(page - 1, t.previous_page, "prev"))}
                    {page_window(page, pages).into_iter().map(|p| match p {
                        Some(p) => {
                            let current = (p == page).then_some("page");
                            view! { <li><a href=site_href(&href(p)) aria-current=current aria-label=(t.page_n)(p)>{p}</a></li> }.into_any()
                        }
                        None => view! { <li class="gap" aria-hidden="true">"…"</li> }.into_any(),
                    }).collect_view()}
                    {(page < pages).then(|| link(page + 1, t.next_page, "next"))}
                </ul>
            </nav>
        }
    })
}
