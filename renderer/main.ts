// The window: favourites, the selected place's weather, settings, diagnostics. It talks only to
// the API the preload (or the browser harness) provides, and redraws from one state that main's
// events keep current: it never polls. It speaks the language the settings choose (or the system's)
// and redraws everything in a new one when the language or the clock changes.
import type { SkytrayEvent } from '../main/ipc/ipc-contract.ts';
import { AboutPanel } from './about-panel.ts';
import { getApi } from './api.ts';
import { DiagnosticsPanel } from './diagnostics-panel.ts';
import { ExtrasLoader } from './extras-loader.ts';
import { announce, fill, h } from './dom.ts';
import { FavouriteActions } from './favourite-actions.ts';
import { FavouritesList } from './favourites-list.ts';
import { freshnessHeadline } from '../main/wording/freshness.ts';
import { errorText } from '../main/wording/error-text.ts';
import { memoryOnlyText, recoveryText } from '../main/wording/store-text.ts';
import type { Wording } from '../main/wording/wording.ts';
import { Requests } from './requests.ts';
import { SearchBox } from './search-box.ts';
import { SettingsPanel } from './settings-panel.ts';
import { Toast } from './toast.ts';
import { WeatherPanel } from './weather-panel.ts';
import { applyToDocument, sameWording, windowWording } from './window-wording.ts';
import { WindowState, snapshotNow, type AppState, type Tab } from './window-state.ts';

/** How often ages ("4 min ago") are redrawn from the data the window holds; minutes are the unit shown. */
const AGE_REDRAW_MS = 60_000;

const api = getApi();
const state = new WindowState(Date.now());
/** The browser's languages until the settings arrive, then the settings' choice over the system's. */
let wording: Wording = windowWording(null, navigator.languages);
applyToDocument(document.documentElement, wording);
const toast = new Toast();
const requests = new Requests(toast, () => wording);
const favourites = new FavouriteActions({ api, state, requests, toast, wording: () => wording });

const TAB_KEYS = { places: 'window.places.tab.places', settings: 'window.places.tab.settings', diagnostics: 'window.places.tab.diagnostics' } as const;

// ---- layout ---------------------------------------------------------------------------------

const statusLine = h('p', { class: 'status-line', id: 'status-line', role: 'status' });
const progress = h('progress', { id: 'refresh-progress', max: 1, value: 0, hidden: true });
const refreshAll = h('button', { type: 'button', id: 'refresh-all', onclick: () => void requests.attempt(api.refresh(null)) });
const tabs = (['places', 'settings', 'diagnostics'] as const).map((tab) =>
  h('button', { type: 'button', role: 'tab', id: `tab-${tab}`, 'aria-controls': `panel-${tab}`, 'data-tab': tab, onclick: () => show(tab) }),
);
const tabList = h('nav', { role: 'tablist' }, tabs);
const search = new SearchBox(api, (place) => void favourites.add(place), wording);
const list = new FavouritesList({
  select: (id) => state.set({ selectedId: id }),
  // Main announces every change to the list (favourites:changed), which redraws it.
  makePrimary: (id) => void requests.succeeded(api.setPrimary(id)),
  move: (id, position) => void requests.succeeded(api.moveFavourite(id, position)),
  remove: (favourite) => void favourites.remove(favourite),
});
const weather = new WeatherPanel(
  (id) => void requests.attempt(api.refresh([id])),
  (id, on) => void requests.succeeded(api.setNotify(id, on)),
  (url) => void requests.succeeded(api.openLink(url)),
);
const extras = new ExtrasLoader(api, (incoming) => state.putExtras(incoming));
const settings = new SettingsPanel(api, (saved) => state.set({ settings: saved }));
const diagnostics = new DiagnosticsPanel(api, wording);
const about = new AboutPanel(api, wording);
const panels = {
  places: h('div', { role: 'tabpanel', id: 'panel-places', 'aria-labelledby': 'tab-places', class: 'panel places' }, search.el, list.el, list.hint, weather.el),
  settings: h('div', { role: 'tabpanel', id: 'panel-settings', 'aria-labelledby': 'tab-settings', class: 'panel', hidden: true }, settings.el, about.el),
  diagnostics: h('div', { role: 'tabpanel', id: 'panel-diagnostics', 'aria-labelledby': 'tab-diagnostics', class: 'panel', hidden: true }, diagnostics.el),
};

function show(tab: Tab): void {
  state.set({ tab });
  if (tab === 'diagnostics') void diagnostics.load(wording);
}

const app = document.getElementById('app') as HTMLElement;
fill(
  app,
  // i18n-ignore: the product's name
  h('header', { class: 'topbar' }, h('h1', {}, 'Skytray'), statusLine, h('div', { class: 'row' }, progress, refreshAll)),
  tabList,
  h('main', {}, Object.values(panels)),
  toast.el,
);

// ---- drawing --------------------------------------------------------------------------------

/** The words of the frame that change only with the language. */
function labelFrame(): void {
  const { t } = wording;
  progress.setAttribute('aria-label', t('window.places.refreshProgress'));
  tabList.setAttribute('aria-label', t('window.places.sections'));
  for (const tab of tabs) tab.textContent = t(TAB_KEYS[tab.dataset['tab'] as Tab]);
  search.relabel(wording);
}

