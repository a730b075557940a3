//! `content-check` on the frozen fixture content and on copies broken one
//! rule at a time: exit codes, output format and each validation rule.
//!
//! Tests read `tests/fixtures/content` (a copy of the site's content with the
//! images it needs in `tests/fixtures/images`), never `public/content`, so
//! editors can add articles and events without breaking a test.

mod common;
use common::Fixture;
use iuc_asia::tools::content_check;
use std::fs;
use std::path::Path;

/// The frozen content every test reads; its parent holds `images/`.
const FIXTURE: &str = "tests/fixtures/content";

/// The error lines of a report: not the summary, warnings or owner notes.
fn problems(out: &str) -> Vec<&str> {
    out.lines()
        .filter(|l| {
            !l.contains("problem(s) found")
                && !l.starts_with("content OK")
                && !l.starts_with("translations: ")
                && !l.contains(": warning: ")
                && !l.contains(OWNER)
        })
        .collect()
}

const OWNER: &str = ": only the site owner can supply this: ";

/// The lines naming a missing owner fact.
fn owner_lines(out: &str) -> Vec<&str> {
    out.lines().filter(|l| l.contains(OWNER)).collect()
}

#[test]
fn fixture_content_passes_and_names_every_missing_owner_fact() {
    let mut out = Vec::new();
    let code = content_check(Path::new(FIXTURE), &mut out);
    let out = String::from_utf8(out).unwrap();
    assert_eq!(code, 0, "{out}");
    assert!(problems(&out).is_empty(), "{out}");
    assert!(
        out.contains("\ntranslations: zh-Hans: every article translated\n"),
        "{out}"
    );
    assert!(
        out.ends_with(
            "content OK: 15 articles, 15 events, 9 pairings checked in tests/fixtures/content \
             (11 fact(s) only the site owner can supply still missing, listed above)\n"
        ),
        "{out}"
    );
    let fields: Vec<&str> = owner_lines(&out)
        .iter()
        .map(|l| l.split(':').nth(3).unwrap().trim())
        .collect();
    assert_eq!(
        fields,
        [
            "legal_notice.publisher",
            "legal_notice.contact",
            "legal_notice.reuse_terms",
            "privacy.controller",
            "privacy.contact",
            "privacy.legal_basis",
            "privacy.retention",
            "privacy.recipients",
            "accessibility.compliance_status",
            "accessibility.feedback_contact",
            "accessibility.preparation",
        ]
    );
    assert!(
        out.contains(
            "pages.json:129:18: legal_notice.publisher: only the site owner can supply this: \
             name and postal address of the organisation that publishes this website"
        ),
        "{out}"
    );
}

/// Found by `make bench`'s random fuzz pass: a slug starting with a
/// terminal escape reached the terminal raw through the translations line.
#[test]
fn the_translations_line_shows_a_control_character_escaped() {
    let f = Fixture::new();
    f.edit(
        "news/city-climate-finance-gap-fund-launch.json",
        "\"city-climate-finance-gap-fund-launch\"",
        "\"\\u001bcity-climate-finance-gap-fund-launch\"",
    );
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    assert!(!out.contains('\u{1b}'), "{out}");
    assert!(
        out.contains("translations: zh-Hans: not translated yet, shown in English: 1 article(s) \\u{1b}city-climate-finance-gap-fund-launch;"),
        "{out}"
    );
}

#[test]
fn missing_directory_is_reported() {
    let mut out = Vec::new();
    assert_eq!(content_check(Path::new("no/such/dir"), &mut out), 2);
    assert!(String::from_utf8(out).unwrap().contains("not a directory"));
}

#[test]
fn syntax_error_gives_file_line_and_column() {
    let f = Fixture::new();
    f.edit("events.json", "\"organisers\": [", "\"organisers\": [,");
    let (code, out) = f.run();
    assert_eq!(code, 1);
    assert_eq!(
        problems(&out),
        ["events.json:2:18: organisers[0]: expected value"]
    );
}

