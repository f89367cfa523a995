import { BilingualError } from '../bilingualError.js';
import { ConflictError } from '../conflictError.js';

/** A unit named that does not exist: units are entered by users first, never made up. */
export class UnknownUnitError extends BilingualError {
  constructor(
    /** The unknown units' ids, each once. */
    readonly unitIds: readonly string[],
    /** The item being assigned, when there is one. */
    readonly itemId?: string,
  ) {
    const names = unitIds.map((id) => `"${id}"`).join(', ');
    const namesZh = unitIds.map((id) => `“${id}”`).join('、');
    super({
      zh: `未知的单位 ${namesZh}${itemId ? `（用于 ${itemId}）` : ''}：请先添加该单位`,
      en: `unknown unit${unitIds.length === 1 ? '' : 's'} ${names}${itemId ? ` (for ${itemId})` : ''}: create the unit first`,
    });
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
        ? { zh: `编号为“${value}”的单位已存在`, en: `a unit with id "${value}" already exists` }
        : {
            zh: `名为“${value}”的单位已存在（编号“${existingUnitId}”）`,
            en: `a unit named "${value}" already exists (id "${existingUnitId}")`,
          },
      existingUnitId,
    );
    this.name = 'DuplicateUnitError';
  }
}

/** A measure report that does not exist in this plan (evidence must be attached to one). */
export class UnknownReportError extends BilingualError {
  constructor(readonly reportId: string) {
    super({
      zh: `本规划中没有编号为“${reportId}”的举措报告`,
      en: `no measure report "${reportId}" in this plan`,
    });
    this.name = 'UnknownReportError';
  }
}

/** A bulk assignment naming the same item twice: which one is meant cannot be told, so nothing is written. */
export class DuplicateItemError extends BilingualError {
  constructor(readonly itemId: string) {
    super({
      zh: `事项“${itemId}”在同一份清单中被分配了不止一次`,
      en: `item "${itemId}" is assigned more than once in one list`,
    });
    this.name = 'DuplicateItemError';
  }
}

/** An evidence file larger than the store keeps. */
export class EvidenceTooLargeError extends BilingualError {
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super({
      zh: `佐证文件为 ${size} 字节，超过可保存的 ${limit} 字节`,
      en: `evidence file of ${size} bytes is larger than the ${limit} bytes kept`,
    });
    this.name = 'EvidenceTooLargeError';
  }
}
