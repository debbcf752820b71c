// Requests to main as the window makes them: a refusal is shown in words, never thrown.
import type { IpcError, Result } from '../main/ipc/ipc-contract.ts';
import type { Wording } from '../main/wording/wording.ts';
import { errorWords } from './error-words.ts';
import type { Toast } from './toast.ts';

export class Requests {
  #toast: Toast;
  #wording: () => Wording;

  /** `wording`: the window's words at the moment a refusal is shown. */
  constructor(toast: Toast, wording: () => Wording) {
    this.#toast = toast;
    this.#wording = wording;
  }

  /** The answer's value, or null once the refusal has been shown. */
  async attempt<T>(request: Promise<Result<T>>): Promise<T | null> {
    const result = await request;
    if (result.ok) return result.value;
    this.showError(result.error);
    return null;
  }

  /** For requests whose answer is only success or failure (their value is null). */
  async succeeded(request: Promise<Result<null>>): Promise<boolean> {
    const result = await request;
    if (!result.ok) this.showError(result.error);
    return result.ok;
  }

  showError(error: IpcError): void {
    this.#toast.show(errorWords(this.#wording(), error), undefined, 'error');
  }
}
