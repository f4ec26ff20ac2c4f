/**
 * One browsing context (a tab, or a frame in one) driven over WebDriver BiDi: scripts run in the
 * page's own realm, as Playwright's `page.evaluate` does in the Chromium suite, and input is the
 * browser's own (pointer and key actions, which a page sees as trusted events).
 */
import type { Bidi } from '../../scripts/firefox.ts';

/** A DOM node held by Firefox for the session (BiDi's shared reference). */
export interface NodeRef {
  sharedId: string;
}

interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}

interface ScriptResult {
  type: 'success' | 'exception';
  result?: RemoteValue;
  exceptionDetails?: { text: string; stackTrace?: { callFrames: { url: string; lineNumber: number }[] } };
}

type Arg = NodeRef | unknown;

/** What a test passes for each parameter of a page function: a node by reference, the rest as JSON. */
export type Passed<A extends unknown[]> = { [K in keyof A]: A[K] extends Node ? NodeRef : A[K] };

const isNode = (value: unknown): value is NodeRef =>
  typeof value === 'object' && value !== null && Object.keys(value).length === 1 && typeof (value as NodeRef).sharedId === 'string';

/** Keys as WebDriver names them. */
export const KEY = { Enter: '\uE007', Escape: '\uE00C', Backspace: '\uE003', Control: '\uE009', Tab: '\uE004' } as const;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class Tab {
  constructor(
    readonly bidi: Bidi,
    /** The BiDi browsing context id. */
    readonly context: string,
    /** The top-level context that input actions go to (the tab itself, for a frame). */
    readonly top: string = context,
  ) {}

  private async call(fn: string, args: Arg[], extra: Record<string, unknown> = {}): Promise<RemoteValue | undefined> {
    // Arguments travel as one JSON string, except DOM nodes, which go by reference.
    const nodes = args.filter(isNode);
    const plain = args.map((a) => (isNode(a) ? null : a));
    const where = JSON.stringify(args.map(isNode));
    const answer = await this.bidi.send<ScriptResult>('script.callFunction', {
      functionDeclaration: `async function (json, ...nodes) {
        const where = ${where};
        const values = JSON.parse(json);
        let n = 0;
        const args = values.map((v, i) => (where[i] ? nodes[n++] : v));
        return (${fn}).apply(null, args);
      }`,
      arguments: [{ type: 'string', value: JSON.stringify(plain) }, ...nodes.map((node) => ({ sharedId: node.sharedId }))],
      target: { context: this.context },
      awaitPromise: true,
      ...extra,
    });
    if (answer.type === 'exception') {
      const frame = answer.exceptionDetails?.stackTrace?.callFrames[0];
      throw new Error(`in ${this.context}: ${answer.exceptionDetails?.text}${frame ? ` (${frame.url}:${frame.lineNumber})` : ''}`);
    }
    return answer.result;
  }

  /** Runs `fn` in the page with JSON-able arguments (or nodes) and answers its JSON-able result. */
  async evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: Passed<A>): Promise<T> {
    const wrapped = `async (...args) => JSON.stringify({ value: await (${fn.toString()})(...args) })`;
    const result = await this.call(wrapped, args);
    return (JSON.parse(String(result?.value)) as { value: T }).value;
  }

  /** Runs `fn` in the page and answers the node it returns (null when it returns none). */
  async node<A extends unknown[]>(fn: (...args: A) => Node | null | undefined, ...args: Passed<A>): Promise<NodeRef | null> {
    const result = await this.call(fn.toString(), args);
    return result?.type === 'node' && result.sharedId ? { sharedId: result.sharedId } : null;
  }

  /**
   * The shadow root of the element `fn` returns, open or closed, as the browser's debugger sees
   * it (BiDi serializes closed roots too); null when there is no such element.
   */
  async shadowRootOf<A extends unknown[]>(fn: (...args: A) => Element | null, ...args: Passed<A>): Promise<NodeRef | null> {
    const result = await this.call(fn.toString(), args, { serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' } });
    const shadow = (result?.value as { shadowRoot?: { sharedId?: string } | null } | undefined)?.shadowRoot;
    return shadow?.sharedId ? { sharedId: shadow.sharedId } : null;
  }

  async navigate(url: string): Promise<void> {
    await this.bidi.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  async reload(): Promise<void> {
    await this.bidi.send('browsingContext.reload', { context: this.context, wait: 'complete' });
  }

  /** The page's address, as its script sees it. */
  url(): Promise<string> {
    return this.evaluate(() => location.href);
  }

  /** Makes this the selected tab of its window (the one `tabs.query({ active: true })` finds). */
  async activate(): Promise<void> {
    await this.bidi.send('browsingContext.activate', { context: this.top });
  }

  /** A click at a point of the tab's viewport (CSS pixels). */
  async clickAt(x: number, y: number): Promise<void> {
    await this.bidi.send('input.performActions', {
      context: this.top,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y) },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  /** A click on the middle of `node` (scrolled into view first). */
  async click(node: NodeRef): Promise<void> {
    const point = await this.evaluate((el: Element) => {
      el.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = el.getBoundingClientRect();
      let x = box.left + box.width / 2;
      let y = box.top + box.height / 2;
      // In a frame, the point is in the frame's viewport: add the frames' offsets up to the tab.
      for (let w: Window = window; w !== w.parent; w = w.parent) {
        const frame = w.frameElement;
        if (!frame) return null; // a cross-origin parent: the caller gives the offset
        const outer = frame.getBoundingClientRect();
        x += outer.left + frame.clientLeft;
        y += outer.top + frame.clientTop;
      }
      return { x, y };
    }, node);
    if (!point) throw new Error('cannot click into a frame whose parent is in another origin; use clickInFrame');
    await this.clickAt(point.x, point.y);
  }

  /** The first element matching `selector`, or the first button whose text or aria-label is `selector`. */
  async find(selector: string): Promise<NodeRef> {
    const found = await this.node((s: string) => {
      const bySelector = (() => {
        try {
          return document.querySelector(s);
        } catch {
          return null; // not a selector: a button's label
        }
      })();
      return bySelector ?? [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === s || b.getAttribute('aria-label') === s) ?? null;
    }, selector);
    if (!found) throw new Error(`nothing on ${this.context} matches "${selector}"`);
    return found;
  }

  /** Clicks the element `find(selector)` finds. */
  async clickOn(selector: string): Promise<void> {
    await this.click(await this.find(selector));
  }

  /** Clicks into the field `selector`, empties it and types `text`, as a reader would. */
  async fill(selector: string, text: string): Promise<void> {
    await this.clickOn(selector);
    await this.clearField();
    await this.type(text);
  }

  /** The text of the first element matching `selector` ('' when there is none). */
  text(selector: string): Promise<string> {
    return this.evaluate((s: string) => document.querySelector(s)?.textContent ?? '', selector);
  }

  /** Presses and releases each key in turn (characters, or values of KEY), to the focused element. */
  async press(...keys: string[]): Promise<void> {
    const actions = keys.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.bidi.send('input.performActions', { context: this.top, actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /** Types `text` into the focused element, a key at a time. */
  async type(text: string): Promise<void> {
    await this.press(...[...text]);
  }

  /** Selects everything in the focused field and deletes it (Ctrl+A, Backspace). */
  async clearField(): Promise<void> {
    await this.bidi.send('input.performActions', {
      context: this.top,
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value: KEY.Control },
            { type: 'keyDown', value: 'a' },
            { type: 'keyUp', value: 'a' },
            { type: 'keyUp', value: KEY.Control },
            { type: 'keyDown', value: KEY.Backspace },
            { type: 'keyUp', value: KEY.Backspace },
          ],
        },
      ],
    });
  }

  /** Gives `file` to an `<input type=file>`, as a reader picking it would. */
  async setFiles(input: NodeRef, files: string[]): Promise<void> {
    await this.bidi.send('input.setFiles', { context: this.context, element: input, files });
  }

  async screenshot(): Promise<Buffer> {
    const shot = await this.bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context: this.top });
    return Buffer.from(shot.data, 'base64');
  }

  /** The frames inside this tab, with their addresses. */
  async frames(): Promise<{ context: string; url: string }[]> {
    const tree = await this.bidi.send<{ contexts: { children: { context: string; url: string; children: unknown[] }[] }[] }>('browsingContext.getTree', { root: this.top });
    const all: { context: string; url: string }[] = [];
    const walk = (nodes: { context: string; url: string; children?: unknown[] }[]) => {
      for (const n of nodes) {
        all.push({ context: n.context, url: n.url });
        walk((n.children ?? []) as { context: string; url: string; children?: unknown[] }[]);
      }
    };
    walk(tree.contexts[0]?.children ?? []);
    return all;
  }

  async close(): Promise<void> {
    await this.bidi.send('browsingContext.close', { context: this.top });
  }

  /** Waits `ms`: only where a test must give the page time to show that nothing happens. */
  pause(ms: number): Promise<void> {
    return sleep(ms);
  }
}
