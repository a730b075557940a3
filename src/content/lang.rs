//! The site's languages. English lives at the public URL's root; every
//! other edition under its own prefix (`/zh-hans/`), with the same page
//! paths and slugs below it.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    #[default]
    En,
    ZhHans,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhHans];

    /// The BCP 47 tag for `lang` and `hreflang`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
        }
    }

    /// The path prefix below the public URL: "" or "zh-hans/".
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::ZhHans => "zh-hans/",
        }
    }

    /// The folder of this language's content below `content/`: "" or "zh-hans/".
    pub fn content_dir(self) -> &'static str {
        self.prefix()
    }

    /// The language's own name, as the switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhHans => "简体中文",
        }
    }

    /// The language of a site path below the public URL ("zh-hans/news/" →
    /// Chinese), and the path with the prefix removed.
    pub fn of_path(path: &str) -> (Lang, &str) {
        let p = path.trim_start_matches('/');
        for l in Lang::ALL {
            let pre = l.prefix();
            if pre.is_empty() {
                continue;
            }
            if let Some(rest) = p.strip_prefix(pre) {
                return (l, rest);
            }
            if p == pre.trim_end_matches('/') {
                return (l, "");
            }
        }
        (Lang::En, p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_from_paths() {
        assert_eq!(Lang::of_path("/zh-hans/news/"), (Lang::ZhHans, "news/"));
        assert_eq!(Lang::of_path("zh-hans/"), (Lang::ZhHans, ""));
        assert_eq!(Lang::of_path("/zh-hans"), (Lang::ZhHans, ""));
        assert_eq!(Lang::of_path("/news/"), (Lang::En, "news/"));
        assert_eq!(Lang::of_path("/zh-hansx/"), (Lang::En, "zh-hansx/"));
        assert_eq!(Lang::ZhHans.tag(), "zh-Hans");
    }
}
