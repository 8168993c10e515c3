import type { Schemas } from '@postcare/api-client';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Space,
  Tag,
  Tooltip,
  Typography,
  type DescriptionsProps,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { HistoryTimeline } from '../../../shared/ui/HistoryTimeline';
import { PrintButtons } from '../../../shared/ui/PrintButtons';
import { useProblemNotice } from '../../../shared/ui/useProblemNotice';
import { graduateContractPath } from '../../contracts/paths';
import { isOpen, type Contract } from '../../contracts/vocabulary';
import { formatDate } from '../../graduates/format';
import { ActivitiesByDomain } from '../activities/ActivitiesByDomain';
import { ActivityFormModal } from '../activities/ActivityFormModal';
import { printPlan } from '../planFiles';
import { PlanStatusTag } from '../PlanTags';
import { useSubmitPlan } from '../usePlanChanges';
import { isEditable, type Plan, type PlanStatus } from '../vocabulary';
import { PlanFormModal } from './PlanFormModal';
import { PlanRevisions } from './PlanRevisions';
import { ApprovePlanModal, ReturnPlanModal } from './ReviewModals';

type Dialog = 'edit' | 'add' | 'approve' | 'return';

/** A draft or a returned plan goes to the head; an approved one goes again at its review. */
const canSubmit = (plan: Plan) => plan.status !== 'submitted';

/** Submitting is the next step for a draft, a returned plan, or one due for review. */
const submitIsNext = (plan: Plan) => plan.status !== 'approved' || plan.pastReview;

/**
 * The individual support plan of a contract (001 §4.2.3): where it stands, its goals and
 * activities by life domain, the head's review, its history and revisions.
 */
export function PlanView({
  plan,
  contract,
  graduate,
}: {
  plan: Plan;
  contract: Pick<Contract, 'id' | 'number' | 'status' | 'endsOn'>;
  graduate: Schemas['GraduateDto'];
}) {
  const { t } = useTranslation('plans');
  const { can } = usePermissions();
  const { message } = App.useApp();
  const notifyProblem = useProblemNotice();
  const submit = useSubmitPlan();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const live = !graduate.archived && isOpen(contract);
  const writable = can('plans.write') && live;
  const editable = writable && isEditable(plan);
  const reviewer = can('plans.approve') && live && plan.status === 'submitted';
  const empty = plan.activities.length === 0;

  const send = () =>
    submit.mutate(
      { params: { path: { id: plan.id } }, body: { version: plan.version } },
      {
        onSuccess: () => void message.success(t('review.submitted')),
        onError: notifyProblem,
      },
    );

  const items: DescriptionsProps['items'] = [
    {
      key: 'contract',
      label: t('fields.contract'),
      children: (
        <Link to={graduateContractPath(graduate.id, contract.id)}>
          {t('plan.contract', { number: plan.contractNumber })}
        </Link>
      ),
    },
    {
      key: 'period',
      label: t('fields.period'),
      children: t('plan.period', {
        from: formatDate(plan.periodFrom),
        to: formatDate(plan.periodTo),
      }),
    },
    {
      key: 'approved',
      label: t('fields.approvedAt'),
      children: plan.approvedAt
        ? t('plan.approvedBy', {
            date: formatDateTime(plan.approvedAt),
            name: plan.approvedBy?.fullName ?? '—',
          })
        : t('plan.notApproved'),
    },
    {
      key: 'review',
      label: t('fields.nextReviewOn'),
      children: plan.nextReviewOn ? (
        <Space size={4}>
          <Typography.Text type={plan.pastReview ? 'danger' : undefined}>
            {formatDate(plan.nextReviewOn)}
          </Typography.Text>
          {plan.pastReview && <Tag color="red">{t('plan.pastReview')}</Tag>}
        </Space>
      ) : (
        '—'
      ),
    },
  ];

  return (
    <Card
      data-testid="plan-view"
      title={
        <Flex gap={8} align="center" wrap>
          <span>{t('plan.title')}</span>
          <PlanStatusTag status={plan.status} />
        </Flex>
      }
      extra={<PrintButtons testId="plan-print" print={(format) => printPlan(plan, format)} />}
    >
      <Flex vertical gap={16}>
        {plan.status === 'returned' && plan.reviewComment && (
          <Alert
            type="warning"
            showIcon
            title={t('plan.returnedBecause')}
            description={plan.reviewComment}
          />
        )}
        {plan.status === 'submitted' && (
          <Alert type="info" showIcon title={t(reviewer ? 'plan.awaitsYou' : 'plan.underReview')} />
        )}
        {contract.status === 'draft' && (
          <Alert type="info" showIcon title={t('plan.contractNotSigned')} />
        )}
        {(writable || reviewer) && (
          <Space wrap>
            {reviewer && (
              <>
                <Button type="primary" onClick={() => setDialog('approve')}>
                  {t('review.approve')}
                </Button>
                <Button danger onClick={() => setDialog('return')}>
                  {t('review.return')}
                </Button>
              </>
            )}
            {editable && (
              <>
                <Button onClick={() => setDialog('add')}>{t('activities.add')}</Button>
                <Button onClick={() => setDialog('edit')}>{t('actions.editPlan')}</Button>
              </>
            )}
            {writable && canSubmit(plan) && (
              <Tooltip title={empty ? t('review.needsActivity') : undefined}>
                <Button
                  type={submitIsNext(plan) ? 'primary' : 'default'}
                  disabled={empty}
                  loading={submit.isPending}
                  onClick={send}
                >
                  {t('review.submit')}
                </Button>
              </Tooltip>
            )}
          </Space>
        )}
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />
        <ActivitiesByDomain plan={plan} writable={writable} />
        <Flex gap={24} wrap>
          <div style={{ flex: '1 1 360px' }}>
            <Typography.Title level={5}>{t('plan.history')}</Typography.Title>
            <HistoryTimeline
              testId="plan-history"
              entries={plan.history}
              describe={(entry) => t(`history.${entry.to as PlanStatus}`)}
            />
          </div>
          <div style={{ flex: '1 1 360px' }}>
            <Typography.Title level={5}>{t('revisions.heading')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('revisions.hint')}</Typography.Paragraph>
            <PlanRevisions planId={plan.id} />
          </div>
        </Flex>
      </Flex>
      {dialog === 'edit' && <PlanFormModal contract={contract} plan={plan} onClose={close} />}
      {dialog === 'add' && <ActivityFormModal plan={plan} onClose={close} />}
      {dialog === 'approve' && <ApprovePlanModal plan={plan} onClose={close} />}
      {dialog === 'return' && <ReturnPlanModal plan={plan} onClose={close} />}
    </Card>
  );
}