#[test]
fn type_error_names_field_path() {
    let f = Fixture::new();
    f.edit(
        "events.json",
        "\"end\": \"2020-10-13T11:00:00+02:00\"",
        "\"end\": \"13 Oct 2020\"",
    );
    let (code, out) = f.run();
    assert_eq!(code, 1);
    let p = problems(&out);
    assert_eq!(p.len(), 1, "{out}");
    assert!(p[0].starts_with("events.json:"), "{out}");
    assert!(p[0].contains(": events[0].end: "), "{out}");
    assert!(
        p[0].contains("premature end of input")
            || p[0].contains("input contains invalid characters"),
        "{out}"
    );
}

#[test]
fn unknown_and_missing_fields_are_errors() {
    let f = Fixture::new();
    f.edit("site.json", "\"tagline\"", "\"tagLine\"");
    let (code, out) = f.run();
    assert_eq!(code, 1);
    assert!(out.contains("site.json:4:"), "{out}");
    assert!(out.contains("unknown field `tagLine`"), "{out}");
}

#[test]
fn every_problem_is_printed_sorted_and_located() {
    let f = Fixture::new();
    f.edit(
        "events.json",
        "\"slug\": \"granada-blockchain-webinars\"",
        "\"slug\": \"ewrc-2020-iuc-webinar\"",
    )
    .edit(
        "events.json",
        "\"end\": \"2020-10-13T11:00:00+02:00\"",
        "\"end\": \"2020-10-13T08:00:00+02:00\"",
    )
    .edit(
        "events.json",
        "\"organiser\": \"city-of-granada\"",
        "\"organiser\": \"nobody\"",
    )
    .edit("cooperation.json", "\"lat\": 34.75", "\"lat\": 134.75")
    .edit(
        "cooperation.json",
        "\"eu_cities\": [\n        \"malaga\"",
        "\"eu_cities\": [\n        \"malagaa\"",
    )
    .edit("pages.json", "\"title\": \"Privacy\"", "\"title\": \"  \"")
    .edit(
        "news/shanghai-plastic-waste-action-plan.json",
        "\"source\": \"https://www.iuc-asia.eu/2020/10/shanghai-action-plan-to-reduce-plastic-waste/\"",
        "\"source\": \"javascript:alert(1)\"",
    )
    .edit(
        "news/malaysia-national-launch-gcom.json",
        "images/news-climate.svg",
        "images/missing.svg",
    )
    .edit(
        "news/korea-workshop-gwangju.json",
        "\"slug\": \"korea-workshop-gwangju\"",
        "\"slug\": \"Korea Workshop\"",
    );
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    let p = problems(&out);
    let key = |l: &&str| {
        let f: Vec<&str> = l.splitn(4, ':').collect();
        (
            f[0].to_string(),
            f[1].parse::<usize>().unwrap(),
            f[2].parse::<usize>().unwrap(),
        )
    };
    let mut sorted = p.clone();
    sorted.sort_by_key(key);
    assert_eq!(p, sorted, "output must be sorted by file, line and column");
    let expect = [
        "cooperation.json:",
        "cities[0].lat: latitude 134.75 is outside -90..90",
        "pairings[1].eu_cities[0]: no city with id `malagaa`",
        "events[0].end: ends (2020-10-13T08:00:00+02:00) before it starts",
        "events[2].slug: slug `ewrc-2020-iuc-webinar` is used twice",
        "events[2].organiser: no organiser with id `nobody`",
        "pages[2].title: must not be empty",
        "news/shanghai-plastic-waste-action-plan.json:",
        "source: `javascript:alert(1)` is not an allowed link",
        "image.src: image `public/images/missing.svg` does not exist",
        "slug: `Korea Workshop` is not a safe slug",
    ];
    for e in expect {
        assert!(out.contains(e), "missing {e:?} in\n{out}");
    }
    for line in &p {
        let parts: Vec<&str> = line.splitn(5, ':').collect();
        assert_eq!(parts.len(), 5, "{line}");
        assert!(
            parts[1].parse::<usize>().is_ok() && parts[2].parse::<usize>().is_ok(),
            "{line}"
        );
    }
    assert!(
        out.contains(&format!(
            "\n{} problem(s) found; nothing was generated (11 fact(s) only the site owner",
            p.len()
        )),
        "{out}"
    );
}

