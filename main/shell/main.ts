// Electron's entry point (bundled to dist/main/app.js). No top-level await here: with an ES module
// entry, Electron emits 'ready' only after the module has evaluated, so awaiting startApp (which
// awaits app.whenReady()) at the top level would wait forever (electron/electron#40719, #41369).
import { bundledPaths, startApp } from './app.ts';
import { runSelfTestApp, selfTestRequest } from './self-test.ts';

const paths = bundledPaths(import.meta.url);
const selfTest = selfTestRequest(process.env);

if (selfTest) void runSelfTestApp(paths, selfTest);
else {
  void startApp({ paths, argv: process.argv });
}