function drawTopbar(s: AppState, online: boolean): void {
  const { t } = wording;
  statusLine.textContent = freshnessHeadline(
    s.favourites.map((f) => snapshotNow(s, f)),
    online,
    s.favourites.length > 0,
    wording,
  );
  statusLine.classList.toggle('offline', !online);
  progress.hidden = !s.progress.running;
  progress.max = Math.max(1, s.progress.total);
  progress.value = s.progress.done;
  refreshAll.disabled = s.progress.running || s.favourites.length === 0;
  refreshAll.textContent = s.progress.running
    ? t('window.places.refreshingAll', { done: wording.number(s.progress.done), total: wording.number(s.progress.total) })
    : t('window.places.refreshAll');
  for (const tab of tabs) tab.setAttribute('aria-selected', String(tab.id === `tab-${s.tab}`));
  for (const [tab, panel] of Object.entries(panels)) panel.hidden = tab !== s.tab;
}

state.subscribe((s, previous) => {
  // A new language or clock: everything is drawn again in it.
  const reworded = !sameWording(s.settings, previous.settings);
  if (reworded) {
    wording = windowWording(s.settings, navigator.languages);
    applyToDocument(document.documentElement, wording);
    labelFrame();
  }
  const online = s.status?.online ?? true;
  drawTopbar(s, online);
  if (reworded || s.favourites !== previous.favourites || s.snapshots !== previous.snapshots || s.selectedId !== previous.selectedId) {
    list.draw(s.favourites, s.snapshots, s.selectedId, wording);
  }
  const selected = s.favourites.find((f) => f.id === s.selectedId);
  const snapshot = selected ? snapshotNow(s, selected) : null;
  weather.draw(snapshot, online, wording);
  weather.drawExtras(snapshot, (selected && s.extras.get(selected.id)) ?? null, wording);
  // Main sends warnings and air quality as they change; a place shown before it has any is asked for once.
  if (selected && s.selectedId !== previous.selectedId && !s.extras.has(selected.id)) extras.want(selected.id);
  if (s.settings !== previous.settings) settings.draw(s.settings, wording);
  about.draw(s.settings?.settings ?? null, wording);
});

/** Whether a list has come as an event: it is newer than any answer still on its way. */
let listAnnounced = false;

function onEvent(event: SkytrayEvent): void {
  switch (event.channel) {
    case 'weather:updated':
      return state.putSnapshots([event.payload], Date.now());
    case 'extras:updated':
      return state.putExtras(event.payload);
    case 'favourites:changed':
      listAnnounced = true;
      return state.setFavourites(event.payload);
    case 'refresh:progress':
      return state.set({ progress: event.payload });
    case 'refresh:finished': {
      const { succeeded, failed } = event.payload;
      const { t } = wording;
      if (failed.length)
        toast.show(failed.map((f) => t('window.places.refreshFailed', { place: f.name, error: errorText(wording, f.error) })).join(' '), undefined, 'error');
      else announce(t('window.places.refreshed', { count: succeeded.length }));
      return;
    }
    case 'app:online':
      if (state.state.status) state.set({ status: { ...state.state.status, online: event.payload } });
      return announce(wording.t(event.payload ? 'window.places.backOnline' : 'common.freshness.headlineOffline'));
    case 'settings:changed':
      // The index each place's air quality is shown on follows the settings.
      if (event.payload.settings.airQualityScale !== state.state.settings?.settings.airQualityScale) extras.loadSaved();
      return state.set({ settings: event.payload });
    case 'app:error':
      return requests.showError(event.payload);
    case 'window:show-place':
      state.select(event.payload);
      return state.set({ tab: 'places' });
    case 'window:show-settings':
      return show('settings');
    case 'app:notice':
      return toast.show(event.payload.message, { label: wording.t('window.places.ok'), run: () => {} });
  }
}

labelFrame();
api.onEvent(onEvent);

// Ages move on even when nothing else does: redrawn from what the window holds, asking main nothing.
setInterval(() => state.set({ now: Date.now() }), AGE_REDRAW_MS);

async function start(): Promise<void> {
  const [settingsState, status, favouriteList, snapshots, savedExtras] = await Promise.all([
    requests.attempt(api.getSettings()),
    requests.attempt(api.getStatus()),
    requests.attempt(api.listFavourites()),
    requests.attempt(api.getSnapshots()),
    requests.attempt(api.getSavedExtras()),
  ]);
  state.set({ settings: settingsState, status });
  if (favouriteList && !listAnnounced) state.setFavourites(favouriteList);
  if (snapshots) state.putSnapshots(snapshots, Date.now());
  if (savedExtras) state.putExtras(savedExtras);
  app.removeAttribute('aria-busy');
  if (status?.recovery) toast.show(recoveryText(wording, status.recovery));
  if (status?.diskProblem) toast.show(memoryOnlyText(wording, status.databasePath), undefined, 'error');
  if (state.state.favourites.length === 0) search.focus();
}

void start();
