/**
 * The labelled sets of the project are well formed: every label sits on its surface, same-type
 * mentions never overlap, ids and kinds are the gold set's, and each .jsonl file is exactly what
 * its hand-written labels give. tests/heldout and tests/heldout-b are drawn from the corpus (at
 * least 400 sentences each, half of them trap sentences); tests/dev-extra is written for the
 * project and tuned on.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoldRecord } from '../../../scripts/lib/score.ts';
import { devExtraLines } from '../../dev-extra/records.ts';

const tests = join(import.meta.dirname, '..', '..');
const read = (path: string): GoldRecord[] => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

function wellFormed(records: GoldRecord[], idPattern: RegExp): void {
  const ids = new Set<string>();
  for (const r of records) {
    expect(r.id).toMatch(idPattern);
    expect(ids.has(r.id)).toBe(false);
    ids.add(r.id);
    expect(['en', 'zh']).toContain(r.lang);
    expect(['trap', 'topic']).toContain(r.kind);
    expect(r.text).not.toMatch(/\n/);
    r.mentions.forEach((m, k) => {
      expect(r.text.slice(m.start, m.end), `${r.id} m${k}`).toBe(m.surface);
      expect(m.id).toMatch(m.type === 'deal' ? /^deal$/ : m.type === 'country' ? /^country:[A-Z]{2}$/ : /^mineral:[a-z-]+$/);
      if (k > 0) expect(m.start).toBeGreaterThanOrEqual(r.mentions[k - 1].start);
      for (const other of r.mentions.slice(k + 1)) {
        if (other.type === m.type) expect(other.start >= m.end || other.end <= m.start, `${r.id}: ${m.surface} / ${other.surface}`).toBe(true);
      }
    });
  }
}

const drawnSets = [
  { name: 'held-out set A', dir: 'heldout', id: /^h\d{3}$/ },
  { name: 'held-out set B', dir: 'heldout-b', id: /^b\d{3}$/ },
].filter((s) => existsSync(join(tests, s.dir, `${s.dir}.jsonl`)));

describe.each(drawnSets)('the $name', ({ dir, id }) => {
  const records = read(join(tests, dir, `${dir}.jsonl`));

  it('has at least 400 sentences in both languages, half of them trap sentences', () => {
    expect(records.length).toBeGreaterThanOrEqual(400);
    expect(records.filter((r) => r.lang === 'zh').length).toBeGreaterThanOrEqual(100);
    expect(records.filter((r) => r.kind === 'trap').length * 2).toBeGreaterThanOrEqual(records.length);
  });

  it('labels every mention on its own surface, with ids of the gold format and no same-type overlap', () => wellFormed(records, id));

  it('is what the hand-written labels give', () => {
    expect(() => execFileSync('npx', ['tsx', join(tests, 'heldout', 'build.ts'), '--dir', join(tests, dir), '--check'], { stdio: 'pipe' })).not.toThrow();
  }, 30_000);
});

describe('the written dev-extra set', () => {
  // Built from its hand-written sentences and labels when read (ids used twice, bad headers and
  // labels that match no surface throw here).
  const records = devExtraLines().map((l) => JSON.parse(l) as GoldRecord);

  it('labels every mention on its own surface, with ids of the gold format and no same-type overlap', () => wellFormed(records, /^[xy]\d{3,4}$/));
});
