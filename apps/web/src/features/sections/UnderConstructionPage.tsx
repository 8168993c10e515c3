import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../shared/ui/PageTitle';

/** The page of a work section that is not built yet. */
export function UnderConstructionPage({ sectionTitle }: { sectionTitle: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{sectionTitle}</PageTitle>
      <Result
        status="info"
        title={t('placeholder.title')}
        subTitle={t('placeholder.description', { section: sectionTitle })}
        data-testid="under-construction"
      />
    </>
  );
}
