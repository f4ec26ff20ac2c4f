/**
 * No component or entrypoint writes a reader's words itself: they come from the catalogs. The
 * checker is shown a component that does, to prove it sees each kind of literal.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLiterals } from './ui-literals.ts';
import { CATALOGS } from '../../../lib/i18n/catalogs.ts';

/** Messages of the catalogs, by key and by plural base: a literal naming one is a reference, not words. */
const KEYS = new Set(Object.keys(CATALOGS.en).flatMap((key) => [key, key.replace(/_(one|other)$/, '')]));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

describe("readers' words", () => {
  it('finds every kind of literal a reader would read', () => {
    const found = findLiterals(
      'Sample.tsx',
      `
      export function Sample({ busy, name, reporter }) {
        document.title = 'Sample page';
        reporter.info(busy ? 'Saved' : \`Saved \${name}\`);
        setStatus({ kind: 'info', text: 'Note saved.' });
        console.error('[assay] for developers only');
        const TABLE = [{ id: 'a', label: 'First' }, { id: 'b', label: 'popup_settings' }];
        return (
          <div class="box wide" title="Close (Esc)">
            Hello
            <input placeholder={busy ? 'Busy' : 'Type here'} aria-label={\`Remove \${name}\`} />
            <img alt="A chart" src="chart.svg" />
            {busy && 'Loading…'}
            {' · '}
            <span>{name}</span>
          </div>
        );
      }`,
      new Set(['popup_settings']),
    );
    expect(found.map((f) => f.text)).toEqual(['Sample page', 'Saved', 'Saved', 'Note saved.', 'First', 'Close (Esc)', 'Hello', 'Busy', 'Type here', 'Remove', 'A chart', 'Loading…']);
  });

  it('are nowhere in the components or the entrypoints but in the catalogs', () => {
    const findings = [...sources('components'), ...sources('entrypoints')].flatMap((file) => findLiterals(file, readFileSync(file, 'utf8'), KEYS));
    expect(findings.map((f) => `${f.file}:${f.line} ${f.why} "${f.text}"`)).toEqual([]);
  });

  it("leave the pages' own titles to the catalogs: each page starts as Assay, the name, and is retitled in the reader's language", () => {
    for (const dir of readdirSync('entrypoints')) {
      const html = join('entrypoints', dir, 'index.html');
      if (!statSync(join('entrypoints', dir)).isDirectory() || !sources(join('entrypoints', dir)).length) continue;
      let text = '';
      try {
        text = readFileSync(html, 'utf8');
      } catch {
        continue;
      }
      expect(/<title>([^<]*)<\/title>/.exec(text)?.[1], html).toBe('Assay');
      for (const [, content] of text.matchAll(/<meta name="manifest\.(?:default_)?title" content="([^"]*)"/g)) expect(content, html).toBe('__MSG_ext_name__');
    }
  });
});
