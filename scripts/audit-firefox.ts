/**
 * `npm run audit:firefox`: which WebExtension and web-platform features Assay uses, and the first
 * Firefox that has each, from MDN's browser-compat-data. Fails when a feature needs a Firefox newer
 * than the manifest's strict_min_version and Assay has no fallback for it
 * (scripts/audit/firefox-fallbacks.ts).
 *
 * Where it looks: the Firefox build (.output/firefox-mv2, so bundled libraries count too) for web
 * APIs and JavaScript built-ins, each file traced to the page that loads it; the sources for the
 * WebExtension APIs (the build renames `browser`) and the CSS; the manifest for its keys. Web
 * features are searched by name, so only those newer than RECENT are reported one by one.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { FIREFOX_BUILD } from './firefox.ts';
import { PROJECT_ROOT } from './serve.ts';
import { FALLBACKS, NOT_THIS_FEATURE } from './audit/firefox-fallbacks.ts';
import { cssFeatures, firefoxSupport, usesGlobal, usesMember, usesStatic, walkCompat, type Compat, type CompatNode, type FirefoxSupport } from './lib/firefox-support.ts';

/** Web features older than this Firefox (the ESR before 140) are checked but not listed. */
const RECENT = 115;

/**
 * Interfaces and built-ins code reaches without naming them (through `document`, `window`, an
 * element, an event, a range, an IndexedDB request, an array or a string). A member of any other
 * interface is only searched for in a file that names the interface (`new ResizeObserver(`).
 */
const REACHABLE = new Set([
  ...['Window', 'Document', 'DocumentFragment', 'ShadowRoot', 'Node', 'Element', 'HTMLElement', 'CharacterData', 'Text', 'EventTarget', 'Event'],
  ...['UIEvent', 'MouseEvent', 'PointerEvent', 'KeyboardEvent', 'FocusEvent', 'InputEvent', 'MessageEvent', 'Range', 'AbstractRange', 'Selection'],
  ...['HTMLInputElement', 'HTMLTextAreaElement', 'HTMLSelectElement', 'HTMLButtonElement', 'HTMLAnchorElement', 'HTMLIFrameElement', 'HTMLDialogElement'],
  ...['CSS', 'CSSStyleDeclaration', 'HighlightRegistry', 'Navigator', 'StorageManager', 'Performance', 'PerformanceEntry', 'PerformanceMark', 'Location', 'History'],
  ...['IDBFactory', 'IDBDatabase', 'IDBTransaction', 'IDBObjectStore', 'IDBIndex', 'IDBCursor', 'IDBRequest', 'IDBKeyRange', 'MessagePort', 'DataTransfer', 'File', 'Blob'],
  ...['Array', 'TypedArray', 'String', 'Object', 'Function', 'Map', 'Set', 'WeakMap', 'Promise', 'Math', 'Number', 'JSON', 'RegExp', 'Date', 'Symbol', 'Error', 'Iterator'],
]);

type Bcd = Record<'api' | 'css' | 'javascript' | 'webextensions' | 'html', CompatNode>;
const bcd = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@mdn/browser-compat-data'), 'utf8')) as Bcd;
/** A sub-feature of a node of the compat data (its `__compat` is not one). */
const child = (node: CompatNode | undefined, key: string): CompatNode | undefined => (key === '__compat' ? undefined : (node?.[key] as CompatNode | undefined));

interface Finding {
  key: string;
  where: Set<string>;
  support: FirefoxSupport;
}

const findings = new Map<string, Finding>();
function found(key: string, compat: Compat, where: string): void {
  const known = findings.get(key) ?? { key, where: new Set<string>(), support: firefoxSupport(compat) };
  known.where.add(where);
  findings.set(key, known);
}

