/**
 * Writes a 2 MB news page for the sweep, since the corpus's largest page is under half that: the
 * visible text of every corpus page, paragraph by paragraph, inside a news site's layout (nav,
 * article sections, links, a sidebar, a footer), repeated until the file reaches the size asked.
 *
 *   npm run -s large-page [-- --mb 2] [--out FILE]   prints the file it wrote
 *   npm run sweep -- $(npm run -s large-page)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadCorpus } from './bench/corpus.ts';
import { PROJECT_ROOT } from './serve.ts';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const targetBytes = Number(option('--mb') ?? 2) * 1024 * 1024;
const out = resolve(option('--out') ?? resolve(PROJECT_ROOT, '.cache', 'large-page', 'large-2mb.html'));
if (!(targetBytes > 0)) throw new Error('--mb needs a positive number');

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One paragraph's markup; every fourth starts with a link, as news copy often does. */
function paragraph(text: string, n: number): string {
  const body = escape(text);
  if (n % 4 !== 0) return `<p>${body}</p>`;
  const space = body.indexOf(' ');
  return space > 0 ? `<p><a href="#p${n}">${body.slice(0, space)}</a>${body.slice(space)}</p>` : `<p>${body}</p>`;
}

const pages = loadCorpus().filter((page) => page.text.length > 500);
const head = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The Large Ledger: every story at once</title>
<style>body{font:16px/1.5 Georgia,serif;margin:0}header,footer{background:#123;color:#fff;padding:1em}
main{display:grid;grid-template-columns:1fr 260px;gap:2em;max-width:1100px;margin:auto}aside{font-size:14px}</style>
</head><body><header><h1>The Large Ledger</h1><nav><a href="#">World</a> · <a href="#">Markets</a> · <a href="#">Commodities</a></nav></header>
<main><div class="stories">`;
const tail = `</div><aside><h2>Most read</h2><ul><li><a href="#">Tungsten prices</a></li><li><a href="#">Rare earths</a></li></ul></aside></main>
<footer>Built from the visible text of the corpus pages, for load testing.</footer></body></html>`;

const parts: string[] = [head];
let bytes = Buffer.byteLength(head) + Buffer.byteLength(tail);
let n = 0;
outer: for (let round = 1; ; round++) {
  for (const page of pages) {
    const paragraphs = page.text.split(/\n+/).map((line) => line.trim()).filter(Boolean);
    const section = `<article lang="${page.lang === 'zh' ? 'zh' : 'en'}"><h2>${escape(paragraphs[0].slice(0, 120))} (${round})</h2>${paragraphs
      .slice(1)
      .map((p) => paragraph(p, n++))
      .join('\n')}</article>\n`;
    parts.push(section);
    bytes += Buffer.byteLength(section);
    if (bytes >= targetBytes) break outer;
  }
}
parts.push(tail);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, parts.join(''));
console.log(out);
