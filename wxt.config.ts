import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension's manifest and build. Permissions are the minimum that works; the README's
// design section explains each one.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Everything is imported explicitly, so a reader can see where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  webExt: { disabled: true },
  zip: { excludeSources: ['shots/**', '.cache/**', 'coverage/**'] },
  manifest: ({ browser }) => ({
    name: 'Assay',
    description: 'Highlights minerals, countries and deals in the news you read, with sourced background facts and your own notes. Works offline.',
    permissions: ['scripting'],
    action: { default_title: 'Assay' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'assay@assay.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
