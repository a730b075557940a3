//! Browser entry point: mount the app. (No panic hook: it cost wasm, and
//! a panic still shows as an uncaught error in the console.)

#[cfg(target_arch = "wasm32")]
fn main() {
    iuc_asia::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The site runs in the browser: build it with `trunk build` or serve it with `make serve`."
    );
    std::process::exit(2);
}
