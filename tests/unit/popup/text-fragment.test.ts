import { describe, expect, it } from 'vitest';
import { encodeFragmentPart, textDirective, textFragmentUrl } from '../../../components/popup/text-fragment.ts';

/** The directive's parts, decoded: what the browser will look for. */
function parts(directive: string) {
  const pieces = directive.split(',');
  const prefix = pieces[0].endsWith('-') ? decodeURIComponent(pieces.shift()!.slice(0, -1)) : undefined;
  const suffix = pieces[pieces.length - 1].startsWith('-') ? decodeURIComponent(pieces.pop()!.slice(1)) : undefined;
  return { prefix, start: decodeURIComponent(pieces[0]), end: pieces[1] === undefined ? undefined : decodeURIComponent(pieces[1]), suffix };
}

describe('text fragment links', () => {
  it('links a short quote whole', () => {
    expect(textFragmentUrl('https://example.com/a', { quote: 'tungsten deposits', prefix: '', suffix: '' })).toBe(
      'https://example.com/a#:~:text=tungsten%20deposits',
    );
  });

  it('escapes the characters that structure a directive: - , &', () => {
    expect(encodeFragmentPart('US-Kazakhstan, A&B')).toBe('US%2DKazakhstan%2C%20A%26B');
    const directive = textDirective({ quote: 'the US-Kazakhstan deal, signed & sealed', prefix: '', suffix: '' });
    expect(directive).not.toMatch(/[-&]/);
    expect(directive.split(',')).toHaveLength(1);
    expect(parts(directive).start).toBe('the US-Kazakhstan deal, signed & sealed');
  });

  it('gives a long quote by its first and last words', () => {
    const quote = 'Two tungsten deposits in Kazakhstan that were mapped by Soviet geologists and then left in the ground for decades.';
    expect(parts(textDirective({ quote, prefix: '', suffix: '' }))).toEqual({
      prefix: undefined,
      start: 'Two tungsten deposits in',
      end: 'the ground for decades.',
      suffix: undefined,
    });
  });

  it('keeps only whole words of the context: the cut-off first word of the prefix and last of the suffix go', () => {
    const directive = textDirective({ quote: 'Kazakhstan', prefix: 'ngsten deposits lie in eastern ', suffix: ' and its neighbours hav' });
    expect(parts(directive)).toEqual({ prefix: 'lie in eastern', start: 'Kazakhstan', end: undefined, suffix: 'and its neighbours' });
  });

  it('leaves out context that is one word or has no spaces (Chinese)', () => {
    expect(textDirective({ quote: 'tungsten', prefix: 'the', suffix: 'mine' })).toBe('tungsten');
    expect(textDirective({ quote: '钨矿', prefix: '哈萨克斯坦的', suffix: '储量丰富' })).toBe(encodeFragmentPart('钨矿'));
  });

  it('cuts a long quote without spaces by characters', () => {
    const quote = '哈萨克斯坦宣布对钨实施出口管制自二零二五年起生效分析人士认为短期内难以改变供应格局';
    const { start, end } = parts(textDirective({ quote, prefix: '', suffix: '' }));
    expect(start).toBe(Array.from(quote).slice(0, 10).join(''));
    expect(end).toBe(Array.from(quote).slice(-10).join(''));
  });

  it('replaces a fragment the URL already has, and leaves a URL alone for an empty quote', () => {
    expect(textFragmentUrl('https://example.com/a?b=1#section', { quote: 'gallium', prefix: '', suffix: '' })).toBe(
      'https://example.com/a?b=1#:~:text=gallium',
    );
    expect(textFragmentUrl('https://example.com/a', { quote: '  ', prefix: '', suffix: '' })).toBe('https://example.com/a');
  });

  it('encodes newlines, quotes and percent signs so the URL stays one valid URL', () => {
    const url = textFragmentUrl('https://example.com/', { quote: 'prices rose 40%\n"sharply"', prefix: '', suffix: '' });
    expect(() => new URL(url)).not.toThrow();
    expect(url).not.toMatch(/[\s"]/);
    expect(parts(url.split('#:~:text=')[1]).start).toBe('prices rose 40% "sharply"');
  });
});
