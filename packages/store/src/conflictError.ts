/** A write that would contradict stored data: a second value for the same key, or a reused idempotency key. */
export class ConflictError extends Error {
  constructor(
    message: string,
    /** The stored observation in the way, when there is one; '' otherwise. */
    readonly existingId: string,
  ) {
    super(message);
  }
}
