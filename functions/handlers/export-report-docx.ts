/** GET /v1/plans/{planId}/exports/{period}/report.docx[?group=|?unit=]: the narrative report draft (issue 13). */
import { DOCX } from '../../shared/api/contract.js';
import { route } from '../http/route.js';
import { fileAnswer } from '../http/respond.js';
import { reportDraft } from '../use-cases/report-draft.js';

export const handler = route({}, async ({ deps, caller, params, query, lang }) => {
  const { bytes, fileName } = await reportDraft(deps, caller, params.planId!, params.period!, query.get('group'), query.get('unit'), lang);
  return fileAnswer(bytes, DOCX.binary, fileName);
});
