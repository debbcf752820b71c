// Whether a tray icon can be seen: asked of the session bus on Linux, through a runner tests fake.
import { describe, expect, it } from 'vitest';
import { probeTrayHost, systemCommandRunner, type CommandRunner } from '../../main/shell/tray-host.ts';

const answering = (answers: Record<string, { code: number; stdout: string } | 'missing'>): CommandRunner & { asked: string[] } => {
  const asked: string[] = [];
  const run = async (file: string, args: readonly string[]): Promise<{ code: number; stdout: string }> => {
    asked.push(`${file} ${args.join(' ')}`);
    const answer = answers[file];
    if (!answer || answer === 'missing') throw Object.assign(new Error(`spawn ${file} ENOENT`), { code: 'ENOENT' });
    return answer;
  };
  return Object.assign(run, { asked });
};

describe('tray host', () => {
  it('asks the session bus whether org.kde.StatusNotifierWatcher has an owner', async () => {
    const yes = answering({ 'dbus-send': { code: 0, stdout: 'method return time=1 sender=org.freedesktop.DBus\n   boolean true\n' } });
    expect(await probeTrayHost('linux', yes)).toBe('present');
    expect(yes.asked).toEqual([
      'dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.kde.StatusNotifierWatcher',
    ]);
    expect(await probeTrayHost('linux', answering({ 'dbus-send': { code: 0, stdout: '   boolean false\n' } }))).toBe('absent');
  });

  it('falls back to gdbus, and says unknown without a bus or a tool', async () => {
    expect(await probeTrayHost('linux', answering({ 'dbus-send': 'missing', gdbus: { code: 0, stdout: '(false,)\n' } }))).toBe('absent');
    expect(await probeTrayHost('linux', answering({ 'dbus-send': { code: 1, stdout: '' } }))).toBe('unknown');
    expect(await probeTrayHost('linux', answering({}))).toBe('unknown');
  });

  it('never asks on macOS or Windows, where the tray always exists', async () => {
    const run = answering({});
    expect(await probeTrayHost('darwin', run)).toBe('present');
    expect(await probeTrayHost('win32', run)).toBe('present');
    expect(run.asked).toEqual([]);
  });

  it('the real runner: no session bus means unknown, not a crash', async () => {
    const env = { PATH: process.env['PATH'], DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/skytray-test-bus' };
    expect(await probeTrayHost('linux', systemCommandRunner(env))).toBe('unknown');
    const missingTools = systemCommandRunner({ PATH: '/nonexistent' });
    expect(await probeTrayHost('linux', missingTools)).toBe('unknown');
  });
});
