// The GitHub Actions workflow, read as GitHub reads it: each desktop runs the tests, the real app's
// self-test and the installers, and keeps the installers; Linux has a display and a tray host.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
type Step = { name?: string; run?: string; uses?: string; if?: string; with?: Record<string, string> };
type Job = { 'runs-on': string; strategy: { matrix: { include: { os: string }[] } }; steps: Step[] };
const workflow = parse(readFileSync(`${root}.github/workflows/ci.yml`, 'utf8')) as { on: Record<string, unknown>; jobs: Record<string, Job> };
const job = Object.values(workflow.jobs)[0] as Job;
const runs = (os: 'Linux' | 'macOS' | 'Windows'): string =>
  job.steps
    .filter((s) => s.run && (!s.if || (s.if.includes('!=') ? !s.if.includes(`'${os}'`) : s.if.includes(`'${os}'`))))
    .map((s) => s.run)
    .join('\n');

describe('the CI workflow', () => {
  it('runs on pushes and pull requests on Ubuntu, macOS and Windows', () => {
    expect(Object.keys(workflow.on).sort((a, b) => a.localeCompare(b))).toEqual(['pull_request', 'push']);
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    expect(job.strategy.matrix.include.map((m) => m.os.split('-')[0] ?? '').sort((a, b) => a.localeCompare(b))).toEqual(['macos', 'ubuntu', 'windows']);
  });

  it('uses the Node version .nvmrc names and installs from the lockfile', () => {
    expect(job.steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version-file']).toBe('.nvmrc');
    expect(readFileSync(`${root}.nvmrc`, 'utf8').trim()).toBe('24');
    expect(job.steps.some((s) => s.run === 'npm ci')).toBe(true);
  });

  for (const os of ['Linux', 'macOS', 'Windows'] as const) {
    it(`on ${os}: the tests, the self-test and the installers without publishing`, () => {
      const script = runs(os);
      expect(script).toMatch(/npm test/);
      expect(script).toMatch(/npm run self-test/);
      expect(script).toMatch(/npm run dist/);
    });
  }

  it('publishes nothing: dist builds with --publish never', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['dist']).toMatch(/electron-builder .*--publish never/);
  });

  it('on Linux runs under Xvfb inside a D-Bus session with a StatusNotifier host', () => {
    const script = runs('Linux');
    expect(script).toMatch(/dbus-run-session/);
    expect(script).toMatch(/sni-watcher\.py/);
    expect(script).toMatch(/xvfb-run -a npm run self-test/);
    expect(readFileSync(`${root}.github/sni-watcher.py`, 'utf8')).toContain("NAME = 'org.kde.StatusNotifierWatcher'");
  });

  it('keeps the installers as artifacts and fails when there are none', () => {
    const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'));
    for (const kind of ['AppImage', 'deb', 'dmg', 'exe']) expect(upload?.with?.['path']).toContain(`out/*.${kind}`);
    expect(upload?.with?.['if-no-files-found']).toBe('error');
  });
});
