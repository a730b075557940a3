//! News search: tokenising, matching, ranking and highlighting.
//!
//! Every query word must match the start of some word in the article's
//! title, teaser or body (so results narrow as you type). Title matches rank
//! above teaser matches, which rank above body matches; ties keep the feed's
//! newest-first order.

use crate::content::model::SearchShard;

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
                    return vec![clip(&lower(run), MAX_WORD_CHARS).to_string()];
                }
                let chars: Vec<char> = run.chars().collect();
                if chars.len() == 1 {
                    return vec![run.to_string()];
                }
                chars.windows(2).map(|p| p.iter().collect()).collect()
            })
        })
}

/// The longest word indexed and searched, in characters: a longer one is
/// cut to this, so a search for it matches by its beginning. A shard file
/// is named by its first word in hex (`files::search_shard`), and one
/// 200-letter word made a name longer than file systems allow (T4; Thai,
/// written without spaces, makes such words from plain prose). 24
/// characters of at most 4 bytes are 192 hex digits.
pub const MAX_WORD_CHARS: usize = 24;

/// The longest query read, in characters, and the most words it searches:
/// a search fetches the index shards of its words, and 36 single-letter
/// words fetched all of them (T17, 1 MB at 5,000 articles). The search box
/// has the same `maxlength`.
pub const MAX_QUERY_CHARS: usize = 200;
pub const MAX_QUERY_WORDS: usize = 8;

/// `q` cut to `MAX_QUERY_CHARS` characters.
pub fn clip_query(q: &str) -> &str {
    clip(q, MAX_QUERY_CHARS)
}

/// `s` cut to its first `n` characters.
fn clip(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((end, _)) => &s[..end],
        None => s,
    }
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
        let q = clip_query(q);
        let mut words: Vec<String> = Vec::new();
        for w in tokens(q) {
            if !words.contains(&w) {
                words.push(w);
            }
        }
        // A single letter or digit beside other words is a word still
        // being typed: it would match nearly every article, and fetch a
        // large part of the index, so it waits for its second letter. Only
        // a query of one letter alone searches for it.
        let short = |w: &String| w.chars().count() == 1 && !w.chars().any(is_cjk);
        if words.len() > 1 {
            words.retain(|w| !short(w));
        }
        words.truncate(MAX_QUERY_WORDS);
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

/// The keys of the shards that may hold a word starting with `word`. The
/// keys are sorted, and a shard holds the words from its key up to the next
/// key, so these are the shard whose range `word` falls in and the
/// following ones whose keys begin with `word` (byte order is the order
/// `build_shards` sorts words in).
pub fn shards_for<'a>(keys: &'a [String], word: &str) -> impl Iterator<Item = &'a String> + 'a {
    let word = word.to_string();
    keys.iter().enumerate().filter_map(move |(i, k)| {
        let starts = k.as_str() <= word.as_str() || k.starts_with(word.as_str());
        let ends = keys
            .get(i + 1)
            .is_none_or(|next| next.as_str() > word.as_str());
        (starts && ends).then_some(k)
    })
}

/// The shard keys a query needs, each once.
pub fn shards_for_query<'a>(keys: &'a [String], q: &Query) -> Vec<&'a String> {
    let mut out: Vec<&String> = Vec::new();
    for w in &q.words {
        for k in shards_for(keys, w) {
            if !out.contains(&k) {
                out.push(k);
            }
        }
    }
    out
}

