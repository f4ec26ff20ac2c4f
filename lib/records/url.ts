/**
 * One URL per page, whatever link the user arrived by: clippings are grouped, filtered and
 * re-opened by URL, so the same article reached from a newsletter and from a search must compare
 * equal.
 */

/** Query parameters that only say how the reader arrived, never which page it is. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'wt_mc',
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

function decodeParamName(rawPair: string): string {
  const rawName = rawPair.split('=', 1)[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(rawName);
  } catch {
    return rawName;
  }
}

/**
 * The canonical form of a page URL: host lower-cased, default port, fragment (including text
 * fragments) and tracking parameters dropped, the remaining query parameters sorted by name.
 * Parameters are kept byte for byte as they were (only reordered), because re-encoding them
 * can change what some servers return. Input that is not a URL is returned trimmed.
 */
export function normaliseUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return input.trim();
  }
  url.hash = '';
  const pairs = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(decodeParamName(pair)));
  // Array.prototype.sort is stable, so repeated parameters keep their relative order.
  pairs.sort((a, b) => {
    const nameA = decodeParamName(a);
    const nameB = decodeParamName(b);
    if (nameA < nameB) return -1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: V8's sort (node's) only asks whether a result is below 0, so it cannot tell 1 from 0 here; SpiderMonkey's may, so equal names answer 0
    return nameA > nameB ? 1 : 0;
  });
  url.search = pairs.length > 0 ? `?${pairs.join('&')}` : '';
  // The URL parser already lower-cases the host and drops default ports; `href` re-serialises.
  return url.href;
}

/** The site a URL belongs to: its host name without a leading `www.` ('' for a non-URL). */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** True for `http:` and `https:` URLs, the only ones a clipping may point at (never `javascript:`). */
export function isWebUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The URL a clipping is stored under: `input` normalised first, then checked, since normalising
 * can lengthen it (`é` becomes `%C3%A9`). Null when the result is not an http(s) URL of at most
 * `maxChars` characters, so that no stored URL is ever longer than the limit a backup is read with.
 */
export function storedWebUrl(input: string, maxChars: number): string | null {
  const url = normaliseUrl(input);
  // A host name has at most 253 characters (DNS); the site stored with a clipping is its host.
  return url.length <= maxChars && isWebUrl(url) && siteOf(url).length <= MAX_HOST_CHARS ? url : null;
}

/** The longest host name DNS allows. */
const MAX_HOST_CHARS = 253;
