import { keepPreviousData } from '@tanstack/react-query';
import { Badge, Flex, Segmented, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { $api } from '../../../shared/api/client';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { pagePagination } from '../../../shared/ui/pagePagination';
import { NoticesTable } from '../notices/NoticesTable';
import { useNotices } from '../notices/useNotices';
import { DUE_STATES, NOTICE_STATES, type DueState, type NoticeState } from '../vocabulary';
import { DueAssessmentsTable } from './DueAssessmentsTable';
import { useSectionParams } from './useSectionParams';
import { PageTitle } from '../../../shared/ui/PageTitle';

type View = 'notices' | 'due';
const VIEWS: readonly View[] = ['notices', 'due'];
type State = NoticeState | DueState;
const statesOf = (view: View): readonly State[] =>
  view === 'notices' ? NOTICE_STATES : DUE_STATES;

/** The states whose counts the filters show: what still needs doing. */
const COUNTED: readonly NoticeState[] = ['to_send', 'overdue', 'sent'];

function useDueAssessments(state: DueState, page: number, pageSize: number, enabled = true) {
  return $api.useQuery(
    'get',
    '/api/assessments/due',
    { params: { query: { state, page, pageSize } } },
    { placeholderData: keepPreviousData, enabled },
  );
}

/** How many notices each state holds (one-row queries), for the filters. */
function useNoticeCounts(): Partial<Record<NoticeState, number>> {
  const toSend = useNotices({ state: 'to_send', pageSize: 1 });
  const overdue = useNotices({ state: 'overdue', pageSize: 1 });
  const sent = useNotices({ state: 'sent', pageSize: 1 });
  return { to_send: toSend.data?.total, overdue: overdue.data?.total, sent: sent.data?.total };
}

/** A label with how many items it holds (nothing for none). */
function Counted({
  label,
  value,
  danger,
}: {
  label: string;
  value: number | undefined;
  danger?: boolean;
}) {
  return (
    <Flex gap={6} align="center" component="span">
      {label}
      {Boolean(value) && (
        <Badge count={value} overflowCount={999} color={danger ? 'red' : 'blue'} />
      )}
    </Flex>
  );
}

/**
 * «Мониторинг»: notices to guardianship bodies (to send, overdue, sent, answered, cancelled)
 * with their actions, and the assessments due or overdue, linking to each graduate's
 * monitoring tab. The view, filter and page are kept in the URL.
 */
export function MonitoringPage() {
  const { t } = useTranslation('monitoring');
  const { t: tc } = useTranslation();
  const params = useSectionParams<View, State>(VIEWS, statesOf);
  const { view, page, pageSize } = params;
  const noticeState = view === 'notices' ? (params.state as NoticeState) : 'to_send';
  const dueState = view === 'due' ? (params.state as DueState) : 'due';
  const notices = useNotices(
    { state: noticeState, page, pageSize },
    { enabled: view === 'notices' },
  );
  const due = useDueAssessments(dueState, page, pageSize, view === 'due');
  const counts = useNoticeCounts();
  const overdueAssessments = useDueAssessments('overdue', 1, 1);
  const dueAssessments = useDueAssessments('due', 1, 1);

  return (
    <Flex vertical gap={16} data-testid="monitoring-page">
      <PageTitle style={{ margin: 0 }}>{t('section.title')}</PageTitle>
      <Tabs
        activeKey={view}
        onChange={(key) => params.setView(key as View)}
        items={[
          {
            key: 'notices',
            label: <Counted label={t('section.notices')} value={counts.overdue} danger />,
          },
          {
            key: 'due',
            label: (
              <Counted
                label={t('section.due')}
                value={dueAssessments.data?.total}
                danger={Boolean(overdueAssessments.data?.total)}
              />
            ),
          },
        ]}
      />
      {view === 'notices' ? (
        <Flex vertical gap={12}>
          <Segmented<NoticeState>
            value={noticeState}
            onChange={params.setState}
            data-testid="notice-states"
            options={NOTICE_STATES.map((value) => ({
              value,
              label: (
                <Counted
                  label={t(`notices.states.${value}`)}
                  value={COUNTED.includes(value) ? counts[value] : undefined}
                  danger={value === 'overdue'}
                />
              ),
            }))}
          />
          <Typography.Text type="secondary">
            {t(`section.noticesHint.${noticeState}`)}
          </Typography.Text>
          <ProblemAlert error={notices.error} />
          <NoticesTable
            notices={notices.data?.items}
            loading={notices.isFetching}
            showGraduate
            pagination={pagePagination(notices.data, tc, params.setPage)}
            emptyText={t(`section.noticesEmpty.${noticeState}`)}
            testId="notices-table"
          />
        </Flex>
      ) : (
        <Flex vertical gap={12}>
          <Segmented<DueState>
            value={dueState}
            onChange={params.setState}
            data-testid="due-states"
            options={DUE_STATES.map((value) => ({
              value,
              label: (
                <Counted
                  label={t(`section.dueStates.${value}`)}
                  value={(value === 'due' ? dueAssessments : overdueAssessments).data?.total}
                  danger={value === 'overdue'}
                />
              ),
            }))}
          />
          <Typography.Text type="secondary">{t('section.dueHint')}</Typography.Text>
          <ProblemAlert error={due.error} />
          <DueAssessmentsTable
            items={due.data?.items}
            loading={due.isFetching}
            pagination={pagePagination(due.data, tc, params.setPage)}
            emptyText={t(`section.dueEmpty.${dueState}`)}
          />
        </Flex>
      )}
    </Flex>
  );
}
