export const seedFileName: string;
export const seedDir: string;
export const seedPath: string;
export const hasSeed: boolean;
export const seedSkipReason: string | undefined;
/** The plan text, or undefined where the seed folder is absent. */
export function readSeed(): string | undefined;
