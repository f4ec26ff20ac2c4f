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

/** The families that have Chinese, with `pattern` added to the query (`:weight=bold`), as fontconfig lists them. */
function chineseFamilies(pattern = ''): string | undefined {
  try {
    return execFileSync('fc-list', [`:lang=zh${pattern}`, 'family'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined; // no fontconfig: nothing to check with
  }
}

/**
 * The popovers and popup show Chinese; the demo's screenshots of them need a Chinese font, and
 * one with a bold: without a font Chinese draws as empty boxes, and with a single-weight one
 * (WenQuanYi Zen Hei, whose one weight Chromium will not embolden to 700) bold Chinese draws
 * regular beside bold Latin, "85亿美元" half bold. As root on Debian we add Noto Sans CJK (regular
 * and bold; about 56 MB to download); otherwise we say which to add. The tests do not need it.
 */
export function ensureChineseFont(): void {
  const any = chineseFamilies();
  if (any === undefined || chineseFamilies(':weight=bold')) return;
  if (aptInstall('fonts-noto-cjk', any ? 'the Chinese font has no bold' : 'no Chinese font found')) return;
  console.log(`[assay] ${any ? 'no bold Chinese font: bold Chinese will show as regular' : 'no Chinese font found: Chinese will show as boxes'} (install fonts-noto-cjk).`);
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
