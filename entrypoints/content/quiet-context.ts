/**
 * Assay's own content-script context, put in place of WXT's `ContentScriptContext` by an alias in
 * wxt.config.ts (WXT's entrypoint constructs whatever `wxt/utils/content-script-context` names).
 *
 * Why not WXT's: on every page load its constructor posts
 * `{type: "<extension id>:content:wxt:content-script-started"}` to the page's window with target
 * `'*'`, so any page learns that Assay is installed and, in Chromium, its id; its location
 * watcher also dispatches window events named after the id. WXT 0.21.2 and later can turn the
 * message off (`noScriptStartedPostMessage`), but they need Node 22. This class keeps the part
 * of the API Assay and WXT's shadow-root UI use, and tells the page nothing: it is invalidated
 * when the extension goes away (its `runtime.id` disappears), and it calls location-change
 * handlers directly instead of announcing them with events.
 */
import { browser } from 'wxt/browser';

type Listener = (event: Event) => void;

const LOCATION_CHANGE = 'wxt:locationchange';
const POLL_MS = 1000;

interface NavigationLike {
  addEventListener(type: 'navigate', listener: (event: { destination: { url: string } }) => void, options?: AddEventListenerOptions): void;
}

/** The event a location-change handler receives, as WXT's own carries it. */
export class LocationChange extends Event {
  constructor(
    readonly newUrl: URL,
    readonly oldUrl: URL,
  ) {
    super(LOCATION_CHANGE);
  }
}

export class ContentScriptContext {
  readonly abortController = new AbortController();
  private readonly locationHandlers = new Set<Listener>();
  private watchingLocation = false;

  constructor(
    readonly contentScriptName = 'content',
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  /** True once the extension was reloaded, updated or removed under this page. */
  get isInvalid(): boolean {
    if (!this.signal.aborted && browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  /** A promise that never settles, for work that must not go on once invalid. */
  block<T>(): Promise<T> {
    return new Promise<T>(() => {});
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => {
      if (!this.signal.aborted) callback(deadline);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  addEventListener(target: EventTarget | undefined, type: string, handler: Listener, options?: AddEventListenerOptions): void {
    if (type === LOCATION_CHANGE) {
      this.locationHandlers.add(handler);
      this.onInvalidated(() => this.locationHandlers.delete(handler));
      this.watchLocation();
      return;
    }
    target?.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('the extension was reloaded or removed');
  }

  private watchLocation(): void {
    if (this.watchingLocation || this.signal.aborted) return;
    this.watchingLocation = true;
    let last = new URL(location.href);
    const changedTo = (url: URL) => {
      if (url.href === last.href) return;
      const change = new LocationChange(url, last);
      last = url;
      for (const handler of this.locationHandlers) handler(change);
    };
    const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('navigate', (event) => changedTo(new URL(event.destination.url)), { signal: this.signal });
    } else {
      this.setInterval(() => changedTo(new URL(location.href)), POLL_MS);
    }
  }
}
