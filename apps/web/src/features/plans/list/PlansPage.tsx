import type { Permission } from '@postcare/api-client';
import { Badge, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { ExceptionOrdersTable } from '../../contracts/exception-orders/ExceptionOrdersTable';
import { useExceptionOrders } from '../../contracts/exception-orders/useExceptionOrders';
import { usePlanActivities, usePlans } from '../usePlans';
import type { ActivityListQuery, PlanListQuery } from '../vocabulary';
import { ActivitiesTable } from './ActivitiesTable';
import { PlansTable } from './PlansTable';
import { PageTitle } from '../../../shared/ui/PageTitle';

type View = 'approvals' | 'pastReview' | 'overdue' | 'myOverdue' | 'myWeek';

const PLAN_QUERIES: Partial<Record<View, PlanListQuery>> = {
  approvals: { attention: 'awaiting_approval' },
  pastReview: { attention: 'past_review' },
};

const ACTIVITY_QUERIES: Partial<Record<View, ActivityListQuery>> = {
  overdue: { due: 'overdue' },
  myOverdue: { due: 'overdue', mine: true },
  myWeek: { due: 'week', mine: true },
};

const positive = (value: string | null, fallback: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

/** Which lists a user works from: heads approve and watch the institution, specialists their own. */
function viewsFor(can: (...anyOf: Permission[]) => boolean): View[] {
  if (can('plans.approve')) return ['approvals', 'pastReview', 'overdue'];
  if (can('plans.write')) return ['myOverdue', 'myWeek'];
  return ['overdue', 'pastReview'];
}

/** How many items a view holds, for its tab (one-row queries). */
function useCounts(views: View[], confirmsOrders: boolean): Partial<Record<View, number>> {
  const has = (view: View) => views.includes(view);
  const awaiting = usePlans(
    { attention: 'awaiting_approval', pageSize: 1 },
    { enabled: has('approvals') },
  );
  const orders = useExceptionOrders('requested', { enabled: has('approvals') && confirmsOrders });
  const pastReview = usePlans(
    { attention: 'past_review', pageSize: 1 },
    { enabled: has('pastReview') },
  );
  const overdue = usePlanActivities({ due: 'overdue', pageSize: 1 }, { enabled: has('overdue') });
  const myOverdue = usePlanActivities(
    { due: 'overdue', mine: true, pageSize: 1 },
    { enabled: has('myOverdue') },
  );
  const myWeek = usePlanActivities(
    { due: 'week', mine: true, pageSize: 1 },
    { enabled: has('myWeek') },
  );
  return {
    approvals:
      awaiting.data === undefined
        ? undefined
        : awaiting.data.total + (confirmsOrders ? (orders.data?.length ?? 0) : 0),
    pastReview: pastReview.data?.total,
    overdue: overdue.data?.total,
    myOverdue: myOverdue.data?.total,
    myWeek: myWeek.data?.total,
  };
}

/**
 * «Планы»: the head's approvals (plans submitted, orders requested), plans past their
 * review and overdue activities; a specialist's own overdue activities and this week's.
 */
export function PlansPage() {
  const { t } = useTranslation('plans');
  const { can } = usePermissions();
  const [params, setParams] = useSearchParams();
  const views = viewsFor(can);
  const confirmsOrders = can('exception-orders.confirm');
  const asked = params.get('view');
  const view = views.find((value) => value === asked) ?? views[0];
  const page = positive(params.get('page'), 1);
  const pageSize = positive(params.get('pageSize'), 20);
  const planQuery = PLAN_QUERIES[view];
  const activityQuery = ACTIVITY_QUERIES[view];
  const plans = usePlans({ ...planQuery, page, pageSize }, { enabled: Boolean(planQuery) });
  const activities = usePlanActivities(
    { ...activityQuery, page, pageSize },
    { enabled: Boolean(activityQuery) },
  );
  const orders = useExceptionOrders('requested', {
    enabled: view === 'approvals' && confirmsOrders,
  });
  const counts = useCounts(views, confirmsOrders);

  const write = (changes: Record<string, string | undefined>) =>
    setParams((before) => {
      const next = new URLSearchParams(before);
      for (const [name, value] of Object.entries(changes)) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      return next;
    });
  const changePage = (nextPage: number, nextSize: number) =>
    write({
      page: nextPage > 1 ? String(nextPage) : undefined,
      pageSize: nextSize !== 20 ? String(nextSize) : undefined,
    });

  return (
    <Flex vertical gap={16}>
      <PageTitle style={{ margin: 0 }}>{t('list.title')}</PageTitle>
      <Tabs
        activeKey={view}
        onChange={(key) => write({ view: key, page: undefined })}
        items={views.map((value) => ({
          key: value,
          label: (
            <Flex gap={6} align="center">
              {t(`list.views.${value}`)}
              <Badge
                count={counts[value]}
                showZero={false}
                overflowCount={999}
                color={value === 'approvals' || value === 'myWeek' ? 'blue' : 'red'}
              />
            </Flex>
          ),
        }))}
      />
      <Typography.Text type="secondary">{t(`list.hints.${view}`)}</Typography.Text>
      <ProblemAlert error={plans.error ?? activities.error ?? orders.error} />
      {planQuery && (
        <Flex vertical gap={8}>
          {view === 'approvals' && (
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('list.awaitingPlans')}
            </Typography.Title>
          )}
          <PlansTable
            page={plans.data}
            loading={plans.isFetching}
            onPageChange={changePage}
            emptyText={t(`list.empty.${view}`)}
            testId="plans-table"
          />
        </Flex>
      )}
      {activityQuery && (
        <ActivitiesTable
          page={activities.data}
          loading={activities.isFetching}
          onPageChange={changePage}
          showResponsible={!activityQuery.mine}
          emptyText={t(`list.empty.${view}`)}
          testId="activities-table"
        />
      )}
      {view === 'approvals' && confirmsOrders && (
        <Flex vertical gap={8}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('list.requestedOrders')}
          </Typography.Title>
          <ExceptionOrdersTable
            orders={orders.data}
            loading={orders.isFetching}
            canDecide
            showGraduate
            emptyText={t('list.noRequestedOrders')}
            testId="requested-orders"
          />
        </Flex>
      )}
    </Flex>
  );
}
