import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ioError } from '../exitCodes.js';

/** Reads a file named on the command line (relative to `cwd`); a missing or unreadable file is an IO error (exit 3). */
export async function readInputFile(cwd: string, file: string): Promise<Uint8Array> {
  const path = resolve(cwd, file);
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw ioError(`cannot read ${file}: ${reasonOf(error)}`);
  }
}

/** "no such file" rather than "ENOENT: no such file or directory, open '/…'". */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
