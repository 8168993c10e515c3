import { Button, DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { pagePagination } from '../../../shared/ui/pagePagination';
import { DATE_FORMAT, isoDate } from '../../graduates/format';
import { useTrainingSessions } from '../useTraining';
import type { TrainingSession } from '../vocabulary';
import { AttendanceModal } from './AttendanceModal';
import { TrainingFormModal } from './TrainingFormModal';
import { TrainingTable } from './TrainingTable';

type Dialog = { kind: 'add' } | { kind: 'edit' | 'attendance'; session: TrainingSession } | null;

/**
 * «Обучение»: the sessions for candidates (000 §4.9, 001 §7.1), newest first, by period;
 * «Добавить занятие», editing, and the attendance screen. A candidate becomes «Обучен»
 * once the sessions they attended add up to the institution's required hours.
 */
export function TrainingView({
  from,
  to,
  page,
  pageSize,
  onPeriod,
  onPage,
}: {
  from: string | undefined;
  to: string | undefined;
  page: number;
  pageSize: number;
  onPeriod: (from: string | null, to: string | null) => void;
  onPage: (page: number, pageSize: number) => void;
}) {
  const { t } = useTranslation('curators');
  const { t: tc } = useTranslation();
  const { can } = usePermissions();
  const today = isoDate(useInstitutionToday());
  const sessions = useTrainingSessions({ from, to, page, pageSize });
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const writable = can('curators.write');

  return (
    <Flex vertical gap={12} data-testid="training-view">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex gap={12} align="center" wrap>
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            allowEmpty={[true, true]}
            aria-label={t('training.period')}
            placeholder={[t('training.periodFrom'), t('training.periodTo')]}
            value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
            onChange={(range) =>
              onPeriod(range?.[0] ? isoDate(range[0]) : null, range?.[1] ? isoDate(range[1]) : null)
            }
            data-testid="training-period"
          />
          <Typography.Text type="secondary">{t('training.sectionHint')}</Typography.Text>
        </Flex>
        {writable && (
          <Button type="primary" onClick={() => setDialog({ kind: 'add' })}>
            {t('training.add')}
          </Button>
        )}
      </Flex>
      <ProblemAlert error={sessions.error} />
      <TrainingTable
        testId="training-table"
        sessions={sessions.data?.items}
        loading={sessions.isFetching}
        pagination={pagePagination(sessions.data, tc, onPage)}
        emptyText={from || to ? t('training.noneInPeriod') : t('training.none')}
        today={today}
        onEdit={writable ? (session) => setDialog({ kind: 'edit', session }) : undefined}
        onAttendance={
          writable ? (session) => setDialog({ kind: 'attendance', session }) : undefined
        }
      />
      {dialog?.kind === 'add' && (
        <TrainingFormModal
          onClose={close}
          onCreated={(session) => {
            // A session held today or before goes straight on to who came.
            if (session.heldOn <= today) setDialog({ kind: 'attendance', session });
          }}
        />
      )}
      {dialog?.kind === 'edit' && <TrainingFormModal session={dialog.session} onClose={close} />}
      {dialog?.kind === 'attendance' && (
        <AttendanceModal session={dialog.session} onClose={close} />
      )}
    </Flex>
  );
}