/// Positions (newest first, out of `total`) of the articles matching `q`,
/// best first: every query word must begin some word of the article; a
/// word in the title scores 4, in the teaser 2, in the body 1, and ties
/// keep the newest-first order. `shards` must hold every shard of
/// `shards_for_query`. An empty query keeps every article.
pub fn search(total: usize, shards: &[std::sync::Arc<SearchShard>], q: &Query) -> Vec<usize> {
    if q.is_empty() {
        return (0..total).collect();
    }
    let mut sum = vec![0u32; total];
    for (n, w) in q.words.iter().enumerate() {
        let mut best = vec![0u8; total];
        for shard in shards {
            for (term, lists) in shard.words.iter().zip(shard.postings.chunks(3)) {
                if !term.starts_with(w.as_str()) {
                    continue;
                }
                for (list, weight) in lists.iter().zip([4, 2, 1]) {
                    let mut at = 0usize;
                    for d in list {
                        at += *d as usize;
                        if let Some(b) = best.get_mut(at) {
                            *b = (*b).max(weight);
                        }
                    }
                }
            }
        }
        for (s, b) in sum.iter_mut().zip(best) {
            // A word that matches nowhere in an article rules it out.
            *s = if b == 0 || (n > 0 && *s == 0) {
                0
            } else {
                *s + b as u32
            };
        }
    }
    // Best first, ties in feed order: scores are small, so a pass per
    // score does it without a sort.
    let top = sum.iter().copied().max().unwrap_or(0);
    (1..=top)
        .rev()
        .flat_map(|score| {
            sum.iter()
                .enumerate()
                .filter(move |(_, s)| **s == score)
                .map(|(i, _)| i)
        })
        .collect()
}

/// One article as search sees it: title, teaser and body.
#[cfg(not(target_arch = "wasm32"))]
pub type Searchable<'a> = (&'a str, &'a str, &'a str);

