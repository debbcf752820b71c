// Finds English a person would read written outside the catalogues (main/wording/messages/): string
// and template literals in the code that draws the window, the tray, the shell's menus and dialogs
// and the CLI's words. It parses with TypeScript's own API (typescript/unstable/sync: TypeScript 7
// has no in-process compiler API, its Go compiler answers over a pipe), so it sees literals as
// syntax and can pass over the ones no person reads: imports, object keys, comparisons, CSS classes
// and selectors, IPC channels, t('key'), log calls, programmers' Errors, and types.
//
//   node .ci/check-strings.ts           counts per folder; lists findings in converted folders
//   node .ci/check-strings.ts --list    lists every finding, converted or not
//   node .ci/check-strings.ts --strict  fails on a finding in a converted folder (npm test runs this)
//
// A string that must stay as it is carries `// i18n-ignore: why` on its line or the line above.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { SyntaxKind } from 'typescript/unstable/ast';
import type { Node, SourceFile } from 'typescript/unstable/ast';
import { API } from 'typescript/unstable/sync';
import { strayText } from './stray-text.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Folders (or single files) with words for a person, and whether their English is still to move
 * into the catalogues. A file is counted under the most specific entry it falls in.
 */
const FOLDERS: readonly Readonly<{ folder: string; notYetConverted: boolean }>[] = [
  { folder: 'renderer', notYetConverted: false },
  // The weather's pictures and panels beside the places: the chart, the icons, warnings, air, UV
  // and rain, diagnostics and About.
  { folder: 'renderer/chart', notYetConverted: false },
  { folder: 'renderer/icons', notYetConverted: false },
  { folder: 'renderer/alert-banner.ts', notYetConverted: false },
  { folder: 'renderer/air-panel.ts', notYetConverted: false },
  { folder: 'renderer/uv-and-rain.ts', notYetConverted: false },
  { folder: 'renderer/uv-and-rain-words.ts', notYetConverted: false },
  { folder: 'renderer/day-and-time.ts', notYetConverted: false },
  { folder: 'renderer/diagnostics-panel.ts', notYetConverted: false },
  { folder: 'renderer/about-panel.ts', notYetConverted: false },
  { folder: 'renderer/about-credits.ts', notYetConverted: false },
  { folder: 'renderer/extras-loader.ts', notYetConverted: false },
  // The window's frame, places and settings.
  { folder: 'renderer/main.ts', notYetConverted: false },
  { folder: 'renderer/weather-panel.ts', notYetConverted: false },
  { folder: 'renderer/favourites-list.ts', notYetConverted: false },
  { folder: 'renderer/search-box.ts', notYetConverted: false },
  { folder: 'renderer/favourite-actions.ts', notYetConverted: false },
  { folder: 'renderer/toast.ts', notYetConverted: false },
  { folder: 'renderer/window-state.ts', notYetConverted: false },
  { folder: 'renderer/requests.ts', notYetConverted: false },
  { folder: 'renderer/api.ts', notYetConverted: false },
  { folder: 'renderer/dom.ts', notYetConverted: false },
  { folder: 'renderer/settings-panel.ts', notYetConverted: false },
  { folder: 'renderer/settings-extras.ts', notYetConverted: false },
  { folder: 'renderer/settings-language.ts', notYetConverted: false },
  { folder: 'renderer/window-wording.ts', notYetConverted: false },
  { folder: 'renderer/error-words.ts', notYetConverted: false },
  { folder: 'renderer/budget-words.ts', notYetConverted: false },
  { folder: 'main/shell', notYetConverted: false },
  // The tray's words: converted together with main/tray.
  { folder: 'main/shell/tray-service.ts', notYetConverted: false },
  { folder: 'main/shell/tray-notice.ts', notYetConverted: false },
  { folder: 'main/tray', notYetConverted: false },
  { folder: 'main/cli', notYetConverted: false },
  // The window's requests (their refusals are for the log; the window words them from the code),
  // the key test and the bug report's values.
  { folder: 'main/ipc', notYetConverted: false },
  { folder: 'main/core/service/api-key-check.ts', notYetConverted: false },
  { folder: 'main/core/service/diagnostics-report.ts', notYetConverted: false },
  { folder: 'main/wording', notYetConverted: false },
  // The notifications the service words (its errors are WeatherErrors, English for logs and JSON).
  { folder: 'main/core/service/notification-policy.ts', notYetConverted: false },
  { folder: 'main/core/service/rain-spell.ts', notYetConverted: false },
  { folder: 'main/core/service/warning-notices.ts', notYetConverted: false },
];

