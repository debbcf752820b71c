// One message at a time at the bottom of the window, optionally with an action (Undo).
import { announce, h } from './dom.ts';

export class Toast {
  readonly el = h('div', { class: 'toast', role: 'status', hidden: true });
  #timer: ReturnType<typeof setTimeout> | null = null;

  show(message: string, action?: Readonly<{ label: string; run: () => void }>, kind: 'info' | 'error' = 'info'): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.el.className = `toast ${kind}`;
    this.el.replaceChildren(h('span', {}, message));
    if (action) {
      this.el.append(
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              this.hide();
              action.run();
            },
          },
          action.label,
        ),
      );
    }
    this.el.hidden = false;
    announce(message);
    this.#timer = setTimeout(() => this.hide(), action ? 8000 : 5000);
  }

  hide(): void {
    this.el.hidden = true;
  }
}
