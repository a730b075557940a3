//! Loading and failure states for content, shown only where the content is
//! needed.

use crate::store::{Load, Remote};
use crate::strings::ui;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use std::sync::Arc;

/// Renders `render(data)` once `remote` is loaded; until then a calm loading
/// line, and on failure the specific problem with a Retry button.
pub fn with_content<T, V, F>(remote: Remote<T>, what: &'static str, render: F) -> impl IntoView
where
    T: DeserializeOwned + Send + Sync + 'static,
    V: IntoView + 'static,
    F: Fn(Arc<T>) -> V + Send + Sync + 'static,
{
    remote.ensure();
    move || match remote.state.get() {
        Load::Idle | Load::Loading => view! {
            <p class="loading" role="status">{format!("{} {what}…", ui().loading)}</p>
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
    let mut heading = what.to_string();
    if let Some(first) = heading.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    view! {
        <div class="load-error" role="alert">
            <p class="load-error-title"><strong>{format!("{heading} {}", t.load_failed)}</strong></p>
            <p>{t.load_failed_help}</p>
            <p><code class="problem">{problem}</code></p>
            <button type="button" on:click=move |_| on_retry()>{t.retry}</button>
        </div>
    }
}
