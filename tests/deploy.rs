//! The shipped nginx config carries the same security headers as `_headers`.

use iuc_asia::bundle::SECURITY_HEADERS;

#[test]
fn nginx_config_sends_every_security_header() {
    let conf = std::fs::read_to_string("deploy/nginx.conf").unwrap();
    for (name, value) in SECURITY_HEADERS {
        let line = format!("add_header {name} \"{value}\" always;");
        assert!(conf.contains(&line), "deploy/nginx.conf lacks: {line}");
    }
    // No location sets its own headers (nginx would then drop the ones above).
    let after_first_location = &conf[conf.find("\n    location").unwrap()..];
    assert!(!after_first_location.contains("add_header"));
}

/// A minimal built bundle: `wasm_bytes` of wasm and the homepage's files.
fn fake_dist(wasm_bytes: usize) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    std::fs::write(
        p.join("index.html"),
        r#"<html lang="en" data-preload="/content/site.json /content/news/latest.json /content/events-home.json"><head></head></html>"#,
    )
    .unwrap();
    std::fs::write(p.join("iuc-asia-0123456789abcdef_bg.wasm"), vec![0u8; 10]).unwrap();
    std::fs::write(
        p.join("iuc-asia-0123456789abcdef_bg.wasm.br"),
        vec![0u8; wasm_bytes],
    )
    .unwrap();
    std::fs::write(p.join("base-0123456789abcdef.css"), "a{}").unwrap();
    std::fs::create_dir_all(p.join("content/news")).unwrap();
    std::fs::create_dir_all(p.join("images")).unwrap();
    std::fs::write(p.join("content/site.json"), "{}").unwrap();
    std::fs::write(p.join("content/events-home.json"), "{}").unwrap();
    // Fetched ahead for the news list once the app is ready.
    std::fs::create_dir_all(p.join("content/news/page")).unwrap();
    std::fs::write(p.join("content/news/index.json"), "{}").unwrap();
    std::fs::write(p.join("content/news/page/1.json"), "{}").unwrap();
    std::fs::write(
        p.join("content/news/latest.json"),
        r#"{"total":1,"articles":[{"slug":"a","title":"A","published":"2020","teaser":"t","tags":[],"image":{"src":"images/a.svg","alt":"a","width":1,"height":1},"words":1}]}"#,
    )
    .unwrap();
    std::fs::write(p.join("images/a.svg"), "<svg/>").unwrap();
    d
}

#[test]
fn size_budget_passes_and_fails_on_brotli_sizes() {
    let ok = fake_dist(200 * 1024);
    let mut out = Vec::new();
    assert!(iuc_asia::bundle::budget_report(ok.path(), &mut out).unwrap());
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("sizes (brotli): wasm 200.0 KiB"), "{text}");
    assert!(text.contains("in 9 files"), "{text}");
    let big = fake_dist(251 * 1024);
    let mut out = Vec::new();
    assert!(!iuc_asia::bundle::budget_report(big.path(), &mut out).unwrap());
    assert!(String::from_utf8(out)
        .unwrap()
        .contains("OVER BUDGET: the wasm is 251.0 KiB"));
}
