//! `content-check` and `site-gen` against hostile content: one test per
//! defect of the adversarial review (D1…D26 in the findings), each on a
//! scratch copy of the shipped content with one thing broken.

mod common;
use common::Fixture;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const ARTICLE: &str = "news/korea-workshop-gwangju.json";
const IMAGE_SRC: &str = "images/news-climate.svg";

fn assert_has(out: &str, want: &str) {
    assert!(out.contains(want), "missing {want:?} in\n{out}");
}

// ---------------------------------------------------------------- D1

#[test]
fn d1_stray_files_in_the_content_folder_are_refused() {
    let f = Fixture::english_only();
    fs::write(
        f.content().join("news/evil.html"),
        "<script src=\"/content/news/evil.js\"></script>",
    )
    .unwrap();
    fs::write(f.content().join("news/evil.js"), "document.title='x'").unwrap();
    fs::write(f.content().join("draft.JSON"), "{}").unwrap();
    fs::create_dir_all(f.content().join("news/sub")).unwrap();
    fs::write(f.content().join("news/sub/x.json"), "{").unwrap();
    fs::create_dir_all(f.content().join("extra")).unwrap();
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    for file in [
        "news/evil.html",
        "news/evil.js",
        "draft.JSON",
        "news/sub",
        "extra",
    ] {
        assert_has(
            &out,
            &format!("{file}:1:1: (document): is not a content file"),
        );
    }
}

