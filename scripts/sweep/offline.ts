/**
 * Keeping swept pages offline. Chromium's host-resolver rules already make every name but
 * 127.0.0.1 unresolvable; routing aborts those requests up front as well, so a page waiting on
 * an ad server or a font CDN fails at once instead of waiting on DNS, and load times stay those
 * of the page itself.
 */
import type { BrowserContext } from 'playwright-core';

/** Whether a URL stays on this machine: the sweep's server, the extension, inline data. */
export function isLocalUrl(origin: string, url: string): boolean {
  return url.startsWith(`${origin}/`) || /^(data|blob|about|chrome-extension|chrome):/.test(url);
}

export async function blockOutsideRequests(context: BrowserContext, origin: string): Promise<void> {
  await context.route(
    (url) => !isLocalUrl(origin, url.href),
    (route) => route.abort('blockedbyclient'),
  );
}
