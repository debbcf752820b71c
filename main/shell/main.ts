// Electron's entry point (bundled to dist/main/app.js).
import { bundledPaths, startApp } from './app.ts';

void startApp({ paths: bundledPaths(import.meta.url), argv: process.argv });