#[test]
fn d1_unsafe_svg_images_are_refused() {
    let f = Fixture::english_only();
    fs::write(
        f.public.join("images/evil.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script href=\"/images/evil.js\"/>\n</svg>",
    )
    .unwrap();
    fs::write(f.public.join("images/evil.js"), "document.title='pwned'").unwrap();
    fs::write(
        f.public.join("images/onload.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
    )
    .unwrap();
    f.edit(ARTICLE, IMAGE_SRC, "images/evil.svg");
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    assert_has(
        &out,
        "images/evil.svg:2:1: (document): unsafe SVG: element <script> is not allowed",
    );
    assert_has(&out, "images/evil.js:1:1: (document): is not an image");
    assert_has(
        &out,
        "images/onload.svg:1:41: (document): unsafe SVG: event attribute `onload`",
    );
}

#[test]
fn d1_image_bytes_must_match_the_extension() {
    let f = Fixture::english_only();
    fs::write(
        f.public.join("images/photo.png"),
        "<html><script>alert(1)</script></html>",
    )
    .unwrap();
    fs::write(
        f.public.join("images/real.png"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
    )
    .unwrap();
    fs::write(f.public.join("images/loud.PNG"), b"\x89PNG\r\n\x1a\n").unwrap();
    f.edit(ARTICLE, IMAGE_SRC, "images/real.png");
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    assert_has(
        &out,
        "images/photo.png:1:1: (document): is not a .png image",
    );
    assert_has(&out, "images/loud.PNG:1:1: (document): is not an image");
    assert!(!out.contains("images/real.png:"), "{out}");
}

#[test]
fn d1_unused_images_are_listed_as_warnings() {
    let f = Fixture::english_only();
    fs::copy(
        f.public.join(IMAGE_SRC),
        f.public.join("images/forgotten.svg"),
    )
    .unwrap();
    let (code, out) = f.run();
    assert_eq!(code, 0, "{out}");
    assert_has(
        &out,
        "images/forgotten.svg:1:1: (document): warning: no content file uses this image",
    );
    assert_has(&out, "content OK: 15 articles");
    assert_has(&out, "1 warning(s)");
}

// ---------------------------------------------------------------- D2, D5

#[cfg(unix)]
#[test]
fn d2_a_symlinked_image_is_refused_and_not_read() {
    let f = Fixture::english_only();
    std::os::unix::fs::symlink("/etc/hostname", f.public.join("images/secret.svg")).unwrap();
    f.edit(ARTICLE, IMAGE_SRC, "images/secret.svg");
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    assert_has(
        &out,
        "images/secret.svg:1:1: (document): is a symbolic link: links are never followed",
    );
}

#[cfg(unix)]
#[test]
fn d2_a_symlinked_images_folder_is_refused() {
    let f = Fixture::english_only();
    let elsewhere = f.public.parent().unwrap().join("elsewhere");
    fs::rename(f.public.join("images"), &elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, f.public.join("images")).unwrap();
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    assert_has(
        &out,
        "images:1:1: (document): must be a folder, but is a symbolic link",
    );
}

#[cfg(unix)]
#[test]
fn d5_fifos_devices_and_links_are_not_opened() {
    let f = Fixture::english_only();
    let fifo = f.content().join("news/fifo.json");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    std::os::unix::fs::symlink("/dev/zero", f.content().join("news/zero.json")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", f.content().join("site.json.tmp")).unwrap();
    fs::remove_file(f.content().join("pages.json")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", f.content().join("pages.json")).unwrap();
    let (code, out) = f.run_within(Duration::from_secs(10));
    assert_eq!(code, 1, "{out}");
    assert_has(
        &out,
        "news/fifo.json:1:1: (document): is not a regular file but a FIFO (named pipe)",
    );
    assert_has(&out, "news/zero.json:1:1: (document): is a symbolic link");
    assert_has(&out, "pages.json:1:1: (document): is a symbolic link");
    assert_has(&out, "site.json.tmp:1:1: (document): is not a content file");
}

// ---------------------------------------------------------------- D3, D13

#[test]
fn d3_component_links_cannot_leave_the_site() {
    for bad in [
        "/\\evil.example/",
        "/\t/evil.example/",
        "/\n/evil.example/",
        "//evil.example/",
        "/ /evil.example",
        "/\u{0}x",
        "https://evil.example/",
        "/a\u{202e}b",
    ] {
        let f = Fixture::english_only();
        f.set_string("site.json", "/city-cooperation", bad);
        let (code, out) = f.run();
        assert_eq!(code, 1, "{bad:?} accepted:\n{out}");
        assert_has(
            &out,
            "components[0].link: must be a site path starting with /",
        );
    }
    assert!(iuc_asia::content::validate::internal_link_ok(
        "/city-cooperation?view=map#top"
    ));
}

#[test]
fn d13_the_site_url_is_a_plain_origin() {
    for bad in [
        "https://www.iuc-asia.eu?x=1",
        "https://www.iuc-asia.eu/#frag",
        "https://www.iuc-asia.eu@evil.example",
        "https://user:pw@www.iuc-asia.eu/",
        "https://www.iuc-asia.eu'>",
        "https://www.iuc-asia.eu/news/",
        "https://www.iuc\u{0}-asia.eu/",
        "https://www.iuc-asia.eu:99999/",
        "ftp://www.iuc-asia.eu/",
        "//www.iuc-asia.eu/",
        "https://",
    ] {
        let f = Fixture::english_only();
        f.set_string("site.json", "https://www.iuc-asia.eu/", bad);
        let (code, out) = f.run();
        assert_eq!(code, 1, "{bad:?} accepted:\n{out}");
        assert_has(&out, "site.json:3:10: url: ");
        assert_has(&out, "must be the site's origin");
    }
    for ok in [
        "https://www.iuc-asia.eu",
        "http://localhost:8080/",
        "https://example.org/",
    ] {
        assert!(iuc_asia::content::validate::site_url_ok(ok), "{ok}");
    }
}

#[test]
fn links_with_controls_or_backslashes_are_refused() {
    for bad in [
        "https://example.org/a\u{0}b",
        "https://example.org/\u{1b}[2J",
        "https://example.org/\u{7f}",
        "https://www.iuc-asia.eu\\@evil.example/",
        "https://www.iuc-asia.eu:443@evil.example/",
        "https://user@example.org/",
        "https://example.org/\u{202e}gnp.exe",
    ] {
        assert!(
            iuc_asia::content::validate::check_link(bad).is_err(),
            "{bad:?}"
        );
    }
}

// ---------------------------------------------------------------- D4

/// Content whose events.json holds 1,000 copies of its first event, each
/// with organiser `organiser`.
fn thousand_events(organiser: &str) -> Fixture {
    let f = Fixture::english_only();
    let path = f.content().join("events.json");
    let mut doc: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    let first = doc["events"][0].clone();
    let events: Vec<serde_json::Value> = (0..1000)
        .map(|i| {
            let mut e = first.clone();
            e["slug"] = format!("gen-{i}").into();
            e["organiser"] = organiser.into();
            e
        })
        .collect();
    doc["events"] = events.into();
    fs::write(&path, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    f
}

#[test]
fn d4_a_thousand_problems_are_located_quickly() {
    let valid = thousand_events("iuc-asia");
    let start = Instant::now();
    let (code, out) = valid.run();
    let without_problems = start.elapsed();
    assert_eq!(code, 0, "{out}");
    let broken = thousand_events("renamed");
    let start = Instant::now();
    let (code, out) = broken.run();
    let took = start.elapsed();
    assert_eq!(code, 1);
    assert_eq!(out.matches("no organiser with id `renamed`").count(), 1000);
    assert_has(&out, "events[999].organiser: no organiser");
    // It took 24 s when each problem re-scanned the file. The bound allows
    // for a busy machine: the same file without problems, times four.
    assert!(
        took < Duration::from_secs(2).max(without_problems * 4),
        "took {took:?} ({without_problems:?} without problems)"
    );
}

// ---------------------------------------------------------------- D6, D20, D21

#[test]
fn d6_characters_feeds_cannot_carry_are_refused() {
    let f = Fixture::english_only();
    f.edit(
        ARTICLE,
        "\"title\": \"",
        "\"title\": \"Gap fund \\ufffe launched \\uffff ",
    );
    f.edit(
        "events.json",
        "\"summary\": \"",
        "\"summary\": \"a\\u0000b\\u001b[31mc\\u007fd ",
    );
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    assert_has(
        &out,
        &format!("{ARTICLE}:3:12: title: contains U+FFFE (a Unicode noncharacter)"),
    );
    assert_has(
        &out,
        "events[0].summary: contains U+0000 (a control character)",
    );
}

#[test]
fn d21_values_cannot_forge_lines_or_flood_the_terminal() {
    let f = Fixture::english_only();
    f.set_string(
        ARTICLE,
        "korea-workshop-gwangju",
        "x\nsite.json:1:1: (document): FORGED problem\n\u{1b}[2J\u{1b}[31mRED",
    );
    f.set_string(
        "events.json",
        "ewrc-2020-iuc-webinar",
        &"X".repeat(1_000_000),
    );
    let (code, out) = f.run();
    assert_eq!(code, 1);
    assert!(!out.contains('\u{1b}'), "{out}");
    for line in out.lines() {
        assert!(line.chars().count() < 600, "line of {} chars", line.len());
        assert!(
            line.starts_with(ARTICLE)
                || line.starts_with("events.json:")
                || line.contains(": only the site owner can supply this: ")
                || line.contains("nothing was generated"),
            "{line}"
        );
    }
    assert_has(&out, "x\\u{a}site.json:1:1");
}

// ---------------------------------------------------------------- D7

#[test]
fn d7_offsets_must_match_the_time_zone() {
    let f = Fixture::english_only();
    f.edit(
        "events.json",
        "\"start\": \"2020-10-19T08:30:00+02:00\"",
        "\"start\": \"2020-10-19T08:30:00+08:00\"",
    )
    .edit(
        "events.json",
        "\"time_zone\": \"Asia/Ho_Chi_Minh\"",
        "\"time_zone\": \"Asia/Shangai\"",
    )
    .edit(
        "events.json",
        "\"time_zone\": \"Asia/Jakarta\"",
        "\"time_zone\": \"../../etc/passwd\"",
    );
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    assert_has(
        &out,
        "events.json:203:16: events[2].start: offset +08:00 does not match Europe/Madrid on 2020-10-19 (expected +02:00)",
    );
    assert_has(
        &out,
        "events[4].time_zone: `Asia/Shangai` is not a zone in the IANA time zone database",
    );
    assert_has(
        &out,
        "events[5].time_zone: `../../etc/passwd` is not a zone in the IANA time zone database",
    );
}

// ---------------------------------------------------------------- D14, D19, D24

#[test]
fn d14_every_footer_page_must_exist_and_no_other() {
    let f = Fixture::english_only();
    f.edit(
        "pages.json",
        "\"slug\": \"privacy\"",
        "\"slug\": \"privacy-policy\"",
    );
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    assert_has(&out, "pages: no page with slug `privacy`");
    assert_has(
        &out,
        "slug: the site has no address for a page `privacy-policy`",
    );
}

#[test]
fn d19_calendar_dates_must_be_writable() {
    let f = Fixture::english_only();
    f.edit(
        "events.json",
        "\"end\": \"2020-10-09T00:00:00+07:00\"",
        "\"end\": \"2020-10-08T00:00:00+07:00\"",
    )
    .edit(
        "events.json",
        "\"start\": \"2019-03-21T00:00:00+08:00\"",
        "\"start\": \"0000-01-01T00:00:00+14:00\"",
    );
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    assert_has(
        &out,
        "events[4].end: an all-day event ends at midnight after its last day",
    );
    assert_has(&out, "events[13].start: the year is outside 1000–9999");
}

#[test]
fn d24_invisible_titles_bad_codes_and_leap_seconds_are_refused() {
    let f = Fixture::english_only();
    f.edit(
        ARTICLE,
        "\"title\": \"",
        "\"title\": \"\\u200b\\u200d\\u2060\", \"x\": \"",
    );
    let (_, out) = f.run();
    // The article no longer parses (unknown field): use a separate copy.
    assert_has(&out, "unknown field `x`");
    let f = Fixture::english_only();
    let text = fs::read_to_string(f.content().join(ARTICLE)).unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    doc["title"] = "\u{200b}\u{200d}\u{2060}\u{ad}".into();
    fs::write(
        f.content().join(ARTICLE),
        serde_json::to_string_pretty(&doc).unwrap(),
    )
    .unwrap();
    f.edit(
        "events.json",
        "\"start\": \"2020-10-19T08:30:00+02:00\"",
        "\"start\": \"2020-10-19T08:30:60+02:00\"",
    );
    let covenant = fs::read_to_string(f.content().join("covenant.json")).unwrap();
    let code = covenant
        .split("\"code\": \"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    f.edit(
        "covenant.json",
        &format!("\"code\": \"{code}\""),
        "\"code\": \"<!--\"",
    );
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    assert_has(&out, "title: must not be empty");
    assert_has(
        &out,
        "events[2].start: `2020-10-19T08:30:60+02:00` has a leap second",
    );
    assert_has(
        &out,
        "countries[0].code: `<!--` is not a two-letter country code",
    );
}

// ---------------------------------------------------------------- D22, D23

#[test]
fn d22_columns_count_characters_and_odd_keys_keep_the_shape() {
    let f = Fixture::english_only();
    fs::write(
        f.content().join("site.json"),
        "{\"name\": \"Málaga 城市合作 é\", \"url\" \"x\"}",
    )
    .unwrap();
    let (_, out) = f.run();
    assert_has(&out, "site.json:1:33: ");
    let p = iuc_asia::content::parse::<iuc_asia::content::Site>("site.json", "{\": \": 1}")
        .unwrap_err();
    assert!(
        p.to_string()
            .starts_with("site.json:1:5: [\"\\u003a \"]: unknown field"),
        "{p}"
    );
}

#[test]
fn d22_a_byte_order_mark_is_named() {
    let f = Fixture::english_only();
    let path = f.content().join("site.json");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, format!("\u{feff}{text}")).unwrap();
    let (code, out) = f.run();
    assert_eq!(code, 1);
    assert_has(
        &out,
        "site.json:1:1: (document): starts with a byte order mark",
    );
}

#[test]
fn d23_generated_names_cannot_be_articles() {
    let f = Fixture::english_only();
    for name in ["index", "facets", "latest"] {
        fs::copy(
            f.content().join(ARTICLE),
            f.content().join(format!("news/{name}.json")),
        )
        .unwrap();
    }
    fs::write(f.content().join("events-home.json"), "{}").unwrap();
    // An event may not take the name of the events' index file.
    f.set_string("events.json", "ewrc-2020-iuc-webinar", "index");
    let (code, out) = f.run();
    assert_eq!(code, 1);
    assert_has(&out, "slug: `index` names a file the build writes");
    for name in [
        "news/index.json",
        "news/facets.json",
        "news/latest.json",
        "events-home.json",
    ] {
        assert_has(
            &out,
            &format!("{name}:1:1: (document): this file is written by the build"),
        );
    }
}

// ---------------------------------------------------------------- D12, D15, D26

/// The pipeline writes into a fresh folder each time: building again after
/// an edit leaves nothing of the earlier build behind, compressed twins
/// included.
#[test]
fn d15_building_again_leaves_nothing_stale() {
    let f = Fixture::english_only();
    let work = tempfile::tempdir().unwrap();
    let dist = work.path().join("dist");
    let build = |f: &Fixture| {
        let o = iuc_asia::pipeline::Options {
            content: f.content(),
            images: f.content().parent().unwrap().join("images"),
            app: None,
            out: dist.clone(),
            public_url: "/".into(),
            budget: false,
            compress: true,
        };
        iuc_asia::pipeline::run(&o, &mut Vec::new()).unwrap();
    };
    build(&f);
    let old_br = fs::read(dist.join("feed.xml.br")).unwrap();
    f.edit(
        "site.json",
        "\"tagline\": \"",
        "\"tagline\": \"NEW TAGLINE ",
    );
    build(&f);
    build(&f);
    let feed = fs::read_to_string(dist.join("feed.xml")).unwrap();
    assert_eq!(feed.matches("NEW TAGLINE").count(), 1, "{feed}");
    assert_ne!(
        fs::read(dist.join("feed.xml.br")).unwrap(),
        old_br,
        "feed.xml.br is stale"
    );
}

#[test]
fn d26_the_public_url_must_be_a_plain_path() {
    let dist = tempfile::tempdir().unwrap();
    for bad in [
        "/x\"><script>alert(1)</script>/",
        "/a\n  X-Evil: 1\n/",
        "/../",
    ] {
        let err =
            iuc_asia::tools::build(Path::new("public/content"), dist.path(), bad).unwrap_err();
        assert!(err.contains("must be a plain path"), "{err}");
    }
}

#[test]
fn d12_compressing_a_large_bundle_is_quick_and_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    // A 5 MB search index and 400 small articles, made of the shipped
    // content's words.
    let words: Vec<String> = fs::read_to_string("public/content/events.json")
        .unwrap()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect();
    let mut seed = 1u64;
    let mut sentence = |n: usize| -> String {
        (0..n)
            .map(|_| {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                words[(seed >> 33) as usize % words.len()].as_str()
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut text = String::from("{\"terms\":{");
    let mut i = 0;
    while text.len() < 5_000_000 {
        text.push_str(&format!("\"a-{i}\":\"{}\",", sentence(300)));
        i += 1;
    }
    text.push_str("\"end\":\"\"}}");
    fs::write(dir.path().join("search.json"), &text).unwrap();
    let news = dir.path().join("news");
    fs::create_dir(&news).unwrap();
    for i in 0..400 {
        let article = format!("{{\"slug\":\"a-{i}\",\"body\":\"{}\"}}", sentence(150));
        fs::write(news.join(format!("a-{i}.json")), article).unwrap();
    }
    let start = Instant::now();
    assert_eq!(iuc_asia::bundle::compress(dir.path()).unwrap(), 401);
    let took = start.elapsed();
    for file in ["search.json", "news/a-7.json"] {
        let raw = fs::read(dir.path().join(file)).unwrap();
        let br = fs::read(dir.path().join(format!("{file}.br"))).unwrap();
        assert!(iuc_asia_compress::unbrotli(&br).unwrap() == raw, "{file}");
        assert!(br.len() < raw.len(), "{file}");
        assert!(dir.path().join(format!("{file}.gz")).exists());
    }
    // Unoptimised, at quality 11, this took about two minutes.
    assert!(took < Duration::from_secs(20), "took {took:?}");
}

// ------------------------------------------------------- round 2: T1…T20

/// The app as trunk leaves it, without trunk: the repository's
/// `index.html` with its public URL set and its trunk directives dropped,
/// and the favicon. Enough for the pipeline to write every page file.
fn fake_app(dir: &Path) -> PathBuf {
    let app = dir.join("app");
    fs::create_dir_all(&app).unwrap();
    let index: String = fs::read_to_string("index.html")
        .unwrap()
        .replace("<base data-trunk-public-url>", "<base href=\"/\">")
        .lines()
        .filter(|l| !l.contains("data-trunk"))
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(app.join("index.html"), index).unwrap();
    fs::copy("style/favicon.svg", app.join("favicon.svg")).unwrap();
    app
}

/// Runs the whole pipeline (with page files when `with_pages`) into a
/// fresh folder; the bundle's folder with the result.
fn build(f: &Fixture, with_pages: bool) -> (tempfile::TempDir, Result<(), String>) {
    let (work, r, _) = build_logged(f, with_pages, "/");
    (work, r)
}

/// As `build`, under `public_url`, with the pipeline's log.
fn build_logged(
    f: &Fixture,
    with_pages: bool,
    public_url: &str,
) -> (tempfile::TempDir, Result<(), String>, String) {
    let work = tempfile::tempdir().unwrap();
    let o = iuc_asia::pipeline::Options {
        content: f.content(),
        images: f.public.join("images"),
        app: with_pages.then(|| fake_app(work.path())),
        out: work.path().join("dist"),
        public_url: public_url.into(),
        budget: false,
        compress: false,
    };
    let mut log = Vec::new();
    let r = iuc_asia::pipeline::run(&o, &mut log);
    (work, r, String::from_utf8(log).unwrap())
}

const EWRC_TITLE: &str = "Webinar at EWRC – International Urban Cooperation – China, India, Japan";
const EWRC_PAGE: &str = "dist/events/ewrc-2020-iuc-webinar/index.html";

#[test]
fn t1_a_title_cannot_blank_a_page() {
    let f = Fixture::english_only();
    let breaker = "Webinar <!--<script> at EWRC";
    f.set_string("events.json", EWRC_TITLE, breaker);
    f.edit(
        "site.json",
        "climate change together.\"",
        "climate change together. <!--<script>\"",
    );
    let (code, out) = f.run();
    assert_eq!(code, 0, "{out}");
    let (dir, r) = build(&f, true);
    r.unwrap();
    let page = fs::read_to_string(dir.path().join(EWRC_PAGE)).unwrap();
    // The JSON-LD holds the title with `<` and `>` as JSON escapes, and the
    // page parses as the browser would: the body and the loader are there.
    assert_has(
        &page,
        "\"name\":\"Webinar \\u003c!--\\u003cscript\\u003e at EWRC\"",
    );
    assert!(!page.contains("<!--<script>"), "{page}");
    iuc_asia::page_check::check(EWRC_PAGE, &page).unwrap();
    assert_has(&page, "Webinar &lt;!--&lt;script&gt; at EWRC");
    let home = fs::read_to_string(dir.path().join("dist/index.html")).unwrap();
    iuc_asia::page_check::check("index.html", &home).unwrap();
}

#[test]
fn t2_costly_svg_illustrations_are_refused_with_their_location() {
    let f = Fixture::english_only();
    fs::write(
        f.public.join("images/noise.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1200 675\">\n<filter id=\"f\"><feTurbulence numOctaves=\"1000000000\"/></filter>\n<rect width=\"1200\" height=\"675\" filter=\"url(#f)\"/>\n</svg>",
    )
    .unwrap();
    f.edit(ARTICLE, IMAGE_SRC, "images/noise.svg");
    let (code, out) = f.run_within(Duration::from_secs(20));
    assert_eq!(code, 1, "{out}");
    assert_has(
        &out,
        "images/noise.svg:2:30: (document): unsafe SVG: <feTurbulence numOctaves=\"1000000000\">: at most 8",
    );
}

#[test]
fn t3_extreme_image_shapes_are_refused() {
    let f = Fixture::english_only();
    fs::write(
        f.public.join("images/tall.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"100000\" viewBox=\"0 0 1 100000\"><rect width=\"1\" height=\"100000\"/></svg>",
    )
    .unwrap();
    f.edit(ARTICLE, IMAGE_SRC, "images/tall.svg");
    f.edit(ARTICLE, "\"width\": 1200", "\"width\": 1");
    f.edit(ARTICLE, "\"height\": 675", "\"height\": 100000");
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    assert_has(
        &out,
        "images/tall.svg:1:1: (document): unsafe SVG: its shape is 1 × 100000",
    );
    assert_has(&out, &format!("{ARTICLE}:"));
    assert_has(&out, "1×100000 is too large");
}

#[test]
fn t4_t5_long_words_and_titles_build_in_bounded_time() {
    let f = Fixture::english_only();
    // 13,000 words of 205 letters in one article's body: shard names stay
    // within file-name limits.
    let words: String = (0..13_000)
        .map(|i| format!("{}{i:05} ", "z".repeat(200)))
        .collect();
    f.edit(
        ARTICLE,
        "\"body\": \"",
        &format!("\"body\": \"{words}\\n\\n"),
    );
    // A title of three words and one 270-letter word: within the label
    // bound, and drawn in linear time on its share card.
    f.set_string(
        "events.json",
        EWRC_TITLE,
        &format!("{} {}", "w".repeat(24), "a".repeat(270)),
    );
    let (code, out) = f.run();
    assert_eq!(code, 0, "{out}");
    let t = Instant::now();
    let (dir, r) = build(&f, true);
    r.unwrap();
    assert!(t.elapsed() < Duration::from_secs(60), "{:?}", t.elapsed());
    for e in fs::read_dir(dir.path().join("dist/content/news/search")).unwrap() {
        assert!(e.unwrap().file_name().len() <= 255);
    }
    // A title past the bound is refused, with its place.
    f.set_string(
        "events.json",
        &format!("{} {}", "w".repeat(24), "a".repeat(270)),
        &"a".repeat(320_000),
    );
    let (code, out) = f.run();
    assert_eq!(code, 1);
    assert_has(
        &out,
        "events.json:75:16: events[0].title: is 320000 characters long: titles, names and headings may have at most 300",
    );
}

#[test]
fn t13_build_only_fields_are_refused_in_editor_files() {
    let f = Fixture::english_only();
    f.edit(ARTICLE, "\"slug\":", "\"lang\": \"en\",\n  \"slug\":");
    f.edit(
        "events.json",
        "\"slug\": \"ewrc-2020-iuc-webinar\",",
        "\"slug\": \"ewrc-2020-iuc-webinar\", \"lang\": \"x-klingon\", \"zone_label\": \"CEST\",",
    );
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    assert_has(
        &out,
        &format!("{ARTICLE}:2:11: lang: `lang` is written by the build, not by editors: remove it"),
    );
    assert_has(&out, "events[0].lang: `lang` is written by the build");
    assert_has(
        &out,
        "events[0].zone_label: `zone_label` is written by the build",
    );
}

#[test]
fn t14_a_title_that_reads_like_not_found_still_builds() {
    let f = Fixture::english_only();
    f.set_string(
        ARTICLE,
        "Korean and other Asian cities meet in Gwangju to align climate plans",
        "Article not found: where city climate data goes missing",
    );
    f.set_string("events.json", EWRC_TITLE, "Page not found: a webinar");
    let (code, out) = f.run();
    assert_eq!(code, 0, "{out}");
    build(&f, false).1.unwrap();
}

#[test]
fn t15_image_names_use_plain_characters() {
    let f = Fixture::english_only();
    fs::copy(
        f.public.join(IMAGE_SRC),
        f.public.join("images/fin#ance?.svg"),
    )
    .unwrap();
    f.edit(ARTICLE, IMAGE_SRC, "images/fin#ance?.svg");
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    assert_has(
        &out,
        "image.src: `images/fin#ance?.svg`: image names may use only lowercase letters, digits",
    );
}

#[test]
fn t8_t9_hostile_public_urls_are_refused_before_anything_is_written() {
    use iuc_asia::pipeline::public_url;
    for (given, want) in [
        ("", "/"),
        ("/", "/"),
        ("iuc-asia", "/iuc-asia/"),
        ("iuc-asia/", "/iuc-asia/"),
        ("/iuc-asia", "/iuc-asia/"),
        ("/a/b.c~d_e/", "/a/b.c~d_e/"),
    ] {
        assert_eq!(public_url(given).unwrap(), want, "{given}");
    }
    for bad in [
        "//iuc-asia/",
        "//",
        "/a//b/",
        "/../",
        "/a/./b/",
        "/x\"/",
        "/a b/",
        "/a/\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:injected\r\nEND:VEVENT\r\nX:/b",
        "https://example.org/",
    ] {
        let e = public_url(bad).unwrap_err();
        assert!(e.contains("must be a plain path"), "{bad:?}: {e}");
        assert!(!e.contains('\n'), "{e}");
    }
    // `site-gen dist` (the pipeline) refuses before writing a file.
    let f = Fixture::english_only();
    let (work, r, _) = build_logged(&f, false, "/a/\r\nBEGIN:VEVENT\r\nX:/b");
    let out = work.path().join("dist");
    let e = r.unwrap_err();
    assert!(e.contains("must be a plain path"), "{e}");
    assert!(!out.exists());
    // And so does the development hook.
    let e = iuc_asia::tools::build(&f.content(), &out, "//iuc-asia/").unwrap_err();
    assert!(e.contains("must be a plain path"), "{e}");
    assert!(!out.exists());
}

#[test]
fn t6_the_news_files_and_pages_of_one_build_name_it() {
    let f = Fixture::english_only();
    let read_build = |dir: &Path, file: &str| -> String {
        let text = fs::read_to_string(dir.join("dist").join(file)).unwrap();
        iuc_asia::content::load::build_of(&text)
            .unwrap_or_else(|| panic!("{file} names no build: {}", &text[..40.min(text.len())]))
            .to_string()
    };
    let (a, r) = build(&f, true);
    r.unwrap();
    let first = read_build(a.path(), "content/news/index.json");
    assert_eq!(first.len(), 16);
    for file in [
        "content/news/facets.json",
        "content/news/latest.json",
        "content/news/page/1.json",
    ] {
        assert_eq!(read_build(a.path(), file), first, "{file}");
    }
    for shard in fs::read_dir(a.path().join("dist/content/news/search")).unwrap() {
        let name = format!(
            "content/news/search/{}",
            shard.unwrap().file_name().to_string_lossy()
        );
        assert_eq!(read_build(a.path(), &name), first, "{name}");
    }
    let page = fs::read_to_string(a.path().join("dist/news/index.html")).unwrap();
    assert_has(&page, &format!("data-build=\"{first}\""));
    // The same content gives the same build; another article, another.
    let (again, r) = build(&f, false);
    r.unwrap();
    assert_eq!(read_build(again.path(), "content/news/index.json"), first);
    f.set_string(
        ARTICLE,
        "Korean and other Asian cities meet in Gwangju to align climate plans",
        "Korean cities meet in Gwangju",
    );
    let (b, r) = build(&f, false);
    r.unwrap();
    assert_ne!(read_build(b.path(), "content/news/index.json"), first);
}

#[test]
fn t16_characters_no_font_draws_are_named_by_the_build() {
    let f = Fixture::english_only();
    f.set_string("events.json", EWRC_TITLE, &"ภาษาไทย".repeat(40));
    let (_work, r, log) = build_logged(&f, true, "/");
    r.unwrap();
    assert_has(
        &log,
        "warning: the share card of events/ewrc-2020-iuc-webinar/index.html: no font in assets/fonts draws `ภ` (U+0E20)",
    );
    // Titles the fonts cover raise nothing.
    assert_eq!(log.matches("warning:").count(), 1, "{log}");
}

/// An event that runs over New Year is in two year files; it is still one
/// page, written once.
#[test]
fn an_event_over_new_year_is_one_page() {
    let f = Fixture::english_only();
    f.edit(
        "events.json",
        "\"start\": \"2020-10-13T09:30:00+02:00\",\n      \"end\": \"2020-10-13T11:00:00+02:00\",",
        "\"start\": \"2020-12-31T23:00:00+01:00\",\n      \"end\": \"2021-01-01T01:00:00+01:00\",",
    );
    let (code, out) = f.run();
    assert_eq!(code, 0, "{out}");
    let (dir, r) = build(&f, true);
    r.unwrap();
    assert!(dir
        .path()
        .join("dist/events/ewrc-2020-iuc-webinar/index.html")
        .exists());
}
