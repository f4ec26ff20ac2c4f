/**
 * The recognizer of another git revision, loaded into this process, so the bench can time this
 * build against an earlier one in the same run (same machine load, same JIT, interleaved).
 * `git archive` copies that revision's lib/, scripts/lib/ and data/ into a temporary folder (no
 * worktree, nothing in .git changes), which borrows this project's node_modules. package.json comes
 * too: without its `"type": "module"` tsx compiles the copy as CommonJS, where every imported
 * binding is a getter call, and the scanner's hot loop runs three times slower.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
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

async function importFrom(root: string, label: string): Promise<RecognizerBuild> {
  const load = (path: string) => import(pathToFileURL(join(root, path)).href);
  const [aliasIndex, recognize, scan, build, compromise, packed] = await Promise.all([
    load('lib/recognize/alias-index.ts'),
    load('lib/recognize/recognize.ts'),
    load('lib/recognize/scan.ts'),
    load('scripts/lib/alias-index-build.ts'),
    load('lib/recognize/nlp-compromise.ts'),
    load('lib/recognize/deals/packed-keys.ts').catch(() => undefined),
  ]);
  return {
    label,
    loadAliasIndex: aliasIndex.loadAliasIndex,
    recognizeDetailed: recognize.recognizeDetailed,
    scanAliases: scan.scanAliases,
    buildSerializedIndex: build.buildSerializedIndex,
    createCompromiseNlp: compromise.createCompromiseNlp,
    dealKeys: (serialized) => (packed ? packed.unpackDealKeys(serialized.deals, serialized.entities) : serialized.deals),
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
