// Who hears what the service announces. A listener that throws is logged and does not stop the
// others, nor the service.
import type { Logger } from '../logger.ts';
import type { ServiceEvent, ServiceListener } from './service-types.ts';

export class ServiceEvents {
  #listeners = new Set<ServiceListener>();
  #logger: Logger;

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  /** Returns the function that stops listening. */
  subscribe(listener: ServiceListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(event: ServiceEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        this.#logger.error(`a listener failed on ${event.type}: ${(error as Error).message}`);
      }
    }
  }

  clear(): void {
    this.#listeners.clear();
  }
}
