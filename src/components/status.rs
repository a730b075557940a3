//! Loading and failure states for content, shown only where the content is
//! needed.

use crate::store::{Load, Remote};
use crate::strings::ui;
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
        Load::Idle | Load::Loading => view! {
            <p class="loading" role="status">{(ui().loading_what)(what)}</p>
        }
        .into_any(),
        Load::Failed(problem) => view! {
            <LoadError what=what problem=problem.to_string() on_retry=move || remote.retry()/>
        }
        .into_any(),
        Load::Ready(data) => render(data).into_any(),
    }
}

#[component]
pub fn LoadError(
    what: &'static str,
    problem: String,
    on_retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let t = ui();
    view! {
        <div class="load-error" role="alert">
            <p class="load-error-title"><strong>{(t.load_failed_what)(what)}</strong></p>
            <p>{t.load_failed_help}</p>
            <p><code class="problem">{problem}</code></p>
            <button type="button" on:click=move |_| on_retry()>{t.retry}</button>
        </div>
    }
}
