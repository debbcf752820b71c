// The warnings and air quality the tray shows, kept current without holding up anything else: asked
// after each refresh and each change to the list, and once soon after start (with the first refresh
// or the first minute's tick, whichever is sooner: the start's first requests are the forecast's).
import type { FavouriteExtras } from '../core/alerts/extras-view.ts';
import type { Logger } from '../core/logger.ts';
import type { ServiceEvent } from '../core/service/service-types.ts';
import type { WeatherService } from '../core/service/weather-service.ts';
import type { AirQualityScale } from '../wording/air-quality.ts';

export class TrayExtras {
  #service: WeatherService;
  #logger: Logger;
  #onChange: () => void;
  #extras: readonly FavouriteExtras[] = [];
  #asked = false;

  constructor(service: WeatherService, logger: Logger, onChange: () => void) {
    this.#service = service;
    this.#logger = logger;
    this.#onChange = onChange;
  }

  /** What the tray model takes: the last answer and the index the settings choose. */
  get input(): Readonly<{ extras: readonly FavouriteExtras[]; airQualityScale: AirQualityScale | undefined }> {
    return { extras: this.#extras, airQualityScale: (this.#service.getSettings() as { airQualityScale?: AirQualityScale }).airQualityScale };
  }

  onEvent(event: ServiceEvent): void {
    if (event.type === 'refresh-finished' || event.type === 'favourites-changed') this.#ask();
  }

  /** Each minute's tick: the first ask, unless one was made; a paused engine (waiting for a key) asks nothing. */
  onTick(): void {
    if (!this.#asked && !this.#service.status().paused) this.#ask();
  }

  #ask(): void {
    this.#asked = true;
    this.#service.placeExtras().then(
      (extras) => {
        this.#extras = extras;
        this.#onChange();
      },
      (error: unknown) => this.#logger.warn(`warnings and air quality for the tray: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
}