#[test]
fn site_url_must_be_an_origin_and_article_countries_must_be_named() {
    let f = Fixture::new();
    f.edit(
        "site.json",
        "\"url\": \"https://www.iuc-asia.eu/\"",
        "\"url\": \"https://www.iuc-asia.eu/news/\"",
    )
    .edit("news/korea-workshop-gwangju.json", "\"KR\"", "\"XX\"");
    let (code, out) = f.run();
    assert_eq!(code, 1);
    assert!(
        out.contains(
            "site.json:3:10: url: `https://www.iuc-asia.eu/news/` must be the site's origin"
        ),
        "{out}"
    );
    assert!(
        out.contains("news/korea-workshop-gwangju.json:")
            && out.contains("countries[0]: no country `XX` in site.json's country_names"),
        "{out}"
    );
}

#[test]
fn broken_article_file_name_must_match_slug() {
    let f = Fixture::new();
    fs::rename(
        f.content().join("news/smart-city-roundtable-rome.json"),
        f.content().join("news/rome.json"),
    )
    .unwrap();
    let (code, out) = f.run();
    assert_eq!(code, 1);
    assert!(out.contains("news/rome.json:2:11: slug: the file must be named news/smart-city-roundtable-rome.json"), "{out}");
}

#[test]
fn missing_file_is_reported() {
    let f = Fixture::new();
    fs::remove_file(f.content().join("covenant.json")).unwrap();
    let (code, out) = f.run();
    assert_eq!(code, 1);
    assert!(
        out.starts_with("covenant.json:1:1: (document): cannot read "),
        "{out}"
    );
}

#[test]
fn all_day_events_must_start_at_midnight() {
    let f = Fixture::new();
    f.edit(
        "events.json",
        "\"start\": \"2020-10-15T00:00:00+08:00\"",
        "\"start\": \"2020-10-15T09:00:00+08:00\"",
    );
    let (_, out) = f.run();
    assert!(
        out.contains("events[1].all_day: an all-day event starts and ends at midnight"),
        "{out}"
    );
}

#[test]
fn bad_time_zone_and_missing_venue() {
    let f = Fixture::new();
    f.edit(
        "events.json",
        "\"time_zone\": \"Europe/Madrid\"",
        "\"time_zone\": \"CEST\"",
    );
    f.edit(
        "events.json",
        "\"attendance\": \"online\"",
        "\"attendance\": \"on-site\"",
    );
    let (_, out) = f.run();
    assert!(
        out.contains("events[2].time_zone: `CEST` is not an IANA time zone"),
        "{out}"
    );
    assert!(
        out.contains("events[0].venue: an event held on site needs a venue"),
        "{out}"
    );
}

#[test]
fn country_without_any_fact_needs_a_note() {
    let f = Fixture::new();
    f.edit(
        "covenant.json",
        "\"notes\": [\n        \"The sources we checked do not name any Chinese GCoM signatories supported through IUC.\"\n      ]",
        "\"notes\": []",
    );
    let (_, out) = f.run();
    assert!(
        out.contains("countries[0].notes: with no signatories and no pilot cities"),
        "{out}"
    );
}

#[test]
fn blank_titles_names_and_headings_are_errors_anywhere() {
    let f = Fixture::new();
    f.edit(
        "covenant.json",
        "\"title\": \"Mitigation\"",
        "\"title\": \"   \"",
    )
    .edit(
        "events.json",
        "\"name\": \"Hidefumi Imura\"",
        "\"name\": \"\u{a0}\"",
    )
    .edit(
        "covenant.json",
        "\"name\": \"Padang\"",
        "\"name\": \"\u{200b}\"",
    )
    .edit(
        "cooperation.json",
        "\"heading\": \"How a pairing works\"",
        "\"heading\": \"\\t\"",
    )
    .edit(
        "events.json",
        "\"name\": \"Johor Bahru\"",
        "\"name\": \" \"",
    );
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    for e in [
        "covenant.json:5:16: pillars[0].title: must not be empty",
        ": events[0].speakers[1].name: must not be empty",
        ": countries[2].signatories[0].name: must not be empty",
        ": sections[0].heading: must not be empty",
        ": events[13].venue.name: must not be empty",
    ] {
        assert!(out.contains(e), "missing {e:?} in\n{out}");
    }
    assert_eq!(problems(&out).len(), 5, "{out}");
}

