// Writes a large content set for the benchmark: the shipped content plus
// ARTICLES generated news articles and EVENTS generated events.
// Usage: node bench/gen-scale.mjs OUT_CONTENT_DIR
import fs from 'fs';
import path from 'path';

const out = process.argv[2];
const ARTICLES = Number(process.env.ARTICLES ?? 5000);
const EVENTS = Number(process.env.EVENTS ?? 2000);
if (!out) throw new Error('usage: node bench/gen-scale.mjs OUT_CONTENT_DIR');
fs.cpSync('public/content', out, { recursive: true });

const words = 'city climate energy cooperation urban mobility waste water smart innovation partnership mayors plan pilot inventory emissions resilience finance transport housing digital circular economy heritage skills logistics'.split(' ');
const tags = ['climate-action', 'city-to-city', 'smart-city', 'global-covenant', 'innovation', 'webinar', 'circular-economy', 'energy-transition'];
const countries = ['CN', 'VN', 'ID', 'MY', 'KR', 'DE', 'ES', 'IT'];
const images = ['news-webinar', 'news-climate', 'news-city', 'news-finance', 'news-waste', 'news-mission'];
let seed = 42;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const sentence = (n) => Array.from({ length: n }, () => words[rnd(words.length)]).join(' ');
const pad = (n) => String(n).padStart(2, '0');

for (let i = 0; i < ARTICLES; i++) {
  const year = 2005 + (i % 16), month = 1 + rnd(12), day = 1 + rnd(28);
  const slug = `generated-article-${i}`;
  const a = {
    slug,
    title: `Generated ${sentence(5)} ${i}`,
    published: `${year}-${pad(month)}-${pad(day)}`,
    teaser: sentence(25),
    body: [sentence(60), sentence(60), sentence(40)],
    tags: [tags[rnd(tags.length)], tags[rnd(tags.length)]].filter((t, j, all) => all.indexOf(t) === j),
    countries: [countries[rnd(countries.length)]],
    image: { src: `images/${images[rnd(images.length)]}.svg`, alt: 'Generated illustration', width: 1200, height: 675 },
    source: 'https://www.example.org/generated',
  };
  fs.writeFileSync(path.join(out, 'news', `${slug}.json`), JSON.stringify(a));
}

const eventsPath = path.join(out, 'events.json');
const ev = JSON.parse(fs.readFileSync(eventsPath, 'utf8'));
for (let i = 0; i < EVENTS; i++) {
  const year = 2018 + (i % 5), month = 1 + rnd(12), day = 1 + rnd(28), hour = rnd(20);
  const start = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:00:00+00:00`;
  const end = `${year}-${pad(month)}-${pad(day)}T${pad(hour + 2)}:30:00+00:00`;
  ev.events.push({
    slug: `generated-event-${i}`, title: `Generated ${sentence(4)} ${i}`, start, end, time_zone: 'UTC',
    organiser: ev.organisers[rnd(ev.organisers.length)].id, category: ev.categories[rnd(ev.categories.length)].id,
    language: 'English', attendance: 'online', summary: sentence(15), description: [sentence(40)],
    source: 'https://www.example.org/generated',
  });
}
fs.writeFileSync(eventsPath, JSON.stringify(ev));
console.log(`generated ${ARTICLES} articles and ${EVENTS} events in ${out}`);
