/**
 * Reading Firefox's support out of MDN's browser-compat-data, and finding which web-platform and
 * WebExtension features a piece of code or CSS uses. Pure functions over text and data, for the
 * Firefox API audit (scripts/audit-firefox.ts).
 */

/** One support statement of browser-compat-data (only the fields read here). */
export interface SupportStatement {
  version_added: string | boolean | null;
  version_removed?: string | boolean | null;
  partial_implementation?: boolean;
  flags?: unknown[];
  prefix?: string;
  alternative_name?: string;
  notes?: string | string[];
}

export interface Compat {
  support: Record<string, SupportStatement | SupportStatement[] | undefined>;
  spec_url?: string | string[];
}

/** A node of the compat data tree: its own `__compat` and its sub-features. */
export interface CompatNode {
  __compat?: Compat;
  [key: string]: CompatNode | Compat | undefined;
}

export interface FirefoxSupport {
  /** The first Firefox that has the feature at all (partly, perhaps); null when none has it. */
  first: number | null;
  /** The first Firefox that has it in full; null when none does. */
  full: number | null;
  /** What the data says about a partial implementation before `full`. */
  notes: string[];
}

/** "140" → 140, "≤72" → 72; anything that is not a released version → null. */
export function parseVersion(value: string | boolean | null | undefined): number | null {
  if (typeof value !== 'string') return null;
  const match = /^≤?(\d+(?:\.\d+)?)$/.exec(value.trim());
  return match ? Number(match[1]) : null;
}

/** Firefox's support of one feature, from its compat statements (flags, prefixes and old names do not count). */
export function firefoxSupport(compat: Compat | undefined): FirefoxSupport {
  const raw = compat?.support.firefox;
  const statements = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter((s) => !s.flags && !s.prefix && !s.alternative_name);
  let first: number | null = null;
  let full: number | null = null;
  const notes: string[] = [];
  for (const statement of statements) {
    const added = parseVersion(statement.version_added);
    if (added === null) continue;
    const removed = parseVersion(statement.version_removed ?? null);
    first = first === null ? added : Math.min(first, added);
    if (statement.partial_implementation) {
      for (const note of [statement.notes ?? []].flat()) notes.push(note.replace(/<[^>]+>/g, ''));
    } else if (removed === null) {
      full = full === null ? added : Math.min(full, added);
    }
  }
  return { first, full, notes };
}

/** Every feature path under `node` (dot-joined), with its compat. */
export function* walkCompat(node: CompatNode, path: string): Generator<[string, Compat]> {
  for (const [key, child] of Object.entries(node)) {
    if (key === '__compat' || typeof child !== 'object' || child === null) continue;
    const childPath = `${path}.${key}`;
    const compat = (child as CompatNode).__compat;
    if (compat) yield [childPath, compat];
    yield* walkCompat(child as CompatNode, childPath);
  }
}

/** The CSS features a style sheet uses, named as browser-compat-data names them (without the `css.` prefix). */
export function cssFeatures(css: string, knownTypes: Map<string, string>): Set<string> {
  const found = new Set<string>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  // Declarations: `property: value` inside a block (custom properties are not features).
  for (const m of text.matchAll(/(?:^|[{;\s])([a-z][a-z-]*)\s*:\s*([^;{}]+)[;}]/g)) {
    const [, property, value] = m as unknown as [string, string, string];
    if (property.startsWith('--')) continue;
    found.add(`properties.${property}`);
    for (const word of value.match(/[a-z][a-z-]*/g) ?? []) found.add(`properties.${property}.${word}`);
  }
  // Pseudo-classes and pseudo-elements, in selectors (before a `{`).
  for (const selector of text.matchAll(/([^{}]+)\{/g)) {
    const head = selector[1]!;
    if (head.trim().startsWith('@')) continue;
    for (const m of head.matchAll(/::?([a-z][a-z-]*)/g)) found.add(`selectors.${m[1]}`);
    if (/(^|[\s,(])&/.test(head)) found.add('selectors.nesting');
  }
  for (const m of text.matchAll(/@([a-z][a-z-]*)/g)) found.add(`at-rules.${m[1]}`);
  for (const m of text.matchAll(/@media[^{]*\(\s*([a-z-]+)/g)) found.add(`at-rules.media.${m[1]}`);
  // Functions in values (`color-mix(`, `clamp(`): their path under css.types comes from the data.
  for (const m of text.matchAll(/([a-z][a-z-]*)\(/g)) {
    const type = knownTypes.get(m[1]!);
    if (type) found.add(type);
  }
  return found;
}

/** Whether `name` appears in `code` as a property or method name (`.name`), not inside another word. */
export function usesMember(code: string, name: string): boolean {
  // Not a spread (`[...xr]`): a minifier may give a variable any short name, a member's too.
  return new RegExp(`(?<!\\.\\.)\\.${escapeRegExp(name)}(?![\\w$])`).test(code);
}

/** Whether `code` reads `owner.name` (a static member: `CSS.highlights`, `Symbol.dispose`). */
export function usesStatic(code: string, owner: string, name: string): boolean {
  return new RegExp(`(?<![\\w$.])${escapeRegExp(owner)}\\.${escapeRegExp(name)}(?![\\w$])`).test(code);
}

/** Whether `name` appears in `code` as a global used by itself (`new Name(`, `Name.x`, `instanceof Name`, `globalThis.Name`). */
export function usesGlobal(code: string, name: string): boolean {
  const n = escapeRegExp(name);
  return new RegExp(`(?:new\\s+|instanceof\\s+|typeof\\s+|globalThis\\.|window\\.|self\\.)${n}(?![\\w$])|(?<![\\w$.])${n}\\.[a-zA-Z_$]`).test(code);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
