//! `site-gen`: the build pipeline and its parts.
//!
//! - `site-gen dist [--no-compress] CONTENT_DIR APP_DIR OUT_DIR [PUBLIC_URL]`:
//!   the whole pipeline (check → derived files → pages → host files →
//!   compress → budget) from a content folder and trunk's build of the app
//!   (`APP_DIR`), into a fresh `OUT_DIR`. `make dist` runs it;
//!   `--no-compress` (`make dist COMPRESS=0`) writes no .br/.gz twins.
//! - `site-gen build CONTENT_DIR OUT_DIR [PUBLIC_URL]`: the first two
//!   stages only (checked content and derived files), which `trunk serve`
//!   runs as its post-build hook in its staging folder.
//! - `site-gen schemas OUT_DIR`: one JSON Schema per content file.
//! - `site-gen public-url PATH`: the public URL as the bundle writes it
//!   ("iuc-asia" gives "/iuc-asia/"), or an error for one that is not a
//!   plain path; `make dist` asks it before trunk runs.
//! - `site-gen compress DIR`: `.br` and `.gz` beside every text/wasm file.
//! - `site-gen budget DIR`: prints brotli sizes; fails over the size budgets.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::path::Path;
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // `--no-compress` (`make dist COMPRESS=0`): no .br/.gz twins.
    let compress = !args.iter().any(|a| a == "--no-compress");
    args.retain(|a| a != "--no-compress");
    let dist = |content: &str, app: &str, out: &str, public_url: &str| {
        let content = Path::new(content);
        let o = iuc_asia::pipeline::Options {
            content: content.to_path_buf(),
            images: content.parent().unwrap_or(Path::new(".")).join("images"),
            app: Some(app.into()),
            out: out.into(),
            public_url: public_url.into(),
            budget: true,
            compress,
        };
        iuc_asia::pipeline::run(&o, &mut std::io::stdout())
    };
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["dist", content, app, out] => dist(content, app, out, "/"),
        ["dist", content, app, out, public_url] => dist(content, app, out, public_url),
        ["build", content, out] => iuc_asia::tools::build(content.as_ref(), out.as_ref(), "/"),
        ["build", content, out, public_url] => {
            iuc_asia::tools::build(content.as_ref(), out.as_ref(), public_url)
        }
        ["schemas", out] => iuc_asia::tools::write_schemas(out.as_ref()),
        ["public-url", p] => iuc_asia::pipeline::public_url(p).map(|p| println!("{p}")),
        ["budget", dir] => match iuc_asia::bundle::budget_report(dir.as_ref(), &mut std::io::stdout()) {
            Ok(true) => Ok(()),
            Ok(false) => Err("size budget exceeded".to_string()),
            Err(e) => Err(e),
        },
        ["compress", dir] => iuc_asia::bundle::compress(dir.as_ref()).map(|n| println!("compressed {n} files (.br and .gz)")),
        _ => Err(
            "usage: site-gen dist [--no-compress] CONTENT_DIR APP_DIR OUT_DIR [PUBLIC_URL] | site-gen build CONTENT_DIR OUT_DIR [PUBLIC_URL] | site-gen schemas OUT_DIR | site-gen public-url PATH | site-gen compress DIR | site-gen budget DIR"
                .to_string(),
        ),
    };
    if let Err(e) = result {
        eprintln!("site-gen: {e}");
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
