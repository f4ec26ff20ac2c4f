import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { aliasIndexPlugin } from './scripts/lib/vite-alias-index.ts';

const MARKS = process.env.ASSAY_MARKS === '1';

// The extension's manifest and build. Permissions are the minimum that works; the README's
// design section explains each one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Everything is imported explicitly, so a reader can see where each name comes from.
  imports: false,
  // The sweep's build keeps performance marks in the content script (entrypoints/content/timing.ts)
  // and goes to a folder of its own, so the production build beside it never has them.
  ...(MARKS ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-marks' } : {}),
  vite: () => ({
    plugins: [preact(), aliasIndexPlugin()],
    define: { 'import.meta.env.ASSAY_MARKS': JSON.stringify(MARKS) },
    build: { minify: process.env.ASSAY_NO_MINIFY ? false : undefined },
    resolve: {
      // WXT's content-script context posts the extension's id to every page; ours says nothing
      // (see entrypoints/content/quiet-context.ts).
      alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./entrypoints/content/quiet-context.ts', import.meta.url)) }],
    },
  }),
  webExt: { disabled: true },
  zip: { excludeSources: ['shots/**', '.cache/**', 'coverage/**'] },
  manifest: ({ browser }) => ({
    // Words from the catalogs (public/_locales), in the browser's language; English where Assay has none.
    default_locale: 'en',
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    // unlimitedStorage: notes and clippings must not be evicted or capped by the default quota.
    // offscreen (Chromium): the document where compromise runs, away from web pages; Firefox
    // frames that document in its background page instead. No host permissions: the content
    // script's own matches are all the page access Assay needs.
    permissions: browser === 'firefox' ? ['unlimitedStorage'] : ['offscreen', 'unlimitedStorage'],
    action: { default_title: '__MSG_ext_name__' },
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_cmd_next_mention__' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_cmd_previous_mention__' },
      'open-mention': { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_cmd_open_mention__' },
      'open-side-panel': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_cmd_open_side_panel__' },
    },
    // The notes panel is an extension page framed inside the popover, so that the page cannot
    // read or key-log notes; the frame has to be web-accessible for that. It shows nothing without
    // a grant from the popover (lib/store/grants.ts). In Chromium, use_dynamic_url makes it
    // reachable to web pages only at a per-session URL they cannot know: a page's own frame or tab
    // of notes.html at the fixed URL is refused. Assay's frame, made by the content script inside a
    // closed shadow root, loads at runtime.getURL's fixed URL, which the page never sees.
    web_accessible_resources:
      browser === 'firefox'
        ? ['notes.html']
        : [{ resources: ['notes.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    // Private windows: Assay does not run there (see the README's "Private windows"). Notes and
    // clippings are a record of reading; a private window must leave none.
    incognito: 'not_allowed',
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
