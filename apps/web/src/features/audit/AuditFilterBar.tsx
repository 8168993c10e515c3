import { DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { DownloadButton } from '../../shared/files/DownloadButton';
import { useTranslation } from 'react-i18next';
import { $api } from '../../shared/api/client';
import { usePermissions } from '../../shared/auth/usePermissions';
import { useDebouncedValue } from '../../shared/ui/useDebouncedValue';
import { fullName } from '../graduates/format';
import { useGraduateSearch } from '../graduates/useGraduateSearch';
import { actionLabel } from './labels';
import type { AuditFilters } from './useAuditLog';
import { AUDIT_ACTIONS } from './vocabulary';

interface Props {
  value: AuditFilters;
  onChange: (changes: AuditFilters) => void;
  /** Saves the log with these filters; resolves to the file's name. */
  onExport: () => Promise<string>;
}

/** Period, user, action and personal file; the export takes the same selection. */
export function AuditFilterBar({ value, onChange, onExport }: Props) {
  const { t } = useTranslation('audit');
  const { can } = usePermissions();
  const period = value.from && value.to ? ([dayjs(value.from), dayjs(value.to)] as const) : null;
  const users = $api.useQuery('get', '/api/users', { params: { query: { pageSize: 100 } } });

  return (
    <Flex wrap gap={12} align="center">
      <DatePicker.RangePicker
        format="L"
        aria-label={t('filters.period')}
        placeholder={[t('filters.from'), t('filters.to')]}
        value={period ? [period[0], period[1]] : null}
        onChange={(range) =>
          onChange({
            from: range?.[0]?.format('YYYY-MM-DD'),
            to: range?.[1]?.format('YYYY-MM-DD'),
          })
        }
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t('filters.user')}
        placeholder={t('filters.allUsers')}
        style={{ width: 240, maxWidth: '100%' }}
        value={value.userId}
        loading={users.isFetching}
        onChange={(userId) => onChange({ userId })}
        options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.fullName }))}
      />
      <Select
        allowClear
        aria-label={t('filters.action')}
        placeholder={t('filters.allActions')}
        style={{ width: 180, maxWidth: '100%' }}
        value={value.action}
        onChange={(action) => onChange({ action })}
        options={AUDIT_ACTIONS.map((action) => ({ value: action, label: actionLabel(t, action) }))}
      />
      {can('graduates.read') && (
        <GraduateFilter
          value={value.graduateId}
          onChange={(graduateId) => onChange({ graduateId })}
        />
      )}
      <DownloadButton save={onExport} testId="audit-export">
        {t('export')}
      </DownloadButton>
    </Flex>
  );
}

/** A personal file found by name as the user types. */
function GraduateFilter({
  value,
  onChange,
}: {
  value?: string;
  onChange: (id: string | undefined) => void;
}) {
  const { t } = useTranslation('audit');
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const found = useGraduateSearch(q);
  return (
    <Select<string>
      allowClear
      aria-label={t('filters.graduate')}
      placeholder={t('filters.graduate')}
      style={{ width: 260, maxWidth: '100%' }}
      value={value}
      onChange={(id) => onChange(id ?? undefined)}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? undefined : t('filters.graduateHint')}
      options={(q ? (found.data?.items ?? []) : []).map((g) => ({
        value: g.id,
        label: fullName(g),
      }))}
    />
  );
}
