import type { Schemas } from '@postcare/api-client';
import { ACTIVITY_STATUS_LABELS, LIFE_DOMAIN_LABELS } from '@postcare/domain';
import { Button, Empty, Modal, Skeleton, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { formatDate } from '../../graduates/format';
import { usePlanRevision, usePlanRevisions } from '../usePlans';
import { LIFE_DOMAINS, type LifeDomain } from '../vocabulary';

type Change = Schemas['PlanChangeDto'];
type Snapshot = Schemas['PlanSnapshotDto'];

const isDomain = (value: string): value is LifeDomain => LIFE_DOMAINS.includes(value as LifeDomain);

/** One change against the previous revision, in words. */
function ChangeLine({ change }: { change: Change }) {
  const { t } = useTranslation('plans');
  const labelOf = useLabel();
  const fields = change.fields
    .map((field) => t(`changeFields.${field}`, { defaultValue: field }))
    .join(', ');
  const subject =
    change.what === 'goal' && isDomain(change.subject)
      ? labelOf(LIFE_DOMAIN_LABELS, change.subject)
      : change.subject;
  return (
    <li>
      {t(`changes.${change.what}.${change.how}`, { subject })}
      {change.how === 'changed' && fields && (
        <Typography.Text type="secondary"> ({fields})</Typography.Text>
      )}
    </li>
  );
}

/** The plan as it stood in one revision: period, goals, activities. */
function SnapshotView({ snapshot }: { snapshot: Snapshot }) {
  const { t } = useTranslation('plans');
  const labelOf = useLabel();
  return (
    <>
      <Typography.Paragraph>
        {t('plan.period', {
          from: formatDate(snapshot.periodFrom),
          to: formatDate(snapshot.periodTo),
        })}
      </Typography.Paragraph>
      {snapshot.goals.map(({ domain, goal }) => (
        <Typography.Paragraph key={domain} style={{ marginBottom: 4 }}>
          <Typography.Text type="secondary">
            {labelOf(LIFE_DOMAIN_LABELS, domain)}:{' '}
          </Typography.Text>
          {goal}
        </Typography.Paragraph>
      ))}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        style={{ marginTop: 12 }}
        dataSource={snapshot.activities}
        columns={[
          {
            title: t('fields.domain'),
            dataIndex: 'domain',
            render: (_, { domain }) => labelOf(LIFE_DOMAIN_LABELS, domain),
          },
          { title: t('fields.title'), dataIndex: 'title' },
          {
            title: t('fields.dueOn'),
            dataIndex: 'dueOn',
            render: (_, { dueOn }) => formatDate(dueOn),
          },
          {
            title: t('fields.status'),
            dataIndex: 'status',
            render: (_, { status }) => <Tag>{labelOf(ACTIVITY_STATUS_LABELS, status)}</Tag>,
          },
          {
            title: t('fields.outcome'),
            key: 'outcome',
            render: (_, activity) =>
              activity.status === 'done'
                ? `${formatDate(activity.doneOn)}: ${activity.result}`
                : activity.cancelReason,
          },
        ]}
      />
    </>
  );
}

function RevisionModal({
  planId,
  number,
  onClose,
}: {
  planId: string;
  number: number;
  onClose: () => void;
}) {
  const { t } = useTranslation('plans');
  const revision = usePlanRevision(planId, number);
  return (
    <Modal
      open
      width={860}
      title={t('revisions.revisionTitle', { number })}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      <ProblemAlert error={revision.error} />
      {revision.data ? <SnapshotView snapshot={revision.data.snapshot} /> : <Skeleton active />}
    </Modal>
  );
}

/**
 * Revisions since the first approval, newest first, each with what changed against the
 * one before; any of them can be opened as it stood.
 */
export function PlanRevisions({ planId }: { planId: string }) {
  const { t } = useTranslation('plans');
  const revisions = usePlanRevisions(planId);
  const [open, setOpen] = useState<number | null>(null);
  const items = [...(revisions.data ?? [])].reverse();

  return (
    <>
      <ProblemAlert error={revisions.error} />
      {revisions.isLoading ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('revisions.none')} />
      ) : (
        <Timeline
          data-testid="plan-revisions"
          items={items.map((revision) => ({
            key: revision.number,
            content: (
              <>
                <Typography.Text strong>
                  {t('revisions.title', { number: revision.number })}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {' · '}
                  {formatDateTime(revision.at)}
                  {revision.user && ` · ${revision.user.fullName}`}
                </Typography.Text>
                <Button type="link" size="small" onClick={() => setOpen(revision.number)}>
                  {t('revisions.open')}
                </Button>
                {revision.reason && <div>{revision.reason}</div>}
                {revision.changes.length > 0 && (
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {revision.changes.map((change, index) => (
                      <ChangeLine key={index} change={change} />
                    ))}
                  </ul>
                )}
              </>
            ),
          }))}
        />
      )}
      {open !== null && (
        <RevisionModal planId={planId} number={open} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
