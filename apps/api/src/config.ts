import { z } from 'zod';

/** Server settings from the environment, checked once at start. */
export const ServerConfig = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  PLAN_ADMIN_TOKEN: z
    .string()
    .min(16, 'PLAN_ADMIN_TOKEN must be at least 16 characters: it grants admin rights')
    .optional(),
  /** Comma-separated origins allowed to call the API from a browser; empty means same-origin only. */
  PLAN_CORS_ORIGINS: z.string().default(''),
  /** Largest accepted request body, in bytes (imports included). */
  PLAN_BODY_LIMIT: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  /** Writes allowed per minute per token. */
  PLAN_WRITE_RATE_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** Load illustrative demo observations (示例数据) for 2021–2023 on first start. */
  PLAN_DEMO_DATA: z.enum(['0', '1', 'true', 'false']).default('1'),
  PLAN_VIEWER_DIR: z.string().optional(),
  PLAN_LOG: z.enum(['json', 'silent']).default('json'),
  /** Benchmarks only: serve the floor route /bench/floor (see AppDeps.benchFloor). */
  PLAN_BENCH_FLOOR: z.enum(['0', '1']).default('0'),
});
export type ServerConfig = z.infer<typeof ServerConfig>;

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const result = ServerConfig.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid server configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function corsOrigins(config: Pick<ServerConfig, 'PLAN_CORS_ORIGINS'>): string[] {
  return config.PLAN_CORS_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
}
