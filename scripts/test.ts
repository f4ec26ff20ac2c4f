/**
 * `npm test`: every check, in the order that fails fastest. Chromium and Firefox are found (or
 * installed as root with apt) before anything else, so a fresh machine needs nothing but Node and
 * npm; FIREFOX_PATH picks another Firefox. The browsers' versions are printed at the end.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { ensureChromium } from './chromium.ts';
import { ensureFirefox, firefoxVersion } from './firefox.ts';

const steps: [string, string[]][] = [
  ['type check', ['npx', 'tsc', '--noEmit', '-p', '.']],
  ['unit tests', ['npx', 'vitest', 'run']],
  ['data check (npm run data:check)', ['npx', 'tsx', 'scripts/data-check.ts']],
  ['build (Chromium MV3)', ['npx', 'wxt', 'build']],
  ['build (Chromium, with timing marks for the sweep)', ['env', 'ASSAY_MARKS=1', 'npx', 'wxt', 'build']],
  ['build (Firefox)', ['npx', 'wxt', 'build', '-b', 'firefox']],
  ['web-ext lint (Firefox build)', ['npx', 'web-ext', 'lint', '--source-dir', '.output/firefox-mv2']],
  ['Firefox API audit (MDN compat data)', ['npx', 'tsx', 'scripts/audit-firefox.ts']],
  ['end-to-end tests (headless Chromium)', ['npx', 'vitest', 'run', '-c', 'vitest.e2e.config.ts']],
  ['end-to-end tests (headless Firefox)', ['npx', 'vitest', 'run', '-c', 'vitest.firefox.config.ts']],
];

const chromium = ensureChromium();
const firefox = ensureFirefox();
const versions = [
  `Chromium: ${execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim()} (${chromium})`,
  `Firefox:  ${firefoxVersion(firefox)} (${firefox})`,
];
console.log(versions.map((v) => `[assay] ${v}`).join('\n'));
const timings: string[] = [];
for (const [name, command] of steps) {
  console.log(`\n[assay] ── ${name}: ${command.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium, FIREFOX_PATH: firefox } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${name.padEnd(40)} ${seconds.padStart(6)} s  ${result.status === 0 ? 'ok' : 'FAILED'}`);
  if (result.status !== 0) {
    console.error(`\n[assay] ${name} failed (exit ${result.status ?? result.signal}).`);
    console.log(timings.join('\n'));
    process.exit(1);
  }
}
console.log(`\n[assay] all checks passed\n${timings.join('\n')}\n\n[assay] tested on\n${versions.join('\n')}`);
