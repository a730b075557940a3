//! `site-gen`: writes the files derived from the content.
//!
//! - `site-gen build CONTENT_DIR OUT_DIR [PUBLIC_URL]`: the generated
//!   content (news indexes, search terms) into `OUT_DIR/content/` and the
//!   Atom feed into `OUT_DIR`. Trunk runs this as a post-build hook with
//!   `OUT_DIR` = its staging directory and its public URL.
//!   When `OUT_DIR` holds a built index.html, it also finishes the bundle
//!   for static hosts (see `bundle`).
//! - `site-gen schemas OUT_DIR`: one JSON Schema per content file.
//! - `site-gen compress DIR`: `.br` and `.gz` beside every text/wasm file.
//! - `site-gen budget DIR`: prints brotli sizes; fails over the size budgets.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["build", content, out] => iuc_asia::tools::build(content.as_ref(), out.as_ref(), "/"),
        ["build", content, out, public_url] => {
            iuc_asia::tools::build(content.as_ref(), out.as_ref(), public_url)
        }
        ["schemas", out] => iuc_asia::tools::write_schemas(out.as_ref()),
        ["budget", dir] => match iuc_asia::bundle::budget_report(dir.as_ref(), &mut std::io::stdout()) {
            Ok(true) => Ok(()),
            Ok(false) => Err("size budget exceeded".to_string()),
            Err(e) => Err(e),
        },
        ["compress", dir] => iuc_asia::bundle::compress(dir.as_ref()).map(|n| println!("compressed {n} files (.br and .gz)")),
        _ => Err(
            "usage: site-gen build CONTENT_DIR OUT_DIR [PUBLIC_URL] | site-gen schemas OUT_DIR | site-gen compress DIR | site-gen budget DIR"
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