const within = (file: string, folder: string): boolean => file === folder || file.startsWith(`${folder}/`);

/** The most specific entry of FOLDERS that `file` falls in. */
const entryOf = (file: string): (typeof FOLDERS)[number] | undefined =>
  FOLDERS.filter(({ folder }) => within(file, folder)).sort((a, b) => b.folder.length - a.folder.length)[0];
/**
 * The catalogues are where the English belongs. The shell's self-test reports to developers and
 * to CI, in English, as logs do.
 */
const SKIPPED = ['main/wording/messages/', 'main/shell/self-test.ts'];

const posix = (path: string): string => path.split(sep).join('/');

function sourceFiles(dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  if (statSync(join(root, dir)).isFile()) return [dir];
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = posix(join(dir, name));
    if (SKIPPED.some((skip) => `${path}/`.startsWith(skip))) return [];
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

export type Finding = Readonly<{ file: string; line: number; text: string }>;

function findingsIn(file: string, source: SourceFile): Finding[] {
  const lines = source.text.split('\n');
  const findings: Finding[] = [];
  const visit = (node: Node): void => {
    const text = strayText(node);
    if (text !== null) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      // The marker counts on the literal's own line, or on a line of its own just above it; a
      // marker trailing the line above belongs to that line.
      const above = lines[line - 1];
      const marked = [lines[line], /^\s*\/\/ i18n-ignore/.test(above ?? '') ? above : undefined].find((l) => l?.includes('// i18n-ignore'));
      if (!marked) findings.push({ file, line: line + 1, text });
      else if (!/\/\/ i18n-ignore\b\W*\w/.test(marked)) findings.push({ file, line: line + 1, text: `${text}  (i18n-ignore needs a reason)` });
    }
    if (node.kind !== SyntaxKind.StringLiteral) node.forEachChild(visit);
  };
  source.forEachChild(visit);
  return findings;
}

/** Every finding in these files (paths relative to `base`), parsed in the programs of these tsconfig files. */
export function strayEnglish(base: string, tsconfigs: readonly string[], files: readonly string[]): Finding[] {
  const api = new API({ cwd: base });
  try {
    const snapshot = api.updateSnapshot({ openProjects: tsconfigs.map((f) => join(base, f)) });
    return files.flatMap((file) => {
      const path = join(base, file);
      const source = snapshot.getDefaultProjectForFile(path)?.program.getSourceFile(path);
      if (!source) throw new Error(`${file}: no TypeScript project includes it`);
      return findingsIn(file, source);
    });
  } finally {
    api.close();
  }
}

function main(): void {
  const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false }, list: { type: 'boolean', default: false } } });
  const files = [...new Set(FOLDERS.flatMap(({ folder }) => sourceFiles(folder)))];
  const found = strayEnglish(root, ['tsconfig.node.json', 'tsconfig.renderer.json'], files);
  let failing = 0;
  for (const entry of FOLDERS) {
    const { folder, notYetConverted } = entry;
    const inFolder = found.filter((f) => entryOf(f.file) === entry);
    process.stdout.write(`  ${folder}: ${inFolder.length}${notYetConverted ? ' (not yet converted)' : ''}\n`);
    if (values.list || !notYetConverted) for (const f of inFolder) process.stdout.write(`    ${f.file}:${f.line}  ${f.text}\n`);
    if (!notYetConverted) failing += inFolder.length;
  }
  if (values.strict && failing > 0) {
    process.stderr.write(
      `${failing} user-visible English string(s) outside main/wording/messages/ in converted folders: move each into the catalogue and use t('key'), or mark it // i18n-ignore: why\n`,
    );
    process.exit(1);
  }
}

// Compared as URLs: on Windows argv[1] is D:\..., and a path with spaces is percent-encoded in a URL.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
