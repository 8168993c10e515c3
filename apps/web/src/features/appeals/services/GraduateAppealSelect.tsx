import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { useAppeals } from '../appeal/useAppeals';

type GraduateAppealSelectProps = Omit<SelectProps<string | null>, 'options'> & {
  graduateId: string;
};

/** Picks one of a graduate's appeals (the latest hundred), named by date and problems. */
export function GraduateAppealSelect({ graduateId, ...props }: GraduateAppealSelectProps) {
  const { t } = useTranslation('appeals');
  const appeals = useAppeals({ graduateId, pageSize: 100 });
  return (
    <Select<string | null>
      allowClear
      placeholder={t('service.noAppeal')}
      {...props}
      loading={appeals.isFetching}
      options={(appeals.data?.items ?? []).map(({ id, registeredAt, problems }) => ({
        value: id,
        label: [formatDateTime(registeredAt), ...problems.map(({ name }) => name)].join(' · '),
      }))}
    />
  );
}
