//! News search: tokenising, matching, ranking and highlighting.
//!
//! Every query word must match the start of some word in the article's
//! title, teaser or body (so results narrow as you type). Title matches rank
//! above teaser matches, which rank above body matches; ties keep the feed's
//! newest-first order.

use crate::content::model::{ArticleSummary, SearchIndex};

/// Chinese, Japanese and Korean characters, which are written without
/// spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

/// Whether `c` belongs to a word: ASCII letters and digits, and every
/// other character outside the Unicode blocks of spaces, punctuation and
/// symbols. A compact rule, used alike by the build (the search index) and
/// the browser (queries, highlights): core's Unicode tables behind
/// `char::is_alphanumeric` would add kilobytes to the wasm.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(c as u32,
        // Latin-1 controls, spaces and punctuation; × and ÷.
        0x80..=0xBF | 0xD7 | 0xF7
        // General punctuation, super- and subscripts, currency, arrows,
        // mathematical and technical symbols, box drawing, shapes, dingbats.
        | 0x2000..=0x2BFF | 0x2E00..=0x2E7F
        // CJK punctuation (not 々〆〇, which are written as letters).
        | 0x3000..=0x3004 | 0x3008..=0x3020 | 0x3030 | 0x303D
        // Vertical, compatibility and small forms; fullwidth punctuation.
        | 0xFE10..=0xFE1F | 0xFE30..=0xFE6F
        | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65
        | 0xFEFF | 0xFFF0..=0xFFFF
        // Emoji and pictographs.
        | 0x1F000..=0x1FAFF)
}

/// Lowercase for matching, the same in the build and the browser, without
/// core's case tables: ASCII, Latin-1, Latin Extended-A, Vietnamese (Ơ, Ư
/// and Latin Extended Additional), Greek and Cyrillic. Other scripts are
/// unchanged.
pub fn lower(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

fn lower_char(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3A9 | 0x410..=0x42F => {
            u + 32
        }
        0x400..=0x40F => u + 80,
        0x178 => 0xFF,
        0x1A0 | 0x1AF => u + 1,
        0x100..=0x137 | 0x14A..=0x177 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF
            if u.is_multiple_of(2) =>
        {
            u + 1
        }
        0x139..=0x148 | 0x179..=0x17E if !u.is_multiple_of(2) => u + 1,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// The runs of `word` that are CJK (`true`) or not (`false`).
fn script_runs(word: &str) -> impl Iterator<Item = (bool, &str)> + '_ {
    let mut rest = word;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let cjk = is_cjk(first);
        let end = rest.find(|c: char| is_cjk(c) != cjk).unwrap_or(rest.len());
        let (run, tail) = rest.split_at(end);
        rest = tail;
        Some((cjk, run))
    })
}

/// Lowercase words of `text`: runs of letters and digits. Text without
/// spaces (Chinese) gives its overlapping character pairs ("城市合作" →
/// 城市, 市合, 合作), or the character alone, so a query of two or more
/// characters finds every text that contains it.
pub fn tokens(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .flat_map(|w| {
            script_runs(w).flat_map(|(cjk, run)| -> Vec<String> {
                if !cjk {
                    return vec![lower(run)];
                }
                let chars: Vec<char> = run.chars().collect();
                if chars.len() == 1 {
                    return vec![run.to_string()];
                }
                chars.windows(2).map(|p| p.iter().collect()).collect()
            })
        })
}

/// The distinct words of some paragraphs, space-separated (for the index).
pub fn distinct_terms<'a>(paragraphs: impl IntoIterator<Item = &'a String>) -> String {
    let mut set = std::collections::BTreeSet::new();
    for p in paragraphs {
        set.extend(tokens(p));
    }
    set.into_iter().collect::<Vec<_>>().join(" ")
}

/// A parsed query: its distinct words (character pairs for Chinese), and
/// its Chinese runs as typed, which are highlighted where they occur.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    pub words: Vec<String>,
    pub cjk: Vec<String>,
}

