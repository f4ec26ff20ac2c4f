/**
 * Whether Assay runs on a site, and the change the per-site switch makes. A list entry covers its
 * subdomains: denying `example.com` also switches off `news.example.com`.
 */
import type { Settings, SiteRules } from '../records/types.ts';
import { siteOf } from '../records/url.ts';

function covers(entry: string, site: string): boolean {
  return site === entry || site.endsWith(`.${entry}`);
}

function listCovers(list: readonly string[], site: string): boolean {
  return list.some((entry) => covers(entry, site));
}

/** Normalises a host for comparison: lower case, no trailing dot, no `www.`. */
function canonicalSite(site: string): string {
  return site.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** True when Assay should highlight on `site` (a host as `siteOf` returns it). */
export function isSiteEnabled(settings: Settings, site: string): boolean {
  if (!settings.enabled) return false;
  const host = canonicalSite(site);
  const { mode, deny, allow } = settings.siteRules;
  return mode === 'all-except' ? !listCovers(deny, host) : listCovers(allow, host);
}

/**
 * The site rules after the user switched Assay on or off for `site`. Switching on removes every
 * entry that covers the site, including a parent domain's, since the user asked for this site.
 */
export function withSiteEnabled(rules: SiteRules, site: string, enabled: boolean): SiteRules {
  const host = canonicalSite(site);
  const without = (list: string[]) => list.filter((entry) => !covers(entry, host));
  const adding = (list: string[]) => (list.includes(host) ? list : [...list, host]);
  if (rules.mode === 'all-except') {
    return { ...rules, deny: enabled ? without(rules.deny) : adding(rules.deny) };
  }
  return { ...rules, allow: enabled ? adding(rules.allow) : without(rules.allow) };
}

/**
 * The host a user means by what they typed in a site list (`https://www.example.com/x`,
 * `Example.com`, `www.example.com` all give `example.com`), or null if it is not a host.
 */
export function siteEntryFromInput(input: string): string | null {
  // Blank input needs no case of its own: 'https://' is no URL, and '' is no host.
  const trimmed = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const host = canonicalSite(siteOf(withScheme));
  return /^[a-z0-9.:[\]-]+$/.test(host) ? host : null;
}
