/**
 * A start-up failure the user can fix (missing Java, a port in use, an unsupported template feature).
 * `start.ts` prints its message alone, without a stack: the stack would only hide the one line that matters.
 */
export class LocalStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalStartError';
  }
}
