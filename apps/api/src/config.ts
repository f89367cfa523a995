import { z } from 'zod';
import { trustedProxyList } from './rateLimit.js';

/** Words a guessed token is made of; a token of nothing but these (and digits, separators) is refused. */
const COMMON_WORDS = [
  'password',
  'passw0rd',
  'admin',
  'administrator',
  'root',
  'token',
  'secret',
  'changeme',
  'change',
  'letmein',
  'welcome',
  'qwerty',
  'asdf',
  'zxcv',
  'default',
  'example',
  'test',
  'plan',
  'ordos',
  'master',
  'login',
  'pass',
  'key',
  'abc',
  'iloveyou',
  'dragon',
  'monkey',
];

/**
 * Why `token` is too weak to grant admin rights, or undefined when it will do. Besides its
 * length (≥ 16), a token is refused when it is guessable in spite of it: one character
 * repeated, few different characters, a sequence (abcd…, 1234…, 9876…), a short piece
 * repeated (abcabc…), or nothing but common words, digits and separators (adminpassword2024).
 */
export function adminTokenProblem(token: string): string | undefined {
  if (token.length < 16) return 'it must be at least 16 characters: it grants admin rights';
  const distinct = new Set(token).size;
  if (distinct === 1) return 'it is one character repeated';
  if (distinct < 6) return `it uses only ${distinct} different characters (at least 6 are needed)`;
  const codes = [...token].map((char) => char.codePointAt(0) ?? 0);
  const steps = new Set(codes.slice(1).map((code, index) => code - (codes[index] ?? 0)));
  if (steps.size === 1) return 'it is a sequence (like abcd… or 1234…)';
  for (let unit = 2; unit <= token.length / 2; unit++) {
    if (
      token ===
      token
        .slice(0, unit)
        .repeat(Math.ceil(token.length / unit))
        .slice(0, token.length)
    )
      return `it repeats "${token.slice(0, unit)}"`;
  }
  let rest = token.toLowerCase();
  for (const word of [...COMMON_WORDS].sort((a, b) => b.length - a.length))
    rest = rest.replaceAll(word, '');
  if (rest.replace(/[\d\W_]/g, '') === '')
    return 'it is made of common words, digits and separators only (like admin-password-2024)';
  return undefined;
}

/** `PLAN_TRUSTED_PROXIES`: comma-separated addresses and CIDR ranges, each checked. */
const TrustedProxies = z
  .string()
  .default('')
  .transform((text, ctx) => {
    const entries = text
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    try {
      trustedProxyList(entries);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
    return entries;
  });

/** Server settings from the environment, checked once at start. */
export const ServerConfig = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  PLAN_ADMIN_TOKEN: z
    .string()
    .superRefine((token, ctx) => {
      const problem = adminTokenProblem(token);
      if (problem)
        ctx.addIssue({
          code: 'custom',
          message: `PLAN_ADMIN_TOKEN is too weak: ${problem}. Generate one, e.g. \`openssl rand -base64 32\`.`,
        });
    })
    .optional(),
  /** Comma-separated origins allowed to call the API from a browser; empty means same-origin only. */
  PLAN_CORS_ORIGINS: z.string().default(''),
  /** Largest accepted request body, in bytes (imports included). */
  PLAN_BODY_LIMIT: z.coerce
    .number()
    .int()
    .positive()
    .default(20 * 1024 * 1024),
  /** Writes allowed per minute per token (or per client address without one). */
  PLAN_WRITE_RATE_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** Failed sign-ins allowed per minute per client address; then 429 with Retry-After. */
  PLAN_SIGN_IN_FAILURES_PER_MINUTE: z.coerce.number().int().positive().default(20),
  /**
   * Reverse proxies whose X-Forwarded-For is believed (addresses or CIDR ranges, comma-separated).
   * Default none: the client is the socket's peer and X-Forwarded-For is ignored.
   */
  PLAN_TRUSTED_PROXIES: TrustedProxies,
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
