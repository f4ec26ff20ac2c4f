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
import { I18nContext } from '../../components/i18n/context.ts';
import type { Lang } from '../../lib/i18n/language.ts';
import type { Catalog } from '../../lib/i18n/message-format.ts';
import type { PopoverKey } from '../../lib/i18n/popover.ts';
import { createTranslator, type MessageKey, type Translator } from '../../lib/i18n/translator.ts';
import popoverCss from '../../components/popover/popover.css?inline';
import tokensCss from '../../components/ui/tokens.css?inline';
import type { EntityCard } from '../../lib/facts/cards.ts';
import type { MentionRecord } from './mentions.ts';
import { connectNotesFrame } from './notes-frame.ts';

export interface PopoverDeps {
  ctx: ContentScriptContext;
  loadCard: (id: string, lang: Lang) => Promise<Load<EntityCard>>;
  /** The popover's own messages in `lang` (from the background), or null when they could not be had. */
  loadStrings: (lang: Lang) => Promise<Catalog | null>;
  /** The reader's language, and the language of a mention's card (the page's, when the reader asked for that). */
  languages: (record: MentionRecord) => { ui: Lang; card: Lang };
  label: (id: string) => string;
  /** All mentions of an entity on the page, in document order. */
  mentionsOf: (id: string) => MentionRecord[];
  saveClipping: (record: MentionRecord) => Promise<{ ok: true; quote: string } | { ok: false; message: string }>;
  /** Opens the entity's dossier (an extension page, in a tab of its own). */
  openDossier: (entityId: string) => Promise<void>;
  /** A grant for the notes panel on an entity (see notes-frame.ts), or null when none was given. */
  grantNotes: (entityId: string) => Promise<string | null>;
  /** Called when the popover moves to another mention (to mark it current) or closes (null). */
  onCurrent: (record: MentionRecord | null) => void;
}

interface State {
  record: MentionRecord;
  ui: Lang;
  cardLang: Lang;
  card: Load<EntityCard>;
  clipping: PopoverProps['clipping'];
  notesHeight: number;
  /** The notes panel's grant, once the background gave one. */
  notesToken?: string;
}

const NOTES_MIN_HEIGHT = 120;

export class PopoverController {
  private ui?: ShadowRootContentScriptUi<HTMLDivElement>;
  private state?: State;
  private stopFollowing?: () => void;
  private returnFocus: Element | null = null;
  private notesFrame: HTMLIFrameElement | null = null;
  private disconnectNotes?: () => void;
  /** Cards by language and entity, kept while the page is open. */
  private readonly cards = new Map<string, Load<EntityCard>>();
  /** The popover's words by language, asked for once each. */
  private readonly translators = new Map<Lang, Translator<PopoverKey>>();
  /** The notes page's URL. It holds the extension's id, so it lives only in the closed shadow root. */
  private readonly notesPage = browser.runtime.getURL('/notes.html');

