// A small hyperscript: enough to build the window without a framework.

// Handlers take the specific event type they expect (KeyboardEvent, DragEvent): any function of one
// event parameter fits `(event: never) => unknown`.
type Handler = (event: never) => unknown;
type Attrs = Record<string, string | number | boolean | null | undefined | Handler>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    else if (key === 'class') el.className = String(value);
    else if (key in el && typeof value !== 'string') (el as unknown as Record<string, unknown>)[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/** Replaces an element's children. */
export function fill(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren(...children.flat().filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}

const announcer = (): HTMLElement | null => document.getElementById('announcer');

/** Tells screen reader users what just happened. */
export function announce(message: string): void {
  const el = announcer();
  if (!el) return;
  el.textContent = '';
  // A fresh text node is announced even when the words repeat.
  requestAnimationFrame(() => (el.textContent = message));
}
