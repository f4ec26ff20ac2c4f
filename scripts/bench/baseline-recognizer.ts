/**
 * The recognizer of another git revision, loaded into this process, so the bench can time this
 * build against an earlier one in the same run (same machine load, same JIT, interleaved).
 * `git archive` copies that revision's lib/, scripts/lib/ and data/ into a temporary folder (no
 * worktree, nothing in .git changes), which borrows this project's node_modules. package.json comes
 * too: without its `"type": "module"` tsx compiles the copy as CommonJS, where every imported
 * binding is a getter call, and the scanner's hot loop runs three times slower.
 *
 * The timed code (the recognizer and the index it reads) is bundled with esbuild first, as the
 * extension's build bundles it into the content script, and loaded from that bundle. Loaded
 * through tsx it was compiled with esbuild's keepNames, which wraps every function a function
 * makes in a call that names it (`__name(() => …, "touches")`) each time it is made: a cost the
 * shipped code never pays, and one that grows with the number of small rules, not their work.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { build } from 'esbuild';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { loadAliasIndex as LoadAliasIndex } from '../../lib/recognize/alias-index.ts';
import type { createCompromiseNlp as CreateCompromiseNlp } from '../../lib/recognize/nlp-compromise.ts';
import type { recognizeDetailed as RecognizeDetailed, RecognizeOptions } from '../../lib/recognize/recognize.ts';
import type { scanAliases as ScanAliases } from '../../lib/recognize/scan.ts';
import type { buildSerializedIndex as BuildSerializedIndex } from '../lib/alias-index-build.ts';
import { PROJECT_ROOT } from '../serve.ts';

/** The recognizer's entry points, as one revision has them. */
export interface RecognizerBuild {
  label: string;
  loadAliasIndex: typeof LoadAliasIndex;
  recognizeDetailed: typeof RecognizeDetailed;
  scanAliases: typeof ScanAliases;
  buildSerializedIndex: typeof BuildSerializedIndex;
  createCompromiseNlp: typeof CreateCompromiseNlp;
  /** The deal keys as the recognizer takes them: packed by index since index format 3, plain before. */
  dealKeys(serialized: ReturnType<typeof BuildSerializedIndex>): RecognizeOptions['deals'];
}

/** The recognizer's modules that the bench times, bundled into one file of `root`, as the content script bundles them. */
async function bundleRecognizer(root: string): Promise<string> {
  // Index format 3 brought packed deal keys; an older revision has no such module.
  const packed = existsSync(join(root, 'lib/recognize/deals/packed-keys.ts'));
  const entry = [
    "export { loadAliasIndex } from './lib/recognize/alias-index.ts';",
    "export { recognizeDetailed } from './lib/recognize/recognize.ts';",
    "export { scanAliases } from './lib/recognize/scan.ts';",
    "export { createCompromiseNlp } from './lib/recognize/nlp-compromise.ts';",
    packed ? "export { unpackDealKeys } from './lib/recognize/deals/packed-keys.ts';" : '',
  ].join('\n');
  const outfile = join(root, 'recognizer.bundle.mjs');
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // compromise stays a package of its own: it is loaded, never timed, in the offscreen document.
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

async function importFrom(root: string, label: string): Promise<RecognizerBuild> {
  const [recognizer, build] = await Promise.all([
    bundleRecognizer(root).then((file) => import(pathToFileURL(file).href)),
    import(pathToFileURL(join(root, 'scripts/lib/alias-index-build.ts')).href),
  ]);
  return {
    label,
    loadAliasIndex: recognizer.loadAliasIndex,
    recognizeDetailed: recognizer.recognizeDetailed,
    scanAliases: recognizer.scanAliases,
    buildSerializedIndex: build.buildSerializedIndex,
    createCompromiseNlp: recognizer.createCompromiseNlp,
    dealKeys: (serialized) => (recognizer.unpackDealKeys ? recognizer.unpackDealKeys(serialized.deals, serialized.entities) : serialized.deals),
  };
}

/**
 * This working tree's recognizer, loaded from a copy made as the baseline's is: loaded in place it
 * ran 5-11% faster than a copy of the very same code (three runs against HEAD with no change), so
 * a comparison flattered this build by that much.
 */
export function currentBuild(): Promise<RecognizerBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'assay-current-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  for (const part of ['lib', 'scripts/lib', 'data', 'package.json']) cpSync(join(PROJECT_ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return importFrom(dir, 'this build');
}

/**
 * The recognizer at `rev` (a commit, branch or tag). The temporary copy is removed when the
 * process exits; a revision that does not exist is a clear error.
 */
export async function buildAtRevision(rev: string): Promise<RecognizerBuild> {
  let commit: string;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', `${rev}^{commit}`], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    throw new Error(`--baseline: no such revision: ${rev}`);
  }
  const dir = mkdtempSync(join(tmpdir(), `assay-baseline-${commit}-`));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const archive = execFileSync('git', ['archive', '--format=tar', commit, 'lib', 'scripts/lib', 'data', 'package.json'], { cwd: PROJECT_ROOT, maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return importFrom(dir, `${rev === commit ? '' : `${rev} = `}${commit}`);
}