impl Query {
    pub fn parse(q: &str) -> Self {
        let mut words: Vec<String> = Vec::new();
        for w in tokens(q) {
            if !words.contains(&w) {
                words.push(w);
            }
        }
        let mut cjk: Vec<String> = Vec::new();
        for w in q.split(|c: char| !is_word_char(c)) {
            for (is, run) in script_runs(w) {
                if is && !cjk.iter().any(|c| c == run) {
                    cjk.push(run.to_string());
                }
            }
        }
        Query { words, cjk }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

fn prefix_hit(text: &str, word: &str) -> bool {
    tokens(text).any(|t| t.starts_with(word))
}

/// The score of an article for `q`, or `None` if some word matches nowhere.
pub fn score(a: &ArticleSummary, body_terms: &str, q: &Query) -> Option<u32> {
    let mut total = 0;
    for w in &q.words {
        let s = if prefix_hit(&a.title, w) {
            4
        } else if prefix_hit(&a.teaser, w) {
            2
        } else if body_terms.split(' ').any(|t| t.starts_with(w.as_str())) {
            1
        } else {
            return None;
        };
        total += s;
    }
    Some(total)
}

/// Positions (into `list`) of the articles matching `q`, best first. An
/// empty query keeps every article in feed order.
pub fn search(list: &[ArticleSummary], index: &SearchIndex, q: &Query) -> Vec<usize> {
    if q.is_empty() {
        return (0..list.len()).collect();
    }
    let mut hits: Vec<(u32, usize)> = list
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let body = index.terms.get(&a.slug).map_or("", String::as_str);
            score(a, body, q).map(|s| (s, i))
        })
        .collect();
    hits.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
    hits.into_iter().map(|(_, i)| i).collect()
}

/// A piece of text, marked if it is a matched word.
#[derive(Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    pub text: &'a str,
    pub mark: bool,
}

