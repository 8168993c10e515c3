import { ROLE_LABELS } from '@postcare/domain';
import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { ROLES } from '../../../shared/auth/roles';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { InstitutionSelect } from '../institutions/InstitutionSelect';
import type { UserListQuery } from './useUsers';

export type UserFilterValues = Pick<UserListQuery, 'q' | 'role' | 'institutionId' | 'active'>;

type ActiveChoice = 'active' | 'inactive';

interface UserFiltersProps {
  value: UserFilterValues;
  onChange: (changes: UserFilterValues) => void;
}

export function UserFilters({ value, onChange }: UserFiltersProps) {
  const { t } = useTranslation();
  const labelOf = useLabel();
  const { can } = usePermissions();
  const activeChoice: ActiveChoice | undefined =
    value.active === undefined ? undefined : value.active ? 'active' : 'inactive';

  return (
    <Flex wrap gap={12}>
      <Input.Search
        allowClear
        placeholder={t('users.searchPlaceholder')}
        aria-label={t('users.searchPlaceholder')}
        style={{ width: 320 }}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
      />
      <Select
        allowClear
        placeholder={t('users.filters.role')}
        aria-label={t('users.fields.role')}
        style={{ width: 220 }}
        value={value.role}
        onChange={(role) => onChange({ role })}
        options={ROLES.map((role) => ({ value: role, label: labelOf(ROLE_LABELS, role) }))}
      />
      {can('scope.all-institutions') && (
        <InstitutionSelect
          allowClear
          placeholder={t('users.filters.institution')}
          aria-label={t('users.fields.institution')}
          style={{ width: 280 }}
          value={value.institutionId}
          onChange={(institutionId) => onChange({ institutionId: institutionId ?? undefined })}
        />
      )}
      <Select<ActiveChoice>
        allowClear
        placeholder={t('common.all')}
        aria-label={t('common.status')}
        style={{ width: 180 }}
        value={activeChoice}
        onChange={(choice) =>
          onChange({ active: choice === undefined ? undefined : choice === 'active' })
        }
        options={[
          { value: 'active', label: t('users.filters.active') },
          { value: 'inactive', label: t('users.filters.inactive') },
        ]}
      />
    </Flex>
  );
}
