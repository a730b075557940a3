//! Every page rendered at build time by the app's own components.

use iuc_asia::platform::RenderEnv;
use iuc_asia::render::{prefill, render, routes};
use iuc_asia::routes::Route;
use std::path::Path;

fn site() -> iuc_asia::store::Prefilled {
    let content = Path::new("public/content");
    let set = iuc_asia::pipeline::check(content, Path::new("public")).unwrap();
    let mut out = iuc_asia::pipeline::Out::into(tempfile::tempdir().unwrap().keep().as_path());
    let d = iuc_asia::pipeline::derive(
        &set,
        content,
        Path::new("public/images"),
        "https://example.org/",
        chrono::DateTime::from_timestamp(1_600_000_000, 0).unwrap(),
        &mut out,
    )
    .unwrap();
    prefill(&set, d.news, d.latest, d.events_home).unwrap()
}

fn env() -> RenderEnv {
    RenderEnv {
        base: "/".into(),
        site_url: "https://example.org/".into(),
        now: chrono::DateTime::from_timestamp(1_600_000_000, 0).unwrap(),
    }
}

#[test]
fn spike() {
    let p = site();
    for r in routes(&p).iter().take(12) {
        let page = render(&p, &env(), r);
        println!(
            "{:?} {:?} {:?}\n{}\n",
            r,
            page.head.title,
            page.needs,
            &page.body[..page.body.len().min(3000)]
        );
    }
    let page = render(&p, &env(), &Route::Article("x".into()));
    println!("{}", page.head.title);
}
