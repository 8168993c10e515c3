import { graduatePath } from '../graduates/paths';

/** The «Мониторинг» section: notices to guardianship bodies and assessments due. */
export const MONITORING_PATH = '/monitoring';

/** The card's tab key: `/graduates/:id?tab=monitoring`. */
export const MONITORING_TAB = 'monitoring';

/** The «Мониторинг» tab of a graduate's card. */
export function graduateMonitoringPath(graduateId: string): string {
  return `${graduatePath(graduateId)}?tab=${MONITORING_TAB}`;
}
