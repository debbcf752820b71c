// The user's places, in their order: choose one to see it, star the tray's place, drag or press
// Alt+Up/Down to reorder, remove (with undo).
import type { Favourite } from '../main/core/model/favourite.ts';
import type { PlaceSnapshot } from '../main/core/service/service-types.ts';
import { fill, h } from './dom.ts';
import { conditionIconElement } from './icons/icon-element.ts';
import { conditionWords } from '../main/wording/condition.ts';
import type { Wording } from '../main/wording/wording.ts';
import { placeSurroundings } from '../main/wording/place.ts';
import { formatTemperature } from '../main/wording/temperature.ts';

export type ListActions = Readonly<{
  select(id: number): void;
  makePrimary(id: number): void;
  move(id: number, position: number): void;
  remove(favourite: Favourite): void;
}>;

export class FavouritesList {
  readonly el = h('ul', { id: 'favourites', class: 'favourites', 'aria-label': 'Your places', 'aria-describedby': 'reorder-hint' });
  readonly hint = h('p', { id: 'reorder-hint', class: 'hint' }, 'Drag to reorder, or press Alt+↑ / Alt+↓ on a place.');
  #actions: ListActions;
  #wording: Wording;
  #dragging: number | null = null;
  #focusAfterDraw: number | null = null;

  constructor(wording: Wording, actions: ListActions) {
    this.#wording = wording;
    this.#actions = actions;
  }

  draw(favourites: readonly Favourite[], snapshots: ReadonlyMap<number, PlaceSnapshot>, selectedId: number | null): void {
    this.hint.hidden = favourites.length < 2;
    // Redrawing replaces the buttons: keep keyboard focus on the same control of the same place.
    const active = document.activeElement instanceof HTMLElement && this.el.contains(document.activeElement) ? document.activeElement : null;
    const focusedId = this.#focusAfterDraw ?? (active ? Number(active.closest('li')?.dataset['id']) : null);
    const focusedControl = this.#focusAfterDraw !== null ? 'select' : (active?.classList[0] ?? 'select');
    fill(
      this.el,
      favourites.length
        ? favourites.map((f, i) => this.#item(f, i, favourites.length, snapshots.get(f.id), f.id === selectedId))
        : h('li', { class: 'empty' }, 'No places yet. Search above to add one.'),
    );
    if (focusedId) this.el.querySelector<HTMLButtonElement>(`li[data-id="${focusedId}"] .${focusedControl}`)?.focus();
    this.#focusAfterDraw = null;
  }

  #item(f: Favourite, index: number, count: number, snapshot: PlaceSnapshot | undefined, selected: boolean): HTMLLIElement {
    const w = snapshot?.weather ?? null;
    const summary = w
      ? `${formatTemperature(w.current.temperature, w.units.temperature)} ${conditionWords(w.current.condition.code)}`
      : snapshot?.lastError
        ? 'unavailable'
        : 'loading…';
    const move = (to: number): void => {
      if (to < 0 || to >= count) return;
      this.#focusAfterDraw = f.id;
      this.#actions.move(f.id, to);
    };
    const li = h(
      'li',
      { 'data-id': f.id, draggable: 'true', class: `favourite${selected ? ' selected' : ''}${snapshot?.stale ? ' stale' : ''}` },
      h(
        'button',
        {
          type: 'button',
          class: 'select',
          'aria-current': selected ? 'true' : null,
          onclick: () => this.#actions.select(f.id),
          onkeydown: (e: KeyboardEvent) => {
            if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
            e.preventDefault();
            move(index + (e.key === 'ArrowUp' ? -1 : 1));
          },
        },
        // The summary beside it says the condition in words.
        w
          ? conditionIconElement(w.current.condition.code, w.current.isDay, this.#wording, { size: 32, besideWords: true })
          : h('span', { class: 'condition-icon placeholder-icon', 'aria-hidden': 'true' }),
        h('span', { class: 'name' }, f.place.name, h('span', { class: 'where' }, placeSurroundings(f.place))),
        h('span', { class: 'summary' }, summary),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          'aria-pressed': f.primary ? 'true' : 'false',
          'aria-label': f.primary ? `${f.place.name} is shown in the tray` : `Show ${f.place.name} in the tray`,
          title: f.primary ? 'Shown in the tray' : 'Show in the tray',
          onclick: () => this.#actions.makePrimary(f.id),
        },
        f.primary ? '★' : '☆',
      ),
      h('button', { type: 'button', class: 'remove', 'aria-label': `Remove ${f.place.name}`, title: 'Remove', onclick: () => this.#actions.remove(f) }, '✕'),
    );
    li.addEventListener('dragstart', (e) => {
      this.#dragging = f.id;
      e.dataTransfer?.setData('text/plain', String(f.id));
      li.classList.add('dragging');
    });
    li.addEventListener('dragend', () => li.classList.remove('dragging'));
    li.addEventListener('dragover', (e) => {
      e.preventDefault();
      li.classList.add('drop-target');
    });
    li.addEventListener('dragleave', () => li.classList.remove('drop-target'));
    li.addEventListener('drop', (e) => {
      e.preventDefault();
      li.classList.remove('drop-target');
      const id = this.#dragging ?? Number(e.dataTransfer?.getData('text/plain'));
      this.#dragging = null;
      if (id && id !== f.id) this.#actions.move(id, index);
    });
    return li;
  }
}
