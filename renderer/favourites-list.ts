// The user's places, in their order: choose one to see it, star the tray's place, drag or press
// Alt+Up/Down to reorder, remove (with undo).
import type { Favourite } from '../main/core/model/favourite.ts';
import type { PlaceSnapshot } from '../main/core/service/service-types.ts';
import { fill, h } from './dom.ts';
import { conditionIconElement } from './icons/icon-element.ts';
import { conditionWords } from '../main/wording/condition.ts';
import { placeSurroundings } from '../main/wording/place.ts';
import type { Wording } from '../main/wording/wording.ts';

export type ListActions = Readonly<{
  select(id: number): void;
  makePrimary(id: number): void;
  move(id: number, position: number): void;
  remove(favourite: Favourite): void;
}>;

/** Where one place stands in the list, and what is known of its weather. */
type ItemPlace = Readonly<{ index: number; count: number; snapshot: PlaceSnapshot | undefined; selected: boolean }>;

export class FavouritesList {
  readonly el = h('ul', { id: 'favourites', class: 'favourites', 'aria-describedby': 'reorder-hint' });
  readonly hint = h('p', { id: 'reorder-hint', class: 'hint' });
  #actions: ListActions;
  #dragging: number | null = null;
  #focusAfterDraw: number | null = null;

  constructor(actions: ListActions) {
    this.#actions = actions;
  }

  draw(favourites: readonly Favourite[], snapshots: ReadonlyMap<number, PlaceSnapshot>, selectedId: number | null, wording: Wording): void {
    this.el.setAttribute('aria-label', wording.t('window.places.list.label'));
    this.hint.textContent = wording.t('window.places.list.reorderHint');
    this.hint.hidden = favourites.length < 2;
    // Redrawing replaces the buttons: keep keyboard focus on the same control of the same place.
    const active = document.activeElement instanceof HTMLElement && this.el.contains(document.activeElement) ? document.activeElement : null;
    const focusedId = this.#focusAfterDraw ?? (active ? Number(active.closest('li')?.dataset['id']) : null);
    const focusedControl = this.#focusAfterDraw !== null ? 'select' : (active?.classList[0] ?? 'select');
    fill(
      this.el,
      favourites.length
        ? favourites.map((f, i) => this.#item(f, { index: i, count: favourites.length, snapshot: snapshots.get(f.id), selected: f.id === selectedId }, wording))
        : h('li', { class: 'empty' }, wording.t('window.places.list.empty')),
    );
    if (focusedId) this.el.querySelector<HTMLButtonElement>(`li[data-id="${focusedId}"] .${focusedControl}`)?.focus();
    this.#focusAfterDraw = null;
  }

  #item(f: Favourite, where: ItemPlace, wording: Wording): HTMLLIElement {
    const { index, count, snapshot, selected } = where;
    const { t } = wording;
    const w = snapshot?.weather ?? null;
    const summary = w
      ? t('window.places.list.summary', {
          temperature: wording.temperature(w.current.temperature, w.units.temperature),
          condition: conditionWords(w.current.condition.code, wording),
        })
      : t(snapshot?.lastError ? 'window.places.list.unavailable' : 'window.places.list.loading');
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
          ? conditionIconElement(w.current.condition.code, w.current.isDay, wording, { size: 32, besideWords: true })
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
          'aria-label': t(f.primary ? 'window.places.list.isPrimary' : 'window.places.list.makePrimary', { place: f.place.name }),
          title: t(f.primary ? 'window.places.list.isPrimaryTitle' : 'window.places.list.makePrimaryTitle'),
          onclick: () => this.#actions.makePrimary(f.id),
        },
        f.primary ? '★' : '☆',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'remove',
          'aria-label': t('window.places.list.remove', { place: f.place.name }),
          title: t('window.places.list.removeTitle'),
          onclick: () => this.#actions.remove(f),
        },
        '✕',
      ),
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
