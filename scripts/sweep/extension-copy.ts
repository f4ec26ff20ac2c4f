/**
 * A private copy of the built extension for one sweep. Other test runs rebuild
 * .output/chrome-mv3 in place; a Chromium loading it mid-rebuild finds half a build and never
 * starts the service worker, and pages measured across a rebuild would mix two versions. So
 * the build is copied once it has stopped changing, and the copy is checked for the files the
 * manifest names.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CHROME_MARKS_BUILD } from '../browser.ts';

const WAIT_FOR_BUILD_MS = 120_000;
const QUIET_MS = 1_500;

export interface ExtensionCopy {
  path: string;
  remove(): void;
}

/** Every file under `dir` with its size and modification time: equal twice means no build is writing. */
function fingerprint(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      const s = statSync(path, { throwIfNoEntry: false });
      return `${path}:${s?.size}:${s?.mtimeMs}`;
    })
    .sort()
    .join('\n');
}

/** The scripts the manifest loads; missing ones mean the build was copied half-written. */
function missingFiles(dir: string): string[] {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return ['manifest.json'];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { background?: { service_worker?: string }; content_scripts?: { js?: string[] }[] };
  const needed = [manifest.background?.service_worker, ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? [])].filter((f): f is string => !!f);
  return needed.filter((f) => !existsSync(join(dir, f)));
}

async function waitForQuietBuild(source: string): Promise<void> {
  const deadline = Date.now() + WAIT_FOR_BUILD_MS;
  let before = fingerprint(source);
  while (Date.now() < deadline) {
    await sleep(QUIET_MS);
    const now = fingerprint(source);
    if (now === before && !missingFiles(source).length) return;
    before = now;
  }
  throw new Error(`no complete, settled build at ${source} after ${WAIT_FOR_BUILD_MS / 1000} s: run \`ASSAY_MARKS=1 npx wxt build\` first`);
}

export async function copyBuiltExtension(source = CHROME_MARKS_BUILD): Promise<ExtensionCopy> {
  for (let attempt = 0; ; attempt++) {
    await waitForQuietBuild(source);
    const dir = mkdtempSync(join(tmpdir(), 'assay-sweep-ext-'));
    const path = join(dir, 'chrome-mv3');
    try {
      cpSync(source, path, { recursive: true });
      if (!missingFiles(path).length) return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
    } catch (error) {
      if (attempt >= 2) throw error;
    }
    rmSync(dir, { recursive: true, force: true });
    if (attempt >= 2) throw new Error(`could not copy a complete build from ${source}`);
  }
}
