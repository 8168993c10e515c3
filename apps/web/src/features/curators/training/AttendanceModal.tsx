import { Alert, App, Checkbox, Flex, Modal, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { formatDate, isoDate } from '../../graduates/format';
import { CuratorStatusTag } from '../curator/CuratorStatusTag';
import { useCurators } from '../useCurators';
import { useSetAttendance, useTrainingSession } from '../useTraining';
import { LIMITS, type Curator, type TrainingSession } from '../vocabulary';

/** Candidates first (their hours decide the approval), then the curators. */
const GROUPS = [
  { key: 'candidates', statuses: ['candidate', 'trained'] },
  { key: 'curators', statuses: ['approved', 'active', 'paused'] },
] as const;

/** One person to tick: the name, the status, and a candidate's hours so far. */
function AttendeeLabel({ curator }: { curator: Curator }) {
  const { t } = useTranslation('curators');
  return (
    <Flex gap={8} align="center" wrap>
      <span>{curator.fullName}</span>
      <CuratorStatusTag status={curator.status} />
      {(curator.status === 'candidate' || curator.status === 'trained') && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('training.progress', {
            hours: curator.trainingHours,
            required: curator.requiredHours,
          })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * «Отметить присутствие»: a checkbox for every candidate and curator of the institution
 * (except those who left); saving replaces the list. Candidates who reach the required
 * hours become «Обучен» at once, and go back if a mark is taken away. Only for a session
 * already held.
 */
export function AttendanceModal({
  session: given,
  onClose,
}: {
  session: TrainingSession;
  onClose: () => void;
}) {
  const { t } = useTranslation('curators');
  const { message } = App.useApp();
  const today = isoDate(useInstitutionToday());
  // The latest version: again after a refusal reloaded it.
  const session = useTrainingSession(given.id).data ?? given;
  const everyone = useCurators({ pageSize: LIMITS.attendees });
  const save = useSetAttendance();
  // The marks as the user left them, on top of the version they started from; a newer
  // version (after a refusal reloaded it) starts the marks again from the saved list.
  const [marks, setMarks] = useState({
    version: given.version,
    ids: given.attendees.map((a) => a.curatorId),
  });
  const ticked =
    marks.version === session.version ? marks.ids : session.attendees.map((a) => a.curatorId);
  const setTicked = (ids: string[]) => setMarks({ version: session.version, ids });

  const held = session.heldOn <= today;
  const people = (everyone.data?.items ?? []).filter((curator) => curator.status !== 'left');
  // Attendees who left since: named, and kept in the list sent (their hours stay).
  const leftAttendees = everyone.data
    ? session.attendees.filter(({ curatorId }) => !people.some(({ id }) => id === curatorId))
    : [];

  const submit = () =>
    save.mutate(
      {
        params: { path: { id: session.id } },
        body: { version: session.version, curatorIds: ticked },
      },
      {
        onSuccess: (saved) => {
          void message.success(t('training.attendanceSaved', { people: saved.attendees.length }));
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      title={t('training.attendanceTitle', { date: formatDate(session.heldOn) })}
      okText={t('training.attendanceSubmit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !held }}
      confirmLoading={save.isPending}
      mask={{ closable: false }}
      width={640}
      destroyOnHidden
      onOk={submit}
      onCancel={onClose}
    >
      <Flex vertical gap={12} data-testid="attendance-form">
        <Typography.Text strong>{session.topic}</Typography.Text>
        <Typography.Text type="secondary">
          {t('training.attendanceHint', { hours: session.hours })}
        </Typography.Text>
        {!held && <Alert type="warning" showIcon title={t('training.notHeldYet')} />}
        {everyone.isLoading ? (
          <Skeleton active />
        ) : (
          GROUPS.map(({ key, statuses }) => {
            const group = people.filter((curator) =>
              (statuses as readonly string[]).includes(curator.status),
            );
            return (
              <section key={key}>
                <Typography.Title level={5} style={{ marginTop: 8 }}>
                  {t(`training.groups.${key}`)}
                </Typography.Title>
                {group.length === 0 ? (
                  <Typography.Text type="secondary">
                    {t(`training.groups.${key}None`)}
                  </Typography.Text>
                ) : (
                  <Checkbox.Group
                    value={ticked}
                    disabled={!held}
                    onChange={(values) =>
                      setTicked([
                        ...ticked.filter((id) => !group.some((curator) => curator.id === id)),
                        ...(values as string[]),
                      ])
                    }
                    style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                    options={group.map((curator) => ({
                      value: curator.id,
                      label: <AttendeeLabel curator={curator} />,
                    }))}
                  />
                )}
              </section>
            );
          })
        )}
        {leftAttendees.length > 0 && (
          <Typography.Text type="secondary">
            {t('training.leftAttendees', {
              names: leftAttendees.map(({ fullName }) => fullName).join(', '),
            })}
          </Typography.Text>
        )}
        <ProblemAlert error={save.error ?? everyone.error} />
      </Flex>
    </Modal>
  );
}
