/**
 * `npm run mutate [-- stryker options]`: Stryker with typescript-5.mjs loaded into every process it
 * starts (its checker and test runners are child processes, which inherit NODE_OPTIONS).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const hook = pathToFileURL(fileURLToPath(new URL('./typescript-5.mjs', import.meta.url))).href;
const stryker = fileURLToPath(new URL('../../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url));
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${hook}`.trim() };
const result = spawnSync(process.execPath, [stryker, 'run', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
