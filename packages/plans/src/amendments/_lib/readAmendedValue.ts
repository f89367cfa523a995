import {
  type AbsentValue,
  type CellInput,
  checkValue,
  type Indicator,
  type ObservationValue,
  type PlanValue,
  readPrintedValue,
  type ScalarValue,
  type SplitValue,
} from '@plan/indicators';

type Issue = { path: (string | number)[]; message: string };
type Read = { ok: true; value: PlanValue } | { ok: false; issues: Issue[] };

/**
 * Reads the printed value of an amendment the way a plan's own cells are
 * read (`readPrintedValue`), then checks that it fits the indicator's unit
 * with the rule observations are checked by (`checkValue`), so an amended
 * target can be nothing an observation could not be. Unlike a table cell, an
 * amendment must state a value: a blank or "—" is refused.
 */
export function readAmendedValue(
  indicator: Pick<Indicator, 'id' | 'unit' | 'parts'>,
  cell: CellInput,
  path: (string | number)[],
): Read {
  if (typeof cell === 'string') {
    if (indicator.parts) {
      const ids = indicator.parts.map((part) => part.id).join(', ');
      return fail(path, `"${indicator.id}" has parts (${ids}): give one printed value per part`);
    }
    const read = readPrintedValue(cell);
    if (!read.ok) return fail(path, read.message);
    if (read.value.kind === 'absent') return fail(path, 'an amendment must state a value');
    const observed: ObservationValue =
      read.value.kind === 'ratio' ? { ratio: read.value.parts } : read.value.value;
    const problems = checkValue(indicator, observed, 'value');
    if (problems.length > 0) return { ok: false, issues: problems.map(toIssue(path, cell)) };
    return { ok: true, value: read.value };
  }
  if (!indicator.parts) {
    return fail(path, `"${indicator.id}" has no parts: give one printed value, not an object`);
  }
  const issues: Issue[] = [];
  const known = new Set(indicator.parts.map((part) => part.id));
  for (const key of Object.keys(cell)) {
    if (!known.has(key)) {
      issues.push({
        path: [...path, key],
        message: `unknown part "${key}": expected one of ${[...known].join(', ')}`,
      });
    }
  }
  const parts: SplitValue['parts'] = [];
  for (const part of indicator.parts) {
    const partPath = [...path, part.id];
    const printed = cell[part.id];
    if (printed === undefined) {
      issues.push({ path: partPath, message: `missing the value of part "${part.id}"` });
      continue;
    }
    const read = readPrintedValue(printed, part.label.zh);
    if (!read.ok) {
      issues.push({ path: partPath, message: read.message });
      continue;
    }
    if (read.value.kind === 'ratio') {
      issues.push({ path: partPath, message: 'a part of a split value cannot be a ratio' });
      continue;
    }
    if (read.value.kind !== 'absent') {
      const problems = checkValue(indicator, { parts: { [part.id]: read.value.value } }, 'value');
      issues.push(...problems.map(toIssue(partPath, printed)));
    }
    parts.push({ part: part.id, value: read.value as ScalarValue | AbsentValue });
  }
  if (issues.length > 0) return { ok: false, issues };
  if (parts.every((part) => part.value.kind === 'absent')) {
    return fail(path, 'an amendment must state a value for at least one part');
  }
  return {
    ok: true,
    value: {
      kind: 'split',
      printed: indicator.parts.map((part) => cell[part.id] ?? '').join(' / '),
      parts,
    },
  };
}

function fail(path: (string | number)[], message: string): Read {
  return { ok: false, issues: [{ path, message }] };
}

function toIssue(path: (string | number)[], printed: string) {
  return (problem: { message: string }): Issue => ({
    path,
    message: `"${printed}" does not fit the indicator: ${problem.message}`,
  });
}
