import type { LocalizedText } from '@plan/indicators';
import { DEMO_SOURCE, type Observation, PLAN_SOURCE } from '@plan/observations';
import type { Role } from './role.js';

/** Why a write is refused: 403 for who may not, 400 for what is missing; the detail in both languages. */
export type WriteRefusal = { status: 403 | 400; detail: LocalizedText };

const PLAN_ROWS: LocalizedText = {
  zh: '规划文本中的数据（来源“plan”，即规划文本）在建库时从规划读入，不能通过接口录入、修改或删除。',
  en: 'The plan\'s own figures (source "plan") are the plan text, read from it when the store is made; they cannot be recorded, changed or deleted through the API.',
};

const ROLES_ZH: Record<Role, string> = { viewer: '查看者', editor: '编辑者', admin: '管理员' };

/**
 * What the record does not let a writer do, whatever the route:
 * - the plan's own rows (source `plan`) are never written, changed or deleted through the API;
 * - moving a figure between illustrative (`demo`) and official is an admin act with a reason,
 *   so an editor can neither pass 示例数据 off as official nor hide an official figure as demo
 *   (which "remove demo data" would then delete).
 * Returns undefined when the write may go ahead.
 */
export function observationWriteRefusal(
  role: Role,
  write:
    | { action: 'create'; source: string }
    | { action: 'delete'; current: Observation }
    | {
        action: 'update';
        current: Observation;
        source?: string | undefined;
        reason?: string | null | undefined;
      },
): WriteRefusal | undefined {
  if (write.action === 'create')
    return write.source === PLAN_SOURCE ? { status: 403, detail: PLAN_ROWS } : undefined;
  if (write.current.source === PLAN_SOURCE) return { status: 403, detail: PLAN_ROWS };
  if (write.action === 'delete') return undefined;
  const source = write.source ?? write.current.source;
  if (source === PLAN_SOURCE) return { status: 403, detail: PLAN_ROWS };
  if ((source === DEMO_SOURCE) === write.current.illustrative) return undefined;
  const move = write.current.illustrative
    ? { zh: '从示例数据改为正式数据', en: 'from illustrative (demo) to official' }
    : { zh: '从正式数据改为示例数据', en: 'from official to illustrative (demo)' };
  if (role !== 'admin') {
    return {
      status: 403,
      detail: {
        zh: `把数据${move.zh}须由管理员操作；${ROLES_ZH[role]}令牌可以更正数值或备注，或以自己的来源录入正式数据。`,
        en: `Moving a figure ${move.en} is an admin act; a ${role} token may correct its value or note, or record an official figure under its own source.`,
      },
    };
  }
  if (!write.reason?.trim()) {
    return {
      status: 400,
      detail: {
        zh: `把数据${move.zh}须说明理由，理由会记入历史。`,
        en: `Moving a figure ${move.en} needs a reason; it is kept in the history.`,
      },
    };
  }
  return undefined;
}
