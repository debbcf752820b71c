// The version comes from package.json alone, so the CLI, the User-Agent and the diagnostics agree.
import packageJson from '../../package.json' with { type: 'json' };

export const APP_VERSION: string = packageJson.version;

/** Where a weather service that needs to reach the authors finds them (the User-Agent's contact). */
export const APP_HOMEPAGE: string = packageJson.homepage;
