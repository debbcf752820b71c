// What Skytray has been doing, per provider, and a report to copy into a bug report (no secrets).
import type { Diagnostics } from '../main/core/service/service-types.ts';
import type { SkytrayApi } from '../main/ipc/ipc-contract.ts';
import { announce, fill, h } from './dom.ts';
import { formatAge } from '../main/wording/age.ts';
import { budgetPeriod, formatCalls } from '../main/wording/call-budget.ts';
import type { CallBudgetUsage } from '../main/core/fetch/call-budget.ts';

export class DiagnosticsPanel {
  readonly el = h('section', { class: 'diagnostics', 'aria-labelledby': 'diagnostics-title' });
  #api: SkytrayApi;

  constructor(api: SkytrayApi) {
    this.#api = api;
  }

  async load(): Promise<void> {
    const [diagnostics, report] = await Promise.all([this.#api.getDiagnostics(), this.#api.getDiagnosticsReport()]);
    if (!diagnostics.ok || !report.ok) {
      fill(
        this.el,
        h('p', { class: 'inline-error', role: 'alert' }, (!diagnostics.ok ? diagnostics.error : !report.ok ? report.error : { message: '' }).message),
      );
      return;
    }
    this.#draw(diagnostics.value, report.value);
  }

  #draw(d: Diagnostics, report: string): void {
    const text = h('textarea', { id: 'report', readonly: true, rows: 8, 'aria-label': 'Diagnostics report' });
    text.value = report;
    const copied = h('span', { role: 'status', class: 'hint' });
    fill(
      this.el,
      h('h2', { id: 'diagnostics-title' }, 'Diagnostics'),
      h(
        'p',
        {},
        `${d.provider.label}: ${d.status.online ? 'online' : 'offline'}; oldest data ${formatAge(d.oldestSnapshotAgeMs)}; ${d.cacheHits.searches} searches answered from the cache.`,
      ),
      d.status.diskProblem ? h('p', { class: 'inline-error' }, d.status.diskProblem) : null,
      d.callBudget ? callBudgetTable(d.callBudget) : null,
      // Focusable, so a keyboard can scroll it sideways when the window is narrow.
      h(
        'div',
        { class: 'table-scroll', role: 'region', 'aria-label': 'Requests per service', tabindex: 0 },
        h(
          'table',
          {},
          h('caption', {}, 'Requests per service (last 1,000)'),
          h('thead', {}, h('tr', {}, ...['Service', 'Requests', 'Retries', 'Failures', 'Last error'].map((c) => h('th', { scope: 'col' }, c)))),
          h(
            'tbody',
            {},
            d.providers.length
              ? d.providers.map((p) =>
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'row' }, p.provider),
                    h('td', {}, String(p.requests)),
                    h('td', {}, String(p.retries)),
                    h('td', {}, String(p.failures)),
                    h('td', {}, p.lastError ?? '–'),
                  ),
                )
              : h('tr', {}, h('td', { colspan: 5 }, 'No requests yet.')),
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
              copied.textContent = ok ? 'Copied.' : 'Select the text and copy it.';
              announce(copied.textContent);
            },
          },
          'Copy report',
        ),
        h('button', { type: 'button', onclick: () => void this.load() }, 'Reload'),
        h(
          'button',
          {
            type: 'button',
            id: 'show-log',
            onclick: async () => {
              const shown = await this.#api.showLogFile();
              copied.textContent = !shown.ok ? shown.error.message : (shown.value ?? 'The log file is shown in your file manager.');
              announce(copied.textContent);
            },
          },
          'Show log file',
        ),
        copied,
      ),
      text,
    );
  }
}

/** The weighted calls used in each sliding window, against the limits Skytray keeps to. */
function callBudgetTable(usage: CallBudgetUsage): HTMLElement {
  return h(
    'table',
    {},
    h('caption', {}, `${usage.provider} calls (weighted), against Skytray's own limits`),
    h('thead', {}, h('tr', {}, ...['Period', 'Used', 'Limit'].map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      usage.windows.map((w) =>
        h('tr', {}, h('th', { scope: 'row' }, budgetPeriod(w.window)), h('td', {}, formatCalls(w.used)), h('td', {}, formatCalls(w.limit))),
      ),
    ),
  );
}
