/** Thrown by `checkConsistency` for input it cannot read; the message names what is wrong. */
export class ConsistencyInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConsistencyInputError';
  }
}
