// Writes a large, realistic content set for the benchmark: a copy of the
// shipped content (English and every translation folder) plus ARTICLES
// generated news articles and EVENTS generated events, some of them also in
// Simplified Chinese.
//
// Usage: node bench/gen-scale.mjs OUT_CONTENT_DIR
//   ARTICLES (default 5000), EVENTS (default 2000), SEED (default 42),
//   ZH_SHARE (default 0.1: the share of generated articles and events that
//   also get a Chinese translation).
// The images are not copied: put public/images next to OUT_CONTENT_DIR (in
// its parent folder), as scripts/bench.sh does.
//
// The text is not lorem ipsum over a few words, which would hide how the
// search index and the pages grow with a real archive:
//   - English: sentences and fragments of every shipped JSON file, taken
//     verbatim, spliced together, or with words swapped for words of a
//     synthetic lexicon of 31,000 pseudo-words drawn with a Zipf-like
//     frequency (a few common, most rare);
//   - Chinese: sentences and clauses of the shipped zh-hans content,
//     recombined, so common words (城市, 合作, 气候) recur across articles.
// Titles, teasers, bodies, tags, countries, images, dates, time zones, venues,
// organisers and categories vary the way the shipped content does; events
// carry the offset their zone has at that moment (content-check's rule).
// A fixed SEED gives byte-identical output.
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';

const started = Date.now();
const out = process.argv[2];
if (!out) {
  console.error('usage: node bench/gen-scale.mjs OUT_CONTENT_DIR');
  process.exit(2);
}
const num = (name, def) => {
  const v = Number(process.env[name] ?? def);
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} must be a non-negative number`);
  return v;
};
const ARTICLES = Math.floor(num('ARTICLES', 5000));
const EVENTS = Math.floor(num('EVENTS', 2000));
const SEED = Math.floor(num('SEED', 42));
const ZH_SHARE = num('ZH_SHARE', 0.1);
const LEXICON_SIZE = 31000;
const TODAY = '2026-11-30'; // articles are published up to this day; later events are upcoming

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'content');
const OUT = path.resolve(out);
if (OUT === SRC || OUT.startsWith(SRC + path.sep)) throw new Error(`${out}: refusing to write into the shipped content`);
if (fs.existsSync(OUT) && fs.readdirSync(OUT).length > 0) {
  console.error(`${out} exists and is not empty: remove it first (the output must hold only this run's files)`);
  process.exit(2);
}
fs.cpSync(SRC, OUT, { recursive: true });
const readJson = (...p) => JSON.parse(fs.readFileSync(path.join(...p), 'utf8'));
const writeJson = (file, value) => fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');

// ---------------------------------------------------------------- randomness

// Small, fast, seedable: mulberry32. One stream per purpose, so that changing
// ARTICLES does not change the events, and the lexicon never changes.
function stream(label) {
  let h = (SEED ^ 0x9e3779b9) >>> 0;
  for (const c of label) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  let a = h;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (n) => Math.floor(next() * n),
    range: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // inclusive
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    // `table` from weighted(): [values, cumulative weights]
    weighted: ([values, cum]) => values[bisect(cum, next() * cum[cum.length - 1])],
    // distinct items, order as drawn
    some: (table, n) => {
      const got = [];
      for (let tries = 0; got.length < n && tries < 50; tries++) {
        const v = r.weighted(table);
        if (!got.includes(v)) got.push(v);
      }
      return got;
    },
  };
  return r;
}
function bisect(cum, x) {
  let lo = 0, hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid] > x) hi = mid; else lo = mid + 1;
  }
  return lo;
}
/** [values, cumulative weights] from a Map or [value, weight] pairs. */
function weighted(pairs) {
  const values = [], cum = [];
  let total = 0;
  for (const [v, w] of pairs) {
    if (w <= 0) continue;
    total += w;
    values.push(v);
    cum.push(total);
  }
  if (!values.length) throw new Error('empty weighted table');
  return [values, Float64Array.from(cum)];
}
const counts = (xs) => {
  const m = new Map();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)); // stable order
};

