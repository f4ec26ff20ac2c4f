/**
 * `npm run mutate`: Stryker over lib/, a part at a time, then one table of every part.
 *   npm run mutate                     every part, then the summary
 *   npm run mutate -- --only store     one part (see PARTS), then the summary of what is there
 *   npm run mutate -- --summary        the summary only, from the parts' last reports
 * Each part keeps its own report and incremental file (reports/mutation/<part>.json), so a part
 * can be run again alone after its tests changed, and a long run that stops keeps what it did.
 * typescript-5.mjs is loaded into every process Stryker starts (its checker and test runners are
 * child processes, which inherit NODE_OPTIONS).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PARTS } from './parts.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REPORTS = `${ROOT}reports/mutation/`;


const hook = pathToFileURL(fileURLToPath(new URL('./typescript-5.mjs', import.meta.url))).href;
const stryker = `${ROOT}node_modules/@stryker-mutator/core/bin/stryker.js`;
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${hook}`.trim() };
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const summaryOnly = args.includes('--summary');
const sample = args.includes('--sample') ? args[args.indexOf('--sample') + 1] : undefined;
if (sample !== undefined && (!only || !(Number(sample) > 0 && Number(sample) <= 1))) {
  console.error('--sample needs --only <part> and a fraction above 0, at most 1 (e.g. --only senses --sample 0.1)');
  process.exit(2);
}
const ours = new Set(['--summary', '--only', '--sample']);
const passThrough = args.filter((a, i) => !ours.has(a) && !ours.has(args[i - 1]));
if (only && !PARTS[only]) {
  console.error(`no part "${only}"; parts: ${Object.keys(PARTS).join(', ')}`);
  process.exit(2);
}
mkdirSync(REPORTS, { recursive: true });

if (!summaryOnly) {
  for (const [part, globs] of Object.entries(PARTS)) {
    if (only && part !== only) continue;
    console.log(`\n[mutate] ── ${part}: ${globs.join(' ')}`);
    // The alias index, built once by the first test file of the run (no mutant is active while a
    // test file loads) and read by every later one: see scripts/lib/alias-index-build.ts.
    const indexCache = join(tmpdir(), `assay-mutate-index-${process.pid}-${part}.json`);
    rmSync(indexCache, { force: true });
    const result = spawnSync(
      process.execPath,
      [stryker, 'run', ...passThrough],
      { stdio: 'inherit', env: { ...env, ASSAY_MUTATE_PART: part, ASSAY_MUTATION: '1', ASSAY_INDEX_CACHE: indexCache, ...(sample ? { ASSAY_MUTATE_SAMPLE: sample } : {}) }, cwd: ROOT },
    );
    rmSync(indexCache, { force: true });
    if (result.status !== 0) console.error(`[mutate] ${part} stopped (exit ${result.status ?? result.signal}); its report is whatever it wrote`);
  }
}

// One table of every part's last report: per file, and for lib/ as a whole.
const KILLED = new Set(['Killed', 'Timeout']);
const rows = [];
const totals = { killed: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
const survivors = [];
// A part with no report of its own is named, so a figure over some parts never passes for all of lib/.
const missing = [];
for (const part of Object.keys(PARTS)) {
  const file = `${REPORTS}${part}.json`;
  if (!existsSync(file)) {
    missing.push(part);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const [path, { mutants }] of Object.entries(report.files)) {
    const count = (status) => mutants.filter((m) => m.status === status).length;
    const killed = mutants.filter((m) => KILLED.has(m.status)).length;
    const survived = count('Survived');
    const noCoverage = count('NoCoverage');
    totals.killed += killed;
    totals.survived += survived;
    totals.noCoverage += noCoverage;
    totals.ignored += count('Ignored');
    totals.errors += count('CompileError') + count('RuntimeError');
    const scored = killed + survived + noCoverage;
    rows.push({ path, killed, survived, noCoverage, score: scored ? (100 * killed) / scored : 100 });
    for (const m of mutants.filter((x) => x.status === 'Survived' || x.status === 'NoCoverage')) {
      survivors.push(`${path}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName}: ${JSON.stringify(m.replacement ?? '').slice(0, 80)}`);
    }
  }
}
rows.sort((a, b) => a.path.localeCompare(b.path));
const scored = totals.killed + totals.survived + totals.noCoverage;
const overall = scored ? (100 * totals.killed) / scored : 0;
const scope = missing.length ? `lib/ without ${missing.join(', ')} (no run yet)` : 'lib/';
const lines = [
  '| file | score | killed | survived | no coverage |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.path} | ${r.score.toFixed(1)}% | ${r.killed} | ${r.survived} | ${r.noCoverage} |`),
  `| **${scope}** | **${overall.toFixed(1)}%** | ${totals.killed} | ${totals.survived} | ${totals.noCoverage} |`,
];
const summary = `# Mutation testing of lib/\n\nScore = killed (or timed out) / (killed + survived + no coverage). ${totals.errors} mutants that do not type-check were left out by the TypeScript checker.\n\n${lines.join('\n')}\n\n## Survivors\n\n${survivors.map((s) => `- ${s}`).join('\n')}\n`;
writeFileSync(`${REPORTS}summary.md`, summary);
console.log(`\n${lines.join('\n')}\n\n[mutate] ${scope}: ${overall.toFixed(1)}% (${totals.killed} killed, ${totals.survived} survived, ${totals.noCoverage} not covered); survivors in reports/mutation/summary.md`);
