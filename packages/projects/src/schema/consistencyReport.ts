import { z } from 'zod';
import { ConsistencyFinding } from './consistencyFinding.js';
import { Remark } from './remark.js';

/** One check `checkConsistency` ran, and what came of it, so agreement is on record too. */
export const ConsistencyCheck = z
  .object({
    id: z.string().regex(/^C-[a-z0-9-]+$/, 'expected a check id such as "C-measure-count"'),
    title: Remark,
    outcome: z.enum(['agrees', 'disagrees']),
    detail: Remark,
    findingIds: z.array(z.string()),
  })
  .strict()
  .meta({ id: 'ConsistencyCheck' });
export type ConsistencyCheck = z.infer<typeof ConsistencyCheck>;

/** The plan consistency report: findings (derived, then curated) and every check run. */
export const ConsistencyReport = z
  .object({
    findings: z.array(ConsistencyFinding),
    checks: z.array(ConsistencyCheck),
  })
  .strict()
  .meta({ id: 'ConsistencyReport' });
export type ConsistencyReport = z.infer<typeof ConsistencyReport>;
