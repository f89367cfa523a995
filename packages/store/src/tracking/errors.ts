import { ConflictError } from '../conflictError.js';

/** A unit named that does not exist: units are entered by users first, never made up. */
export class UnknownUnitError extends Error {
  constructor(
    /** The unknown units' ids, each once. */
    readonly unitIds: readonly string[],
    /** The item being assigned, when there is one. */
    readonly itemId?: string,
  ) {
    const names = unitIds.map((id) => `"${id}"`).join(', ');
    super(
      `unknown unit${unitIds.length === 1 ? '' : 's'} ${names}${itemId ? ` (for ${itemId})` : ''}: create the unit first`,
    );
    this.name = 'UnknownUnitError';
  }
}

/** A unit whose id or Chinese name another unit already has. A ConflictError, so callers answer 409. */
export class DuplicateUnitError extends ConflictError {
  constructor(
    readonly field: 'id' | 'nameZh',
    readonly value: string,
    /** The id of the unit already there. */
    existingUnitId: string,
  ) {
    super(
      field === 'id'
        ? `a unit with id "${value}" already exists`
        : `a unit named "${value}" already exists (id "${existingUnitId}")`,
      existingUnitId,
    );
    this.name = 'DuplicateUnitError';
  }
}

/** A measure report that does not exist in this plan (evidence must be attached to one). */
export class UnknownReportError extends Error {
  constructor(readonly reportId: string) {
    super(`no measure report "${reportId}" in this plan`);
    this.name = 'UnknownReportError';
  }
}

/** A bulk assignment naming the same item twice: which one is meant cannot be told, so nothing is written. */
export class DuplicateItemError extends Error {
  constructor(readonly itemId: string) {
    super(`item "${itemId}" is assigned more than once in one list`);
    this.name = 'DuplicateItemError';
  }
}

/** An evidence file larger than the store keeps. */
export class EvidenceTooLargeError extends Error {
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(`evidence file of ${size} bytes is larger than the ${limit} bytes kept`);
    this.name = 'EvidenceTooLargeError';
  }
}
