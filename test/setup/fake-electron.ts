// Every test file gets the fake 'electron': the real one tries to download Electron's binary.
import { vi } from 'vitest';

vi.mock('electron', () => import('../shell/fake-electron.ts'));
