// Process boundaries enforced by a check, not by memory:
// - only main/shell may import 'electron' (the engine runs in plain Node; tests never load it);
// - the renderer, and the IPC contract it shares, import neither 'electron' nor Node built-ins;
// - the wording the renderer bundles (main/wording) imports only its own files, and types.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
const NODE_BUILTINS = new Set(builtinModules);

function files(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(join(root, dir));
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    return statSync(join(root, path)).isDirectory() ? files(path) : SOURCE.test(name) ? [path] : [];
  });
}

function imports(path: string): string[] {
  const text = readFileSync(join(root, path), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
}

const isElectron = (spec: string): boolean => spec === 'electron' || spec.startsWith('electron/');
const isNode = (spec: string): boolean => spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0] ?? '');

const problems: string[] = [];
const check = (dir: string, rule: string, bad: (spec: string) => boolean, except: (path: string) => boolean = () => false): void => {
  for (const path of files(dir)) {
    if (except(path)) continue;
    for (const spec of imports(path)) if (bad(spec)) problems.push(`${relative('.', path)}: imports '${spec}' (${rule})`);
  }
};

check('main', "only main/shell may import 'electron'", isElectron, (p) => p.startsWith(join('main', 'shell')));
check('test', "tests must never load the real 'electron'", isElectron);
check('.ci', "tools must never load the real 'electron'", isElectron);
check('renderer', "the renderer knows only the IPC contract", (s) => isElectron(s) || isNode(s));
// The window may know the engine's types, never its code: value imports from main/ are refused,
// but for the shared wording, which itself imports only its own files and types.
const SHARED_WITH_WINDOW = 'main/wording/';
const VALUE_IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^'"]*from\s*['"]([^'"]+)['"]/gm;
const valueImports = (path: string): string[] => [...readFileSync(join(root, path), 'utf8').matchAll(VALUE_IMPORT)].map((m) => m[1] ?? '');
for (const path of files('renderer')) {
  for (const spec of valueImports(path)) {
    if (/^(?:\.\.\/)+main\//.test(spec) && !/^(?:\.\.\/)+main\/wording\/[^/]+$/.test(spec)) problems.push(`${path}: imports code from ${spec} (the renderer may import types only)`);
  }
}
const TYPE_IMPORT = /^\s*(?:import|export)\s+type\b[^'"]*from\s*['"]([^'"]+)['"]/gm;
for (const path of files(SHARED_WITH_WINDOW)) {
  const types = new Set([...readFileSync(join(root, path), 'utf8').matchAll(TYPE_IMPORT)].map((m) => m[1]));
  const code = new Set(valueImports(path));
  for (const spec of imports(path)) {
    if (/^\.\/[^/]+$/.test(spec) || (types.has(spec) && !code.has(spec))) continue;
    problems.push(`${path}: imports code from ${spec} (the wording imports only its own files, and types)`);
  }
}
for (const contract of files('main').filter((p) => p.endsWith('ipc-contract.ts'))) {
  for (const spec of imports(contract)) if (isElectron(spec) || isNode(spec)) problems.push(`${contract}: imports '${spec}' (the IPC contract is shared with the renderer)`);
}

if (problems.length) {
  process.stderr.write(`Layer check failed:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
  process.exit(1);
}
