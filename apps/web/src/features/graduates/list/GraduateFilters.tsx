import { GRADUATE_STATUS_LABELS } from '@postcare/domain';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { NativeCheckbox, NativeSelect } from '../../../shared/ui/NativeSelect';
import { SearchAsYouType } from '../../../shared/ui/SearchAsYouType';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { useAssignableStaff } from '../useAssignableStaff';
import type { GraduateListQuery } from '../useGraduates';
import { GRADUATE_STATUSES } from '../vocabulary';
import { AGE_BANDS, AGE_BAND_KEYS, ageBandOf } from './ageBands';
import type { GraduateListChanges } from './useGraduateListParams';
import './graduate-filters.css';

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

/** The list's search and filters, the browser's own controls (the first option is «any»). */
export function GraduateFilters({ value, onChange }: GraduateFiltersProps) {
  const { t } = useTranslation('graduates');
  const labelOf = useLabel();
  const { can } = usePermissions();
  // A new search box after a reset, so it forgets the typed text.
  const [resets, setResets] = useState(0);
  const filtered = isFiltered(value);

  return (
    <div className="graduate-filters">
      <SearchAsYouType
        key={resets}
        label={t('list.searchPlaceholder')}
        data-testid="graduate-search"
        value={value.q}
        onChange={(q) => onChange({ q }, { replace: true })}
      />
      <NativeSelect
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
        <SpecialistFilter
          disabled={value.unassigned ?? false}
          value={value.specialistId}
          onChange={(specialistId) => onChange({ specialistId })}
        />
      )}
      <NativeSelect
        placeholder={t('list.filters.age')}
        aria-label={t('fields.age')}
        style={{ width: 160 }}
        value={ageBandOf(value)}
        onChange={(band) =>
          onChange(band ? AGE_BANDS[band] : { ageFrom: undefined, ageTo: undefined })
        }
        options={AGE_BAND_KEYS.map((band) => ({ value: band, label: t(`list.ageBands.${band}`) }))}
      />
      <NativeCheckbox
        checked={value.unassigned ?? false}
        onChange={(unassigned) => onChange({ unassigned, specialistId: undefined })}
      >
        {t('list.filters.unassigned')}
      </NativeCheckbox>
      <NativeCheckbox
        checked={value.archived ?? false}
        onChange={(archived) => onChange({ archived })}
      >
        {t('list.filters.archived')}
      </NativeCheckbox>
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
    </div>
  );
}

/** The responsible specialist (or head) among the institution's active staff. */
function SpecialistFilter({
  value,
  onChange,
  disabled,
}: {
  value: string | undefined;
  onChange: (specialistId: string | undefined) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation('graduates');
  const { staff } = useAssignableStaff();
  const options = staff.map((user) => ({
    value: user.id,
    label: user.position ? `${user.fullName} — ${user.position}` : user.fullName,
  }));
  return (
    <NativeSelect
      placeholder={t('list.filters.specialist')}
      aria-label={t('fields.responsibleSpecialist')}
      style={{ width: 260 }}
      disabled={disabled}
      value={options.some((option) => option.value === value) ? value : undefined}
      onChange={onChange}
      options={options}
    />
  );
}
