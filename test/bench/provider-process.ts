// The local provider in a process of its own, as a real provider would be: its work to build the
// answers then does not share the benchmark's thread with the client being measured.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';

export type ProviderProcess = Readonly<{
  origin: string;
  /** API requests the provider has received so far. */
  requestCount(): Promise<number>;
  close(): Promise<void>;
}>;

export async function startProviderProcess(latencyMs: number, concurrency: number): Promise<ProviderProcess> {
  const entry = fileURLToPath(new URL('../provider/serve.ts', import.meta.url));
  const child = spawn(process.execPath, [entry, '--port', '0', '--latency', String(latencyMs), '--concurrency', String(concurrency)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const origin = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the local provider exited with ${code}`)));
  });
  return {
    origin,
    async requestCount() {
      const res = await request(`${origin}/__fake/requests`);
      return ((await res.body.json()) as { count: number }).count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
