import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWebUrl, normaliseUrl, siteOf, storedWebUrl } from '../../../lib/records/url.ts';
import { propertyRuns } from '../property-runs.ts';

describe('normaliseUrl', () => {
  it('lower-cases the host, drops default ports and the fragment', () => {
    expect(normaliseUrl('HTTPS://News.Example.COM:443/Path/To?x=1#section')).toBe('https://news.example.com/Path/To?x=1');
    expect(normaliseUrl('http://example.com:80/a')).toBe('http://example.com/a');
    expect(normaliseUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
  });

  it('drops text fragments', () => {
    expect(normaliseUrl('https://example.com/a#:~:text=tungsten%20prices')).toBe('https://example.com/a');
  });

  it('removes tracking parameters and sorts the rest, keeping their encoding', () => {
    expect(
      normaliseUrl('https://example.com/a?utm_source=x&b=2&fbclid=abc&a=%20q&UTM_Medium=y&gclid=1&mc_cid=2&mc_eid=3'),
    ).toBe('https://example.com/a?a=%20q&b=2');
  });

  it('keeps repeated parameters in their order and valueless ones as they were', () => {
    expect(normaliseUrl('https://example.com/?z=1&amp&a=2&a=1')).toBe('https://example.com/?a=2&a=1&amp&z=1');
  });

  it('sorts a long query by name and keeps repeated names in their order, however they are mixed', () => {
    const numbers = Array.from({ length: 40 }, (_, k) => String(k).padStart(2, '0'));
    // 17 and 40 share no factor, so k * 17 mod 40 visits every number once, out of order.
    const shuffled = numbers.map((_, k) => numbers[(k * 17) % 40]);
    const query = (list: string[]) => list.map((n) => `p${n}=${n}`).join('&');
    expect(normaliseUrl(`https://example.com/?${query(shuffled)}&b=1&a=3&b=2&a=1&a=2&b=0`)).toBe(`https://example.com/?a=3&a=1&a=2&b=1&b=2&b=0&${query(numbers)}`);
  });

  it('sorts parameter names as they read decoded (+ is a space, which comes before letters)', () => {
    expect(normaliseUrl('https://example.com/?ab=1&a+b=2&a%2Bc=3')).toBe('https://example.com/?a+b=2&a%2Bc=3&ab=1');
  });

  it('normalises a URL copied with non-breaking spaces or a byte-order mark around it', () => {
    expect(normaliseUrl('\u00a0https://example.com/a?utm_source=x#top\u00a0')).toBe('https://example.com/a');
    expect(normaliseUrl('\ufeffhttps://example.com/a?b=1&a=2\n')).toBe('https://example.com/a?a=2&b=1');
  });

  it('removes the question mark when only tracking parameters were there', () => {
    expect(normaliseUrl('https://example.com/a?utm_campaign=x')).toBe('https://example.com/a');
  });

  it('gives the same URL for the same article reached by different links', () => {
    const fromNewsletter = normaliseUrl('https://WWW.example.com/story?utm_source=mail&id=7#top');
    const fromSearch = normaliseUrl('https://www.example.com/story?id=7&gclid=zz');
    expect(fromNewsletter).toBe(fromSearch);
  });

  it('returns non-URLs trimmed', () => {
    expect(normaliseUrl('  not a url ')).toBe('not a url');
  });

  it('is idempotent: a stored URL normalises to itself (imports normalise again)', () => {
    const path = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '%', '/', '.', '..', '\\', '中', '😀', '[', '"', '<'), maxLength: 20 });
    const query = fc.array(fc.tuple(fc.constantFrom('a', 'utm_x', 'B', 'fbclid', '%41', 'é', ''), fc.constantFrom('1', '', '%20', 'é', '=x', '+')), { maxLength: 6 });
    const url = fc.tuple(fc.webUrl({ withQueryParameters: true, withFragments: true }), path, query).map(
      ([base, extra, pairs]) => `${base}${extra}${pairs.length ? '?' : ''}${pairs.map(([name, value]) => `${name}=${value}`).join('&')}`,
    );
    fc.assert(
      fc.property(url, (raw) => {
        const once = normaliseUrl(raw);
        expect(normaliseUrl(once)).toBe(once);
      }),
      { numRuns: propertyRuns(2_000) },
    );
  });
});

describe('storedWebUrl', () => {
  it('checks the length after normalising, which can lengthen a URL', () => {
    const raw = `https://example.com/${'é'.repeat(10)}`;
    expect(raw).toHaveLength(30);
    expect(storedWebUrl(raw, 80)).toBe(`https://example.com/${'%C3%A9'.repeat(10)}`);
    expect(storedWebUrl(raw, 79)).toBeNull();
    expect(storedWebUrl('https://example.com/a?utm_source=xxxxxxxxxxxxxxxxxxxx#frag', 21)).toBe('https://example.com/a');
    expect(storedWebUrl('javascript:alert(1)', 100)).toBeNull();
  });

  it('refuses a host longer than DNS allows (the stored site is the host; found by the round-trip property test)', () => {
    const host = (n: number) => `${'a'.repeat(n - 4)}.com`;
    expect(storedWebUrl(`https://${host(253)}/x`, 4_096)).toBe(`https://${host(253)}/x`);
    expect(storedWebUrl(`https://${host(254)}/x`, 4_096)).toBeNull();
  });
});

describe('siteOf', () => {
  it('is the host without www.', () => {
    expect(siteOf('https://www.reuters.com/markets')).toBe('reuters.com');
    expect(siteOf('https://news.bbc.co.uk/x')).toBe('news.bbc.co.uk');
    expect(siteOf('nonsense')).toBe('');
    // Only a leading www. goes.
    expect(siteOf('https://awww.example.com/')).toBe('awww.example.com');
    expect(siteOf('https://www.www.example.com/')).toBe('www.example.com');
  });
});

describe('isWebUrl', () => {
  it('accepts http and https only', () => {
    expect(isWebUrl('https://example.com')).toBe(true);
    expect(isWebUrl('http://example.com')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('data:text/html,<b>x</b>')).toBe(false);
    expect(isWebUrl('chrome-extension://abc/popup.html')).toBe(false);
    expect(isWebUrl('example.com')).toBe(false);
    expect(isWebUrl('')).toBe(false);
  });
});
