// What Skytray has been doing, per provider, and a report to copy into a bug report (no secrets).
import type { Diagnostics } from '../main/core/service/service-types.ts';
import type { SkytrayApi } from '../main/ipc/ipc-contract.ts';
import { announce, fill, h } from './dom.ts';
import { errorWords } from './error-words.ts';
import { budgetPeriod, formatCalls } from '../main/wording/call-budget.ts';
import { UNKNOWN } from '../main/wording/numbers.ts';
import { memoryOnlyText } from '../main/wording/store-text.ts';
import { providerName } from '../main/wording/provider-name.ts';
import type { Wording } from '../main/wording/wording.ts';
import type { CallBudgetUsage } from '../main/core/fetch/call-budget.ts';

/** How far back the requests table counts, as the diagnostics report says too. */
const REQUESTS_COUNTED = 1000;
const COLUMNS = ['service', 'requests', 'retries', 'failures', 'lastError'] as const;
const BUDGET_COLUMNS = ['period', 'used', 'limit'] as const;

export class DiagnosticsPanel {
  readonly el = h('section', { class: 'diagnostics', 'aria-labelledby': 'diagnostics-title' });
  #api: SkytrayApi;
  #wording: Wording;

  constructor(api: SkytrayApi, wording: Wording) {
    this.#api = api;
    this.#wording = wording;
  }

  /** Loads and draws again, in `wording`'s language when given (the language changed). */
  async load(wording: Wording = this.#wording): Promise<void> {
    this.#wording = wording;
    const [diagnostics, report] = await Promise.all([this.#api.getDiagnostics(), this.#api.getDiagnosticsReport()]);
    if (!diagnostics.ok || !report.ok) {
      const failed = !diagnostics.ok ? diagnostics.error : !report.ok ? report.error : null;
      fill(this.el, h('p', { class: 'inline-error', role: 'alert' }, failed ? errorWords(wording, failed) : ''));
      return;
    }
    this.#draw(diagnostics.value, report.value);
  }

  #draw(d: Diagnostics, report: string): void {
    const wording = this.#wording;
    const { t } = wording;
    const text = h('textarea', { id: 'report', readonly: true, rows: 8, 'aria-label': t('window.diagnostics.report') });
    text.value = report;
    const copied = h('span', { role: 'status', class: 'hint' });
    fill(
      this.el,
      h('h2', { id: 'diagnostics-title' }, t('window.diagnostics.title')),
      h(
        'p',
        {},
        t('window.diagnostics.summary', {
          provider: d.provider.label,
          status: d.status.online ? 'online' : 'offline',
          age: wording.age(d.oldestSnapshotAgeMs),
          searches: d.cacheHits.searches,
        }),
      ),
      d.status.diskProblem ? h('p', { class: 'inline-error' }, memoryOnlyText(wording, d.status.databasePath)) : null,
      d.callBudget ? callBudgetTable(d.callBudget, wording) : null,
      // Focusable, so a keyboard can scroll it sideways when the window is narrow.
      h(
        'div',
        { class: 'table-scroll', role: 'region', 'aria-label': t('window.diagnostics.requests'), tabindex: 0 },
        h(
          'table',
          {},
          h('caption', {}, t('window.diagnostics.requestsCaption', { count: wording.number(REQUESTS_COUNTED) })),
          h('thead', {}, h('tr', {}, ...COLUMNS.map((c) => h('th', { scope: 'col' }, t(`window.diagnostics.column.${c}`))))),
          h(
            'tbody',
            {},
            d.providers.length
              ? d.providers.map((p) =>
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'row' }, providerName(p.provider, wording)),
                    h('td', {}, wording.number(p.requests)),
                    h('td', {}, wording.number(p.retries)),
                    h('td', {}, wording.number(p.failures)),
                    h('td', {}, p.lastError ?? UNKNOWN),
                  ),
                )
              : h('tr', {}, h('td', { colspan: COLUMNS.length }, t('window.diagnostics.noRequests'))),
          ),
        ),
      ),
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          {
            type: 'button',
            onclick: async () => {
              text.select();
              const ok =
                document.execCommand('copy') ||
                (await navigator.clipboard?.writeText(report).then(
                  () => true,
                  () => false,
                ));
              copied.textContent = ok ? t('window.diagnostics.copied') : t('window.diagnostics.copyByHand');
              announce(copied.textContent);
            },
          },
          t('window.diagnostics.copy'),
        ),
        h('button', { type: 'button', onclick: () => void this.load() }, t('window.diagnostics.reload')),
        h(
          'button',
          {
            type: 'button',
            id: 'show-log',
            onclick: async () => {
              const shown = await this.#api.showLogFile();
              copied.textContent = !shown.ok ? errorWords(wording, shown.error) : (shown.value ?? t('window.diagnostics.logShown'));
              announce(copied.textContent);
            },
          },
          t('window.diagnostics.showLog'),
        ),
        copied,
      ),
      text,
    );
  }
}

/** The weighted calls used in each sliding window, against the limits Skytray keeps to. */
function callBudgetTable(usage: CallBudgetUsage, wording: Wording): HTMLElement {
  const { t } = wording;
  const calls = (n: number): string => formatCalls(n, wording.formatLocale);
  return h(
    'table',
    {},
    h('caption', {}, t('window.diagnostics.budgetCaption', { provider: usage.provider })),
    h('thead', {}, h('tr', {}, ...BUDGET_COLUMNS.map((c) => h('th', { scope: 'col' }, t(`window.diagnostics.column.${c}`))))),
    h(
      'tbody',
      {},
      usage.windows.map((w) =>
        h('tr', {}, h('th', { scope: 'row' }, budgetPeriod(w.window, wording)), h('td', {}, calls(w.used)), h('td', {}, calls(w.limit))),
      ),
    ),
  );
}
