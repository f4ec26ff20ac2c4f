/**
 * Accessibility audits with axe-core in the real browser. axe's own source is handed to the page
 * through the debugger (an extension page's policy refuses inline script tags), then run there.
 *
 * The popover lives in a closed shadow root, which axe (like any page script) cannot enter. For
 * the audit, and only for its length, the page's main world is given one way in: the
 * `shadowRoot` getter answers the popover's root for its host (reached through the debugger, see
 * evaluateInPopover). And axe lays out what it measures colours against from `<body>` down, while
 * the popover's host hangs from `<html>`; so the host is moved to the end of `<body>` with
 * `moveBefore` (which keeps the notes frame loaded) and put back after. Its layer is fixed and
 * its styles reset (`:host { all: initial }`), so it draws the same there. axe then walks the
 * popover's real nodes with their real styles over the real page. The notes panel inside the
 * popover is a frame of its own, audited as the extension page it is.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { evaluateInPopover } from './page-helpers.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  /** Each failing node: its selector and what axe says is wrong. */
  nodes: string[];
}

export interface Audit {
  violations: Violation[];
  /** How many elements axe looked at (in any rule's results): an audit of nothing passes too. */
  checked: number;
  /** Text whose contrast axe could not work out, with its reason: not passed, not failed. */
  contrastUndetermined: string[];
}

/** What the tests hold to: serious and critical findings. */
export const blocking = (audit: Audit) => audit.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** axe's results, summed up so they pass back by value (runs in the page). */
const SUMMARY = `(result) => ({
  violations: result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' ')),
  })),
  checked: new Set([...result.passes, ...result.violations, ...result.incomplete].flatMap((r) => r.nodes.map((n) => JSON.stringify(n.target)))).size,
  contrastUndetermined: result.incomplete
    .filter((r) => r.id === 'color-contrast')
    .flatMap((r) => r.nodes.map((n) => n.target.join(' ') + ': ' + ((n.any[0] && n.any[0].data && n.any[0].data.messageKey) || 'unknown'))),
})`;

async function loadAxe(target: Page | Frame): Promise<void> {
  if (!(await target.evaluate('typeof window.axe === "object"'))) await target.evaluate(AXE_SOURCE);
}

/** Audits a whole document: an extension page or a frame. */
export async function auditDocument(target: Page | Frame): Promise<Audit> {
  await loadAxe(target);
  return target.evaluate(`window.axe.run(document).then(${SUMMARY})`);
}

/** Audits the open popover's dialog (not the page under it, nor the notes frame in it). */
export async function auditPopover(page: Page): Promise<Audit> {
  await loadAxe(page);
  return evaluateInPopover<Audit>(
    page,
    `async function () {
      const root = this;
      const host = root.host;
      const own = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot');
      Object.defineProperty(Element.prototype, 'shadowRoot', {
        configurable: true,
        get() { return this === host ? root : own.get.call(this); },
      });
      const home = host.parentNode;
      const next = host.nextSibling;
      document.body.moveBefore(host, null);
      try {
        const result = await window.axe.run({ include: { fromShadowDom: [host.localName, '[role="dialog"]'] } }, { iframes: false });
        return (${SUMMARY})(result);
      } finally {
        home.moveBefore(host, next);
        Object.defineProperty(Element.prototype, 'shadowRoot', own);
      }
    }`,
  );
}
