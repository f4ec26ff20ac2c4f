/**
 * Finds a Chromium to drive with playwright-core. npm cannot download browsers on this kind of
 * machine, so we use the system's. As root on Debian we install it with apt; otherwise we say
 * exactly what to run.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { aptInstall } from './apt.ts';

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
  const hasApt = existsSync('/usr/bin/apt-get');
  if (aptInstall('chromium', 'Chromium not found (about a minute)')) {
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'Chromium was not found. Install it, then run the command again:\n' +
      (hasApt ? '  sudo apt-get install -y chromium\n' : '  install Chromium or Chrome from your package manager\n') +
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
  );
}

/**
 * The popovers and popup show Chinese names; a machine without a Chinese font draws them as empty
 * boxes in the demo's screenshots. As root on Debian we add a small one (WenQuanYi Zen Hei, 7 MB);
 * otherwise we say which to add. The tests do not need it.
 */
export function ensureChineseFont(): void {
  let families = '';
  try {
    families = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  } catch {
    return; // no fontconfig: nothing to check with
  }
  if (families.trim()) return;
  if (aptInstall('fonts-wqy-zenhei', 'no Chinese font found')) return;
  console.log('[assay] no Chinese font found: Chinese names will show as boxes (install fonts-noto-cjk or fonts-wqy-zenhei).');
}

/**
 * Chromium shows its UI, and answers `i18n.getUILanguage()`, in a language only when it has that
 * language's pack (`locales/zh-CN.pak`); Debian ships the packs other than en-US in chromium-l10n.
 * As root on Debian we add it; otherwise we say which to add. Answers whether the pack is there.
 */
export function ensureChromiumLocale(lang: string): boolean {
  const browser = findChromium();
  if (!browser) return false;
  const dirs = [dirname(realpathSync(browser)), '/usr/lib/chromium', '/usr/lib/chromium-browser'];
  const has = () => dirs.some((dir) => existsSync(join(dir, 'locales', `${lang}.pak`)));
  if (has()) return true;
  if (aptInstall('chromium-l10n', `Chromium has no ${lang} language pack`) && has()) return true;
  console.log(`[assay] Chromium has no ${lang} language pack: it will run in English (install chromium-l10n).`);
  return false;
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
