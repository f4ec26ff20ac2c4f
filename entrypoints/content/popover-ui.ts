/**
 * The popover's life on the page: one closed shadow root (created on first use, so pages where
 * the user never opens a popover get no new node at all), positioned next to the mention with
 * Floating UI, following scrolling, closing on Escape or a click outside, and giving focus back.
 */
import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Popover, type Load, type PopoverProps } from '../../components/popover/Popover.tsx';
import popoverCss from '../../components/popover/popover.css?inline';
import tokensCss from '../../components/ui/tokens.css?inline';
import type { EntityCard } from '../../lib/facts/cards.ts';
import type { MentionRecord } from './mentions.ts';

export interface PopoverDeps {
  ctx: ContentScriptContext;
  loadCard: (id: string) => Promise<Load<EntityCard>>;
  label: (id: string) => string;
  /** All mentions of an entity on the page, in document order. */
  mentionsOf: (id: string) => MentionRecord[];
  saveClipping: (record: MentionRecord) => Promise<{ ok: true } | { ok: false; message: string }>;
  /** Called when the popover moves to another mention (to mark it current) or closes (null). */
  onCurrent: (record: MentionRecord | null) => void;
}

interface State {
  record: MentionRecord;
  card: Load<EntityCard>;
  clipping: PopoverProps['clipping'];
  notesHeight: number;
}

const NOTES_MIN_HEIGHT = 120;

export class PopoverController {
  private ui?: ShadowRootContentScriptUi<HTMLDivElement>;
  private state?: State;
  private stopFollowing?: () => void;
  private returnFocus: Element | null = null;
  private notesFrame: HTMLIFrameElement | null = null;
  private readonly cards = new Map<string, Load<EntityCard>>();

  constructor(private readonly deps: PopoverDeps) {
    deps.ctx.addEventListener(window, 'message', (event) => this.onFrameMessage(event));
    deps.ctx.addEventListener(document, 'keydown', (event) => {
      if (this.state && event.key === 'Escape') this.close();
    }, { capture: true });
    deps.ctx.addEventListener(document, 'pointerdown', (event) => {
      if (this.state && !event.composedPath().includes(this.ui?.shadowHost as EventTarget)) this.close(false);
    }, { capture: true });
  }

  get isOpen(): boolean {
    return this.state !== undefined;
  }

  get current(): MentionRecord | undefined {
    return this.state?.record;
  }

  /** True for Assay's own host element (the text walk and the mutation observer skip it). */
  isOwnUi(element: Element): boolean {
    return this.ui !== undefined && element === this.ui.shadowHost;
  }

  async open(record: MentionRecord): Promise<void> {
    if (!this.state) this.returnFocus = document.activeElement;
    const ui = await this.mount();
    const cached = this.cards.get(record.id);
    this.state = { record, card: cached ?? { state: 'loading' }, clipping: { state: 'idle' }, notesHeight: this.state?.record.id === record.id ? this.state.notesHeight : NOTES_MIN_HEIGHT };
    this.deps.onCurrent(record);
    this.render();
    this.follow(record, ui.mounted!);
    if (!cached && record.id !== 'deal') {
      const card = await this.deps.loadCard(record.id);
      if (card.state === 'ready') this.cards.set(record.id, card);
      if (this.state?.record === record) {
        this.state.card = card;
        this.render();
      }
    }
  }

