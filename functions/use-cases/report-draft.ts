/**
 * The narrative report draft (issue 13, `GET …/exports/{period}/report.docx`): the export's inputs
 * (exports.ts: plan, period, the scope's figures and unit data), the same period a year before,
 * and the document built from them.
 *
 * "A year before" is the plan whose id is this plan's with its year one less (`tu-ky-2025` →
 * `tu-ky-2024`), of that year, and readable by the caller; otherwise the draft says there is no
 * data. Its figures are computed from its reports as this period's are, for the same scope (the
 * group or unit of the same id).
 */
import { API_ROUTES } from '../../shared/api/routes.js';
import { periodInfo } from '../../shared/calendar.js';
import { scorecardForGroup } from '../../shared/engine/scorecard-filter.js';
import type { KpiResult } from '../../shared/engine/scorecard-model.js';
import type { Lang } from '../../shared/words/messages.js';
import type { Caller } from '../access/caller.js';
import { AppError } from '../errors.js';
import { buildReportDocx } from '../exports/report-docx/build-report-docx.js';
import type { Deps } from '../runtime/deps.js';
import { computeFromStore } from './aggregate.js';
import { exportInputs, type ExportInputs } from './exports.js';
import { loadPlanFor } from './plan-access.js';

export async function reportDraft(
  deps: Deps,
  caller: Caller,
  planId: string,
  periodId: string,
  groupId: string | null,
  unitId: string | null,
  lang: Lang,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const inputs = await exportInputs(deps, caller, planId, periodId, groupId, unitId);
  const { plan, period, figures, scope, unitData } = inputs;
  const bytes = await buildReportDocx({
    plan,
    period,
    figures,
    scopeName: scope.kind === 'plan' ? null : scope.name,
    lastYear: await lastYearKpis(deps, caller, inputs),
    unitTasks: [...unitData.values()].flatMap((data) => (data === null ? [] : [data.tasks])),
    now: deps.now(),
    lang,
  });
  // As the form 06 workbook is named (exports/form-06/workbook.ts): plan, period, then the scope.
  const fileName = `${['du-thao-bao-cao', plan.id, period.id, ...(scope.kind === 'plan' ? [] : [scope.id])].join('-')}.docx`;
  return { bytes, fileName };
}

async function lastYearKpis(deps: Deps, caller: Caller, { plan, period, scope }: ExportInputs): Promise<KpiResult[] | null> {
  const suffix = `-${plan.year}`;
  if (!plan.id.endsWith(suffix)) return null;
  const earlierId = `${plan.id.slice(0, -suffix.length)}-${plan.year - 1}`;
  let earlier;
  try {
    earlier = (await loadPlanFor(deps.store, caller, earlierId, API_ROUTES.exportReportDocx.roles)).plan;
  } catch (error) {
    if (error instanceof AppError && (error.kind === 'not_found' || error.kind === 'forbidden')) return null;
    throw error;
  }
  if (earlier.year !== plan.year - 1) return null;
  const samePeriod = periodInfo(`${earlier.year}-${period.kind}`, earlier.timezone)!;
  const { scorecard } = await computeFromStore(deps.store, earlier, samePeriod, deps.now());
  if (scope.kind === 'plan') return scorecard.district.kpis;
  if (scope.kind === 'group') return scorecardForGroup(scorecard, scope.id)?.district.kpis ?? null;
  return scorecard.units.find((u) => u.unitId === scope.id)?.kpis ?? null;
}
