/**
 * `npm run data:check`: checks the bundled figures and prints what every critical mineral's card
 * shows. Exits non-zero on any problem:
 * - a share that does not follow from its table, a table whose rows add up to more than 105% of
 *   its world total, or whose world total (as rounded) is under the sum of the listed countries;
 * - a figure without a source or as-of date, a prose field without its Chinese version;
 * - a mineral of the 2025 list without producers (own, its group's, or "not published"), uses,
 *   or US net import reliance (or "not published");
 * - a coverage table in data/README.md or README.md that no longer matches (`--write` updates both).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset } from '../lib/dataset/check.ts';
import { DATA_DIR } from '../lib/dataset/build/inputs.ts';
import { loadDataset } from '../lib/dataset/load.ts';
import { coverage, coverageCounts, coverageMarkdown, coverageProblems, type CoverageCounts } from '../lib/facts/coverage.ts';

/** The two READMEs that show the coverage table. */
const READMES = [join(DATA_DIR, 'README.md'), join(DATA_DIR, '..', 'README.md')];
const START = '<!-- coverage:start (npm run data:check -- --write) -->';
const END = '<!-- coverage:end -->';

function countsLine(c: CoverageCounts): string {
  return (
    `Of the ${c.minerals} minerals: producers ${c.producers} (drawn with shares ${c.producerShares}), reserves ${c.reserves}, ` +
    `US net import reliance ${c.reliance}, price ${c.price}, uses ${c.uses}, substitutes ${c.substitutes}, ` +
    `recycling ${c.recycling}, China's share ${c.chinaShare} (own or the group's; "not published" and "not listed" not counted).`
  );
}

const dataset = loadDataset();
const report = checkDataset(dataset);
const rows = coverage(dataset);
const counts = coverageCounts(rows);
const section = `${START}\n${coverageMarkdown(rows)}\n\n${countsLine(counts)}\n${END}`;

const problems = [...report.problems.map((p) => `${p.where}: ${p.message}`), ...coverageProblems(rows)];

for (const path of READMES) {
  const name = path.endsWith(join('data', 'README.md')) ? 'data/README.md' : 'README.md';
  const readme = readFileSync(path, 'utf8');
  const at = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (at < 0 || end < at) {
    problems.push(`${name} has no coverage section (${START} … ${END})`);
    continue;
  }
  if (readme.slice(at, end + END.length) === section) continue;
  if (process.argv.includes('--write')) {
    writeFileSync(path, readme.slice(0, at) + section + readme.slice(end + END.length));
    console.log(`${name}: coverage table updated`);
  } else {
    problems.push(`${name}: the coverage table is out of date (npm run data:check -- --write)`);
  }
}

console.log(coverageMarkdown(rows));
console.log(`\n${countsLine(counts)}`);
console.log(`\nChecked ${report.tables} tables and ${report.figures} sourced figures.`);
if (problems.length) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log('No problems: every share follows from its table, every table fits its world total, every figure has a source and an as-of date.');
