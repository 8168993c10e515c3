import { Alert, Divider, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { $api } from '../../shared/api/client';
import { usePermissions } from '../../shared/auth/usePermissions';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { AssessmentSection } from './assessments/AssessmentSection';
import { useDynamics } from './assessments/useAssessments';
import { Checklist } from './checklist/Checklist';
import { CaseLog } from './contacts/CaseLog';
import { DynamicsSection } from './dynamics/DynamicsSection';
import { GraduateNotices } from './notices/GraduateNotices';
import { SituationHistory } from './situation/SituationHistory';

/**
 * The «Мониторинг» tab of a graduate's card (the social map, 000 §3.1, 001 §3.1.2): the
 * latest assessment and the dynamics, the notices it calls for, the history of the
 * situation, the case log, the independence checklist and the notices to the
 * guardianship body. Shown to users with `monitoring.read`; changes need
 * `monitoring.write` and a personal file that is not archived.
 */
export function MonitoringTab({ graduateId }: { graduateId: string }) {
  const { t } = useTranslation('monitoring');
  const { can } = usePermissions();
  // The card has loaded the file already: this reads it from the cache.
  const graduate = $api.useQuery('get', '/api/graduates/{id}', {
    params: { path: { id: graduateId } },
  });
  const dynamics = useDynamics(graduateId);
  const archived = Boolean(graduate.data?.archived);
  const writable = can('monitoring.write') && Boolean(graduate.data) && !archived;

  if (graduate.isLoading) return <Skeleton active />;

  return (
    <Flex vertical gap={8} data-testid="monitoring-tab">
      <ProblemAlert error={graduate.error} />
      {archived && <Alert type="info" showIcon title={t('tab.archived')} />}
      <AssessmentSection
        graduateId={graduateId}
        series={dynamics.data?.series}
        writable={writable}
      />
      <Divider />
      <DynamicsSection
        series={dynamics.data?.series}
        loading={dynamics.isLoading}
        error={dynamics.error}
      />
      <Divider />
      <GraduateNotices graduateId={graduateId} writable={writable} />
      <Divider />
      <CaseLog graduateId={graduateId} writable={writable} />
      <Divider />
      <Checklist graduateId={graduateId} writable={writable} />
      {can('graduates.read') && (
        <>
          <Divider />
          <SituationHistory graduateId={graduateId} />
        </>
      )}
    </Flex>
  );
}
