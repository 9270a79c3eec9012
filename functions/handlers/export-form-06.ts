/** GET /v1/plans/{planId}/exports/{period}/form-06.xlsx[?group=|?unit=]: the consolidated form 06 workbook (issue 13). */
import { XLSX } from '../../shared/api/contract.js';
import { form06Filename, form06Workbook } from '../exports/form-06/workbook.js';
import { route } from '../http/route.js';
import { fileAnswer } from '../http/respond.js';
import { exportInputs } from '../use-cases/exports.js';

export const handler = route({}, async ({ deps, caller, params, query, lang }) => {
  const inputs = await exportInputs(deps, caller, params.planId!, params.period!, query.get('group'), query.get('unit'));
  return fileAnswer(await form06Workbook(inputs, lang), XLSX.binary, form06Filename(inputs));
});
