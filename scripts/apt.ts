/**
 * Debian packages the scripts need (Chromium, Firefox, a Chinese font), installed with apt when
 * running as root on Debian, which is how this project's machines come. Elsewhere the callers say
 * what to install by hand.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Whether `aptInstall` can do anything here. */
export function canAptInstall(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');
}

/**
 * Installs `pkg` with apt-get, saying `why` first, and fetching the package lists if the install
 * fails without them (a fresh machine has none). True when it was installed.
 */
export function aptInstall(pkg: string, why: string): boolean {
  if (!canAptInstall()) return false;
  console.log(`[assay] ${why}: installing Debian's ${pkg} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => execFileSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env });
  try {
    try {
      install();
    } catch {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      install();
    }
    return true;
  } catch {
    return false;
  }
}