/// Splits `text` so that each word starting with a query word is marked.
pub fn highlight<'a>(text: &'a str, q: &Query) -> Vec<Piece<'a>> {
    let mut out: Vec<Piece<'a>> = Vec::new();
    let mut push = |text: &'a str, mark: bool| {
        if !text.is_empty() {
            out.push(Piece { text, mark });
        }
    };
    let mut word_start: Option<usize> = None;
    let mut plain_start = 0;
    let bytes_end = text.len();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_word_char(c) && word_start.is_none() {
            word_start = Some(i);
        }
        let at_end = iter.peek().is_none();
        let word_ends = word_start.is_some() && (!is_word_char(c) || at_end);
        if word_ends {
            let ws = word_start.take().unwrap();
            let we = if is_word_char(c) { i + c.len_utf8() } else { i };
            let word = lower(&text[ws..we]);
            if word.chars().any(is_cjk) {
                // Chinese: mark each place the query's characters occur.
                let mut at = ws;
                while at < we {
                    let hit = q
                        .cjk
                        .iter()
                        .filter(|c| text[at..we].starts_with(c.as_str()))
                        .map(String::len)
                        .max();
                    let step = text[at..].chars().next().map_or(1, char::len_utf8);
                    match hit {
                        Some(len) => {
                            push(&text[plain_start..at], false);
                            push(&text[at..at + len], true);
                            at += len;
                            plain_start = at;
                        }
                        None => at += step,
                    }
                }
            } else if q.words.iter().any(|w| word.starts_with(w.as_str())) {
                push(&text[plain_start..ws], false);
                push(&text[ws..we], true);
                plain_start = we;
            }
        }
    }
    push(&text[plain_start..bytes_end], false);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn words_and_case_without_core_tables() {
        for (text, want) in [
            ("Đà Nẵng, Việt Nam", vec!["đà", "nẵng", "việt", "nam"]),
            (
                "ÉTÉ – «Ürban» Ωmega Москва",
                vec!["été", "ürban", "ωmega", "москва"],
            ),
            ("CO₂ 2020: 10%…", vec!["co", "2020", "10"]),
            ("城市，合作。", vec!["城市", "合作"]),
        ] {
            assert_eq!(tokens(text).collect::<Vec<_>>(), want, "{text}");
        }
        // The rule agrees with core's on the letters and digits of the content.
        for c in "AZaz09ÀÖØÞßàÿĀžƠưẠỹΑΩαωАЯаяЁ城市々".chars() {
            assert!(is_word_char(c), "{c}");
            assert_eq!(lower(&c.to_string()), c.to_lowercase().to_string(), "{c}");
        }
        for c in " ,.;:!?'\"()[]{}–—…«»·、，。：；！？（）【】“”‘’€©®°±×÷→★😀\u{a0}\u{3000}".chars()
        {
            assert!(!is_word_char(c), "{c:?}");
        }
    }

    use super::*;

    #[test]
    fn chinese_is_searched_by_character_pairs() {
        let t: Vec<String> = tokens("城市合作 EU cities").collect();
        assert_eq!(t, ["城市", "市合", "合作", "eu", "cities"]);
        assert_eq!(tokens("城").collect::<Vec<_>>(), ["城"]);
        let q = Query::parse("城市");
        assert_eq!(q.words, ["城市"]);
        let a = art("a", "中欧城市合作", "teaser");
        assert!(score(&a, "", &q).is_some());
        let b = art("b", "中欧合作", "城镇");
        assert!(score(&b, "", &q).is_none());
        let pieces = highlight("中欧城市合作与城市", &q);
        let marked: Vec<&str> = pieces.iter().filter(|p| p.mark).map(|p| p.text).collect();
        assert_eq!(marked, ["城市", "城市"]);
        assert_eq!(
            pieces.iter().map(|p| p.text).collect::<String>(),
            "中欧城市合作与城市"
        );
        // A longer query must match as a whole run of pairs.
        assert!(score(&a, "", &Query::parse("城市合作")).is_some());
        assert!(score(&b, "", &Query::parse("城市合作")).is_none());
    }
    use crate::content::model::{Image, PubDate};

    fn art(slug: &str, title: &str, teaser: &str) -> ArticleSummary {
        ArticleSummary {
            slug: slug.into(),
            title: title.into(),
            published: PubDate::parse("2020-10").unwrap(),
            order: None,
            teaser: teaser.into(),
            tags: vec![],
            countries: vec![],
            image: Image {
                src: "images/x.svg".into(),
                alt: "x".into(),
                width: 1,
                height: 1,
            },
            words: 0,
            lang: None,
        }
    }

    fn index(pairs: &[(&str, &str)]) -> SearchIndex {
        SearchIndex {
            terms: pairs
                .iter()
                .map(|(k, v)| (k.to_string(), distinct_terms(&[v.to_string()])))
                .collect(),
        }
    }

    #[test]
    fn tokens_are_lowercase_words() {
        let t: Vec<_> = tokens("Da Nang's GHG-inventory, 2020!").collect();
        assert_eq!(t, ["da", "nang", "s", "ghg", "inventory", "2020"]);
        assert_eq!(Query::parse("  Gap gap FUND ").words, ["gap", "fund"]);
        assert_eq!(
            distinct_terms(&["b a".to_string(), "A c".to_string()]),
            "a b c"
        );
    }

    #[test]
    fn title_beats_teaser_beats_body_and_all_words_must_match() {
        let list = vec![
            art("body", "Something else", "Nothing here"),
            art("teaser", "Other", "Climate finance for cities"),
            art("title", "Climate fund launched", "A new fund"),
        ];
        let idx = index(&[("body", "the climate plan"), ("teaser", ""), ("title", "")]);
        let q = Query::parse("clim");
        assert_eq!(search(&list, &idx, &q), [2, 1, 0]);
        let q = Query::parse("climate plan");
        assert_eq!(search(&list, &idx, &q), [0]);
        assert!(search(&list, &idx, &Query::parse("zzz")).is_empty());
        assert_eq!(search(&list, &idx, &Query::default()), [0, 1, 2]);
    }

    #[test]
    fn ties_keep_feed_order() {
        let list = vec![art("a", "Gap fund", ""), art("b", "Gap fund too", "")];
        assert_eq!(search(&list, &index(&[]), &Query::parse("gap")), [0, 1]);
    }

    #[test]
    fn highlight_marks_matching_words_only() {
        let q = Query::parse("gre da");
        let pieces = highlight("Da Nang: greenhouse gas (GHG) data", &q);
        let marked: Vec<_> = pieces.iter().filter(|p| p.mark).map(|p| p.text).collect();
        assert_eq!(marked, ["Da", "greenhouse", "data"]);
        let joined: String = pieces.iter().map(|p| p.text).collect();
        assert_eq!(joined, "Da Nang: greenhouse gas (GHG) data");
        assert_eq!(
            highlight("nothing", &q),
            [Piece {
                text: "nothing",
                mark: false
            }]
        );
        assert_eq!(highlight("", &q), []);
    }

    #[test]
    fn highlight_handles_non_ascii() {
        let q = Query::parse("mál");
        let pieces = highlight("Changchun and Málaga", &q);
        assert_eq!(
            pieces
                .iter()
                .filter(|p| p.mark)
                .map(|p| p.text)
                .collect::<Vec<_>>(),
            ["Málaga"]
        );
    }
}
