import { LIFE_DOMAIN_LABELS } from '@postcare/domain';
import {
  Button,
  Card,
  Empty,
  Flex,
  Space,
  Table,
  Tooltip,
  Typography,
  theme,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { formatDate } from '../../graduates/format';
import { ActivityStatusTag } from '../PlanTags';
import {
  isEditable,
  isOpenActivity,
  LIFE_DOMAINS,
  type Activity,
  type LifeDomain,
  type Plan,
} from '../vocabulary';
import {
  CancelActivityModal,
  CompleteActivityModal,
  MoveActivityModal,
} from './ActivityActionModals';
import { ActivityFormModal } from './ActivityFormModal';

type Dialog =
  | { kind: 'add'; domain: LifeDomain }
  | { kind: 'edit' | 'complete' | 'move' | 'cancel'; activity: Activity };

/** The due date; earlier dates of a moved activity struck through, with the reasons on hover. */
function DueDate({ activity }: { activity: Activity }) {
  return (
    <Flex vertical>
      <Typography.Text type={activity.overdue ? 'danger' : undefined} strong={activity.overdue}>
        {formatDate(activity.dueOn)}
      </Typography.Text>
      {activity.moves.map((moved) => (
        <Tooltip key={moved.at} title={moved.reason}>
          <Typography.Text type="secondary" delete style={{ fontSize: 12 }}>
            {formatDate(moved.from)}
          </Typography.Text>
        </Tooltip>
      ))}
    </Flex>
  );
}

/**
 * The plan's goals and activities grouped by life domain. Open activities are done, moved
 * or cancelled right in their row; overdue ones stand out.
 */
export function ActivitiesByDomain({ plan, writable }: { plan: Plan; writable: boolean }) {
  const { t } = useTranslation('plans');
  const labelOf = useLabel();
  const { token } = theme.useToken();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const editable = writable && isEditable(plan);
  const goals = new Map(plan.goals.map(({ domain, goal }) => [domain, goal]));
  const domains = LIFE_DOMAINS.filter(
    (domain) => goals.has(domain) || plan.activities.some((a) => a.domain === domain),
  );

  const columns: TableProps<Activity>['columns'] = [
    {
      title: t('fields.title'),
      key: 'title',
      render: (_, activity) => (
        <>
          <Typography.Text strong>{activity.title}</Typography.Text>
          {activity.description && (
            <div>
              <Typography.Text type="secondary" style={{ whiteSpace: 'pre-line' }}>
                {activity.description}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    {
      title: t('fields.dueOn'),
      dataIndex: 'dueOn',
      width: 110,
      render: (_, activity) => <DueDate activity={activity} />,
    },
    {
      title: t('fields.responsible'),
      key: 'responsible',
      width: 200,
      render: (_, { responsible, responsibleCurator, responsiblePartner }) => (
        <>
          {responsible?.fullName ??
            (!responsibleCurator && !responsiblePartner && (
              <Typography.Text type="secondary">{t('activities.noResponsible')}</Typography.Text>
            ))}
          {responsibleCurator && (
            <Typography.Text
              type="secondary"
              style={{ display: 'block' }}
              data-testid="activity-curator"
            >
              {t('activities.curatorLine', { name: responsibleCurator.fullName })}
            </Typography.Text>
          )}
          {responsiblePartner && (
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {t('activities.partnerLine', { name: responsiblePartner.name })}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: t('fields.status'),
      dataIndex: 'status',
      width: 140,
      render: (_, { status, overdue }) => <ActivityStatusTag status={status} overdue={overdue} />,
    },
    {
      title: t('fields.outcome'),
      key: 'outcome',
      width: '20%',
      render: (_, activity) =>
        activity.status === 'done' ? (
          <>
            <Typography.Text type="secondary">{formatDate(activity.doneOn)}: </Typography.Text>
            {activity.result}
          </>
        ) : activity.status === 'cancelled' ? (
          activity.cancelReason
        ) : (
          activity.moves.at(-1)?.reason && (
            <Typography.Text type="secondary">
              {t('activities.movedBecause', { reason: activity.moves.at(-1)?.reason })}
            </Typography.Text>
          )
        ),
    },
    ...(writable
      ? [
          {
            title: t('fields.actions'),
            key: 'actions',
            width: 190,
            render: (_: unknown, activity: Activity) =>
              isOpenActivity(activity) && (
                <Space size={0} wrap>
                  <Button
                    type="link"
                    size="small"
                    onClick={() => setDialog({ kind: 'complete', activity })}
                  >
                    {t('activities.complete')}
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    onClick={() => setDialog({ kind: 'move', activity })}
                  >
                    {t('activities.move')}
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    danger
                    onClick={() => setDialog({ kind: 'cancel', activity })}
                  >
                    {t('activities.cancel')}
                  </Button>
                  {editable && (
                    <Button
                      type="link"
                      size="small"
                      onClick={() => setDialog({ kind: 'edit', activity })}
                    >
                      {t('activities.edit')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={16} data-testid="plan-activities">
      {domains.length === 0 && <Empty description={t('activities.none')} />}
      {domains.map((domain) => {
        const activities = plan.activities.filter((activity) => activity.domain === domain);
        return (
          <Card
            key={domain}
            size="small"
            title={labelOf(LIFE_DOMAIN_LABELS, domain)}
            data-testid={`domain-${domain}`}
            extra={
              editable && (
                <Button size="small" onClick={() => setDialog({ kind: 'add', domain })}>
                  {t('activities.addHere')}
                </Button>
              )
            }
          >
            <Flex vertical gap={8}>
              {goals.has(domain) && (
                <Typography.Paragraph style={{ margin: 0 }}>
                  <Typography.Text type="secondary">{t('fields.goal')}: </Typography.Text>
                  {goals.get(domain)}
                </Typography.Paragraph>
              )}
              {activities.length > 0 ? (
                <Table<Activity>
                  rowKey="id"
                  size="small"
                  tableLayout="fixed"
                  pagination={false}
                  columns={columns}
                  dataSource={activities}
                  onRow={(activity) => ({
                    style: activity.overdue ? { background: token.colorErrorBg } : undefined,
                  })}
                />
              ) : (
                <Typography.Text type="secondary">{t('activities.noneInDomain')}</Typography.Text>
              )}
            </Flex>
          </Card>
        );
      })}
      {dialog?.kind === 'add' && (
        <ActivityFormModal plan={plan} domain={dialog.domain} onClose={close} />
      )}
      {dialog?.kind === 'edit' && (
        <ActivityFormModal plan={plan} activity={dialog.activity} onClose={close} />
      )}
      {dialog?.kind === 'complete' && (
        <CompleteActivityModal plan={plan} activity={dialog.activity} onClose={close} />
      )}
      {dialog?.kind === 'move' && (
        <MoveActivityModal plan={plan} activity={dialog.activity} onClose={close} />
      )}
      {dialog?.kind === 'cancel' && (
        <CancelActivityModal plan={plan} activity={dialog.activity} onClose={close} />
      )}
    </Flex>
  );
}
