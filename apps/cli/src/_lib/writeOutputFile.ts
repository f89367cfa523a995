import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ioError } from '../exitCodes.js';
import { reasonOf } from './readInputFile.js';

/**
 * Writes a file named on the command line (relative to `cwd`) through a
 * temporary file and a rename, so a reader never sees half a report and a
 * failed write leaves any earlier file as it was. Returns the absolute path.
 */
export async function writeOutputFile(
  cwd: string,
  file: string,
  content: string | Uint8Array,
): Promise<string> {
  const path = resolve(cwd, file);
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
    return path;
  } catch (error) {
    await rm(temporary, { force: true });
    throw ioError(`cannot write ${file}: ${reasonOf(error)}`);
  }
}