function compatAt(path: string): Compat | undefined {
  let node: CompatNode | undefined = bcd as unknown as CompatNode;
  for (const part of path.split('.')) node = node?.[part] as CompatNode | undefined;
  return node?.__compat;
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

// ── Where each built file runs: the pages that load it, directly or through imports ──
const PAGES: Record<string, string> = {
  'popup.html': 'popup',
  'options.html': 'options',
  'notes.html': 'notes panel',
  'nlp-host.html': 'compromise frame',
  'sidepanel.html': 'side panel',
};
function builtFilePlaces(): Map<string, Set<string>> {
  const places = new Map<string, Set<string>>();
  const visit = (file: string, place: string) => {
    const seen = places.get(file) ?? new Set<string>();
    if (seen.has(place)) return;
    seen.add(place);
    places.set(file, seen);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["']([./][^"']+\.js)["']/g)) {
      visit(join(file, '..', m[1]!), place);
    }
  };
  // Every page of the build, named as the table names it (a new page by its file name).
  for (const html of readdirSync(FIREFOX_BUILD).filter((f) => f.endsWith('.html'))) {
    const place = PAGES[html] ?? html.replace(/\.html$/, '');
    const page = readFileSync(join(FIREFOX_BUILD, html), 'utf8');
    for (const m of page.matchAll(/<script[^>]+src="\/?([^"]+)"/g)) visit(join(FIREFOX_BUILD, m[1]!), place);
  }
  visit(join(FIREFOX_BUILD, 'background.js'), 'background');
  visit(join(FIREFOX_BUILD, 'content-scripts', 'content.js'), 'content script');
  return places;
}

/** Where a source file runs, from its folder. */
function sourcePlace(file: string): string {
  const path = relative(PROJECT_ROOT, file);
  const entry = /^entrypoints\/([^/]+)\//.exec(path)?.[1];
  if (entry) return { content: 'content script', notes: 'notes panel', 'nlp-host': 'compromise frame', sidepanel: 'side panel' }[entry] ?? entry;
  const component = /^components\/([^/]+)\//.exec(path)?.[1];
  if (component) return { popover: 'content script', cards: 'content script', notes: 'notes panel', sidepanel: 'side panel', ui: 'all pages' }[component] ?? component;
  return 'shared';
}

// ── The manifest's keys ──
function auditManifest(): number {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const walk = (value: unknown, node: CompatNode, path: string) => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      const next = node[key] as CompatNode | undefined;
      if (!next?.__compat) continue;
      found(`${path}.${key}`, next.__compat, 'manifest');
      walk(child, next, `${path}.${key}`);
    }
  };
  walk(manifest, child(bcd.webextensions, 'manifest')!, 'webextensions.manifest');
  const permissions = child(child(bcd.webextensions, 'manifest'), 'permissions')!;
  for (const permission of (manifest.permissions as string[]) ?? []) {
    const compat = (permissions[permission] as CompatNode | undefined)?.__compat;
    if (compat) found(`webextensions.manifest.permissions.${permission}`, compat, 'manifest');
  }
  const gecko = (manifest.browser_specific_settings as { gecko?: { strict_min_version?: string } } | undefined)?.gecko;
  const floor = Number.parseFloat(gecko?.strict_min_version ?? '');
  if (!Number.isFinite(floor)) throw new Error('the Firefox manifest has no browser_specific_settings.gecko.strict_min_version');
  return floor;
}

// ── WebExtension APIs, from the sources (`browser.tabs.query`, `action.setBadgeText` after `browser.action`) ──
function auditExtensionApis(): void {
  const api = child(bcd.webextensions, 'api')!;
  for (const file of [...filesUnder(join(PROJECT_ROOT, 'entrypoints'), /\.tsx?$/), ...filesUnder(join(PROJECT_ROOT, 'components'), /\.tsx?$/), ...filesUnder(join(PROJECT_ROOT, 'lib'), /\.tsx?$/)]) {
    const code = readFileSync(file, 'utf8');
    // `browser.tabs`, `chrome?.sidePanel`, and a namespace read through a cast on one line:
    // `(browser as unknown as { sidebarAction?: … }).sidebarAction`.
    const direct = [...code.matchAll(/\b(?:browser|chrome)\??\.([a-zA-Z]+)/g)].map((m) => m[1]!);
    const cast = [...code.matchAll(/\(\s*(?:browser|chrome)\b[^;\n]*?\)\??\.([a-zA-Z]+)/g)].map((m) => m[1]!);
    const namespaces = new Set([...direct, ...cast]);
    for (const namespace of namespaces) {
      const node = child(api, namespace);
      if (!node?.__compat) continue;
      found(`webextensions.api.${namespace}`, node.__compat, sourcePlace(file));
      for (const [member, child] of Object.entries(node)) {
        const compat = (child as CompatNode | undefined)?.__compat;
        if (member !== '__compat' && compat && usesMember(code, member)) found(`webextensions.api.${namespace}.${member}`, compat, sourcePlace(file));
      }
    }
  }
}