#[test]
fn sources_must_be_pages_not_month_archives_or_homepages() {
    let f = Fixture::new();
    f.edit(
        "news/shanghai-plastic-waste-action-plan.json",
        "https://www.iuc-asia.eu/2020/10/shanghai-action-plan-to-reduce-plastic-waste/",
        "https://www.iuc-asia.eu/2020/10/",
    )
    .edit(
        "events.json",
        "https://www.iuc-asia.eu/category/iuc-asia/page/3/",
        "https://www.iuc-asia.eu/",
    )
    .edit(
        "cooperation.json",
        "https://docslib.org/doc/2370389/ucap-longyan-and-prague",
        "https://docslib.org",
    )
    .edit(
        "cooperation.json",
        "https://www.iuc-asia.eu/2018/09/chinese-delegations-mission-to-eu-cities-in-september-2018/",
        "https://www.iuc-asia.eu/#news",
    )
    .edit(
        "covenant.json",
        "https://www.globalcovenantofmayors.org/journey/",
        "https://www.globalcovenantofmayors.org/2019/09",
    );
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    for e in [
        "source: `https://www.iuc-asia.eu/2020/10/` is a month archive, not a source: link the article itself",
        "events[14].source: `https://www.iuc-asia.eu/` is a site's homepage, not a source",
        "pairings[2].source: `https://docslib.org` is a site's homepage, not a source",
        "pairings[4].milestones[1].source: `https://www.iuc-asia.eu/#news` is a site's homepage",
        "sources[0]: `https://www.globalcovenantofmayors.org/2019/09` is a month archive",
    ] {
        assert!(out.contains(e), "missing {e:?} in\n{out}");
    }
    assert_eq!(problems(&out).len(), 5, "{out}");
}

#[test]
fn names_one_letter_apart_are_warnings_not_errors() {
    let f = Fixture::new();
    f.edit(
        "events.json",
        "\"name\": \"Hidefumi Imura\"",
        "\"name\": \"Yohei Watabane\"",
    )
    .edit(
        "events.json",
        "\"name\": \"Sanjit Rodrigues\"",
        "\"name\": \"Patrick Maureli\"",
    );
    let (code, out) = f.run();
    assert_eq!(code, 0, "{out}");
    assert!(problems(&out).is_empty(), "{out}");
    for e in [
        ": events[0].speakers[10].name: warning: `Patrick Maureli` differs by one letter from `Patrick Maurelli` at events[0].speakers[8].name: check which spelling is right",
        ": events[0].speakers[12].name: warning: `Yohei Watanabe` differs by one letter from `Yohei Watabane` at events[0].speakers[1].name: check which spelling is right",
    ] {
        assert!(out.contains(e), "missing {e:?} in\n{out}");
    }
    assert!(
        out.contains(
            "(2 warning(s); 11 fact(s) only the site owner can supply still missing, listed above)"
        ),
        "{out}"
    );
}

#[test]
fn a_supplied_owner_fact_is_no_longer_listed() {
    let f = Fixture::new();
    f.edit(
        "pages.json",
        "\"missing\": \"name and postal address of the organisation that publishes this website and is responsible for its content\"",
        "\"value\": \"Example Agency, 1 Example Street, 1000 Brussels\"",
    );
    let (code, out) = f.run();
    assert_eq!(code, 0, "{out}");
    assert_eq!(owner_lines(&out).len(), 10, "{out}");
    assert!(!out.contains("legal_notice.publisher"), "{out}");
    assert!(
        out.contains("(10 fact(s) only the site owner can supply still missing, listed above)"),
        "{out}"
    );
}

#[test]
fn owner_facts_are_required_and_never_blank() {
    let f = Fixture::new();
    f.edit(
        "pages.json",
        "\"missing\": \"how long server logs are kept\"",
        "\"value\": \" \"",
    );
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("pages.json:149:18: privacy.retention: must not be empty"),
        "{out}"
    );

    let f = Fixture::new();
    f.edit(
        "pages.json",
        "\"retention\": {\n      \"missing\": \"how long server logs are kept\"\n    },\n    ",
        "",
    );
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("missing field `retention`"), "{out}");

    let f = Fixture::new();
    f.edit(
        "pages.json",
        "\"missing\": \"how long",
        "\"todo\": \"how long",
    );
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "privacy.retention.todo: unknown variant `todo`, expected `value` or `missing`"
        ),
        "{out}"
    );
}

