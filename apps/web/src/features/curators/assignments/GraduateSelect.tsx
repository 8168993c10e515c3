import { Flex, Select, Typography, type SelectProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../shared/ui/useDebouncedValue';
import { formatDate, fullName } from '../../graduates/format';
import { useGraduateSearch } from '../../graduates/useGraduateSearch';

const TYPING_PAUSE_MS = 300;

/**
 * One graduate found by name on the server as the user types (typos and ё/е forgiven),
 * among the personal files the user may see; archived files are not offered.
 */
export function GraduateSelect(
  props: Omit<SelectProps<string>, 'options' | 'showSearch' | 'notFoundContent'>,
) {
  const { t } = useTranslation('curators');
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), TYPING_PAUSE_MS);
  const found = useGraduateSearch(q);
  const graduates = q ? (found.data?.items ?? []).filter((graduate) => !graduate.archived) : [];

  return (
    <Select<string>
      {...props}
      placeholder={t('assignments.graduatePlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      notFoundContent={
        found.isFetching
          ? undefined
          : q
            ? t('assignments.graduateNotFound')
            : t('assignments.graduateSearchHint')
      }
      options={graduates.map((graduate) => ({
        value: graduate.id,
        label: fullName(graduate),
        details: t('assignments.graduateDetails', {
          date: formatDate(graduate.birthDate),
          specialist: graduate.responsibleSpecialistName ?? t('assignments.noSpecialist'),
        }),
      }))}
      optionRender={(option) => (
        <Flex vertical gap={0}>
          <span style={{ whiteSpace: 'normal' }}>{option.data.label}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {option.data.details as string}
          </Typography.Text>
        </Flex>
      )}
    />
  );
}
