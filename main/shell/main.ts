// Electron's entry point (bundled to dist/main/app.js).
import { app } from 'electron';
import { bundledPaths, startApp } from './app.ts';
import { recordingTrayFactory, runSelfTest, selfTestRequest } from './self-test.ts';

const paths = bundledPaths(import.meta.url);
const selfTest = selfTestRequest(process.env);

if (selfTest) {
  // A throw-away data folder and the local provider: the self-test never touches the user's data.
  app.setPath('userData', selfTest.userData);
  const { factory, images } = recordingTrayFactory();
  const running = await startApp({
    paths,
    argv: [...process.argv, '--hidden'],
    trayFactory: factory,
    overrides: { provider: 'open-meteo', openMeteoForecastUrl: selfTest.providerOrigin, openMeteoGeocodingUrl: selfTest.providerOrigin },
  });
  try {
    if (running) await runSelfTest(running, images, selfTest);
    app.quit();
  } catch (error) {
    // The runner reads the missing or failing report; a hang would only end in its timeout.
    process.stderr.write(`self-test: ${error instanceof Error ? error.message : String(error)}\n`);
    app.exit(1);
  }
} else {
  void startApp({ paths, argv: process.argv });
}
