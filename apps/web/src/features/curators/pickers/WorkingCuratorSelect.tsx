import { CURATOR_STATUS_LABELS } from '@postcare/domain';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { useWorkingCurators } from './useWorkingCurators';

interface Named {
  id: string;
  fullName: string;
}

type Props<V> = Omit<SelectProps<V>, 'options' | 'showSearch' | 'mode'> & {
  /** Curators already named on the record, shown by name even if no longer working. */
  known?: Named[];
};

function useOptions(known: Named[] = []) {
  const labelOf = useLabel();
  const { curators, isLoading } = useWorkingCurators();
  const options = curators.map((curator) => ({
    value: curator.id,
    label: curator.fullName,
    title: labelOf(CURATOR_STATUS_LABELS, curator.status),
  }));
  for (const person of known) {
    if (!options.some(({ value }) => value === person.id))
      options.push({ value: person.id, label: person.fullName, title: '' });
  }
  return { options, isLoading };
}

/** One approved or working curator, searched by name (plan activities, event leads). */
export function WorkingCuratorSelect({ known, ...props }: Props<string | null>) {
  const { t } = useTranslation('curators');
  const { options, isLoading } = useOptions(known);
  return (
    <Select<string | null>
      allowClear
      placeholder={t('pickers.curatorPlaceholder')}
      notFoundContent={t('pickers.noWorkingCurators')}
      {...props}
      loading={isLoading}
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
    />
  );
}

/** Several approved or working curators (those who took part in a contact). */
export function WorkingCuratorsSelect({ known, ...props }: Props<string[]>) {
  const { t } = useTranslation('curators');
  const { options, isLoading } = useOptions(known);
  return (
    <Select<string[]>
      allowClear
      placeholder={t('pickers.curatorsPlaceholder')}
      notFoundContent={t('pickers.noWorkingCurators')}
      {...props}
      mode="multiple"
      loading={isLoading}
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
    />
  );
}
