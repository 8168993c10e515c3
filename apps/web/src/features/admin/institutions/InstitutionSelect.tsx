import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../../shared/ui/useDebouncedValue';
import { useInstitution } from './useInstitution';
import { useInstitutions } from './useInstitutions';

type InstitutionSelectProps = Omit<SelectProps<string | null>, 'options' | 'showSearch'> & {
  /** For new assignments: inactive institutions stay in history but are not offered. */
  activeOnly?: boolean;
};

/** Picks an institution, searching by name on the server. */
export function InstitutionSelect({ activeOnly = false, value, ...props }: InstitutionSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const list = useInstitutions({ q: q || undefined, pageSize: 50 });
  const selected = useInstitution(value);

  const institutions = (list.data?.items ?? []).filter((item) => !activeOnly || item.active);
  if (selected.data && !institutions.some((item) => item.id === selected.data.id)) {
    institutions.unshift(selected.data);
  }

  return (
    <Select<string | null>
      {...props}
      value={value}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={list.isFetching}
      options={institutions.map((item) => ({ value: item.id, label: item.name }))}
    />
  );
}
