import { fetchClient } from '../../shared/api/client';
import { saveDownload } from '../../shared/files/download';
import type { PrintFormat } from '../../shared/ui/PrintButtons';
import type { WorkPlan } from './vocabulary';

/** The plan to print with the head's approval (DOCX or PDF), under the name the server gives. */
export function printWorkPlan(plan: Pick<WorkPlan, 'id' | 'title'>, format: PrintFormat) {
  return saveDownload(
    fetchClient.GET('/api/work-plans/{id}/document', {
      params: { path: { id: plan.id }, query: { format } },
      parseAs: 'blob',
    }),
    `${plan.title}.${format}`,
  );
}

/** The plan as a spreadsheet, to count and filter the items. */
export function exportWorkPlan(plan: Pick<WorkPlan, 'id' | 'title'>) {
  return saveDownload(
    fetchClient.GET('/api/work-plans/{id}/export', {
      params: { path: { id: plan.id } },
      parseAs: 'blob',
    }),
    `${plan.title}.xlsx`,
  );
}
