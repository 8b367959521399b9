/**
 * jsdom lacks the layout APIs React Flow and recharts read. These polyfills give every element a
 * non-zero size and fire ResizeObserver callbacks asynchronously, as browsers do.
 * Test-only: imported from jest.setup.ts, never from app code.
 */
const FAKE_WIDTH = 1024;
const FAKE_HEIGHT = 768;

/** The box every element reports: jsdom lays nothing out. */
function fakeRect() {
  return {
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    bottom: FAKE_HEIGHT,
    right: FAKE_WIDTH,
    width: FAKE_WIDTH,
    height: FAKE_HEIGHT,
  };
}

class TestResizeObserver {
  private readonly callback: ResizeObserverCallback;
  private readonly targets = new Set<Element>();

  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }

  observe(target: Element): void {
    this.targets.add(target);
    setTimeout(() => {
      if (!this.targets.has(target)) return;
      const rect = fakeRect();
      const entry = {
        target,
        contentRect: { ...rect, toJSON: () => rect },
        borderBoxSize: [{ inlineSize: FAKE_WIDTH, blockSize: FAKE_HEIGHT }],
        contentBoxSize: [{ inlineSize: FAKE_WIDTH, blockSize: FAKE_HEIGHT }],
        devicePixelContentBoxSize: [{ inlineSize: FAKE_WIDTH, blockSize: FAKE_HEIGHT }],
      } as unknown as ResizeObserverEntry;
      this.callback([entry], this as unknown as ResizeObserver);
    }, 0);
  }

  unobserve(target: Element): void {
    this.targets.delete(target);
  }

  disconnect(): void {
    this.targets.clear();
  }
}

class TestDOMMatrixReadOnly {
  m22: number;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([1-9.])\)/)?.[1];
    this.m22 = scale !== undefined ? Number(scale) : 1;
  }
}

/** A `MediaQueryList` that answers `matches` and never changes (jsdom has no media queries). */
export function fakeMediaQueryList(query: string, matches: boolean): MediaQueryList {
  return {
    matches,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  } as MediaQueryList;
}

export function installDomPolyfills(): void {
  if (typeof window === 'undefined') return;
  // A window larger than the fake element size, as in a real browser: otherwise MUI measures every menu
  // (1024×768 like all elements) as taller than the window and logs "The popover component is too tall".
  Object.defineProperty(window, 'innerWidth', {
    value: FAKE_WIDTH + 256,
    writable: true,
    configurable: true,
  });
  Object.defineProperty(window, 'innerHeight', {
    value: FAKE_HEIGHT + 132,
    writable: true,
    configurable: true,
  });
  Object.defineProperty(window, 'ResizeObserver', { value: TestResizeObserver, writable: true });
  Object.defineProperty(globalThis, 'ResizeObserver', { value: TestResizeObserver, writable: true });
  Object.defineProperty(window, 'DOMMatrixReadOnly', { value: TestDOMMatrixReadOnly, writable: true });
  Object.defineProperties(window.HTMLElement.prototype, {
    offsetWidth: { get: () => FAKE_WIDTH, configurable: true },
    offsetHeight: { get: () => FAKE_HEIGHT, configurable: true },
  });
  window.HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect() {
    return { ...fakeRect(), toJSON: () => ({}) } as DOMRect;
  };
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      value: (query: string) => fakeMediaQueryList(query, false),
    });
  }
}
