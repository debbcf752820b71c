// Find a place by name: results as you type (debounced), region and country shown so namesakes
// can be told apart, arrows and Enter work (an ARIA combobox). Names come in the window's language
// where the service knows them ("München" for a German reader); a place keeps the name it was added with.
import type { Place } from '../main/core/model/model.ts';
import type { SkytrayApi } from '../main/ipc/ipc-contract.ts';
import { placeSurroundings } from '../main/wording/place.ts';
import type { Wording } from '../main/wording/wording.ts';
import { announce, fill, h } from './dom.ts';
import { errorWords } from './error-words.ts';

const DEBOUNCE_MS = 250;

export class SearchBox {
  readonly el: HTMLElement;
  #input: HTMLInputElement;
  #list: HTMLUListElement;
  #message: HTMLElement;
  #label = h('label', { for: 'search' });
  #wording: Wording;
  #results: Place[] = [];
  #active = -1;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #generation = 0;

  #api: SkytrayApi;
  #onPick: (place: Place) => void;

  constructor(api: SkytrayApi, onPick: (place: Place) => void, wording: Wording) {
    this.#api = api;
    this.#onPick = onPick;
    this.#wording = wording;
    this.#input = h('input', {
      id: 'search',
      type: 'search',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'search-results',
      maxlength: 100,
    });
    this.#list = h('ul', { id: 'search-results', role: 'listbox', hidden: true });
    this.#message = h('p', { class: 'search-message', id: 'search-message', 'aria-live': 'polite' });
    this.el = h('div', { class: 'search' }, this.#label, this.#input, this.#list, this.#message);
    this.relabel(wording);
    this.#input.addEventListener('input', () => this.#schedule());
    this.#input.addEventListener('keydown', (e) => this.#onKey(e));
    this.#input.addEventListener('blur', () => setTimeout(() => this.#close(), 150));
  }

  /** Words the box in a new language; results found in the last one are put away. */
  relabel(wording: Wording): void {
    const { t } = wording;
    this.#label.textContent = t('window.places.search.label');
    this.#input.placeholder = t('window.places.search.placeholder');
    this.#list.setAttribute('aria-label', t('window.places.search.results'));
    if (wording === this.#wording) return;
    this.#wording = wording;
    this.#generation++;
    this.#close();
    this.#message.textContent = '';
  }

  focus(): void {
    this.#input.focus();
  }

  #schedule(): void {
    if (this.#timer) clearTimeout(this.#timer);
    const query = this.#input.value.trim();
    if (query.length < 2) {
      this.#close();
      this.#message.textContent = '';
      return;
    }
    this.#timer = setTimeout(() => void this.#search(query), DEBOUNCE_MS);
  }

  async #search(query: string): Promise<void> {
    const generation = ++this.#generation;
    const { t, locale } = this.#wording;
    const result = await this.#api.searchPlaces(query, locale);
    // A slower answer to an older query must not overwrite a newer one.
    if (generation !== this.#generation) return;
    if (!result.ok) {
      this.#close();
      this.#message.textContent = errorWords(this.#wording, result.error);
      return;
    }
    // Results for a longer query can arrive while the person is arrowing through the last ones:
    // keep their highlighted place if it is still there, rather than jumping back to the top.
    const highlighted = this.#results[this.#active]?.id;
    this.#results = result.value;
    const notFound = t('error.notFound.place', { query });
    this.#message.textContent = this.#results.length ? '' : notFound;
    this.#active = this.#results.length
      ? Math.max(
          0,
          this.#results.findIndex((p) => p.id === highlighted),
        )
      : -1;
    this.#draw();
    announce(this.#results.length ? t('window.places.search.found', { count: this.#results.length }) : notFound);
  }

  #draw(): void {
    fill(
      this.#list,
      this.#results.map((place, i) =>
        h(
          'li',
          {
            id: `search-option-${i}`,
            role: 'option',
            'aria-selected': i === this.#active ? 'true' : 'false',
            onmousedown: (e: Event) => {
              e.preventDefault();
              this.#pick(i);
            },
          },
          h('span', { class: 'name' }, place.name),
          h('span', { class: 'where' }, placeSurroundings(place)),
        ),
      ),
    );
    const open = this.#results.length > 0;
    this.#list.hidden = !open;
    this.#input.setAttribute('aria-expanded', String(open));
    if (this.#active >= 0) this.#input.setAttribute('aria-activedescendant', `search-option-${this.#active}`);
    else this.#input.removeAttribute('aria-activedescendant');
  }

  #onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.#results.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.#active = (this.#active + step + this.#results.length) % this.#results.length;
      this.#draw();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.#active >= 0) this.#pick(this.#active);
    } else if (e.key === 'Escape') {
      this.#close();
    }
  }

  #pick(index: number): void {
    const place = this.#results[index];
    if (!place) return;
    this.#onPick(place);
    this.#input.value = '';
    this.#close();
  }

  #close(): void {
    this.#results = [];
    this.#active = -1;
    this.#draw();
  }
}
