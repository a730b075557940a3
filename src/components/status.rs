//! Loading and failure states for content, shown only where the content is
//! needed.

use crate::page_lang::ui;
use crate::store::{all_loaded, retry_failed, Load, Remote};
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use std::sync::Arc;

/// Renders `render(data)` once `remote` is loaded; until then a calm loading
/// line, and on failure the specific problem with a Retry button. `what`
/// names the content in the page's language (one of the table's `what_*`).
pub fn with_content<T, V, F>(remote: Remote<T>, what: &'static str, render: F) -> impl IntoView
where
    T: DeserializeOwned + Send + Sync + 'static,
    V: IntoView + 'static,
    F: Fn(Arc<T>) -> V + Send + Sync + 'static,
{
    remote.ensure();
    move || match remote.state.get() {
        Load::Idle | Load::Loading => loading((ui().loading_what)(what)),
        Load::Failed(problem) => {
            load_error(what, problem.to_string(), Arc::new(move || remote.retry()))
        }
        Load::Ready(data) => render(data).into_any(),
    }
}

/// As `with_content`, for several files at once (a page of search results,
/// the years a calendar view shows): `render` once all are loaded, the
/// first problem with a Retry of the failed ones, or `waiting`.
pub fn with_all<T: DeserializeOwned + Send + Sync + 'static>(
    remotes: Vec<Remote<T>>,
    what: &'static str,
    waiting: String,
    render: impl FnOnce(&[Arc<T>]) -> AnyView,
) -> AnyView {
    match all_loaded(&remotes) {
        Load::Ready(all) => render(&all),
        Load::Failed(p) => load_error(
            what,
            p.to_string(),
            Arc::new(move || retry_failed(&remotes)),
        ),
        _ => loading(waiting),
    }
}

/// The calm line shown while content loads. Not generic, so that every
/// place content loads shares one copy of its code.
pub fn loading(text: String) -> AnyView {
    view! { <p class="loading" role="status">{text}</p> }.into_any()
}

/// A content file that failed: what, the problem, and Retry.
pub fn load_error(
    what: &'static str,
    problem: String,
    on_retry: Arc<dyn Fn() + Send + Sync>,
) -> AnyView {
    let t = ui();
    view! {
        <div class="load-error" role="alert">
            <p class="load-error-title"><strong>{(t.load_failed_what)(what)}</strong></p>
            <p>{t.load_failed_help}</p>
            <p><code class="problem">{problem}</code></p>
            <button type="button" on:click=move |_| on_retry()>{t.retry}</button>
        </div>
    }
    .into_any()
}