  constructor(private readonly deps: PopoverDeps) {
    deps.ctx.addEventListener(document, 'keydown', (event) => {
      // Only the reader closes it: a page's synthetic Escape or outside click is ignored.
      if (this.state && event.isTrusted && event.key === 'Escape') this.close();
    }, { capture: true });
    deps.ctx.addEventListener(document, 'pointerdown', (event) => {
      if (this.state && event.isTrusted && !event.composedPath().includes(this.ui?.shadowHost as EventTarget)) this.close(false);
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
    const { ui: uiLang, card: cardLang } = this.deps.languages(record);
    const cardKey = `${cardLang}|${record.id}`;
    // Asked together: the words (the first time only) and the card are one wait, not two.
    const card = this.cards.get(cardKey) ?? (record.id === 'deal' ? undefined : this.deps.loadCard(record.id, cardLang));
    await this.translator(uiLang);
    const ui = await this.mount();
    const cached = this.cards.get(cardKey);
    const sameEntity = this.state?.record.id === record.id;
    this.state = {
      record,
      ui: uiLang,
      cardLang,
      card: cached ?? { state: 'loading' },
      clipping: { state: 'idle' },
      notesHeight: sameEntity ? this.state!.notesHeight : NOTES_MIN_HEIGHT,
      notesToken: sameEntity ? this.state!.notesToken : undefined,
    };
    this.deps.onCurrent(record);
    this.render();
    this.follow(record, ui.mounted!);
    if (!this.state.notesToken && record.id !== 'deal') void this.grantNotes(this.state);
    if (!cached && card instanceof Promise) {
      const loaded = await card;
      if (loaded.state === 'ready') this.cards.set(cardKey, loaded);
      if (this.state?.record === record && this.state.cardLang === cardLang) {
        this.state.card = loaded;
        this.render();
      }
    }
  }

  /** The settings changed: an open popover is drawn again in the languages they now ask for. */
  relanguage(): void {
    const record = this.state?.record;
    if (!record) return;
    const { ui, card } = this.deps.languages(record);
    if (ui !== this.state!.ui || card !== this.state!.cardLang) void this.open(record);
  }

  /** The popover's words in `lang`: asked of the background once, then kept. */
  private async translator(lang: Lang): Promise<Translator<PopoverKey>> {
    const known = this.translators.get(lang);
    if (known) return known;
    const catalog = await this.deps.loadStrings(lang);
    const t = createTranslator<MessageKey>(lang, catalog ?? {}) as unknown as Translator<PopoverKey>;
    // Words that could not be had are asked for again next time rather than kept missing.
    if (catalog) this.translators.set(lang, t);
    return t;
  }

  close(restoreFocus = true): void {
    if (!this.state) return;
    this.state = undefined;
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    if (this.ui?.mounted) render(null, this.ui.mounted);
    this.ui?.mounted?.style.setProperty('display', 'none');
    this.setNotesFrame(null);
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
    const notesToken = state.notesToken;
    const t = this.translators.get(state.ui) ?? createTranslator(state.ui, {});
    render(
      h(I18nContext.Provider, { value: t as unknown as Translator }, h(Popover, {
        mention: { id: state.record.id, type: state.record.type, label: state.record.label, surface: state.record.surface, deal: state.record.deal },
        card: state.card,
        position: { index, total: all.length },
        notes: state.record.id === 'deal' ? undefined : notesToken ? { url: this.notesPage, key: notesToken } : 'waiting',
        notesHeight: state.notesHeight,
        clipping: state.clipping,
        label: this.deps.label,
        onClose: () => this.close(),
        onPrevious: () => this.step(-1),
        onNext: () => this.step(1),
        onSaveClipping: () => void this.saveClipping(),
        onOpenDossier: state.record.id === 'deal' ? undefined : () => void this.deps.openDossier(state.record.id),
        notesFrameRef: this.notesFrameRef,
      })),
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
    state.clipping = result.ok ? { state: 'saved', quote: result.quote } : { state: 'error', message: result.message };
    this.render();
  }

  private async grantNotes(state: State): Promise<void> {
    const token = await this.deps.grantNotes(state.record.id);
    if (this.state !== state || !token) return;
    state.notesToken = token;
    this.render();
  }

  /**
   * One function for the life of the controller: Preact calls a ref that changed identity with
   * null and then the element on every render, which would drop the frame's channel each time.
   */
  private readonly notesFrameRef = (frame: HTMLIFrameElement | null) => this.setNotesFrame(frame);

  /** Hands the grant to a new notes frame, and listens to it over the port that comes with it. */
  private setNotesFrame(frame: HTMLIFrameElement | null): void {
    if (frame === this.notesFrame) return;
    this.disconnectNotes?.();
    this.disconnectNotes = undefined;
    this.notesFrame = frame;
    const token = this.state?.notesToken;
    if (!frame || !token) return;
    this.disconnectNotes = connectNotesFrame(frame, browser.runtime.getURL('/').replace(/\/$/, ''), token, (message) => {
      if (!this.state || this.notesFrame !== frame) return;
      if (message.type === 'escape') this.close();
      else {
        this.state.notesHeight = Math.min(420, Math.max(NOTES_MIN_HEIGHT, Math.round(message.height)));
        this.render();
      }
    });
  }
}

/** Scrolls a mention into the middle of the view. */
export function scrollToRange(range: Range): void {
  const rect = range.getBoundingClientRect();
  if (rect.top >= 80 && rect.bottom <= window.innerHeight - 80) return;
  window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
}
