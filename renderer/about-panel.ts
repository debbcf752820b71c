// The About section: the app's version and licence, its home page, and the credits the icons' and
// the weather data's licences ask for. The version comes from the first line of the diagnostics
// report, the one place the window can read it today. Addresses are text to select and copy: the
// window opens no links (security.ts denies navigation and new windows).
import type { SkytrayApi } from '../main/ipc/ipc-contract.ts';
import type { ProviderId } from '../main/core/model/model.ts';
import { ABOUT, creditsFor, versionFromReport } from './about-credits.ts';
import { fill, h } from './dom.ts';

const WORDS = {
  title: 'About Skytray',
  credits: 'Credits',
  homepage: 'Home page:',
} as const;

export class AboutPanel {
  readonly el = h('section', { class: 'about', 'aria-labelledby': 'about-title' });
  readonly #version = h('p', { id: 'about-version' }, ABOUT.name);
  readonly #credits = h('ul', { class: 'about-credits' });
  #provider: ProviderId | null | undefined = undefined;

  constructor(api: Pick<SkytrayApi, 'getDiagnosticsReport'>) {
    fill(
      this.el,
      h('h2', { id: 'about-title' }, WORDS.title),
      this.#version,
      h('p', {}, ABOUT.licence, ' ', ABOUT.copyright),
      h('p', {}, WORDS.homepage, ' ', h('span', { class: 'about-url' }, ABOUT.homepage)),
      h('h3', {}, WORDS.credits),
      this.#credits,
    );
    this.draw(null);
    void this.#loadVersion(api);
  }

  /** The credits for the weather service in use (all of them until the settings are known). */
  draw(settings: Readonly<{ provider: ProviderId }> | null): void {
    const provider = settings?.provider ?? null;
    if (provider === this.#provider) return;
    this.#provider = provider;
    fill(
      this.#credits,
      creditsFor(provider).map((credit) => h('li', {}, credit.text, ' ', h('span', { class: 'about-url' }, credit.url))),
    );
  }

  async #loadVersion(api: Pick<SkytrayApi, 'getDiagnosticsReport'>): Promise<void> {
    const report = await api.getDiagnosticsReport().catch(() => null);
    const version = report?.ok ? versionFromReport(report.value) : null;
    if (version) this.#version.textContent = ABOUT.versionLine.replace('{version}', version);
  }
}
