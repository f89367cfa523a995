import type { UserConfig } from 'vitest/config';

/** Shared Vitest preset: tests sit beside the code they test. */
export function definePlanVitestConfig(overrides?: UserConfig): UserConfig;
