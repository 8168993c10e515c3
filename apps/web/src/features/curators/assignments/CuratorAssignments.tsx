import { Button, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { formatDate, isoDate } from '../../graduates/format';
import { graduatePath } from '../../graduates/paths';
import { useAssignments } from '../useAssignments';
import { isWorking, type Assignment, type Curator } from '../vocabulary';
import { AssignFormModal } from './AssignFormModal';
import { AssignmentState, isEndable } from './AssignmentState';
import { EndAssignmentModal } from './EndAssignmentModal';

/**
 * The graduates assigned to the curator, newest first (of the graduates the user may see:
 * a specialist sees those of their own files), with «Закрепить выпускника» for an
 * approved or working curator and «Завершить» for an assignment still running.
 */
export function CuratorAssignments({ curator }: { curator: Curator }) {
  const { t } = useTranslation('curators');
  const { can } = usePermissions();
  const today = isoDate(useInstitutionToday());
  const assignments = useAssignments({ curatorId: curator.id });
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Assignment | null>(null);
  const writable = can('curators.write');
  const free = curator.activeAssignments < curator.maxGraduates;

  return (
    <Flex vertical gap={12} data-testid="curator-assignments">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          {t('assignments.summary', {
            current: curator.activeAssignments,
            max: curator.maxGraduates,
          })}
        </Typography.Text>
        {writable && isWorking(curator.status) && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('assignments.add')}
          </Button>
        )}
      </Flex>
      {writable && curator.status === 'paused' && (
        <Typography.Text type="secondary">{t('assignments.pausedNote')}</Typography.Text>
      )}
      {writable && isWorking(curator.status) && !free && (
        <Typography.Text type="warning">{t('assignments.atCapacity')}</Typography.Text>
      )}
      <ProblemAlert error={assignments.error} />
      <Table<Assignment>
        rowKey="id"
        size="small"
        loading={assignments.isFetching}
        dataSource={assignments.data}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('assignments.none') }}
        columns={[
          {
            title: t('assignments.graduate'),
            key: 'graduate',
            render: (_, { graduate }) => (
              <Link to={graduatePath(graduate.id)}>{graduate.fullName}</Link>
            ),
          },
          {
            title: t('assignments.period'),
            key: 'period',
            width: 190,
            render: (_, assignment) => (
              <Flex vertical gap={2} align="start">
                <span>
                  {assignment.endsOn
                    ? t('assignments.periodClosed', {
                        from: formatDate(assignment.startsOn),
                        to: formatDate(assignment.endsOn),
                      })
                    : t('assignments.periodOpen', { from: formatDate(assignment.startsOn) })}
                </span>
                <AssignmentState assignment={assignment} today={today} />
              </Flex>
            ),
          },
          {
            title: t('assignments.goal'),
            dataIndex: 'goal',
            render: (_, assignment) => (
              <>
                <span style={{ whiteSpace: 'pre-line' }}>{assignment.goal}</span>
                {assignment.endReason && (
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {t('assignments.endedBecause', { reason: assignment.endReason })}
                  </Typography.Text>
                )}
              </>
            ),
          },
          ...(writable
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 120,
                  render: (_: unknown, assignment: Assignment) =>
                    isEndable(assignment, today) && (
                      <Button size="small" danger onClick={() => setEnding(assignment)}>
                        {t('assignments.end')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {adding && <AssignFormModal curator={curator} onClose={() => setAdding(false)} />}
      {ending && <EndAssignmentModal assignment={ending} onClose={() => setEnding(null)} />}
    </Flex>
  );
}
