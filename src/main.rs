//! Browser entry point: install the panic hook and mount the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    iuc_asia::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The site runs in the browser: build it with `trunk build` or serve it with `make serve`."
    );
    std::process::exit(2);
}
