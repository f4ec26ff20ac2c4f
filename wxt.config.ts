import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { aliasIndexPlugin } from './scripts/lib/vite-alias-index.ts';

// The extension's manifest and build. Permissions are the minimum that works; the README's
// design section explains each one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Everything is imported explicitly, so a reader can see where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact(), aliasIndexPlugin()], build: { minify: process.env.ASSAY_NO_MINIFY ? false : undefined } }),
  webExt: { disabled: true },
  zip: { excludeSources: ['shots/**', '.cache/**', 'coverage/**'] },
  manifest: ({ browser }) => ({
    name: 'Assay',
    description: 'Highlights minerals, countries and deals in the news you read, with sourced background facts and your own notes. Works offline.',
    // unlimitedStorage: notes and clippings must not be evicted or capped by the default quota.
    // offscreen (Chromium): the document where compromise runs, away from web pages; Firefox
    // frames that document in its background page instead. No host permissions: the content
    // script's own matches are all the page access Assay needs.
    permissions: browser === 'firefox' ? ['unlimitedStorage'] : ['offscreen', 'unlimitedStorage'],
    action: { default_title: 'Assay' },
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+Period' }, description: 'Go to the next mention on the page' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+Comma' }, description: 'Go to the previous mention on the page' },
      'open-mention': { suggested_key: { default: 'Alt+Shift+M' }, description: 'Open the popover of the current mention' },
    },
    // The notes panel is an extension page framed inside the popover, so that the page cannot
    // read or key-log notes; the frame has to be web-accessible for that.
    web_accessible_resources:
      browser === 'firefox'
        ? ['notes.html']
        : [{ resources: ['notes.html'], matches: ['http://*/*', 'https://*/*'] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'assay@assay.invalid',
              // 140: the first Firefox with the CSS Custom Highlight API and with
              // data_collection_permissions, which declares that Assay collects nothing.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