#[test]
fn owner_facts_need_the_page_that_shows_them() {
    let f = Fixture::new();
    f.edit(
        "pages.json",
        "\"slug\": \"accessibility\"",
        "\"slug\": \"accessibility-statement\"",
    );
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "accessibility: is shown on the page with slug `accessibility`, and there is no such page"
        ),
        "{out}"
    );
}

#[test]
fn generation_refuses_broken_content() {
    let f = Fixture::new();
    f.edit(
        "events.json",
        "\"organiser\": \"city-of-granada\"",
        "\"organiser\": \"nobody\"",
    );
    let out = tempfile::tempdir().unwrap();
    let err = iuc_asia::tools::build(&f.content(), out.path(), "/").unwrap_err();
    assert!(err.contains("no organiser with id `nobody`"), "{err}");
    assert!(!out.path().join("content/news/index.json").exists());
}

#[test]
fn generation_writes_indexes_newest_first() {
    let out = tempfile::tempdir().unwrap();
    iuc_asia::tools::build(Path::new(FIXTURE), out.path(), "/").unwrap();
    let latest: iuc_asia::content::NewsIndex = serde_json::from_str(
        &fs::read_to_string(out.path().join("content/news/latest.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(latest.total, 15);
    let slugs: Vec<_> = latest.articles.iter().map(|a| a.slug.as_str()).collect();
    assert_eq!(
        slugs,
        [
            "iuc-at-eu-webinar-on-regional-innovation",
            "iuc-at-eu-webinar-on-city-to-city-cooperation",
            "da-nang-ghg-inventory-workshop",
            "unescap-meeting-response-and-recovery",
            "shanghai-plastic-waste-action-plan",
            "city-climate-finance-gap-fund-launch",
        ]
    );
    // The catalogue counts every article, and the facets describe each;
    // the summaries come twelve to a page file, newest first, the first
    // page starting as latest.json.
    let index: iuc_asia::content::NewsCatalogue = serde_json::from_str(
        &fs::read_to_string(out.path().join("content/news/index.json")).unwrap(),
    )
    .unwrap();
    let facets: iuc_asia::content::NewsFacets = serde_json::from_str(
        &fs::read_to_string(out.path().join("content/news/facets.json")).unwrap(),
    )
    .unwrap();
    assert_eq!((index.total, facets.articles.len()), (15, 15));
    let page = |n: usize| -> iuc_asia::content::NewsIndex {
        serde_json::from_str(
            &fs::read_to_string(out.path().join(format!("content/news/page/{n}.json"))).unwrap(),
        )
        .unwrap()
    };
    assert_eq!(page(1).articles.len(), 12);
    assert_eq!(page(1).articles[..6], latest.articles[..]);
    assert_eq!(page(2).articles.len(), 3);
    assert!(!out.path().join("content/news/page/3.json").exists());
    // Every shard the catalogue names exists; nothing else is in the folder.
    let shards = fs::read_dir(out.path().join("content/news/search"))
        .unwrap()
        .count();
    assert_eq!(shards, index.shards.len());
    for key in &index.shards {
        assert!(
            out.path()
                .join("content")
                .join(iuc_asia::content::files::search_shard(key))
                .is_file(),
            "{key}"
        );
    }
}

#[test]
fn schema_files_are_up_to_date() {
    for (name, text) in iuc_asia::tools::schemas() {
        let path = Path::new("schemas").join(name);
        let on_disk = fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == text,
            "{} is stale: run `cargo run --bin site-gen -- schemas schemas`",
            path.display()
        );
    }
}

#[test]
fn a_translated_event_keeps_the_english_facts() {
    let f = Fixture::new();
    f.edit(
        "zh-hans/events.json",
        "\"status\": \"cancelled\",",
        "\"status\": \"postponed\",",
    );
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    let found = problems(&out);
    assert_eq!(found.len(), 1, "{out}");
    assert!(found[0].starts_with("zh-hans/events.json:"), "{out}");
    assert!(
        found[0].ends_with(".status: differs from the English content of event `smart-city-roundtable-rome-2019`; a translation changes only the words"),
        "{out}"
    );
}

/// Line and column (characters, 1-based) where `needle` first appears in
/// a content file of the fixture, as an editor's cursor would show it.
fn position_in(f: &Fixture, file: &str, needle: &str) -> (usize, usize) {
    let text = fs::read_to_string(f.content().join(file)).unwrap();
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {file}"));
    let line = text[..at].matches('\n').count() + 1;
    let col = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    (line, col)
}

/// Markdown that must never reach a page is refused where it stands: the
/// problem names the file, line and column of the offending characters
/// inside the text (after escaped line breaks and quotes), not the start
/// of the field.
#[test]
fn rich_text_refuses_markup_unsafe_links_h1_and_missing_pages_where_they_stand() {
    let f = Fixture::new();
    let cases = [
        (
            "news/korea-workshop-gwangju.json",
            "Intro with \\\"quotes\\\".\\n\\nThen <script>alert(1)</script> here.",
            "<script>",
            "raw HTML is not allowed",
        ),
        (
            "news/knowledge-forum-tangerang.json",
            "One.\\n\\n<img src=x onerror=alert(1)>",
            "<img",
            "raw HTML is not allowed",
        ),
        (
            "news/roadshow-can-tho-da-nang-tam-ky.json",
            "Read [this](javascript:alert(1)) now.",
            "javascript:",
            "`javascript:alert(1)`: a link goes to https://",
        ),
        (
            "news/smart-city-roundtable-rome.json",
            "Intro.\\n\\n# A second title\\n\\nText.",
            "# A second",
            "a text cannot have a level-1 heading",
        ),
        (
            "news/mannheim-chongqing-online-meeting.json",
            "See [the pairing](/city-cooperation/no-such-pairing/) and [news](/news/).",
            "/city-cooperation/no-such",
            "`/city-cooperation/no-such-pairing/`: this site has no such page",
        ),
    ];
    let mut expected = Vec::new();
    for (file, body, needle, says) in cases {
        let text = fs::read_to_string(f.content().join(file)).unwrap();
        let start = text.find("\"body\": \"").unwrap() + "\"body\": \"".len();
        let end = start + text[start..].find("\",\n").unwrap();
        fs::write(
            f.content().join(file),
            format!("{}{body}{}", &text[..start], &text[end..]),
        )
        .unwrap();
        let (line, col) = position_in(&f, file, needle);
        expected.push(format!("{file}:{line}:{col}: body: {says}"));
    }
    let (code, out) = f.run();
    assert_eq!(code, 1, "{out}");
    for e in &expected {
        assert!(out.contains(e.as_str()), "missing {e:?} in\n{out}");
    }
    // The closing `</script>` is a second piece of raw HTML.
    assert_eq!(problems(&out).len(), cases.len() + 1, "{out}");
}

/// A site link in the Chinese edition may lead to a page shown there in
/// English (not translated yet): the Chinese edition has every page.
#[test]
fn a_translation_may_link_to_a_page_it_has_not_translated() {
    let f = Fixture::new();
    let zh = "zh-hans/news/korea-workshop-gwangju.json";
    let text = fs::read_to_string(f.content().join(zh)).unwrap();
    let start = text.find("\"body\": \"").unwrap() + "\"body\": \"".len();
    // Every English article, whether or not the fixture translated it.
    let en_only: Vec<String> = fs::read_dir(f.content().join("news"))
        .unwrap()
        .map(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .trim_end_matches(".json")
                .to_string()
        })
        .collect();
    let links: String = en_only
        .iter()
        .map(|s| format!("[{s}](/news/{s}/) "))
        .collect();
    fs::write(
        f.content().join(zh),
        format!("{}{links}\\n\\n{}", &text[..start], &text[start..]),
    )
    .unwrap();
    let (code, out) = f.run();
    assert_eq!(code, 0, "{out}");
}
