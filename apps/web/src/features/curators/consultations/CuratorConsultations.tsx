import { Button, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { formatDate } from '../../graduates/format';
import { useAssignments } from '../useAssignments';
import { useConsultations } from '../useConsultations';
import { isLeft, type Consultation, type Curator } from '../vocabulary';
import { ConsultationFormModal } from './ConsultationFormModal';

/** The help given to the curator, newest first, and «Записать консультацию». */
export function CuratorConsultations({ curator }: { curator: Curator }) {
  const { t } = useTranslation('curators');
  const { can } = usePermissions();
  const consultations = useConsultations(curator.id);
  // The graduate a consultation was about, by name, when the user may see them.
  const assignments = useAssignments({ curatorId: curator.id });
  const names = new Map(
    (assignments.data ?? []).map(({ graduate }) => [graduate.id, graduate.fullName]),
  );
  const [adding, setAdding] = useState(false);

  return (
    <Flex vertical gap={12} data-testid="curator-consultations">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('consultations.hint')}</Typography.Text>
        {can('curators.write') && !isLeft(curator) && (
          <Button onClick={() => setAdding(true)}>{t('consultations.add')}</Button>
        )}
      </Flex>
      <ProblemAlert error={consultations.error} />
      <Table<Consultation>
        rowKey="id"
        size="small"
        loading={consultations.isFetching}
        dataSource={consultations.data}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 560 }}
        locale={{ emptyText: t('consultations.none') }}
        columns={[
          {
            title: t('consultations.heldOn'),
            dataIndex: 'heldOn',
            width: 110,
            render: (_, { heldOn }) => formatDate(heldOn),
          },
          {
            title: t('consultations.topic'),
            dataIndex: 'topic',
            render: (_, consultation) => (
              <>
                <Typography.Text strong>{consultation.topic}</Typography.Text>
                {consultation.notes && (
                  <div style={{ whiteSpace: 'pre-line' }}>{consultation.notes}</div>
                )}
                {consultation.graduateId && (
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {t('consultations.about', {
                      name: names.get(consultation.graduateId) ?? t('consultations.hiddenGraduate'),
                    })}
                  </Typography.Text>
                )}
              </>
            ),
          },
          {
            title: t('consultations.staff'),
            key: 'staff',
            width: 200,
            render: (_, { staff }) => staff.fullName,
          },
        ]}
      />
      {adding && <ConsultationFormModal curator={curator} onClose={() => setAdding(false)} />}
    </Flex>
  );
}