// ------------------------------------------------------ the shipped content

const ZH = 'zh-hans';
const sortedJson = (dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const enFiles = [
  ...sortedJson(SRC).map((f) => readJson(SRC, f)),
  ...sortedJson(path.join(SRC, 'news')).map((f) => readJson(SRC, 'news', f)),
];
const zhFiles = [
  ...sortedJson(path.join(SRC, ZH)).map((f) => readJson(SRC, ZH, f)),
  ...sortedJson(path.join(SRC, ZH, 'news')).map((f) => readJson(SRC, ZH, 'news', f)),
];
const shippedArticles = sortedJson(path.join(SRC, 'news')).map((f) => readJson(SRC, 'news', f));
const zhShippedArticles = sortedJson(path.join(SRC, ZH, 'news')).map((f) => readJson(SRC, ZH, 'news', f));
const site = readJson(SRC, 'site.json');
const events = readJson(SRC, 'events.json');
const cooperation = readJson(SRC, 'cooperation.json');
const zhEventsPath = path.join(SRC, ZH, 'events.json');
const zhEvents = fs.existsSync(zhEventsPath) ? readJson(zhEventsPath) : null;
const zhCooperation = fs.existsSync(path.join(SRC, ZH, 'cooperation.json')) ? readJson(SRC, ZH, 'cooperation.json') : null;

/**
 * The words of a Markdown text (rich texts are Markdown): links keep their
 * text, and the marks of headings, lists, quotes, emphasis and figures go,
 * so no syntax is spliced into generated text.
 */
const wordsOf = (s) => s
  .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
  .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
  .replace(/^\s*(#{1,6}|[-+*]|\d+[.)]|>)\s+/gm, '')
  .replace(/[*_`]/g, '');

/** Every string in a JSON value, with the key it sits under. */
function strings(v, key, outList) {
  if (typeof v === 'string') outList.push([key, wordsOf(v)]);
  else if (Array.isArray(v)) for (const x of v) strings(x, key, outList);
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) strings(v[k], k, outList);
  return outList;
}
const LABEL_KEYS = new Set(['title', 'heading', 'name']);
const looksLikeLink = (s) => /^(https?:|mailto:|images\/|\/)/.test(s);

// English: sentences, titles and the running words of every prose string.
const enSentences = [], enTitles = [], enWords = [];
const seenSentence = new Set();
for (const [key, s] of enFiles.flatMap((f) => strings(f, '', []))) {
  if (looksLikeLink(s) || !/[A-Za-z]/.test(s)) continue;
  const words = s.trim().split(/\s+/);
  if (LABEL_KEYS.has(key)) {
    if (words.length >= 3) enTitles.push(words);
    continue; // a name or heading is not a sentence
  }
  if (words.length < 4) continue;
  for (let sent of s.trim().split(/(?<=[.!?])\s+(?=[A-Z0-9“"‘(])/)) {
    const w = sent.split(/\s+/);
    if (w.length < 4) continue;
    // Words in running text keep their real case (the first may be capitalised only as a sentence start).
    for (let i = 1; i < w.length; i++) if (/[A-Za-z]/.test(w[i])) enWords.push(w[i]);
    if (!/[.!?]["”’)]?$/.test(sent)) sent += '.';
    if (!seenSentence.has(sent)) { seenSentence.add(sent); enSentences.push(sent.split(/\s+/)); }
  }
}
// Title words without brackets or quotes, which a recombined title would leave unbalanced.
const bare = (w) => w.replace(/^[(["“‘]+/, '').replace(/[.,:;!?)\]"”’]+$/, '').replace(/[()]/g, '');
for (const t of enTitles) t.splice(0, t.length, ...t.map(bare).filter((w) => /[A-Za-z0-9]/.test(w)));
enTitles.splice(0, enTitles.length, ...enTitles.filter((t) => t.length >= 2));
const titleWords = enTitles.flat().filter((w) => /[A-Za-z]/.test(w));

// Chinese: sentences, clauses and titles of the zh-hans content.
const CJK = /[\u3400-\u9fff]/;
const zhSentences = [], zhClauses = [], zhTitles = [];
{
  const seen = new Set();
  for (const [key, s] of zhFiles.flatMap((f) => strings(f, '', []))) {
    if (looksLikeLink(s) || !CJK.test(s)) continue;
    const t = s.trim();
    if (LABEL_KEYS.has(key) && t.length >= 4 && t.length <= 60) zhTitles.push(t);
    if (t.length < 12) continue;
    for (let sent of t.split(/(?<=[。！？])/)) {
      sent = sent.trim();
      if (sent.length < 8 || !CJK.test(sent)) continue;
      if (!/[。！？]$/.test(sent)) sent += '。';
      if (!seen.has(sent)) { seen.add(sent); zhSentences.push(sent); }
      for (const c of sent.replace(/[。！？]$/, '').split(/[，；：]/)) {
        const clause = c.trim();
        if (clause.length >= 4 && clause.length <= 40 && CJK.test(clause)) zhClauses.push(clause);
      }
    }
  }
}

// ----------------------------------------------------------------- lexicon

// 31,000 distinct pseudo-words from syllables, ranked for a Zipf-like draw.
const lexicon = (() => {
  const r = stream('lexicon');
  const onsets = ['', '', 'b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z',
    'br', 'ch', 'cl', 'dr', 'fl', 'gr', 'kr', 'pl', 'pr', 'sh', 'st', 'tr', 'th', 'qu', 'sk', 'sl', 'sp', 'x', 'y'];
  const inner = ['b', 'c', 'd', 'f', 'g', 'k', 'l', 'l', 'm', 'n', 'n', 'p', 'r', 'r', 's', 't', 't', 'v', 'z', 'ch', 'sh', 'th', 'tr', 'st'];
  const vowels = ['a', 'a', 'e', 'e', 'i', 'i', 'o', 'o', 'u', 'ai', 'ea', 'ia', 'io', 'ou', 'y', 'ao', 'ue'];
  const codas = ['n', 'r', 'l', 's', 'm', 't', 'k', 'nd', 'st', 'rt', 'ng', 'x', 'ck', 'ns'];
  const simple = ['n', 'r', 'l', 's', 'm'];
  const suffixes = ['ation', 'ism', 'ity', 'ment', 'al', 'ic', 'er', 'ive', 'ous', 'ing', 'ed', 'ia', 'ine', 'ard',
    'ton', 'berg', 'ville', 'ology', 'ship', 'ness', 'ate', 'ise', 'ery', 'ium', 'ora', 'ang', 'ou', 'hai'];
  const sylls = weighted([[1, 15], [2, 40], [3, 32], [4, 13]]);
  const words = [], seen = new Set();
  while (words.length < LEXICON_SIZE) {
    let w = '';
    const n = r.weighted(sylls);
    for (let i = 0; i < n; i++) {
      w += (i === 0 ? r.pick(onsets) : r.pick(inner)) + r.pick(vowels);
      if (i === n - 1 ? r.chance(0.55) : r.chance(0.2)) w += r.pick(i === n - 1 ? codas : simple);
    }
    if (r.chance(0.3)) w += r.pick(suffixes);
    if (w.length < 3 || w.length > 14 || seen.has(w)) continue;
    seen.add(w);
    // About one in eight is a name (of a place, a person, an organisation).
    words.push(r.chance(0.12) ? w[0].toUpperCase() + w.slice(1) : w);
  }
  return words;
})();
// Zipf: weight of rank k is 1/(k+2)^0.95 (a flatter tail than s=1, so that
// most of the lexicon shows up at least once in the default archive).
const lexTable = weighted(lexicon.map((w, k) => [w, 1 / Math.pow(k + 2, 0.95)]));
const enWordsTable = weighted(counts(enWords));
const titleWordsTable = weighted(counts(titleWords));

// ------------------------------------------------------------ English text

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const stripEnd = (w) => w.replace(/[.,:;!?]+$/, '');

function enSentence(r) {
  const roll = r.next();
  if (roll < 0.2) return r.pick(enSentences).join(' '); // a real sentence
  if (roll < 0.45) {
    // two real sentences spliced: the start of one, the end of another
    const a = r.pick(enSentences), b = r.pick(enSentences);
    const commaA = a.findIndex((w, i) => i >= 2 && i < a.length - 1 && w.endsWith(','));
    const i = commaA > 0 && r.chance(0.6) ? commaA + 1 : r.range(2, Math.max(2, a.length - 2));
    const j = r.range(Math.min(2, b.length - 2), Math.max(2, b.length - 3));
    const text = [...a.slice(0, i), ...b.slice(j)].slice(0, 48).join(' ');
    return /[.!?]["”’)]?$/.test(text) ? text : text.replace(/[,;:–—-]+$/, '') + '.';
  }
  if (roll < 0.75) {
    // a real sentence with some words swapped for lexicon words
    const w = [...r.pick(enSentences)];
    const k = r.range(1, Math.min(4, Math.max(1, w.length >> 2)));
    for (let n = 0; n < k; n++) {
      const i = r.range(1, w.length - 1);
      const m = /^([a-z][a-z-]{3,})([.,;:!?]*)$/.exec(w[i]);
      if (m) w[i] = r.weighted(lexTable) + m[2];
    }
    return w.join(' ');
  }
  // a new sentence from running words, a third of them from the lexicon
  const n = r.range(6, 28);
  const w = [];
  for (let i = 0; i < n; i++) {
    let word = r.chance(0.35) ? r.weighted(lexTable) : stripEnd(r.weighted(enWordsTable));
    if (i > 2 && i < n - 2 && r.chance(0.07)) word += ',';
    w.push(word);
  }
  return cap(w.join(' ')) + (r.chance(0.04) ? '?' : '.');
}
const enText = (r, n) => Array.from({ length: n }, () => enSentence(r)).join(' ');

function enTitle(r, lo = 4, hi = 14) {
  // 4–14 words, most 6–10
  const n = Math.min(hi, Math.max(lo, Math.round(lo + (hi - lo) * ((r.next() + r.next() + r.next()) / 3))));
  let w;
  if (r.chance(0.4)) {
    // a real title or heading, cut or padded, with a word or two swapped
    w = r.pick(enTitles).map(stripEnd).filter(Boolean);
    while (w.length < n) w.push(r.chance(0.5) ? r.weighted(lexTable) : r.weighted(titleWordsTable));
    w = w.slice(0, n);
    for (let k = r.range(0, 2); k > 0; k--) w[r.range(1, n - 1)] = r.weighted(lexTable);
  } else {
    w = Array.from({ length: n }, () => (r.chance(0.3) ? r.weighted(lexTable) : r.weighted(titleWordsTable)));
  }
  // No dangling joiner at the end.
  while (w.length > lo && /^(and|of|the|in|for|to|on|at|a|with|–|-|—|&)$/i.test(w[w.length - 1])) w.pop();
  return cap(w.join(' ').replace(/[\s,:;–—-]+$/, ''));
}

// ------------------------------------------------------------ Chinese text

function zhSentence(r) {
  const roll = r.next();
  if (roll < 0.35) return r.pick(zhSentences);
  const n = roll < 0.8 ? 2 : 3;
  return Array.from({ length: n }, () => r.pick(zhClauses)).join('，') + '。';
}
const zhText = (r, n) => Array.from({ length: n }, () => zhSentence(r)).join('');
function zhTitle(r) {
  const roll = r.next();
  let t;
  if (roll < 0.35) t = r.pick(zhTitles);
  else if (roll < 0.6) t = r.pick(zhTitles) + '：' + r.pick(zhClauses);
  else if (roll < 0.85) t = r.pick(zhClauses);
  else t = r.pick(zhClauses) + '，' + r.pick(zhClauses);
  return t.length > 60 ? t.slice(0, 60) : t;
}

// ------------------------------------------------------------------ slugs

function slugify(title, n, used) {
  const parts = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .split(/[^a-z0-9]+/).filter(Boolean).slice(0, 7);
  let base = '';
  for (const p of parts) if ((base + '-' + p).length <= 80) base = base ? `${base}-${p}` : p;
  let slug = `${base || 'item'}-${n}`;
  while (used.has(slug)) slug += '-2';
  used.add(slug);
  return slug;
}

// ---------------------------------------------------------------- articles

const pad = (n) => String(n).padStart(2, '0');
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

// Tags, countries and images as the shipped articles use them. Tags must be
// safe slugs (content-check); the shipped ones are.
const safeSlug = (s) => s.length <= 100 && s.split('-').every((p) => /^[a-z0-9]+$/.test(p));
const tagTable = weighted(counts(shippedArticles.flatMap((a) => a.tags).filter(safeSlug)));
const countryCodes = site.country_names.map((c) => c.code);
const countryUse = new Map(counts(shippedArticles.flatMap((a) => a.countries ?? [])));
const countryTable = weighted(countryCodes.map((c) => [c, 1 + (countryUse.get(c) ?? 0)]));
const imageBySrc = new Map(), zhAltBySrc = new Map();
for (const a of shippedArticles) if (!imageBySrc.has(a.image.src)) imageBySrc.set(a.image.src, a.image);
for (const a of zhShippedArticles) if (!zhAltBySrc.has(a.image.src)) zhAltBySrc.set(a.image.src, a.image.alt);
const imageTable = weighted(counts(shippedArticles.map((a) => a.image.src)));
// More articles in recent years: weight (year - 2016)^1.3.
const articleYears = weighted(Array.from({ length: 10 }, (_, i) => [2017 + i, Math.pow(i + 1, 1.3)]));
const teaserSentences = weighted([[1, 45], [2, 40], [3, 15]]);
const tagsPerArticle = weighted([[1, 40], [2, 40], [3, 20]]);
const paraSentences = weighted([[1, 8], [2, 18], [3, 24], [4, 20], [5, 13], [6, 8], [7, 5], [8, 4]]);

function paragraphCount(r) {
  const x = r.next();
  return x < 0.08 ? r.range(1, 2) : x < 0.8 ? r.range(3, 6) : x < 0.95 ? r.range(7, 9) : r.range(10, 12);
}

function publishedDate(r) {
  const year = r.weighted(articleYears);
  const month = r.range(1, year === 2026 ? 11 : 12);
  const day = r.range(1, daysIn(year, month));
  const x = r.next();
  if (x < 0.01 && year < 2026) return { published: `${year}` };
  if (x < 0.13) return { published: `${year}-${pad(month)}`, order: r.chance(0.5) ? r.range(1, 9) : undefined };
  return { published: `${year}-${pad(month)}-${pad(day)}` };
}

const stats = { textBytes: 0, words: new Set(), zhArticles: 0, zhEvents: 0 };
const textOf = (v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(textOf) : []);
function count(lang, ...texts) {
  for (const t of texts.flatMap(textOf)) {
    stats.textBytes += Buffer.byteLength(t);
    if (lang === 'en') for (const w of t.split(' ')) if (w) stats.words.add(w);
  }
}

{
  const r = stream('articles');
  const rz = stream('articles-zh');
  const used = new Set(shippedArticles.map((a) => a.slug));
  fs.mkdirSync(path.join(OUT, ZH, 'news'), { recursive: true });
  for (let i = 0; i < ARTICLES; i++) {
    const title = enTitle(r);
    const slug = slugify(title, i + 1, used);
    const { published, order } = publishedDate(r);
    const sentencesPerParagraph = Array.from({ length: paragraphCount(r) }, () => r.weighted(paraSentences));
    const tags = r.some(tagTable, r.weighted(tagsPerArticle));
    const x = r.next();
    const countries = x < 0.1 ? [] : r.some(countryTable, x < 0.7 ? 1 : 2);
    const img = imageBySrc.get(r.weighted(imageTable));
    const a = {
      slug,
      title,
      published,
      ...(order ? { order } : {}),
      teaser: enText(r, r.weighted(teaserSentences)),
      body: sentencesPerParagraph.map((n) => enText(r, n)).join('\n\n'),
      tags,
      countries,
      image: { src: img.src, alt: img.alt, width: img.width, height: img.height },
      source: `https://www.example.org/generated/${slug}`,
    };
    writeJson(path.join(OUT, 'news', `${slug}.json`), a);
    count('en', a.title, a.teaser, a.body);
    if (zhSentences.length && rz.chance(ZH_SHARE)) {
      // Same slug and facts; only the words change.
      const z = {
        ...a,
        title: zhTitle(rz),
        teaser: zhText(rz, rz.range(1, 2)),
        body: sentencesPerParagraph.map((n) => zhText(rz, Math.max(1, Math.round(n * 0.8)))).join('\n\n'),
        image: { ...a.image, alt: zhAltBySrc.get(img.src) ?? a.image.alt },
      };
      writeJson(path.join(OUT, ZH, 'news', `${slug}.json`), z);
      count('zh', z.title, z.teaser, z.body);
      stats.zhArticles++;
    }
  }
}

// ------------------------------------------------------------------ events

// The offset `zone` has at the local time y-m-d h:mi, as "+07:00".
const offsetFormats = new Map();
function offsetAt(zone, utcMs) {
  let f = offsetFormats.get(zone);
  if (!f) offsetFormats.set(zone, (f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
  const name = f.formatToParts(new Date(utcMs)).find((p) => p.type === 'timeZoneName').value; // GMT+02:00, GMT
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!m) throw new Error(`cannot read the offset of ${zone}: ${name}`);
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}
function localTime(zone, y, mo, d, h, mi) {
  const local = Date.UTC(y, mo - 1, d, h, mi); // normalises overflowing days and minutes
  let off = offsetAt(zone, local);
  off = offsetAt(zone, local - off * 60000);
  if (offsetAt(zone, local - off * 60000) !== off) throw new Error(`no unambiguous offset for ${zone} at ${new Date(local).toISOString()}`);
  const t = new Date(local);
  const sign = off < 0 ? '-' : '+', a = Math.abs(off);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:00${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

// Venues: those of the shipped events (in their zone), and the cities of
// cooperation.json in a country whose zone a shipped event uses.
const zoneUse = counts(events.events.map((e) => e.time_zone));
const zones = new Set(zoneUse.map(([z]) => z));
const zoneTable = weighted(zoneUse);
const zhEventBySlug = new Map((zhEvents?.events ?? []).map((e) => [e.slug, e]));
const venues = [];
for (const e of events.events) {
  if (!e.venue) continue;
  const zhVenue = zhEventBySlug.get(e.slug)?.venue;
  venues.push({ en: e.venue, zh: zhVenue ?? e.venue, zone: e.time_zone });
}
// Countries of the cooperation cities, by code: the zone of their capital, kept only if a shipped event uses it.
const capitalZones = { CN: 'Asia/Shanghai', ES: 'Europe/Madrid', IT: 'Europe/Rome', DE: 'Europe/Berlin', BE: 'Europe/Brussels',
  VN: 'Asia/Ho_Chi_Minh', ID: 'Asia/Jakarta', KR: 'Asia/Seoul', MY: 'Asia/Kuala_Lumpur' };
const venueKinds = [
  ['City Hall', '市政厅'], ['Convention Centre', '会展中心'], ['Exhibition Centre', '展览中心'],
  ['Municipal Conference Hall', '市政会议厅'], ['University Campus', '大学校园'], ['Innovation Hub', '创新中心'],
  ['Chamber of Commerce', '商会'], ['Planning Bureau', '规划局'], ['Energy Agency', '能源署'],
];
const cityVenues = [];
for (const c of cooperation.cities) {
  const zone = capitalZones[c.country];
  if (!zone || !zones.has(zone)) continue;
  const country = cooperation.countries.find((k) => k.code === c.country)?.name;
  const zhCity = zhCooperation?.cities.find((k) => k.id === c.id)?.name ?? c.name;
  const zhCountry = zhCooperation?.countries.find((k) => k.code === c.country)?.name ?? country;
  if (country) cityVenues.push({ city: c.name, country, zhCity, zhCountry, zone });
}

const organiserUse = new Map(counts(events.events.map((e) => e.organiser)));
const organiserTable = weighted(events.organisers.map((o) => [o.id, 1 + (organiserUse.get(o.id) ?? 0)]));
const categoryUse = new Map(counts(events.events.map((e) => e.category)));
const categoryTable = weighted(events.categories.map((c) => [c.id, 1 + 2 * (categoryUse.get(c.id) ?? 0)]));
// Speakers as the shipped events list them, with their Chinese entry where the translation lists the same person.
const speakers = [];
for (const e of events.events) {
  const zs = zhEventBySlug.get(e.slug)?.speakers ?? [];
  (e.speakers ?? []).forEach((s, i) => {
    if (!speakers.some((x) => x.en.name === s.name)) speakers.push({ en: s, zh: zs[i]?.name === s.name ? zs[i] : s });
  });
}
const languages = [['English', '英语'], ['English and Chinese', '英语和中文']];
// More events in recent years, and some upcoming (after TODAY, into 2027).
const eventYears = weighted(Array.from({ length: 11 }, (_, i) => [2017 + i, Math.pow(i + 1, 1.1)]));
const descriptionParagraphs = weighted([[1, 35], [2, 35], [3, 20], [4, 10]]);
const durations = [45, 60, 60, 90, 90, 90, 120, 120, 150, 180, 240, 300, 360, 480];

{
  const r = stream('events');
  const rz = stream('events-zh');
  const used = new Set(events.events.map((e) => e.slug));
  const zhAdded = [];
  for (let i = 0; i < EVENTS; i++) {
    const title = enTitle(r, 4, 12);
    const slug = slugify(title, i + 1, used);
    const year = r.weighted(eventYears);
    const month = r.range(1, 12), day = r.range(1, daysIn(year, month));
    const x = r.next();
    const attendance = x < 0.45 ? 'online' : x < 0.8 ? 'on-site' : 'hybrid';
    let venue = null, zhVenue = null, zone;
    if (attendance !== 'online') {
      if (r.chance(0.4) || !cityVenues.length) {
        const v = r.pick(venues);
        venue = { ...v.en };
        zhVenue = { ...v.zh };
        zone = v.zone;
      } else {
        const c = r.pick(cityVenues);
        const [kind, zhKind] = r.pick(venueKinds);
        venue = { name: `${c.city} ${kind}`, city: c.city, country: c.country };
        zhVenue = { name: `${c.zhCity}${zhKind}`, city: c.zhCity, country: c.zhCountry };
        zone = c.zone;
      }
    } else zone = r.weighted(zoneTable);
    // 40% all day (one day to a week), 45% a few hours, 15% several days with times.
    let start, end, allDay = false;
    const shape = r.next();
    if (shape < 0.4) {
      allDay = true;
      const y = r.next();
      const days = y < 0.55 ? 1 : y < 0.85 ? r.range(2, 3) : r.range(4, 7);
      start = localTime(zone, year, month, day, 0, 0);
      end = localTime(zone, year, month, day + days, 0, 0);
    } else if (shape < 0.85) {
      const dur = r.pick(durations);
      let h = r.range(7, 19);
      const mi = r.pick([0, 0, 0, 15, 30, 30, 45]);
      while (h * 60 + mi + dur > 23 * 60 + 30) h--;
      start = localTime(zone, year, month, day, h, mi);
      end = localTime(zone, year, month, day, h, mi + dur);
    } else {
      const days = r.range(1, 4);
      start = localTime(zone, year, month, day, r.range(8, 10), r.pick([0, 30]));
      end = localTime(zone, year, month, day + days, r.range(16, 18), r.pick([0, 30]));
    }
    const past = start.slice(0, 10) <= TODAY;
    const lang = r.chance(0.35) ? languages[0] : venue?.country === 'China' && r.chance(0.5) ? languages[1] : null;
    const s = r.next();
    const status = s < 0.03 ? 'cancelled' : s < 0.05 ? 'postponed' : s < 0.06 ? 'rescheduled'
      : s < 0.07 && attendance === 'online' ? 'moved-online' : null;
    const onlineUrl = attendance !== 'on-site' && r.chance(0.5) ? `https://www.example.org/generated/${slug}/join` : null;
    const recordingUrl = attendance !== 'on-site' && past && r.chance(0.25) ? `https://www.example.org/generated/${slug}/recording` : null;
    const descParagraphs = Array.from({ length: r.weighted(descriptionParagraphs) }, () => r.range(1, 5));
    const nSessions = r.chance(0.1) ? r.range(2, 4) : 0;
    const eventSpeakers = speakers.length && r.chance(0.08) ? Array.from({ length: r.range(1, 4) }, () => r.pick(speakers)) : [];
    const chosenSpeakers = eventSpeakers.filter((s, k) => eventSpeakers.indexOf(s) === k);
    const nNotes = r.chance(0.1) ? r.range(1, 2) : 0;
    const e = {
      slug,
      title,
      start,
      end,
      ...(allDay ? { all_day: true } : {}),
      time_zone: zone,
      organiser: r.weighted(organiserTable),
      category: r.weighted(categoryTable),
      ...(lang ? { language: lang[0] } : {}),
      attendance,
      ...(status ? { status } : {}),
      ...(venue ? { venue } : {}),
      ...(onlineUrl ? { online_url: onlineUrl } : {}),
      ...(recordingUrl ? { recording_url: recordingUrl } : {}),
      summary: enText(r, r.range(1, 2)),
      description: descParagraphs.map((n) => enText(r, n)).join('\n\n'),
      ...(nSessions ? { sessions: Array.from({ length: nSessions }, (_, k) => `Session ${k + 1} – ${enTitle(r, 4, 10)}`) } : {}),
      ...(chosenSpeakers.length ? { speakers: chosenSpeakers.map((s) => ({ ...s.en })) } : {}),
      ...(nNotes ? { notes: Array.from({ length: nNotes }, () => enText(r, r.range(1, 2))) } : {}),
      source: `https://www.example.org/generated/${slug}`,
    };
    events.events.push(e);
    count('en', e.title, e.summary, e.description, e.sessions ?? [], e.notes ?? []);
    if (zhEvents && zhSentences.length && rz.chance(ZH_SHARE)) {
      // Same slug and facts (start, end, all_day, time_zone, status,
      // attendance, category, organiser); only the words change.
      const z = {
        ...e,
        title: zhTitle(rz),
        ...(lang ? { language: lang[1] } : {}),
        ...(zhVenue ? { venue: zhVenue } : {}),
        summary: zhText(rz, rz.range(1, 2)),
        description: descParagraphs.map((n) => zhText(rz, n)).join('\n\n'),
        ...(nSessions ? { sessions: Array.from({ length: nSessions }, (_, k) => `第${k + 1}场：${zhTitle(rz)}`) } : {}),
        ...(chosenSpeakers.length ? { speakers: chosenSpeakers.map((s) => ({ ...s.zh })) } : {}),
        ...(nNotes ? { notes: Array.from({ length: nNotes }, () => zhText(rz, rz.range(1, 2))) } : {}),
      };
      zhAdded.push(z);
      count('zh', z.title, z.summary, z.description, z.sessions ?? [], z.notes ?? []);
    }
  }
  writeJson(path.join(OUT, 'events.json'), events);
  if (zhEvents) {
    zhEvents.events.push(...zhAdded);
    writeJson(path.join(OUT, ZH, 'events.json'), zhEvents);
    stats.zhEvents = zhAdded.length;
  }
}

console.log(
  `gen-scale: ${ARTICLES} articles (${stats.zhArticles} also in zh-Hans) and ${EVENTS} events (${stats.zhEvents} also in zh-Hans) ` +
  `added to the shipped content in ${out}; ${stats.words.size} distinct English words, ` +
  `${(stats.textBytes / 1048576).toFixed(1)} MiB of generated text (${stats.textBytes} bytes); seed ${SEED}, ${Date.now() - started} ms`,
);
