/**
 * Finds a Chromium to drive with playwright-core. npm cannot download browsers on this kind of
 * machine, so we use the system's. As root on Debian we install it with apt; otherwise we say
 * exactly what to run.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
].filter((p): p is string => Boolean(p));

export function findChromium(): string | undefined {
  return CANDIDATES.find((p) => existsSync(p));
}

export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('[assay] Chromium not found: installing Debian\'s chromium with apt-get (about a minute)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'Chromium was not found. Install it, then run the command again:\n' +
      (hasApt ? '  sudo apt-get install -y chromium\n' : '  install Chromium or Chrome from your package manager\n') +
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  );
}

// `tsx scripts/chromium.ts` prints the path (installing if it can): used by .ci/run and npm test.
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureChromium());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
