import type { WorkPlanItem } from '../vocabulary';

/** The responsible member of staff and the others named in words, as one line. */
export const responsibleOf = (item: Pick<WorkPlanItem, 'responsible' | 'responsibleName'>) =>
  [item.responsible?.fullName, item.responsibleName].filter(Boolean).join(', ');
