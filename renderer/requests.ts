// Requests to main as the window makes them: a refusal is shown in words, never thrown.
import type { IpcError, Result } from '../main/ipc/ipc-contract.ts';
import type { Toast } from './toast.ts';

export class Requests {
  #toast: Toast;

  constructor(toast: Toast) {
    this.#toast = toast;
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
    this.#toast.show(error.message, undefined, 'error');
  }
}
