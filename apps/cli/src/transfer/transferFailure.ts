import { TransferError } from '@plan/store';
import { reasonOf } from '../_lib/readInputFile.js';
import { dataError, ioError } from '../exitCodes.js';

/**
 * A transfer's failure as the CLI's error: a file that is not a whole transfer file, a target
 * that is not empty or at another migration, data the transfer cannot carry → exit 1 (nothing
 * was written); what was written not reading back equal, or a file or database that cannot be
 * read or written (an error with a system or driver code) → exit 3. Anything else is a bug.
 */
export function transferFailure(error: unknown, where: string): unknown {
  if (error instanceof TransferError)
    return error.problem === 'verification' ? ioError(error.message) : dataError(error.message);
  if (typeof (error as { code?: unknown } | null)?.code === 'string')
    return ioError(`${where}: ${reasonOf(error)}`);
  return error;
}
