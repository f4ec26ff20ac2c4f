/** The `npm run -s scan` contract, run as a real process. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Each case starts tsx and builds the index in a new process: slow on a busy 2-core machine, never wrong. */
const PROCESS_LIMIT = 90_000;
const dir = mkdtempSync(join(tmpdir(), 'assay-scan-'));
const run = (...args: string[]) => execFileSync('npx', ['tsx', 'scripts/scan.ts', ...args], { encoding: 'utf8' });

describe('scan CLI', () => {
  const txt = join(dir, 'news.txt');
  const text = 'Intro 🙂 line.\nChina curbed gallium exports; the US signed a deal with Japan.\n日本和美国签署了协议。';
  writeFileSync(txt, text);

  it('prints JSON mentions with UTF-16 offsets into the file text', () => {
    const mentions = JSON.parse(run('--format', 'json', txt)) as { start: number; end: number; surface: string; id: string }[];
    expect(mentions.map((m) => m.id)).toEqual(expect.arrayContaining(['country:CN', 'mineral:gallium', 'country:US', 'country:JP']));
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  }, PROCESS_LIMIT);

  it('reads JSON lines and adds mentions, passing other fields through', () => {
    const jsonl = join(dir, 'in.jsonl');
    writeFileSync(jsonl, [JSON.stringify({ id: 'a', text: 'Tungsten from Kazakhstan.', extra: 1 }), '', JSON.stringify({ id: 'b', text: '稀土' })].join('\n'));
    const lines = run('--jsonl', jsonl).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ id: 'a', extra: 1 });
    expect(lines[0].mentions.map((m: { id: string }) => m.id)).toEqual(['mineral:tungsten', 'country:KZ']);
    expect(lines[1].mentions[0]).toMatchObject({ start: 0, end: 2, id: 'mineral:rare-earths' });
  }, PROCESS_LIMIT);

  it('reads only the visible text of an HTML page, and prints a table', () => {
    const html = join(dir, 'page.html');
    writeFileSync(html, '<html><head><title>Lithium</title><script>var cobalt = 1</script></head><body><p>Chile mines lithium.</p><template>nickel</template></body></html>');
    const out = run(html);
    expect(out).toContain('country:CL');
    expect(out).toContain('mineral:lithium');
    expect(out).not.toContain('cobalt');
    expect(out).not.toContain('nickel');
    expect(out).toMatch(/2 mentions/);
  }, PROCESS_LIMIT);

  it('flags a name spelled with letters of two scripts, in the table and in JSON', () => {
    const file = join(dir, 'mixed.txt');
    writeFileSync(file, 'Exports to \u0421hina rose.'); // a Cyrillic С
    expect(run(file)).toMatch(/country:CN\s+\u0421hina\s+mixed script/);
    const [mention] = JSON.parse(run('--format', 'json', file));
    expect(mention).toMatchObject({ id: 'country:CN', start: 11, end: 16, mixedScript: true });
  }, PROCESS_LIMIT);

  it('says why with --why', () => {
    const file = join(dir, 'why.txt');
    writeFileSync(file, 'She took gold in the relay; gold prices rose.');
    const out = run('--why', file);
    expect(out).toMatch(/mineral:gold\s+gold\s+name → keep/);
    expect(out).not.toMatch(/why/);
  }, PROCESS_LIMIT);

  it('fails clearly on a missing file', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/scan.ts', join(dir, 'nope.txt')], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot read');
  }, PROCESS_LIMIT);
});
