// @vitest-environment happy-dom
/** The root of an extension page's language: the document's `lang` and title follow it from the first paint. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { LanguageRoot, type LanguageSource } from '../../../components/i18n/LanguageRoot.tsx';
import type { Lang } from '../../../lib/i18n/language.ts';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => {
  act(() => render(null, root));
  document.documentElement.lang = 'en';
});

/** A language source that starts in `first` and hands out a setter for later changes. */
function source(first: Lang): LanguageSource & { change(lang: Lang): void } {
  let listener: ((lang: Lang) => void) | undefined;
  return {
    initial: () => first,
    follow(onLanguage) {
      listener = onLanguage;
      return () => (listener = undefined);
    },
    change: (lang) => listener?.(lang),
  };
}

describe('LanguageRoot', () => {
  it("marks the document with the reader's language as it renders, before any later frame", () => {
    // No act(): only what runs within the render itself (layout effects) has happened yet.
    render(<LanguageRoot source={source('zh')} title={(t) => t('notes_page_title', { name: '钨' })}>x</LanguageRoot>, root);
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toContain('钨');
  });

  it('follows a change of language', () => {
    const languages = source('zh');
    act(() => render(<LanguageRoot source={languages}>x</LanguageRoot>, root));
    act(() => languages.change('en'));
    expect(document.documentElement.lang).toBe('en');
  });
});
