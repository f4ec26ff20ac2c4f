/** The corpus pages as text, for the benchmarks: visible text of every page, with its language. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORPUS_DIR } from '../serve.ts';
import { decodeHtml, visibleText } from '../lib/visible-text.ts';

export interface CorpusPage {
  path: string;
  lang: string;
  bytes: number;
  text: string;
}

function manifestLanguages(): Map<string, string> {
  const languages = new Map<string, string>();
  try {
    const rows = readFileSync(join(CORPUS_DIR, '..', 'MANIFEST.tsv'), 'utf8').split('\n').slice(1);
    for (const row of rows) {
      const cells = row.split('\t');
      if (cells.length > 7) languages.set(cells[0].replace(/^pages\//, ''), cells[7]);
    }
  } catch {
    // no manifest: languages stay unknown
  }
  return languages;
}

export function listCorpusHtml(dir = CORPUS_DIR): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listCorpusHtml(path));
    else if (/\.html?$/i.test(entry.name)) out.push(path);
  }
  return out.sort();
}

export function loadCorpus(): CorpusPage[] {
  const languages = manifestLanguages();
  return listCorpusHtml().map((path) => {
    const bytes = readFileSync(path);
    const rel = relative(CORPUS_DIR, path);
    return { path: rel, lang: languages.get(rel) ?? '?', bytes: bytes.length, text: visibleText(decodeHtml(bytes)) };
  });
}

/** Size of a text in megabytes of UTF-8, the unit the throughput figures use. */
export function megabytes(texts: string[]): number {
  return texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
}
