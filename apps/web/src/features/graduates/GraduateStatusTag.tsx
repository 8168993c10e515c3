import type { Schemas } from '@postcare/api-client';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<Schemas['GraduateStatus'], string> = {
  preparing: 'blue',
  under_support: 'green',
  one_off: 'gold',
  ended: 'default',
};

export function GraduateStatusTag({ status }: { status: Schemas['GraduateStatus'] }) {
  const { t } = useTranslation('graduates');
  return <Tag color={COLORS[status]}>{t(`status.${status}`)}</Tag>;
}
