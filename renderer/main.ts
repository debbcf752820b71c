// The window: favourites, the selected place's weather, settings, diagnostics. It talks only to
// the API the preload (or the browser harness) provides, and redraws from one state.
import type { Favourite } from '../main/core/model/favourite.ts';
import type { Place } from '../main/core/model/model.ts';
import type { IpcError, Result, SkytrayEvent } from '../main/ipc/ipc-contract.ts';
import { getApi } from './api.ts';
import { DiagnosticsPanel } from './diagnostics-view.ts';
import { announce, fill, h } from './dom.ts';
import { FavouritesList } from './favourites-list.ts';
import { freshnessHeadline } from '../main/wording/freshness.ts';
import { SearchBox } from './search-box.ts';
import { SettingsPanel } from './settings-view.ts';
import { Store, type View } from './state.ts';
import { Toast } from './toast.ts';
import { WeatherPanel } from './weather-panel.ts';

const api = getApi();
const store = new Store();
const toast = new Toast();

/** Runs a request; a refusal is shown in words, never thrown. */
async function attempt<T>(request: Promise<Result<T>>): Promise<T | null> {
  const result = await request;
  if (result.ok) return result.value;
  showError(result.error);
  return null;
}

/** For requests whose answer is only success or failure (their value is null). */
async function succeeded(request: Promise<Result<null>>): Promise<boolean> {
  const result = await request;
  if (!result.ok) showError(result.error);
  return result.ok;
}

function showError(error: IpcError): void {
  toast.show(error.message, undefined, 'error');
}

async function reloadFavourites(): Promise<void> {
  const [favourites, snapshots] = await Promise.all([attempt(api.listFavourites()), attempt(api.getSnapshots())]);
  if (favourites && snapshots) store.putSnapshots(snapshots, favourites);
}

async function add(place: Place): Promise<void> {
  const favourite = await attempt(api.addFavourite(place));
  if (!favourite) return;
  await reloadFavourites();
  store.set({ selectedId: favourite.id });
  announce(`${favourite.place.name} added`);
}

async function remove(favourite: Favourite): Promise<void> {
  if (!(await succeeded(api.removeFavourite(favourite.id)))) return;
  await reloadFavourites();
  toast.show(`Removed ${favourite.place.name}.`, {
    label: 'Undo',
    run: () => void (async () => {
      const again = await attempt(api.addFavourite(favourite.place));
      if (!again) return;
      await succeeded(api.moveFavourite(again.id, favourite.position));
      if (favourite.primary) await succeeded(api.setPrimary(again.id));
      if (favourite.notify) await succeeded(api.setNotify(again.id, true));
      await reloadFavourites();
      store.set({ selectedId: again.id });
      announce(`${favourite.place.name} is back`);
    })(),
  });
}

// ---- layout ---------------------------------------------------------------------------------

const statusLine = h('p', { class: 'status-line', id: 'status-line', role: 'status' });
const progress = h('progress', { id: 'refresh-progress', max: 1, value: 0, hidden: true, 'aria-label': 'Refresh progress' });
const refreshAll = h('button', { type: 'button', id: 'refresh-all', onclick: () => void attempt(api.refresh(null)) }, 'Refresh all');
const tabs = (['places', 'settings', 'diagnostics'] as const).map((view) =>
  h('button', { type: 'button', role: 'tab', id: `tab-${view}`, 'aria-controls': `panel-${view}`, onclick: () => show(view) }, view[0]?.toUpperCase() + view.slice(1)),
);
const search = new SearchBox(api, (place) => void add(place));
const list = new FavouritesList({
  select: (id) => store.set({ selectedId: id }),
  // The service announces every change to the list (favourites:changed), which reloads it.
  makePrimary: (id) => void succeeded(api.setPrimary(id)),
  move: (id, position) => void succeeded(api.moveFavourite(id, position)),
  remove: (favourite) => void remove(favourite),
});
const weather = new WeatherPanel(
  (id) => void attempt(api.refresh([id])),
  (id, on) => void succeeded(api.setNotify(id, on)),
);
const settings = new SettingsPanel(api, (view) => store.set({ settings: view }));
const diagnostics = new DiagnosticsPanel(api);
const panels = {
  places: h('div', { role: 'tabpanel', id: 'panel-places', 'aria-labelledby': 'tab-places', class: 'panel places' }, search.el, list.el, list.hint, weather.el),
  settings: h('div', { role: 'tabpanel', id: 'panel-settings', 'aria-labelledby': 'tab-settings', class: 'panel', hidden: true }, settings.el),
  diagnostics: h('div', { role: 'tabpanel', id: 'panel-diagnostics', 'aria-labelledby': 'tab-diagnostics', class: 'panel', hidden: true }, diagnostics.el),
};

