import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, fullName } from '../../graduates/format';
import { useGraduateSearch } from '../../graduates/useGraduateSearch';
import { useDebouncedValue } from '../../../shared/ui/useDebouncedValue';

/** A graduate as pickers show them: the name and the birth date, to tell namesakes apart. */
export interface GraduateOption {
  id: string;
  fullName: string;
  birthDate: string;
}

const TYPING_PAUSE_MS = 300;

const label = (graduate: GraduateOption) =>
  `${graduate.fullName}, ${formatDate(graduate.birthDate)}`;

type PickerProps<V> = Omit<
  SelectProps<V>,
  'options' | 'showSearch' | 'mode' | 'onChange' | 'value' | 'notFoundContent'
> & {
  value?: V;
  onChange?: (value: V) => void;
  /** Graduates already chosen (e.g. an event's participants), to show their names. */
  known?: GraduateOption[];
};

/**
 * Finds graduates by name on the server as the user types (typos forgiven) and remembers
 * the ones chosen, so their names stay on screen when the search moves on.
 */
function useGraduateOptions(known: GraduateOption[] = []) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), TYPING_PAUSE_MS);
  const found = useGraduateSearch(q);
  const [picked, setPicked] = useState<Map<string, GraduateOption>>(() => new Map());
  // Names given by the caller may arrive later (a filter restored from the address).
  const seen = new Map([...known.map((graduate) => [graduate.id, graduate] as const), ...picked]);
  const results: GraduateOption[] = q
    ? (found.data?.items ?? []).map((graduate) => ({
        id: graduate.id,
        fullName: fullName(graduate),
        birthDate: graduate.birthDate,
      }))
    : [];
  const remember = (ids: string[]) =>
    setPicked((before) => {
      const next = new Map(before);
      for (const id of ids) {
        const graduate = results.find((item) => item.id === id);
        if (graduate) next.set(id, graduate);
      }
      return next;
    });
  return { search: setSearch, q, found, results, seen, remember };
}

function optionsOf(chosen: string[], seen: Map<string, GraduateOption>, results: GraduateOption[]) {
  const shown = new Map<string, GraduateOption>();
  for (const id of chosen) {
    const graduate = seen.get(id) ?? results.find((item) => item.id === id);
    if (graduate) shown.set(id, graduate);
  }
  for (const graduate of results) shown.set(graduate.id, graduate);
  return [...shown.values()].map((graduate) => ({ value: graduate.id, label: label(graduate) }));
}

/** Several graduates, e.g. the participants of an event. */
export function GraduatesPicker({ value, onChange, known, ...props }: PickerProps<string[]>) {
  const { t } = useTranslation('events');
  const chosen = value ?? [];
  const { search, q, found, results, seen, remember } = useGraduateOptions(known);
  return (
    <Select<string[]>
      {...props}
      mode="multiple"
      value={chosen}
      placeholder={t('form.participantsPlaceholder')}
      showSearch={{ filterOption: false, onSearch: search }}
      loading={found.isFetching}
      notFoundContent={
        found.isFetching ? undefined : q ? t('form.graduateNotFound') : t('form.graduateSearchHint')
      }
      options={optionsOf(chosen, seen, results)}
      onChange={(ids) => {
        remember(ids);
        onChange?.(ids);
      }}
    />
  );
}

/** One graduate, e.g. a filter of the list. */
export function GraduatePicker({
  value,
  onChange,
  known,
  ...props
}: PickerProps<string | undefined>) {
  const { t } = useTranslation('events');
  const { search, q, found, results, seen, remember } = useGraduateOptions(known);
  return (
    <Select<string | undefined>
      {...props}
      allowClear
      value={value}
      showSearch={{ filterOption: false, onSearch: search }}
      loading={found.isFetching}
      notFoundContent={
        found.isFetching ? undefined : q ? t('form.graduateNotFound') : t('form.graduateSearchHint')
      }
      options={optionsOf(value ? [value] : [], seen, results)}
      onChange={(id) => {
        if (id) remember([id]);
        onChange?.(id);
      }}
    />
  );
}
