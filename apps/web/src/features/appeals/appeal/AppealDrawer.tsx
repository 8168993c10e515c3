import { APPEAL_CHANNEL_LABELS } from '@postcare/domain';
import { Button, Descriptions, Drawer, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { Link } from 'react-router';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { CaseLog } from '../../monitoring';
import { formatDay } from '../common/dates';
import { RecordServiceModal } from '../services/RecordServiceModal';
import { ServicesTable } from '../services/ServicesTable';
import { useServices } from '../services/useServices';
import { AppealProgressForm } from './AppealProgressForm';
import { AppealStatusTag } from './AppealStatusTag';
import { useAppeal } from './useAppeal';

/** One appeal: what was asked, how the work goes (status, outcome, assignee), the help given. */
export function AppealDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('appeals');
  const labelOf = useLabel();
  const { can } = usePermissions();
  const appeal = useAppeal(id);
  const services = useServices({ appealId: id, pageSize: 100 });
  const [recording, setRecording] = useState(false);
  const data = appeal.data;

  return (
    <Drawer
      open
      size={760}
      title={
        data
          ? t('appeal.title', { date: formatDateTime(data.registeredAt) })
          : t('appeal.titleLoading')
      }
      extra={data && <AppealStatusTag status={data.status} />}
      onClose={onClose}
      destroyOnHidden
    >
      <ProblemAlert error={appeal.error} />
      {!data ? (
        !appeal.error && <Skeleton active />
      ) : (
        <Flex vertical gap={24}>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              {
                key: 'graduate',
                label: t('fields.graduate'),
                children: (
                  <Link to={`/graduates/${data.graduate.id}`}>
                    {data.graduate.fullName}, {formatDay(data.graduate.birthDate)}
                  </Link>
                ),
              },
              {
                key: 'channel',
                label: t('fields.channel'),
                children: labelOf(APPEAL_CHANNEL_LABELS, data.channel),
              },
              {
                key: 'problems',
                label: t('fields.problems'),
                children: data.problems.map(({ name }) => name).join('; ') || '—',
              },
              {
                key: 'description',
                label: t('fields.description'),
                children: data.description || '—',
              },
            ]}
          />
          <section>
            <Typography.Title level={5}>{t('appeal.progress')}</Typography.Title>
            {can('appeals.write') ? (
              <AppealProgressForm appeal={data} />
            ) : (
              <Descriptions
                column={1}
                size="small"
                items={[
                  {
                    key: 'specialist',
                    label: t('fields.specialist'),
                    children: data.assignedSpecialist?.fullName ?? t('common.unassigned'),
                  },
                  { key: 'outcome', label: t('fields.outcome'), children: data.outcome || '—' },
                  ...(data.referredTo
                    ? [
                        {
                          key: 'referredTo',
                          label: t('fields.referredTo'),
                          children: data.referredTo,
                        },
                      ]
                    : []),
                ]}
              />
            )}
          </section>
          <section>
            <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('service.title')}
              </Typography.Title>
              {can('services.write') && (
                <Button onClick={() => setRecording(true)}>{t('service.recordAction')}</Button>
              )}
            </Flex>
            <ProblemAlert error={services.error} />
            <ServicesTable page={services.data} loading={services.isFetching} size="small" />
          </section>
          {can('monitoring.read') && (
            <section data-testid="appeal-case-notes">
              <CaseLog
                graduateId={data.graduate.id}
                appealId={data.id}
                writable={can('monitoring.write')}
              />
            </section>
          )}
        </Flex>
      )}
      {recording && data && (
        <RecordServiceModal
          graduateId={data.graduate.id}
          appealId={data.id}
          onClose={() => setRecording(false)}
        />
      )}
    </Drawer>
  );
}
