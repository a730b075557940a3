//! `content-check DIR`: checks every content file and every rule.
//!
//! Prints each problem as `FILE:LINE:COL: PATH: message`, sorted, and exits 1
//! if there is any; exits 0 and says so when the content is valid.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "public/content".to_string());
    std::process::exit(iuc_asia::tools::content_check(
        std::path::Path::new(&dir),
        &mut std::io::stdout(),
    ));
}

#[cfg(target_arch = "wasm32")]
fn main() {}
