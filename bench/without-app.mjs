// Each page's own baseline for Lighthouse: a copy of the built bundle whose
// pages keep their HTML and stylesheet but lose the app's boot script, so
// what the browser does for the markup alone (parse, style, layout, paint)
// can be measured next to the same page with the app.
// Usage: node bench/without-app.mjs BUNDLE_DIR OUT_DIR
import fs from 'fs';
import path from 'path';

const [src, out] = process.argv.slice(2);
fs.rmSync(out, { recursive: true, force: true });
fs.cpSync(src, out, { recursive: true });
const BOOT = /<script type="module" data-js=[^>]*>[\s\S]*?<\/script>/;
let pages = 0;
const walk = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.html')) {
      const html = fs.readFileSync(p, 'utf8');
      if (!BOOT.test(html)) throw new Error(`${p}: no boot script found; the bundle's page template changed`);
      fs.writeFileSync(p, html.replace(BOOT, ''));
      for (const z of ['.br', '.gz']) fs.rmSync(p + z, { force: true });
      pages++;
    }
  }
};
walk(out);
console.log(`${pages} pages without the app's boot script in ${out}`);