// ── Web APIs and JavaScript built-ins, from the build ──
function auditBuiltCode(): void {
  const places = builtFilePlaces();
  const recent = (compat: Compat) => {
    const { first } = firefoxSupport(compat);
    return first === null || first > RECENT;
  };
  // A member is searched by its name (`.checkVisibility`), which only tells when no older feature
  // has that name too: `.size` or `.has` could be any Set, so such names are left out.
  const oldNames = new Set<string>();
  const memberName = (path: string) => path.split('.').pop()!.replace(/_static$/, '');
  for (const root of [bcd.api, child(bcd.javascript, 'builtins')!]) {
    for (const [path, compat] of walkCompat(root, '')) {
      if (path.split('.').length === 3 && !recent(compat)) oldNames.add(memberName(path));
    }
  }
  const candidates: { key: string; compat: Compat; test: (code: string) => boolean }[] = [];
  // An interface is named by itself (`new Highlight(`) or through the global that holds one (`scheduler.yield`).
  const named = (code: string, name: string) => {
    const global = name[0]!.toLowerCase() + name.slice(1);
    return usesGlobal(code, name) || ((bcd.api[global] !== undefined || (bcd.api.Window as CompatNode)[global] !== undefined) && usesGlobal(code, global));
  };
  const searchable = (name: string) => /^[a-zA-Z]\w*$/.test(name) && !oldNames.has(name);
  // Interfaces and globals (`new IntersectionObserver(`, `scheduler.yield`), and members of them.
  for (const [name, node] of Object.entries(bcd.api)) {
    const compat = (node as CompatNode).__compat;
    if (!compat) continue;
    if (/^[A-Z]/.test(name)) candidates.push({ key: `api.${name}`, compat, test: (code) => named(code, name) });
    else if (recent(compat)) candidates.push({ key: `api.${name}`, compat, test: (code) => usesGlobal(code, name) });
    for (const [member, child] of Object.entries(node as CompatNode)) {
      const memberCompat = (child as CompatNode | undefined)?.__compat;
      if (member === '__compat' || !memberCompat || !recent(memberCompat) || /_event$|_parameter$|^worker_support$|^secure_context_required$/.test(member)) continue;
      const plain = member.replace(/_static$/, '');
      // The window's own members are globals: `globalThis.navigation`, `navigation.x`.
      if (name === 'Window') candidates.push({ key: `api.Window.${member}`, compat: memberCompat, test: (code) => usesGlobal(code, plain) });
      else if (member.endsWith('_static')) candidates.push({ key: `api.${name}.${member}`, compat: memberCompat, test: (code) => usesStatic(code, name, plain) });
      else if (searchable(plain)) {
        const reachable = REACHABLE.has(name);
        candidates.push({ key: `api.${name}.${member}`, compat: memberCompat, test: (code) => (reachable || named(code, name)) && usesMember(code, plain) });
      }
    }
  }
  for (const [path, compat] of walkCompat(child(bcd.javascript, 'builtins')!, 'javascript.builtins')) {
    if (!recent(compat)) continue;
    const parts = path.split('.');
    const name = parts[parts.length - 1]!;
    if (parts.length === 3 && /^[A-Z]\w*$/.test(name)) candidates.push({ key: path, compat, test: (code) => usesGlobal(code, name) });
    else if (parts.length === 4 && searchable(name)) {
      const owner = parts[2]!;
      const reachable = REACHABLE.has(owner);
      // The spec's address says whether it is a method of instances or of the constructor.
      const specs = [compat.spec_url ?? []].flat();
      const ofInstances = specs.length === 0 || specs.some((url) => url.includes('.prototype.'));
      const test = ofInstances ? (code: string) => (reachable || usesGlobal(code, owner)) && usesMember(code, name) : (code: string) => usesStatic(code, owner, name);
      candidates.push({ key: path, compat, test });
    }
  }
  for (const [file, where] of places) {
    const code = readFileSync(file, 'utf8');
    for (const c of candidates) {
      if (c.test(code)) for (const place of where) found(c.key, c.compat, place);
    }
  }
}

