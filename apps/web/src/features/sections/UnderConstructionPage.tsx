import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The page of a work section that is not built yet. */
export function UnderConstructionPage({ sectionTitle }: { sectionTitle: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3}>{sectionTitle}</Typography.Title>
      <Result
        status="info"
        title={t('placeholder.title')}
        subTitle={t('placeholder.description', { section: sectionTitle })}
        data-testid="under-construction"
      />
    </>
  );
}
