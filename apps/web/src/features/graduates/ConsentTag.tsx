import type { Schemas } from '@postcare/api-client';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<Schemas['GraduateDto']['consent'], string> = {
  current: 'green',
  none: 'orange',
  withdrawn: 'red',
};

/** The state of the written consent to process personal data. */
export function ConsentTag({ consent }: { consent: Schemas['GraduateDto']['consent'] }) {
  const { t } = useTranslation('graduates');
  return <Tag color={COLORS[consent]}>{t(`consentState.${consent}`)}</Tag>;
}
