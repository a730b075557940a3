//! The shipped nginx config carries the same security headers and cache
//! rules as `_headers`.

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

#[test]
fn headers_file_labels_no_type_and_varies_every_path() {
    use iuc_asia::bundle::{headers_file, IMAGES, IMMUTABLE, REVALIDATE};
    let h = headers_file("/iuc-asia/", &["app-0123456789abcdef.js".into()]);
    // Cloudflare Pages applies a matching rule to the 404 page it answers
    // for a missing file too: a Content-Type rule would mislabel it.
    assert!(!h.contains("Content-Type:"), "{h}");
    assert!(h.starts_with("/iuc-asia/*\n"), "{h}");
    let every_path = h.split("\n\n").next().unwrap();
    assert!(
        every_path.lines().any(|l| l == "  Vary: Accept-Encoding"),
        "{h}"
    );
    for rule in [
        format!("/iuc-asia/app-0123456789abcdef.js\n  Cache-Control: {IMMUTABLE}\n"),
        format!("/iuc-asia/share/*\n  Cache-Control: {IMMUTABLE}\n"),
        format!("/iuc-asia/images/*\n  Cache-Control: {IMAGES}\n"),
        format!("/iuc-asia/zh-hans/calendar/*\n  Cache-Control: {REVALIDATE}\n"),
    ] {
        assert!(h.contains(&rule), "_headers lacks {rule:?}:\n{h}");
    }
    // deploy/nginx.conf sends the same values (a Playwright test compares
    // the two hosts' responses).
    let conf = std::fs::read_to_string("deploy/nginx.conf").unwrap();
    for value in [IMMUTABLE, IMAGES, REVALIDATE] {
        assert!(
            conf.contains(&format!("\"{value}\";")),
            "deploy/nginx.conf lacks {value}"
        );
    }
}

/// A wasm module with one active data segment of two bytes, at the
/// address whose signed LEB128 encoding is `offset`.
fn wasm_with_data_at(offset: &[u8]) -> Vec<u8> {
    let mut segment = vec![1, 0, 0x41];
    segment.extend_from_slice(offset);
    segment.extend_from_slice(&[0x0b, 2, b'h', b'i']);
    let mut module = b"\0asm\x01\0\0\0".to_vec();
    // A custom section first, which the reader must step over.
    module.extend_from_slice(&[0, 4, 3, b'a', b'b', b'c']);
    module.extend_from_slice(&[11, segment.len() as u8]);
    module.extend_from_slice(&segment);
    module
}

#[test]
fn data_segments_are_read_from_the_wasm() {
    use iuc_asia::bundle::lowest_data_address;
    assert_eq!(
        lowest_data_address(&wasm_with_data_at(&[0x80, 0x80, 0xc0, 0x00])),
        Ok(Some(1 << 20))
    );
    assert_eq!(
        lowest_data_address(&wasm_with_data_at(&[0x10])),
        Ok(Some(16))
    );
    // 64 takes two bytes: a lone 0x40 would be the i32.const -64.
    assert_eq!(
        lowest_data_address(&wasm_with_data_at(&[0xc0, 0x00])),
        Ok(Some(64))
    );
    assert_eq!(lowest_data_address(b"\0asm\x01\0\0\0"), Ok(None));
    assert!(lowest_data_address(&[0u8; 10]).is_err());
    // An offset computed from two constants is not read as the first.
    let mut summed = wasm_with_data_at(&[0x10]);
    let end = summed.iter().rposition(|b| *b == 0x0b).unwrap();
    summed[end] = 0x41;
    assert!(lowest_data_address(&summed).is_err());
    let cut = wasm_with_data_at(&[0x80, 0x80]);
    assert!(lowest_data_address(&cut[..cut.len() - 6]).is_err());
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
    // A module whose one data segment starts at 1 MiB, as Rust's linker
    // places it (the stack below it).
    std::fs::write(
        p.join("iuc-asia-0123456789abcdef_bg.wasm"),
        wasm_with_data_at(&[0x80, 0x80, 0xc0, 0x00]),
    )
    .unwrap();
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

#[test]
fn size_budget_measures_brotli_without_twins() {
    // `make dist COMPRESS=0`: no .br beside the wasm, whose 300 KiB of
    // zeros (a custom section) brotli makes a few bytes.
    let d = fake_dist(0);
    let p = d.path();
    std::fs::remove_file(p.join("iuc-asia-0123456789abcdef_bg.wasm.br")).unwrap();
    let mut wasm = b"\0asm\x01\0\0\0".to_vec();
    let body = 300 * 1024;
    let size = body + 2; // name length and name
    wasm.extend_from_slice(&[
        0,
        0x80 | (size & 0x7f) as u8,
        0x80 | ((size >> 7) & 0x7f) as u8,
        (size >> 14) as u8,
        1,
        b'z',
    ]);
    wasm.extend(std::iter::repeat_n(0u8, body));
    wasm.extend_from_slice(&wasm_with_data_at(&[0x80, 0x80, 0xc0, 0x00])[8..]);
    std::fs::write(p.join("iuc-asia-0123456789abcdef_bg.wasm"), &wasm).unwrap();
    let mut out = Vec::new();
    assert!(iuc_asia::bundle::budget_report(p, &mut out).unwrap());
    let text = String::from_utf8(out).unwrap();
    // Raw, it would count 300 KiB and fail the 250 KiB budget.
    assert!(text.starts_with("sizes (brotli): wasm 0."), "{text}");
}

#[test]
fn wasm_data_in_the_first_kib_fails_the_budget_stage() {
    let low = fake_dist(200 * 1024);
    std::fs::write(
        low.path().join("iuc-asia-0123456789abcdef_bg.wasm"),
        wasm_with_data_at(&[0x10]),
    )
    .unwrap();
    let mut out = Vec::new();
    assert!(!iuc_asia::bundle::budget_report(low.path(), &mut out).unwrap());
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("UNSAFE: the wasm places data at address 16"),
        "{text}"
    );
}
