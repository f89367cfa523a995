import type { LocalizedText } from '@plan/indicators';
import { BilingualError } from './bilingualError.js';

/** A write that would contradict stored data: a second value for the same key, or a reused idempotency key. */
export class ConflictError extends BilingualError {
  constructor(
    messages: LocalizedText,
    /** The stored observation in the way, when there is one; '' otherwise. */
    readonly existingId: string,
  ) {
    super(messages);
  }
}
