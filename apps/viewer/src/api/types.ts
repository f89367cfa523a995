// Shapes of the API's answers. The plan model comes from @plan/indicators and
// the scoring results from @plan/scoring (types only: nothing of them is bundled).
import type {
  Category,
  Indicator,
  IndicatorTable,
  LocalizedText,
  PlanMeta,
  Region,
} from '@plan/indicators';
import type { Method } from '@plan/scoring';

export type { Category, Indicator, IndicatorTable, LocalizedText, Method, Region };

/** GET /api/v1/plan */
export type PlanSummary = PlanMeta & { regions: Region[]; tables: IndicatorTable[] };

/** An observed value: a number, a ratio (职普比例) or one number per part (双师型). */
export type ObservationValue = number | { ratio: number[] } | { parts: Record<string, number> };

/** A stored observation (GET /api/v1/observations). */
export type Observation = {
  id: string;
  indicatorId: string;
  region: string;
  year: number;
  date: string;
  period: 'year' | 'date';
  value: ObservationValue;
  source: string;
  /** true for demo figures (示例数据), never official */
  illustrative: boolean;
  note: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};

export type ObservationList = { items: Observation[]; dataVersion: number };

/** One revision of an observation (GET /api/v1/observations/{id}/history). */
export type Revision = {
  revision: number;
  action: 'create' | 'update' | 'delete';
  actor: string;
  at: string;
  old: Observation | null;
  new: Observation | null;
  reason: string | null;
};

/** What POST /api/v1/observations takes. */
export type ObservationInput = {
  indicatorId: string;
  region: string;
  year?: number;
  date?: string;
  value: ObservationValue;
  source: string;
  note?: string | null;
};

/** POST /api/v1/observations/import: the report, row by row. */
export type ImportReport = {
  dryRun: boolean;
  ok: boolean;
  rows: number;
  created: number;
  unchanged: number;
  problems: { row: number; column: string; problem: string }[];
};

export type Role = 'viewer' | 'editor' | 'admin';
/** GET /api/v1/me */
export type Me = { name: string | null; role: Role | null };