/// Builds the search index's shards from the articles, newest first
/// (`SearchShard`). The words, in order, are cut into consecutive runs of
/// at most `limit` postings (a word with more has a run of its own). Each
/// run's key is the shortest beginning of its first word that sorts after
/// the previous run's last word, so the keys say where every word lives
/// (`shards_for`). Runs rather than shards per first letters: a prefix
/// such as "ci" then needs the few full shards that hold its words, not
/// one small file for each third letter.
#[cfg(not(target_arch = "wasm32"))]
pub fn build_shards(articles: &[Searchable], limit: usize) -> Vec<(String, SearchShard)> {
    use std::collections::BTreeMap;
    // Each word's best field per article: 4 title, 2 teaser, 1 body.
    let mut postings: BTreeMap<String, BTreeMap<u32, u8>> = BTreeMap::new();
    for (pos, (title, teaser, body)) in articles.iter().enumerate() {
        let texts = [(4u8, *title), (2, *teaser), (1, *body)];
        for (weight, text) in texts {
            for t in tokens(text) {
                let best = postings
                    .entry(t)
                    .or_default()
                    .entry(pos as u32)
                    .or_insert(0);
                *best = (*best).max(weight);
            }
        }
    }
    let mut runs: Vec<(String, Vec<&str>)> = Vec::new();
    let (mut size, mut last) = (0usize, "");
    for (word, list) in &postings {
        if runs.is_empty() || size + list.len() > limit {
            // The word's shortest beginning that sorts after `last`; the
            // word itself always does.
            let key = word
                .char_indices()
                .map(|(i, c)| &word[..i + c.len_utf8()])
                .find(|k| *k > last)
                .unwrap_or(word);
            runs.push((key.to_string(), Vec::new()));
            size = 0;
        }
        if let Some(run) = runs.last_mut() {
            run.1.push(word);
        }
        size += list.len();
        last = word;
    }
    runs.into_iter()
        .map(|(key, ws)| {
            let mut shard = SearchShard {
                build: String::new(),
                words: Vec::new(),
                postings: Vec::new(),
            };
            for w in ws {
                let mut lists: [Vec<u32>; 3] = Default::default();
                let mut last = [0u32; 3];
                for (&pos, &weight) in &postings[w] {
                    let i = match weight {
                        4 => 0,
                        2 => 1,
                        _ => 2,
                    };
                    lists[i].push(pos - last[i]);
                    last[i] = pos;
                }
                shard.words.push(w.to_string());
                shard.postings.extend(lists);
            }
            (key, shard)
        })
        .collect()
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
    if q.words.is_empty() && q.cjk.is_empty() {
        // No query, as on every list without a search: nothing to mark, and
        // no word to lower-case (each card's title and teaser, every time a
        // list is drawn).
        push(text, false);
        return out;
    }
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
        let list = [("中欧城市合作", "teaser", ""), ("中欧合作", "城镇", "")];
        for limit in [1, 100] {
            assert_eq!(find(&list, "城市", limit), [0]);
            // A longer query must match as a whole run of pairs.
            assert_eq!(find(&list, "城市合作", limit), [0]);
            assert_eq!(find(&list, "合作", limit), [0, 1]);
            assert_eq!(find(&list, "城", limit), [0, 1]);
        }
        let pieces = highlight("中欧城市合作与城市", &q);
        let marked: Vec<&str> = pieces.iter().filter(|p| p.mark).map(|p| p.text).collect();
        assert_eq!(marked, ["城市", "城市"]);
        assert_eq!(
            pieces.iter().map(|p| p.text).collect::<String>(),
            "中欧城市合作与城市"
        );
    }

    /// Builds the shards of `list` (title, teaser, body), newest first, and
    /// searches them as the browser does: with only the query's shards.
    fn find(list: &[(&str, &str, &str)], q: &str, limit: usize) -> Vec<usize> {
        let articles: Vec<Searchable> = list.to_vec();
        let shards = build_shards(&articles, limit);
        let keys: Vec<String> = shards.iter().map(|s| s.0.clone()).collect();
        let q = Query::parse(q);
        let wanted = shards_for_query(&keys, &q);
        let loaded: Vec<std::sync::Arc<SearchShard>> = shards
            .iter()
            .filter(|s| wanted.contains(&&s.0))
            .map(|s| std::sync::Arc::new(s.1.clone()))
            .collect();
        search(list.len(), &loaded, &q)
    }

    #[test]
    fn tokens_are_lowercase_words() {
        let t: Vec<_> = tokens("Da Nang's GHG-inventory, 2020!").collect();
        assert_eq!(t, ["da", "nang", "s", "ghg", "inventory", "2020"]);
        assert_eq!(Query::parse("  Gap gap FUND ").words, ["gap", "fund"]);
        // A lone letter searches; beside a longer word it waits.
        assert_eq!(Query::parse("c").words, ["c"]);
        // Single letters alone, however many, search nothing (T17), and a
        // query reads at most MAX_QUERY_WORDS words of MAX_QUERY_CHARS.
        let letters: Vec<String> = ('a'..='z').chain('0'..='9').map(String::from).collect();
        assert!(Query::parse(&letters.join(" ")).words.is_empty());
        let many = (0..50)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(Query::parse(&many).words.len(), MAX_QUERY_WORDS);
        let huge = "城".repeat(100_000);
        let t = std::time::Instant::now();
        let q = Query::parse(&huge);
        assert!(t.elapsed() < std::time::Duration::from_millis(200));
        assert_eq!(q.cjk, ["城".repeat(MAX_QUERY_CHARS)]);
        // Words are cut to MAX_WORD_CHARS, so shard names stay short.
        let long = "ß".repeat(30);
        assert_eq!(
            tokens(&long).next().unwrap().chars().count(),
            MAX_WORD_CHARS
        );
        assert_eq!(Query::parse("climate c").words, ["climate"]);
        assert_eq!(Query::parse("climate ci").words, ["climate", "ci"]);
        assert_eq!(Query::parse("城 c").words, ["城"]);
    }

    #[test]
    fn title_beats_teaser_beats_body_and_all_words_must_match() {
        let list = [
            ("Something else", "Nothing here", "the climate plan"),
            ("Other", "Climate finance for cities", ""),
            ("Climate fund launched", "A new fund", ""),
        ];
        // The same answers however finely the index is split.
        for limit in [1, 2, 3, 1000] {
            assert_eq!(find(&list, "clim", limit), [2, 1, 0], "{limit}");
            assert_eq!(find(&list, "climate plan", limit), [0]);
            assert_eq!(find(&list, "c", limit), [2, 1, 0]);
            assert_eq!(find(&list, "fund cli", limit), [2]);
            assert!(find(&list, "zzz", limit).is_empty());
            assert!(find(&list, "climate zzz", limit).is_empty());
            assert!(find(&list, "zzz climate", limit).is_empty());
            assert_eq!(find(&list, "", limit), [0, 1, 2]);
        }
    }

    #[test]
    fn shards_are_runs_of_words_keyed_by_where_they_begin() {
        // Postings: c 1, cab 1, car 1, cat 2.
        let list = [("cat car cab", "", ""), ("cat", "", ""), ("c", "", "")];
        let articles: Vec<Searchable> = list.to_vec();
        let shards = |limit| build_shards(&articles, limit);
        let keys = |limit| -> Vec<String> { shards(limit).into_iter().map(|s| s.0).collect() };
        assert_eq!(keys(100), ["c"]);
        // Each key is the shortest start of its first word that sorts after
        // the previous shard's last word ("car" after "cab").
        assert_eq!(keys(2), ["c", "car", "cat"]);
        let words: Vec<Vec<String>> = shards(2).into_iter().map(|s| s.1.words).collect();
        assert_eq!(words, [vec!["c", "cab"], vec!["car"], vec!["cat"]]);
        // A word longer than the limit has a shard of its own.
        assert_eq!(keys(1), ["c", "ca", "car", "cat"]);
        let k = keys(2);
        assert_eq!(
            shards_for(&k, "ca").collect::<Vec<_>>(),
            ["c", "car", "cat"]
        );
        assert_eq!(shards_for(&k, "cab").collect::<Vec<_>>(), ["c"]);
        assert_eq!(shards_for(&k, "cart").collect::<Vec<_>>(), ["car"]);
        // A word after every key would be in the last shard; one before
        // the first key is in none.
        assert_eq!(shards_for(&k, "d").collect::<Vec<_>>(), ["cat"]);
        assert!(shards_for(&k, "b").next().is_none());
    }

    #[test]
    fn a_query_needs_few_shards_of_a_large_index() {
        // 3,000 articles of 40 words each, drawn from 5,000 made-up words.
        let mut seed = 7u64;
        let mut next = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        let word = |n: usize| -> String {
            let letters = b"abcdefghijklmnopqrstuvwxyz";
            (0..5)
                .map(|i| letters[(n / 26usize.pow(i)) % 26] as char)
                .collect()
        };
        let bodies: Vec<String> = (0..3000)
            .map(|_| {
                (0..40)
                    .map(|_| word(next() % 5000))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let articles: Vec<Searchable> = bodies.iter().map(|b| ("", "", b.as_str())).collect();
        let shards = build_shards(&articles, 4000);
        let keys: Vec<String> = shards.iter().map(|s| s.0.clone()).collect();
        assert!(keys.len() >= 25, "{} shards", keys.len());
        for q in [
            word(17),
            format!("{} {}", word(17), word(4321)),
            word(99)[..2].to_string(),
        ] {
            let wanted = shards_for_query(&keys, &Query::parse(&q));
            assert!(!wanted.is_empty() && wanted.len() <= 4, "{q}: {wanted:?}");
        }
    }

    #[test]
    fn ties_keep_feed_order() {
        let list = [("Gap fund", "", ""), ("Gap fund too", "", "")];
        assert_eq!(find(&list, "gap", 10), [0, 1]);
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
    fn highlight_without_a_query_keeps_the_text_whole() {
        let q = Query::parse(" ,. ");
        assert!(q.words.is_empty() && q.cjk.is_empty());
        assert_eq!(
            highlight("Da Nang: 城市 data", &q),
            [Piece {
                text: "Da Nang: 城市 data",
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
