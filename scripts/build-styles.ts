/**
 * `npm run build:styles`: writes the highlight style sheet the content script's manifest entry
 * injects (entrypoints/content/highlights.css) from the palette in lib/highlight/palette.ts.
 * A unit test fails when the file and the palette disagree.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { highlightStylesheet } from '../lib/highlight/palette.ts';
import { PROJECT_ROOT } from './serve.ts';

export const HIGHLIGHT_CSS = join(PROJECT_ROOT, 'entrypoints', 'content', 'highlights.css');
export const HIGHLIGHT_CSS_HEADER = '/* Written by `npm run build:styles` from lib/highlight/palette.ts: edit the palette, not this file. */\n';

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  writeFileSync(HIGHLIGHT_CSS, HIGHLIGHT_CSS_HEADER + highlightStylesheet());
  console.log(`wrote ${HIGHLIGHT_CSS}`);
}
