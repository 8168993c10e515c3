import type { Schemas } from '@postcare/api-client';
import { APPEAL_CHANNEL_LABELS } from '@postcare/domain';
import { Button, Descriptions, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { formatDay } from '../common/dates';
import { APPEAL_JOURNAL_PATH } from '../paths';

export interface Registration {
  appeal: Schemas['AppealDto'];
  /** The help recorded with the appeal, if any. */
  service: Schemas['AidServiceDto'] | null;
}

interface RegistrationSummaryProps {
  registration: Registration;
  onStartAgain: () => void;
}

/** What was registered, with the way on: the graduate's card, the journal, the next appeal. */
export function RegistrationSummary({
  registration: { appeal, service },
  onStartAgain,
}: RegistrationSummaryProps) {
  const { t } = useTranslation('appeals');
  const labelOf = useLabel();
  const navigate = useNavigate();
  const journal = `${APPEAL_JOURNAL_PATH}?appeal=${encodeURIComponent(appeal.id)}`;

  return (
    <Result
      status="success"
      title={t('register.done.title')}
      subTitle={t('register.done.subtitle', {
        name: appeal.graduate.fullName,
        date: formatDateTime(appeal.registeredAt),
      })}
      data-testid="registration-summary"
      extra={[
        <Button
          key="card"
          type="primary"
          onClick={() => void navigate(`/graduates/${appeal.graduate.id}`)}
        >
          {t('register.done.openCard')}
        </Button>,
        <Button key="journal" onClick={() => void navigate(journal)}>
          {t('register.done.openJournal')}
        </Button>,
        <Button key="again" onClick={onStartAgain}>
          {t('register.done.again')}
        </Button>,
      ]}
    >
      <Descriptions
        column={1}
        size="small"
        bordered
        style={{ maxWidth: 720, margin: '0 auto' }}
        items={[
          {
            key: 'channel',
            label: t('fields.channel'),
            children: labelOf(APPEAL_CHANNEL_LABELS, appeal.channel),
          },
          {
            key: 'problems',
            label: t('fields.problems'),
            children: appeal.problems.map(({ name }) => name).join('; '),
          },
          {
            key: 'specialist',
            label: t('fields.specialist'),
            children: appeal.assignedSpecialist?.fullName ?? t('common.unassignedQueue'),
          },
          {
            key: 'service',
            label: t('service.title'),
            children: service
              ? t('register.done.help', {
                  kind: service.kind.name,
                  date: formatDay(service.providedOn),
                  minutes: service.durationMinutes,
                })
              : t('register.done.noHelp'),
          },
        ]}
      />
    </Result>
  );
}
