import { Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { useInstitution } from '../admin/institutions/useInstitution';
import { ContractTemplateSection } from './ContractTemplateSection';
import { SettingsForm } from './SettingsForm';
import { PageTitle } from '../../shared/ui/PageTitle';

/** «Настройки учреждения»: heads for their own institution, administrators for any. */
export function InstitutionSettingsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('settings');
  const institution = useInstitution(id, { fresh: true });

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1040 }}>
      <PageTitle style={{ margin: 0 }}>{t('title')}</PageTitle>
      {institution.data && (
        <Typography.Text type="secondary" data-testid="settings-institution">
          {institution.data.name}
        </Typography.Text>
      )}
      <ProblemAlert error={institution.error} />
      {institution.data ? (
        <>
          <SettingsForm institution={institution.data} />
          <ContractTemplateSection institutionId={institution.data.id} />
        </>
      ) : (
        !institution.error && <Skeleton active />
      )}
    </Flex>
  );
}
