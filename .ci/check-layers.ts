// The layers are stated as lint rules (no-restricted-imports in .oxlintrc.json): which folder may
// import what. This check holds only what those rules cannot see:
// - loads of Electron that are not import statements: require(), require.resolve(), createRequire()
//   and vitest's importActual()/importOriginal(), which would load the real one in a test;
// - what the window reaches through its imports, type-only ones included: every main/ file the
//   renderer's program takes in must import no package and no Node module, or Node's typings come
//   back into the renderer's type check (better-sqlite3's and undici's reference them);
// - that every source file sits in a folder the lint rules name, so a new folder cannot slip past.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// fileURLToPath, not .pathname: on Windows the latter is /C:/..., which no fs call accepts.
const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = /\.(ts|tsx|js|mjs|cjs)$/;
const SKIP = new Set(['node_modules', 'dist', 'out', 'test-output', '.git']);

/** Top-level folders with source, and main/'s layers: each has its rules in .oxlintrc.json. */
const ROOTS = ['main', 'preload', 'renderer', 'test', '.ci'];
const MAIN_LAYERS = ['core', 'shell', 'ipc', 'tray', 'cli', 'wording'];

/** Where the window's code starts: the renderer, and the harness's stand-in for the preload. */
const WINDOW_ENTRIES = ['renderer', 'test/harness/bridge.ts'];

/**
 * Files the window reaches today although they import packages: the engine types it needs still
 * live next to code. Each entry goes once its types move to a file that imports nothing.
 */
const WINDOW_REACHES_TODAY = new Set<string>();

/** Packages the window may reach through main/wording/: their typings reference nothing of Node's. */
const WINDOW_PACKAGES = new Set(['intl-messageformat']);

const STATIC_IMPORT = /^\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;
const OTHER_LOAD = /\b(require|require\.resolve|importActual|importOriginal|createRequire)\s*(?:<[^>]*>)?\s*\(\s*['"]([^'"]+)['"]/g;

const posix = (path: string): string => path.split(sep).join('/');

function sourceFiles(dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir)).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = posix(join(dir, name));
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) ? [path] : [];
  });
}

function staticImports(path: string): string[] {
  const text = readFileSync(join(root, path), 'utf8');
  return [...text.matchAll(STATIC_IMPORT)].map((m) => m[1] ?? m[2] ?? '');
}

const isElectron = (spec: string): boolean => spec === 'electron' || spec.startsWith('electron/');

function checkOtherLoads(files: readonly string[], problems: string[]): void {
  for (const path of files) {
    if (path.startsWith('main/shell/')) continue;
    for (const [, how, spec] of readFileSync(join(root, path), 'utf8').matchAll(OTHER_LOAD)) {
      if (spec && isElectron(spec)) problems.push(`${path}: loads '${spec}' with ${how}() (only main/shell may load Electron)`);
    }
  }
}

function checkEveryFileHasALayer(files: readonly string[], problems: string[]): void {
  for (const path of files) {
    const [top, layer] = path.split('/');
    if (!ROOTS.includes(top ?? ''))
      problems.push(`${path}: source belongs in one of ${ROOTS.join(', ')} (or give its folder rules in .oxlintrc.json and add it here)`);
    else if (top === 'main' && !MAIN_LAYERS.includes(layer ?? ''))
      problems.push(`${path}: main/ has the layers ${MAIN_LAYERS.join(', ')}; give this file one (and its rules in .oxlintrc.json)`);
  }
}

/** Every file the window's code takes in through relative imports, type-only ones included. */
function reachedFromWindow(): Set<string> {
  const queue = WINDOW_ENTRIES.flatMap((entry) => (entry.endsWith('.ts') ? [entry] : sourceFiles(entry)));
  const seen = new Set<string>();
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    for (const spec of staticImports(path)) {
      if (!spec.startsWith('.')) continue;
      const target = posix(relative(root, join(root, dirname(path), spec)));
      if (existsSync(join(root, target))) queue.push(target);
    }
  }
  return seen;
}

function checkWindowReach(problems: string[], notes: string[]): void {
  const reached = reachedFromWindow();
  for (const path of reached) {
    if (path.startsWith('renderer/') || WINDOW_ENTRIES.includes(path)) continue;
    const outside = staticImports(path).filter((spec) => !spec.startsWith('.') && !(path.startsWith('main/wording/') && WINDOW_PACKAGES.has(spec)));
    if (outside.length === 0 || (WINDOW_REACHES_TODAY.has(path) && !outside.some(isElectron))) continue;
    problems.push(
      `${path}: the window's code reaches it (through its imports) and it imports ${outside.map((s) => `'${s}'`).join(', ')}; move what the window needs into a file that imports nothing`,
    );
  }
  for (const path of WINDOW_REACHES_TODAY) {
    if (!reached.has(path)) notes.push(`${path} is no longer reached from the window: take it off WINDOW_REACHES_TODAY in .ci/check-layers.ts`);
  }
}

const files = sourceFiles('.');
const problems: string[] = [];
const notes: string[] = [];
checkOtherLoads(files, problems);
checkEveryFileHasALayer(files, problems);
checkWindowReach(problems, notes);

if (notes.length) process.stdout.write(`${notes.map((n) => `Note: ${n}`).join('\n')}\n`);
if (problems.length) {
  process.stderr.write(`Layer check failed:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
  process.exit(1);
}