  close(restoreFocus = true): void {
    if (!this.state) return;
    this.state = undefined;
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    if (this.ui?.mounted) render(null, this.ui.mounted);
    this.ui?.mounted?.style.setProperty('display', 'none');
    this.notesFrame = null;
    this.deps.onCurrent(null);
    const target = this.returnFocus as HTMLElement | null;
    if (restoreFocus && target?.isConnected && typeof target.focus === 'function') target.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  /** Moves to the previous or next mention of the same entity. */
  step(delta: number): void {
    if (!this.state) return;
    const all = this.deps.mentionsOf(this.state.record.id);
    if (all.length < 2) return;
    const at = all.findIndex((r) => r.key === this.state!.record.key);
    const next = all[(at + delta + all.length) % all.length];
    scrollToRange(next.range);
    void this.open(next);
  }

  private async mount(): Promise<ShadowRootContentScriptUi<HTMLDivElement>> {
    if (this.ui) {
      this.ui.mounted?.style.removeProperty('display');
      return this.ui;
    }
    this.ui = await createShadowRootUi(this.deps.ctx, {
      name: 'assay-popover',
      position: 'inline',
      anchor: document.documentElement,
      append: 'last',
      // Closed, and key events stopped at the host: the page can neither reach into the
      // popover nor watch what is typed there (notes are typed in a frame of their own).
      mode: 'closed',
      isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'click', 'dblclick', 'mouseup', 'focusin', 'focusout'],
      css: `${tokensCss}\n${popoverCss}`,
      onMount: (container) => {
        const layer = document.createElement('div');
        layer.className = 'layer';
        container.append(layer);
        return layer;
      },
    });
    this.ui.mount();
    return this.ui;
  }

  private follow(record: MentionRecord, layer: HTMLDivElement): void {
    this.stopFollowing?.();
    const range = record.range;
    const reference: VirtualElement = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: range.startContainer.parentElement ?? undefined,
    };
    const update = () =>
      void computePosition(reference, layer, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(8),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableHeight }) => layer.style.setProperty('--assay-available', `${Math.max(220, availableHeight)}px`),
          }),
        ],
      }).then(({ x, y }) => {
        layer.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    this.stopFollowing = autoUpdate(reference, layer, update, { animationFrame: false });
  }

  private render(): void {
    const layer = this.ui?.mounted;
    const state = this.state;
    if (!layer || !state) return;
    const all = this.deps.mentionsOf(state.record.id);
    const index = Math.max(0, all.findIndex((r) => r.key === state.record.key));
    const notesUrl =
      state.record.id === 'deal'
        ? undefined
        : `${browser.runtime.getURL('/notes.html')}?entity=${encodeURIComponent(state.record.id)}&label=${encodeURIComponent(state.record.label)}`;
    render(
      h(Popover, {
        mention: { id: state.record.id, type: state.record.type, label: state.record.label, surface: state.record.surface, deal: state.record.deal },
        card: state.card,
        position: { index, total: all.length },
        notesUrl,
        notesHeight: state.notesHeight,
        clipping: state.clipping,
        label: this.deps.label,
        onClose: () => this.close(),
        onPrevious: () => this.step(-1),
        onNext: () => this.step(1),
        onSaveClipping: () => void this.saveClipping(),
        notesFrameRef: (frame) => {
          this.notesFrame = frame;
        },
      }),
      layer,
    );
  }

  private async saveClipping(): Promise<void> {
    const state = this.state;
    if (!state || state.clipping.state === 'saving') return;
    state.clipping = { state: 'saving' };
    this.render();
    const result = await this.deps.saveClipping(state.record);
    if (this.state !== state) return;
    state.clipping = result.ok ? { state: 'saved' } : { state: 'error', message: result.message };
    this.render();
  }

  /** Only our own notes frame may talk to us; anything the page posts is ignored. */
  private onFrameMessage(event: MessageEvent): void {
    if (!this.state || !this.notesFrame || event.source !== this.notesFrame.contentWindow) return;
    const data = event.data as { source?: string; type?: string; height?: number };
    if (data?.source !== 'assay-notes') return;
    if (data.type === 'height' && typeof data.height === 'number' && Number.isFinite(data.height)) {
      this.state.notesHeight = Math.min(420, Math.max(NOTES_MIN_HEIGHT, Math.round(data.height)));
      this.render();
    } else if (data.type === 'escape') {
      this.close();
    }
  }
}

/** Scrolls a mention into the middle of the view. */
export function scrollToRange(range: Range): void {
  const rect = range.getBoundingClientRect();
  if (rect.top >= 80 && rect.bottom <= window.innerHeight - 80) return;
  window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
}
