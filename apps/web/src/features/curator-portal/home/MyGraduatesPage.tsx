import { Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { useMyGraduates } from '../usePortal';
import { MyGraduateCard } from './MyGraduateCard';
import { PageTitle } from '../../../shared/ui/PageTitle';

/**
 * A volunteer curator's home: the graduates assigned to them today as cards, one under
 * another (made for a phone). Nothing else of the service is theirs to see.
 */
export function MyGraduatesPage() {
  const { t } = useTranslation('curatorPortal');
  const me = useCurrentUser().data;
  const graduates = useMyGraduates();

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, width: '100%' }} data-testid="my-graduates">
      <div>
        <PageTitle style={{ margin: 0 }}>{t('home.title')}</PageTitle>
        <Typography.Text type="secondary">
          {t('home.hint', { name: me?.fullName ?? '' })}
        </Typography.Text>
      </div>
      <ProblemAlert error={graduates.error} />
      {graduates.isLoading && <Skeleton active />}
      {graduates.data?.length === 0 && (
        <Empty description={t('home.empty')} data-testid="my-graduates-empty" />
      )}
      {graduates.data?.map((graduate) => (
        <MyGraduateCard key={graduate.id} graduate={graduate} />
      ))}
    </Flex>
  );
}
