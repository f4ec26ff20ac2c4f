/**
 * Before the Firefox suite: the Firefox to test must exist (found, installed with apt as root,
 * or named by FIREFOX_PATH) and so must the Firefox build; a missing one fails the run, loudly.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureFirefox, FIREFOX_BUILD, firefoxVersion } from '../../scripts/firefox.ts';

export default function setup(): void {
  const binary = ensureFirefox();
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`no Firefox build at ${FIREFOX_BUILD}: run \`npx wxt build -b firefox\` first`);
  console.log(`[firefox] testing ${firefoxVersion(binary)} (${binary})`);
}
