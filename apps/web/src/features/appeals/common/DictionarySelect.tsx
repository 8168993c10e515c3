import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDictionary, type DictionaryKind } from './useDictionary';

type DictionarySelectProps<Value> = Omit<SelectProps<Value>, 'options' | 'showSearch'> & {
  kind: DictionaryKind;
  /** For filters over past records: retired entries are offered too, marked as such. */
  withRetired?: boolean;
};

/** Picks entries of a dictionary (problems, kinds of help), searching by name. */
export function DictionarySelect<Value = string>({
  kind,
  withRetired = false,
  ...props
}: DictionarySelectProps<Value>) {
  const { t } = useTranslation('appeals');
  const entries = useDictionary(kind, { includeRetired: withRetired });
  return (
    <Select<Value>
      {...props}
      loading={entries.isFetching}
      showSearch={{ optionFilterProp: 'label' }}
      options={(entries.data ?? []).map(({ id, name, retired }) => ({
        value: id,
        label: retired ? `${name} (${t('common.retired')})` : name,
      }))}
    />
  );
}
