import { GRADUATE_STATUS_LABELS } from '@postcare/domain';
import { Button, Checkbox, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { SearchAsYouType } from '../../../shared/ui/SearchAsYouType';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { SpecialistSelect } from '../form/SpecialistSelect';
import type { GraduateListQuery } from '../useGraduates';
import { GRADUATE_STATUSES } from '../vocabulary';
import { AGE_BANDS, AGE_BAND_KEYS, ageBandOf, type AgeBand } from './ageBands';
import type { GraduateListChanges } from './useGraduateListParams';

interface GraduateFiltersProps {
  value: GraduateListQuery;
  onChange: (changes: GraduateListChanges, options?: { replace?: boolean }) => void;
}

export const NO_FILTERS: GraduateListChanges = {
  q: undefined,
  status: undefined,
  specialistId: undefined,
  unassigned: undefined,
  ageFrom: undefined,
  ageTo: undefined,
  archived: undefined,
};

/** Whether a search or a filter narrows the list. */
export const isFiltered = (query: GraduateListQuery) =>
  Object.keys(NO_FILTERS).some((key) => query[key as keyof GraduateListQuery] !== undefined);

export function GraduateFilters({ value, onChange }: GraduateFiltersProps) {
  const { t } = useTranslation('graduates');
  const labelOf = useLabel();
  const { can } = usePermissions();
  // A new search box after a reset, so it forgets the typed text.
  const [resets, setResets] = useState(0);
  const filtered = isFiltered(value);

  return (
    <Flex wrap gap={12} align="center">
      <SearchAsYouType
        key={resets}
        label={t('list.searchPlaceholder')}
        data-testid="graduate-search"
        value={value.q}
        onChange={(q) => onChange({ q }, { replace: true })}
      />
      <Select
        allowClear
        placeholder={t('list.filters.status')}
        aria-label={t('fields.status')}
        style={{ width: 230 }}
        value={value.status}
        onChange={(status) => onChange({ status })}
        options={GRADUATE_STATUSES.map((status) => ({
          value: status,
          label: labelOf(GRADUATE_STATUS_LABELS, status),
        }))}
      />
      {can('graduates.all-in-institution') && (
        <SpecialistSelect
          allowClear
          placeholder={t('list.filters.specialist')}
          aria-label={t('fields.responsibleSpecialist')}
          style={{ width: 260 }}
          disabled={value.unassigned}
          value={value.specialistId ?? null}
          onChange={(specialistId) => onChange({ specialistId: specialistId ?? undefined })}
        />
      )}
      <Select<AgeBand>
        allowClear
        placeholder={t('list.filters.age')}
        aria-label={t('fields.age')}
        style={{ width: 160 }}
        value={ageBandOf(value)}
        onChange={(band) =>
          onChange(band ? AGE_BANDS[band] : { ageFrom: undefined, ageTo: undefined })
        }
        options={AGE_BAND_KEYS.map((band) => ({ value: band, label: t(`list.ageBands.${band}`) }))}
      />
      <Checkbox
        checked={value.unassigned ?? false}
        onChange={(event) =>
          onChange({ unassigned: event.target.checked, specialistId: undefined })
        }
      >
        {t('list.filters.unassigned')}
      </Checkbox>
      <Checkbox
        checked={value.archived ?? false}
        onChange={(event) => onChange({ archived: event.target.checked })}
      >
        {t('list.filters.archived')}
      </Checkbox>
      {filtered && (
        <Button
          type="link"
          onClick={() => {
            setResets((count) => count + 1);
            onChange(NO_FILTERS);
          }}
        >
          {t('list.filters.reset')}
        </Button>
      )}
    </Flex>
  );
}
