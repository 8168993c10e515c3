import type { Schemas } from '@postcare/api-client';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDictionary } from '../../appeals/common/useDictionary';

type ServiceKindsSelectProps = Omit<SelectProps<string[]>, 'options' | 'showSearch' | 'mode'> & {
  /** The kinds a contract already has: kept (and named) even if retired since. */
  current?: Schemas['DictionaryRefDto'][];
};

/** Picks kinds of help (the `service-kind` dictionary), searching by name. */
export function ServiceKindsSelect({ current = [], ...props }: ServiceKindsSelectProps) {
  const { t } = useTranslation('contracts');
  const entries = useDictionary('service-kind');
  const options = (entries.data ?? []).map(({ id, name }) => ({ value: id, label: name }));
  for (const kind of current) {
    if (!options.some(({ value }) => value === kind.id)) {
      options.push({
        value: kind.id,
        label: kind.retired ? `${kind.name} (${t('form.retired')})` : kind.name,
      });
    }
  }
  return (
    <Select<string[]>
      {...props}
      mode="multiple"
      loading={entries.isFetching}
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
    />
  );
}
