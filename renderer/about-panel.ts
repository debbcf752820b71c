// The About section: the app's version and licence, its home page, and the credits the icons' and
// the weather data's licences ask for. The version comes from the first line of the diagnostics
// report, the one place the window can read it today. Addresses are text to select and copy: the
// window opens no links (security.ts denies navigation and new windows).
import type { SkytrayApi } from '../main/ipc/ipc-contract.ts';
import type { ProviderId } from '../main/core/model/model.ts';
import type { Wording } from '../main/wording/wording.ts';
import { ABOUT, ABOUT_KEYS, creditsFor, versionFromReport } from './about-credits.ts';
import { fill, h } from './dom.ts';

export class AboutPanel {
  readonly el = h('section', { class: 'about', 'aria-labelledby': 'about-title' });
  readonly #version = h('p', { id: 'about-version' }, ABOUT.name);
  readonly #credits = h('ul', { class: 'about-credits' });
  #provider: ProviderId | null | undefined = undefined;
  #wording: Wording;
  #versionNumber: string | null = null;

  constructor(api: Pick<SkytrayApi, 'getDiagnosticsReport'>, wording: Wording) {
    this.#wording = wording;
    this.#label();
    this.draw(null);
    void this.#loadVersion(api);
  }

  /**
   * The credits for the weather service in use (all of them until the settings are known); with
   * `wording`, everything again in its language.
   */
  draw(settings: Readonly<{ provider: ProviderId }> | null, wording: Wording = this.#wording): void {
    const provider = settings?.provider ?? null;
    if (provider === this.#provider && wording === this.#wording) return;
    if (wording !== this.#wording) {
      this.#wording = wording;
      this.#label();
    }
    this.#provider = provider;
    const { t } = wording;
    fill(
      this.#credits,
      creditsFor(provider).map((credit) => h('li', {}, t(credit.key), ' ', h('span', { class: 'about-url' }, credit.url))),
    );
  }

  #label(): void {
    const { t } = this.#wording;
    fill(
      this.el,
      h('h2', { id: 'about-title' }, t('window.about.title')),
      this.#version,
      h('p', {}, t(ABOUT_KEYS.licence), ' ', t(ABOUT_KEYS.copyright)),
      h('p', {}, t('window.about.homepage'), ' ', h('span', { class: 'about-url' }, ABOUT.homepage)),
      h('h3', {}, t('window.about.credits')),
      this.#credits,
    );
    this.#showVersion();
  }

  #showVersion(): void {
    this.#version.textContent = this.#versionNumber ? this.#wording.t('window.about.version', { version: this.#versionNumber }) : ABOUT.name;
  }

  async #loadVersion(api: Pick<SkytrayApi, 'getDiagnosticsReport'>): Promise<void> {
    const report = await api.getDiagnosticsReport().catch(() => null);
    this.#versionNumber = report?.ok ? versionFromReport(report.value) : null;
    this.#showVersion();
  }
}
