import { fetchClient } from '../../shared/api/client';
import { saveDownload } from '../../shared/files/download';
import type { PrintFormat } from '../../shared/ui/PrintButtons';
import type { Plan } from './vocabulary';

/** The plan annex to print (DOCX or PDF), saved under the name the server gives it. */
export function printPlan(plan: Pick<Plan, 'id' | 'contractNumber'>, format: PrintFormat) {
  return saveDownload(
    fetchClient.GET('/api/plans/{id}/document', {
      params: { path: { id: plan.id }, query: { format } },
      parseAs: 'blob',
    }),
    `План сопровождения к договору ${plan.contractNumber}.${format}`,
  );
}
