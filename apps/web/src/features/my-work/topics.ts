import type { MyWork, MyWorkCount } from './useMyWork';

export type TopicKey =
  | 'approvals'
  | 'appeals'
  | 'plans'
  | 'monitoring'
  | 'contracts'
  | 'graduates'
  | 'consents'
  | 'reports';

/** The label keys of the counts (`counts.*` in the namespace). */
export type CountKey =
  | 'intakeQueue'
  | 'openOwn'
  | 'openInstitution'
  | 'activitiesOverdueOwn'
  | 'activitiesOverdueInstitution'
  | 'activitiesDueThisWeekOwn'
  | 'activitiesDueThisWeekInstitution'
  | 'assessmentsDue'
  | 'assessmentsOverdue'
  | 'noticesToSend'
  | 'noticesOverdue'
  | 'contractsExpiring'
  | 'contractsMissingScan'
  | 'turning23'
  | 'consentsMissing'
  | 'consentsWithdrawn'
  | 'reportsDue'
  | 'reportsToReview'
  | 'approvalPlans'
  | 'approvalExceptionOrders'
  | 'approvalCurators';

export interface TopicItem {
  key: CountKey;
  count: MyWorkCount;
  /** Past a deadline: shown in red while there is any. */
  overdue?: boolean;
}

export interface Topic {
  key: TopicKey;
  items: TopicItem[];
}

type Maybe = MyWorkCount | null | undefined;
const item = (key: CountKey, count: Maybe, overdue = false): TopicItem[] =>
  count ? [{ key, count, overdue }] : [];

/**
 * The page's cards in reading order: what waits for the head's decision first, then the
 * case work by topic. Sections the user may not read (null) have no card. Reports to
 * review are an approval for the head and a report task for the others.
 */
export function topicsOf(work: MyWork): Topic[] {
  const own = work.scope === 'own';
  const scoped = (mine: CountKey, all: CountKey) => (own ? mine : all);
  const { appeals, plans, monitoring, contracts, approvals, reports } = work;
  const reviewsAsApproval = Boolean(approvals);
  const topics: Topic[] = [
    {
      key: 'approvals',
      items: approvals
        ? [
            ...item('approvalPlans', approvals.plans),
            ...item('approvalExceptionOrders', approvals.exceptionOrders),
            ...item('approvalCurators', approvals.curators),
            ...item('reportsToReview', reports?.reportsToReview),
          ]
        : [],
    },
    {
      key: 'appeals',
      items: [
        ...item('intakeQueue', appeals?.intakeQueue),
        ...item(scoped('openOwn', 'openInstitution'), appeals?.open),
      ],
    },
    {
      key: 'plans',
      items: [
        ...item(
          scoped('activitiesOverdueOwn', 'activitiesOverdueInstitution'),
          plans?.activitiesOverdue,
          true,
        ),
        ...item(
          scoped('activitiesDueThisWeekOwn', 'activitiesDueThisWeekInstitution'),
          plans?.activitiesDueThisWeek,
        ),
      ],
    },
    {
      key: 'monitoring',
      items: [
        ...item('assessmentsDue', monitoring?.assessmentsDue),
        ...item('assessmentsOverdue', monitoring?.assessmentsOverdue, true),
        ...item('noticesToSend', monitoring?.noticesToSend),
        ...item('noticesOverdue', monitoring?.noticesOverdue, true),
      ],
    },
    {
      key: 'contracts',
      items: [
        ...item('contractsExpiring', contracts?.expiring),
        ...item('contractsMissingScan', contracts?.missingScan),
      ],
    },
    { key: 'graduates', items: item('turning23', work.graduates.turning23) },
    {
      key: 'consents',
      items: [
        ...item('consentsMissing', work.consents.missing),
        ...item('consentsWithdrawn', work.consents.withdrawn),
      ],
    },
    {
      key: 'reports',
      items: [
        ...item('reportsDue', reports?.reportsDue),
        ...(reviewsAsApproval || own ? [] : item('reportsToReview', reports?.reportsToReview)),
      ],
    },
  ];
  return topics.filter((topic) => topic.items.length > 0);
}
