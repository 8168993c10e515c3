import { MyWorkLinkDto } from './dto/my-work-count.dto';

const link = (path: string, query: Record<string, string> = {}): MyWorkLinkDto => ({
  path,
  query,
});

/** The journal's period left open: appeals of every month. */
const ALL_TIME = { period: 'all' };

/**
 * The SPA's list pages and URL filters that each count opens. Most show exactly the
 * counted items; where a list has no such filter, the nearest list that shows them among
 * others is named, and the comment says so.
 */
export const LIST_LINKS = {
  /** The journal has no «без специалиста» filter: its new appeals, the queue among them. */
  intakeQueue: () => link('/appeals', { ...ALL_TIME, unassigned: 'true' }),
  /** The journal filters one status at a time: all of these appeals, the open ones among them. */
  openAppeals: (specialistId?: string) =>
    link('/appeals', specialistId ? { ...ALL_TIME, specialistId } : ALL_TIME),
  /** Specialists' plan views are their own activities; heads and supervisors see all. */
  activitiesOverdue: (own: boolean) => link('/plans', { view: own ? 'myOverdue' : 'overdue' }),
  /** Heads have no week view: their overdue activities are the nearest list. */
  activitiesDueThisWeek: (own: boolean) => link('/plans', { view: own ? 'myWeek' : 'overdue' }),
  assessmentsDue: () => link('/monitoring', { view: 'due', state: 'due' }),
  assessmentsOverdue: () => link('/monitoring', { view: 'due', state: 'overdue' }),
  noticesToSend: () => link('/monitoring', { view: 'notices', state: 'to_send' }),
  noticesOverdue: () => link('/monitoring', { view: 'notices', state: 'overdue' }),
  contractsExpiring: () => link('/contracts', { view: 'expiring' }),
  contractsMissingScan: () => link('/contracts', { view: 'missing_scan' }),
  turning23: () => link('/graduates', { view: 'turning23' }),
  /** The graduates list has no consent filter: the files under support, these among them. */
  consents: () => link('/graduates', { status: 'under_support' }),
  reportsDue: () => link('/reports', { tab: 'calendar' }),
  reportsToReview: () => link('/reports', { status: 'submitted' }),
  /** The head's approvals view lists submitted plans and requested exception orders together. */
  approvals: () => link('/plans', { view: 'approvals' }),
  curatorsToApprove: () => link('/curators', { status: 'trained' }),
  graduatesUnderSupportOf: (specialistId: string) =>
    link('/graduates', { specialistId, status: 'under_support' }),
  /** Per specialist there is no overdue view: the institution's overdue activities, theirs among them. */
  overdueActivitiesOf: () => link('/plans', { view: 'overdue' }),
};
