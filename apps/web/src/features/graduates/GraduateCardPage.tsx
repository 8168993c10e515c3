import type { Permission } from '@postcare/api-client';
import { Alert, Flex, Tabs } from 'antd';
// The appeals section provides the card's «Обращения» and «Услуги» tabs.
import { GraduateAppealsTab } from '../appeals/GraduateAppealsTab';
import { GraduateServicesTab } from '../appeals/GraduateServicesTab';
// Contracts and plans provide the «Договор» and «План» tabs.
import { GraduateContractTab } from '../contracts/GraduateContractTab';
import { GraduatePlanTab } from '../plans/GraduatePlanTab';
// Monitoring provides the «Мониторинг» tab.
import { MonitoringTab } from '../monitoring';
// The access log provides «Кто открывал это дело» (heads and the director only).
import { GraduateReadersBlock } from '../audit';
// Partners provide the «Направления» tab.
import { GraduateReferralsTab } from '../partners';
// Privacy provides the «Персональные данные (152-ФЗ)» tab.
import { PersonalDataTab } from '../privacy';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { usePermissions } from '../../shared/auth/usePermissions';
import { PageSpinner } from '../../shared/ui/PageSpinner';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { GraduateHeader } from './card/GraduateHeader';
import { PersonalFileTab } from './card/PersonalFileTab';
import { ConsentsTab } from './consents/ConsentsTab';
import { DocumentsTab } from './files/DocumentsTab';
import { PhotosTab } from './files/PhotosTab';
import { SituationTab } from './situation/SituationTab';
import { useGraduate } from './useGraduate';

const TABS = [
  'file',
  'situation',
  'consent',
  'contract',
  'plan',
  'monitoring',
  'referrals',
  'appeals',
  'services',
  'documents',
  'photos',
  'privacy',
] as const;
type CardTab = (typeof TABS)[number];

/** Tabs shown only to users who may read what they hold. */
const TAB_PERMISSIONS: Partial<Record<CardTab, Permission>> = {
  contract: 'contracts.read',
  plan: 'plans.read',
  monitoring: 'monitoring.read',
  referrals: 'partners.read',
  appeals: 'appeals.read',
  services: 'services.read',
  privacy: 'privacy.requests',
};

const isTab = (value: string | null): value is CardTab => TABS.includes(value as CardTab);

/** The personal file: a header with its state and actions, and one tab per part. */
export function GraduateCardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('graduates');
  const [params, setParams] = useSearchParams();
  const graduate = useGraduate(id);
  const { can } = usePermissions();
  const shown = TABS.filter((key) => {
    const permission = TAB_PERMISSIONS[key];
    return !permission || can(permission);
  });
  const requested = params.get('tab');
  const tab: CardTab = isTab(requested) && shown.includes(requested) ? requested : 'file';

  if (graduate.error) return <ProblemAlert error={graduate.error} />;
  const data = graduate.data;
  if (!data) return <PageSpinner />;

  const content: Record<CardTab, React.ReactNode> = {
    file: <PersonalFileTab graduate={data} />,
    situation: <SituationTab graduate={data} />,
    consent: <ConsentsTab graduate={data} />,
    contract: <GraduateContractTab graduate={data} />,
    plan: <GraduatePlanTab graduate={data} />,
    monitoring: <MonitoringTab graduateId={data.id} />,
    referrals: <GraduateReferralsTab graduate={data} />,
    appeals: <GraduateAppealsTab graduateId={data.id} />,
    services: <GraduateServicesTab graduateId={data.id} />,
    documents: <DocumentsTab graduate={data} />,
    photos: <PhotosTab graduate={data} />,
    privacy: <PersonalDataTab graduate={data} />,
  };

  return (
    <Flex vertical gap={16}>
      <GraduateHeader graduate={data} />
      {data.archived && (
        <Alert
          type="info"
          showIcon
          title={t('card.archivedReadOnly')}
          description={data.statusReason || undefined}
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          setParams(
            (current) => {
              const next = new URLSearchParams(current);
              if (key === 'file') next.delete('tab');
              else next.set('tab', key);
              return next;
            },
            { replace: true },
          )
        }
        destroyOnHidden
        items={shown.map((key) => ({
          key,
          label: t(`card.tabs.${key}`),
          children: content[key],
        }))}
      />
      <GraduateReadersBlock graduateId={data.id} />
    </Flex>
  );
}
