/**
 * The pages a sweep visits: every HTML file given, or under a given folder, each served from
 * 127.0.0.1 under its own URL prefix, with its language when the corpus manifest knows it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { listCorpusHtml } from '../bench/corpus.ts';
import { CORPUS_DIR } from '../serve.ts';

export interface SweepPage {
  /** Short name: the path under the folder it was found in. */
  page: string;
  file: string;
  bytes: number;
  lang: string;
  /** URL path on the sweep's server (no origin). */
  urlPath: string;
}

export interface PageSet {
  pages: SweepPage[];
  /** URL prefix → folder, for serveStatic's extra roots. */
  roots: Record<string, string>;
}

/** Language per corpus file, from the `language` column of ../MANIFEST.tsv. */
function corpusLanguages(): Map<string, string> {
  const languages = new Map<string, string>();
  const manifest = join(CORPUS_DIR, '..', 'MANIFEST.tsv');
  if (!existsSync(manifest)) return languages;
  const [header, ...rows] = readFileSync(manifest, 'utf8').split('\n');
  const pathColumn = header.split('\t').indexOf('path');
  const languageColumn = header.split('\t').indexOf('language');
  if (pathColumn < 0 || languageColumn < 0) return languages;
  for (const row of rows) {
    const cells = row.split('\t');
    if (cells.length > languageColumn) languages.set(resolve(CORPUS_DIR, '..', cells[pathColumn]), cells[languageColumn]);
  }
  return languages;
}

const urlOf = (prefix: string, relativePath: string) => prefix + relativePath.split(sep).map(encodeURIComponent).join('/');

/** Expands files and folders into pages; throws on a path that does not exist or holds no HTML. */
export function collectPages(paths: string[]): PageSet {
  const languages = corpusLanguages();
  const roots: Record<string, string> = {};
  const seen = new Set<string>();
  const pages: SweepPage[] = [];
  paths.forEach((given, i) => {
    const path = resolve(given);
    if (!existsSync(path)) throw new Error(`no such file or folder: ${given}`);
    const isFolder = statSync(path).isDirectory();
    const root = isFolder ? path : dirname(path);
    const prefix = `/sweep/${i}/`;
    roots[prefix] = root;
    const files = isFolder ? listCorpusHtml(path) : [path];
    if (!files.length) throw new Error(`no .html files under ${given}`);
    for (const file of files) {
      if (seen.has(file)) continue;
      seen.add(file);
      const rel = relative(root, file);
      pages.push({
        page: isFolder ? rel : basename(file),
        file,
        bytes: statSync(file).size,
        lang: languages.get(file) ?? '?',
        urlPath: urlOf(prefix, rel),
      });
    }
  });
  return { pages, roots };
}

/** The `n` largest pages by file size, the pages the speed-against-peers targets are about. */
export function largestPages<T extends { bytes: number }>(pages: T[], n = 5): T[] {
  return [...pages].sort((a, b) => b.bytes - a.bytes).slice(0, n);
}