// ── CSS, from the style sheets in the sources ──
function auditCss(): void {
  const types = new Map<string, string>();
  for (const [path] of walkCompat(child(bcd.css, 'types')!, 'types')) {
    const name = path.split('.').pop()!;
    if (!types.has(name)) types.set(name, path);
  }
  const sheets = [...filesUnder(join(PROJECT_ROOT, 'components'), /\.css$/), ...filesUnder(join(PROJECT_ROOT, 'entrypoints'), /\.css$/)];
  for (const file of sheets) {
    for (const feature of cssFeatures(readFileSync(file, 'utf8'), types)) {
      const compat = compatAt(`css.${feature}`);
      if (compat) found(`css.${feature}`, compat, sourcePlace(file) === 'all pages' ? 'all pages' : sourcePlace(file));
    }
  }
}

const floor = auditManifest();
auditExtensionApis();
auditBuiltCode();
auditCss();

const version = (v: number | null) => (v === null ? 'none' : String(v));
const problems: string[] = [];
const rows: string[][] = [];
for (const f of [...findings.values()].sort((a, b) => a.key.localeCompare(b.key))) {
  if (NOT_THIS_FEATURE[f.key]) continue;
  const { first, full, notes } = f.support;
  const missing = first === null || first > floor;
  const partial = !missing && (full === null || full > floor);
  const fallback = FALLBACKS[f.key];
  let status = 'ok';
  if (missing || partial) {
    if (!fallback) {
      status = missing ? 'MISSING on the oldest Firefox admitted, no fallback' : `PARTIAL before ${version(full)}, not accounted for${notes.length ? `: ${notes.join(' ')}` : ''}`;
      problems.push(`${f.key} (${[...f.where].join(', ')}): ${status}`);
    } else if (!readFileSync(join(PROJECT_ROOT, fallback.file), 'utf8').includes(fallback.contains)) {
      status = `FALLBACK GONE from ${fallback.file}`;
      problems.push(`${f.key}: the fallback the audit knows of is no longer in ${fallback.file}`);
    } else {
      status = `${missing ? 'fallback' : `partial before ${version(full)}`}: ${fallback.does}`;
    }
  }
  const listed = f.key.startsWith('webextensions.') || first === null || first > RECENT || status !== 'ok';
  if (listed) rows.push([f.key, [...f.where].sort().join(', '), first === full || full === null ? version(first) : `${version(first)} (full: ${version(full)})`, status]);
}
for (const key of [...Object.keys(FALLBACKS), ...Object.keys(NOT_THIS_FEATURE)]) {
  if (!findings.has(key)) problems.push(`${key}: scripts/audit/firefox-fallbacks.ts lists it, but the audit no longer finds it (remove the entry)`);
}

console.log(`Firefox features Assay uses (MDN browser-compat-data), against strict_min_version ${floor}; web features older than Firefox ${RECENT} are checked, not listed:\n`);
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(`${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padEnd(widths[1]!)}  ${r[2]!.padEnd(widths[2]!)}  ${r[3]}`);
console.log(`\n${findings.size} features found, ${rows.length} listed.`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Everything Assay uses is in Firefox ${floor}, or has a fallback.`);
