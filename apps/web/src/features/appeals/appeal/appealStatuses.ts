import type { Schemas } from '@postcare/api-client';
import { APPEAL_STATUSES } from '@postcare/domain';

export type AppealStatus = Schemas['AppealStatus'];
export type AppealChannel = Schemas['AppealChannel'];

/** The shared vocabulary (codes and words in @postcare/domain). */
export { APPEAL_CHANNELS, APPEAL_STATUSES } from '@postcare/domain';

/** Where an appeal may go next (as the API allows): a closed appeal can only be reopened. */
const NEXT: Record<AppealStatus, readonly AppealStatus[]> = {
  new: ['in_progress', 'resolved', 'referred'],
  in_progress: ['resolved', 'referred'],
  resolved: ['in_progress'],
  referred: ['in_progress'],
};

/** The current status and the ones it may move to, in the usual order. */
export const reachableStatuses = (from: AppealStatus): AppealStatus[] =>
  APPEAL_STATUSES.filter((status) => status === from || NEXT[from].includes(status));

/** Resolved and referred appeals say what came of them. */
export const isClosed = (status: AppealStatus | undefined): boolean =>
  status === 'resolved' || status === 'referred';

export const STATUS_COLORS: Record<AppealStatus, string> = {
  new: 'blue',
  in_progress: 'gold',
  resolved: 'green',
  referred: 'purple',
};
