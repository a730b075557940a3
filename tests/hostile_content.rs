//! `content-check` and `site-gen` against hostile content: one test per
//! defect of the adversarial review (D1…D26 in the findings), each on a
//! scratch copy of the shipped content with one thing broken.

use iuc_asia::tools::content_check;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The public folder the scratch copies start from (content and images).
const SEED_PUBLIC: &str = "public";

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

struct Fixture {
    _dir: tempfile::TempDir,
    public: PathBuf,
}

impl Fixture {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let public = dir.path().join("public");
        copy_dir(Path::new(SEED_PUBLIC), &public);
        Fixture { _dir: dir, public }
    }
    fn content(&self) -> PathBuf {
        self.public.join("content")
    }
    fn edit(&self, file: &str, from: &str, to: &str) -> &Self {
        let path = self.content().join(file);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} does not contain {from:?}");
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
        self
    }
    /// Replaces a JSON string value (given unquoted) with `to`, written as
    /// a JSON string, so any character can be put in.
    fn set_string(&self, file: &str, from: &str, to: &str) -> &Self {
        self.edit(
            file,
            &format!("\"{from}\""),
            &serde_json::to_string(to).unwrap(),
        )
    }
    fn run(&self) -> (i32, String) {
        let mut out = Vec::new();
        let code = content_check(&self.content(), &mut out);
        (code, String::from_utf8(out).unwrap())
    }
    /// Runs content-check on another thread: a hang fails the test instead
    /// of blocking it.
    fn run_within(&self, limit: Duration) -> (i32, String) {
        let content = self.content();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut out = Vec::new();
            let code = content_check(&content, &mut out);
            let _ = tx.send((code, String::from_utf8(out).unwrap()));
        });
        rx.recv_timeout(limit)
            .expect("content-check did not finish in time")
    }
}

const ARTICLE: &str = "news/korea-workshop-gwangju.json";
const IMAGE_SRC: &str = "images/news-climate.svg";

fn assert_has(out: &str, want: &str) {
    assert!(out.contains(want), "missing {want:?} in\n{out}");
}

// ---------------------------------------------------------------- D1

#[test]
fn d4_a_thousand_problems_are_located_quickly() {
    let f = Fixture::new();
    let path = f.content().join("events.json");
    let mut doc: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    let first = doc["events"][0].clone();
    let events: Vec<serde_json::Value> = (0..1000)
        .map(|i| {
            let mut e = first.clone();
            e["slug"] = format!("gen-{i}").into();
            e["organiser"] = "renamed".into();
            e
        })
        .collect();
    doc["events"] = events.into();
    fs::write(&path, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    let start = Instant::now();
    let (code, out) = f.run();
    let took = start.elapsed();
    assert_eq!(code, 1);
    assert_eq!(out.matches("no organiser with id `renamed`").count(), 1000);
    assert_has(&out, "events[999].organiser: no organiser");
    assert!(took < Duration::from_secs(2), "took {took:?}");
}

// ---------------------------------------------------------------- D6, D20, D21

#[test]
fn d22_columns_count_characters_and_odd_keys_keep_the_shape() {
    let f = Fixture::new();
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
        p.to_string().starts_with("site.json:1:5: [\"\\u003a \"]: unknown field"),
        "{p}"
    );
}
