import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../shared/auth/usePermissions';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { RecordServiceModal } from './services/RecordServiceModal';
import { ServicesTable } from './services/ServicesTable';
import { useServices } from './services/useServices';

/** The «Оказанная помощь» tab of a graduate's card: every act of help, newest first. */
export function GraduateServicesTab({ graduateId }: { graduateId: string }) {
  const { t } = useTranslation('appeals');
  const { can } = usePermissions();
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const [recording, setRecording] = useState(false);
  const services = useServices({ graduateId, ...paging });

  return (
    <Flex vertical gap={12} data-testid="graduate-services">
      {can('services.write') && (
        <Flex justify="end">
          <Button type="primary" onClick={() => setRecording(true)}>
            {t('service.recordAction')}
          </Button>
        </Flex>
      )}
      <ProblemAlert error={services.error} />
      <ServicesTable
        page={services.data}
        loading={services.isFetching}
        onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
      />
      {recording && (
        <RecordServiceModal graduateId={graduateId} onClose={() => setRecording(false)} />
      )}
    </Flex>
  );
}