function show(view: View): void {
  store.set({ view });
  if (view === 'diagnostics') void diagnostics.load();
}

const app = document.getElementById('app') as HTMLElement;
fill(
  app,
  h('header', { class: 'topbar' }, h('h1', {}, 'Skytray'), statusLine, h('div', { class: 'row' }, progress, refreshAll)),
  h('nav', { role: 'tablist', 'aria-label': 'Sections' }, tabs),
  h('main', {}, Object.values(panels)),
  toast.el,
);

// ---- drawing --------------------------------------------------------------------------------

store.subscribe((s, previous) => {
  const online = s.status?.online ?? true;
  statusLine.textContent = freshnessHeadline([...s.snapshots.values()], online, s.favourites.length > 0);
  statusLine.classList.toggle('offline', !online);
  progress.hidden = !s.progress.running;
  progress.max = Math.max(1, s.progress.total);
  progress.value = s.progress.done;
  refreshAll.disabled = s.progress.running || s.favourites.length === 0;
  refreshAll.textContent = s.progress.running ? `Refreshing ${s.progress.done}/${s.progress.total}…` : 'Refresh all';
  for (const tab of tabs) tab.setAttribute('aria-selected', String(tab.id === `tab-${s.view}`));
  for (const [view, panel] of Object.entries(panels)) panel.hidden = view !== s.view;
  if (s.favourites !== previous.favourites || s.snapshots !== previous.snapshots || s.selectedId !== previous.selectedId) {
    list.draw(s.favourites, s.snapshots, s.selectedId);
  }
  weather.draw(s.selectedId === null ? null : (s.snapshots.get(s.selectedId) ?? null), online);
  if (s.settings !== previous.settings) settings.draw(s.settings);
});

function onEvent(event: SkytrayEvent): void {
  switch (event.channel) {
    case 'weather:updated':
      store.putSnapshot(event.payload);
      break;
    case 'favourites:changed':
      void reloadFavourites();
      break;
    case 'refresh:progress':
      store.set({ progress: event.payload });
      break;
    case 'refresh:finished': {
      const { succeeded, failed } = event.payload;
      if (failed.length) toast.show(`${failed.map((f) => `${f.name}: ${f.error.message}`).join(' ')}`, undefined, 'error');
      else announce(`Refreshed ${succeeded.length} places`);
      break;
    }
    case 'app:online':
      if (store.state.status) store.set({ status: { ...store.state.status, online: event.payload } });
      announce(event.payload ? 'Back online' : 'Offline: showing saved weather');
      break;
    case 'settings:changed':
      store.set({ settings: event.payload });
      break;
    case 'app:error':
      showError(event.payload);
      break;
    case 'window:show-place':
      store.set({ selectedId: event.payload, view: 'places' });
      break;
    case 'window:show-settings':
      show('settings');
      break;
    case 'app:notice':
      toast.show(event.payload.message, { label: 'OK', run: () => {} });
      break;
  }
}

api.onEvent(onEvent);

// Ages move on even when nothing else does.
setInterval(() => void attempt(api.getSnapshots()).then((snapshots) => snapshots && store.putSnapshots(snapshots)), 60_000);

void (async () => {
  const [settingsView, status] = await Promise.all([attempt(api.getSettings()), attempt(api.getStatus())]);
  store.set({ settings: settingsView, status });
  await reloadFavourites();
  app.removeAttribute('aria-busy');
  if (status?.recovery) toast.show(status.recovery.message);
  if (status?.diskProblem) toast.show(status.diskProblem, undefined, 'error');
  if (store.state.favourites.length === 0) search.focus();
})();
