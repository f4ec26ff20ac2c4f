/**
 * What Assay does on a Firefox the manifest admits (strict_min_version) but that lacks a feature
 * it uses, or has it only in part. Each entry names the code that does it, and the audit checks
 * that the code is still there: a fallback that was deleted fails the audit like a missing one.
 */
export interface Fallback {
  /** What Assay does where the feature is missing or partial. */
  does: string;
  /** The file that does it, and a piece of its code that must still be there. */
  file: string;
  contains: string;
}

export const FALLBACKS: Record<string, Fallback> = {
  'api.Scheduler': {
    does: 'No `scheduler`: the scan yields to the page with setTimeout(0).',
    file: 'entrypoints/content/scanner.ts',
    contains: 'scheduler?.yield ?',
  },
  'api.Scheduler.yield': {
    does: 'The scan yields to the page with setTimeout(0) instead of scheduler.yield().',
    file: 'entrypoints/content/scanner.ts',
    contains: 'scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0))',
  },
  'api.scheduler': {
    does: 'No `scheduler` global: the scan yields with setTimeout(0).',
    file: 'entrypoints/content/scanner.ts',
    contains: 'scheduler?.yield ?',
  },
  'api.Window.navigation': {
    does: 'No Navigation API: the content script notices single-page navigations by polling location.href.',
    file: 'entrypoints/content/quiet-context.ts',
    contains: "typeof navigation?.addEventListener === 'function'",
  },
  'api.Navigation': {
    does: 'No Navigation API: the content script notices single-page navigations by polling location.href.',
    file: 'entrypoints/content/quiet-context.ts',
    contains: 'this.setInterval(() => changedTo(new URL(location.href)), POLL_MS)',
  },
  'css.selectors.highlight': {
    does: 'Before Firefox 146 a ::highlight() rule ignores text-decoration: highlights show their tint without the underline (the current mention keeps its strong background and text colour).',
    file: 'lib/highlight/palette.ts',
    contains: 'background-color: ${',
  },
  'api.Document.caretRangeFromPoint': {
    does: 'Chromium\'s way to find the text under the pointer; Assay asks caretPositionFromPoint first, which Firefox has.',
    file: 'entrypoints/content/interactions.ts',
    contains: 'if (doc.caretPositionFromPoint) {',
  },
  'api.Document.moveBefore': {
    does: 'preact (the UI library) moves nodes with moveBefore where the browser has it, and with insertBefore elsewhere.',
    file: 'node_modules/preact/src/diff/children.js',
    contains: 'parentDom.moveBefore && dom.parentNode',
  },
  'api.DocumentFragment.moveBefore': {
    does: 'preact moves nodes with insertBefore where moveBefore is missing.',
    file: 'node_modules/preact/src/diff/children.js',
    contains: 'parentDom.moveBefore && dom.parentNode',
  },
  'api.Element.moveBefore': {
    does: 'preact moves nodes with insertBefore where moveBefore is missing.',
    file: 'node_modules/preact/src/diff/children.js',
    contains: 'parentDom.moveBefore && dom.parentNode',
  },
  'api.IDBIndex.getAllRecords': {
    does: 'The clippings list and search walk the index with a cursor, one record per request, instead of in batches.',
    file: 'lib/store/clipping-query.ts',
    contains: "if (typeof index.getAllRecords !== 'function') return undefined;",
  },
  'javascript.builtins.Error.stackTraceLimit': {
    does: 'zod (the validation library) lowers it only when it reads a number there; Firefox has none, so zod leaves it.',
    file: 'node_modules/zod/v4/core/core.js',
    contains: 'if (typeof saved === "number") {',
  },
  'css.properties.overscroll-behavior': {
    does: 'Before Firefox 150 the wheel over a popover too short to scroll scrolls the page behind it (the popover follows its mention); the popup has no page behind it.',
    file: 'components/popover/popover.css',
    contains: 'overscroll-behavior: contain',
  },
  'webextensions.manifest.browser_specific_settings.gecko_android': {
    does: 'Read by Firefox for Android only (its own minimum, 142); desktop Firefox ignores it.',
    file: 'wxt.config.ts',
    contains: "gecko_android: { strict_min_version: '142.0' }",
  },
  'webextensions.api.sidePanel': {
    does: 'Chromium\'s side panel; Firefox shows the same page in its sidebar (manifest sidebar_action, opened with sidebarAction.open()).',
    file: 'entrypoints/background/side-panel.ts',
    contains: 'if (sidebar) return sidebar.open();',
  },
  'webextensions.api.sidePanel.open': {
    does: 'Firefox opens the sidebar with sidebarAction.open() instead.',
    file: 'entrypoints/background/side-panel.ts',
    contains: 'if (sidebar) return sidebar.open();',
  },
  'webextensions.api.action': {
    does: 'The Firefox build is Manifest V2: the badge is set through browserAction.',
    file: 'entrypoints/background/browser-handlers.ts',
    contains: 'browser.action ?? browser.browserAction',
  },
};

/**
 * Matches of the audit's name search that are not the feature of that name, with the reason. The
 * search looks for `.name` in the built code, so a method of a library or of Assay's own objects
 * can carry a recent feature's name.
 */
export const NOT_THIS_FEATURE: Record<string, string> = {
  'api.EventTarget.when': '`.when` is an option of zod\'s checks (def.when), not the Observable API.',
  'api.HTMLButtonElement.command': '`.command` is the keyboard command in Assay\'s own messages (tab.command), not the Invoker Commands API.',
  'api.HTMLInputElement.capture': '`.capture` is the selection the popup captured (draft.capture), not the media capture attribute.',
  'api.IDBObjectStore.getAllRecords': 'The one getAllRecords call is on an index (IDBIndex.getAllRecords, listed).',
  'api.Navigator.serial': '`.serial` numbers the status messages of the popup and options page; no Web Serial.',
  'api.Navigator.share': '`.share` is a country\'s share of production in the popover\'s tables; no Web Share.',
  'javascript.builtins.Iterator.chunks': '`.chunks` is compromise\'s own View.chunks() and the scanner\'s count of chunks.',
  'javascript.builtins.Iterator.windows': '`.windows` is the WebExtension windows API (browser.windows).',
  'javascript.builtins.Iterator.take': '`.take` is a method of a parser inside a bundled library.',
  'javascript.builtins.Iterator.drop': '`.drop` is a count in the recognizer\'s decisions.',
  'javascript.builtins.Set.union': '`.union` is a method of compromise\'s own View.',
  'javascript.builtins.Set.difference': '`.difference` is a method of compromise\'s own View.',
  'javascript.builtins.Set.intersection': '`.intersection` is a method of compromise\'s own View.',
  'api.Element.role': '`.role` is a party\'s role in a deal, in the dataset.',
  'api.HTMLElement.popover': '`.popover` is the popover\'s class name in its style sheet, not the popover attribute.',
  'css.types.basic-shape.rect': 'The rect() in the style sheets is the old `clip: rect(0 0 0 0)` of visually hidden text, not a basic shape.',
};
