//! Helpers the integration tests share. Each test file uses some of them.
#![allow(dead_code)]

use iuc_asia::tools::content_check;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Copies a folder tree (fixture content into a scratch folder).
pub fn copy_dir(from: &Path, to: &Path) {
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

/// A scratch copy of the fixture (content and images) for a test to break.
pub struct Fixture {
    _dir: tempfile::TempDir,
    pub public: PathBuf,
}

impl Fixture {
    /// Both editions.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let public = dir.path().join("public");
        copy_dir(Path::new("tests/fixtures"), &public);
        Fixture { _dir: dir, public }
    }

    /// The English edition alone: where hostile English content is the
    /// subject, the translation's own checks would only repeat each finding.
    pub fn english_only() -> Self {
        let f = Fixture::new();
        fs::remove_dir_all(f.content().join("zh-hans")).unwrap();
        f
    }

    pub fn content(&self) -> PathBuf {
        self.public.join("content")
    }

    /// Replaces the first occurrence of `from` with `to` in a content file.
    pub fn edit(&self, file: &str, from: &str, to: &str) -> &Self {
        let path = self.content().join(file);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} does not contain {from:?}");
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
        self
    }

    /// Replaces a JSON string value (given unquoted) with `to`, written as
    /// a JSON string, so any character can be put in.
    pub fn set_string(&self, file: &str, from: &str, to: &str) -> &Self {
        self.edit(
            file,
            &format!("\"{from}\""),
            &serde_json::to_string(to).unwrap(),
        )
    }

    /// content-check's exit code and report.
    pub fn run(&self) -> (i32, String) {
        let mut out = Vec::new();
        let code = content_check(&self.content(), &mut out);
        (code, String::from_utf8(out).unwrap())
    }

    /// Runs content-check on another thread: a hang fails the test instead
    /// of blocking it.
    pub fn run_within(&self, limit: Duration) -> (i32, String) {
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
