/**
 * The held-out set (tests/heldout) is well formed: every label sits on its surface, same-type
 * mentions never overlap, ids and kinds are the gold set's, and heldout.jsonl is exactly what
 * the hand-written labels give.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoldRecord } from '../../../scripts/lib/score.ts';

const dir = join(import.meta.dirname, '..', '..', 'heldout');
const records: GoldRecord[] = readFileSync(join(dir, 'heldout.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('the held-out set', () => {
  it('has at least 400 sentences in both languages, a good share of them trap sentences', () => {
    expect(records.length).toBeGreaterThanOrEqual(400);
    expect(records.filter((r) => r.lang === 'zh').length).toBeGreaterThanOrEqual(100);
    expect(records.filter((r) => r.kind === 'trap').length * 2).toBeGreaterThanOrEqual(records.length);
  });

  it('labels every mention on its own surface, with ids of the gold format and no same-type overlap', () => {
    const ids = new Set<string>();
    for (const r of records) {
      expect(r.id).toMatch(/^h\d{3}$/);
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
  });

  it('is what the hand-written labels give', () => {
    expect(() => execFileSync('npx', ['tsx', join(dir, 'build.ts'), '--check'], { stdio: 'pipe' })).not.toThrow();
  }, 30_000);
});
