import { APPEAL_STATUS_LABELS } from '@postcare/domain';
import { Checkbox, DatePicker, Flex, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { APPEAL_STATUSES } from '../appeal/appealStatuses';
import { CaseWorkerSelect } from '../common/CaseWorkerSelect';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { currentMonth, toDay } from '../common/dates';
import { DictionarySelect } from '../common/DictionarySelect';
import type { JournalFilters } from './useJournalFilters';

type FilterChanges = Partial<Omit<JournalFilters, 'page' | 'pageSize'>>;

interface AppealFiltersProps {
  value: JournalFilters;
  /** The name of the graduate the journal is narrowed to, when known. */
  graduateName?: string;
  onChange: (changes: FilterChanges) => void;
}

export function AppealFilters({ value, graduateName, onChange }: AppealFiltersProps) {
  const { t } = useTranslation('appeals');
  const labelOf = useLabel();
  const today = useInstitutionToday();
  const period =
    value.from && value.to ? ([dayjs(value.from), dayjs(value.to)] as const) : undefined;

  const clearGraduate = () => {
    const [from, to] = currentMonth(today);
    onChange({ graduateId: undefined, ...(period ? {} : { from, to }) });
  };

  return (
    <Flex wrap gap={12} align="center">
      <DatePicker.RangePicker
        format="L"
        aria-label={t('journal.filters.period')}
        placeholder={[t('journal.filters.periodFrom'), t('journal.filters.periodTo')]}
        value={period ? [period[0], period[1]] : null}
        onChange={(range) =>
          onChange({
            from: range?.[0] ? toDay(range[0]) : undefined,
            to: range?.[1] ? toDay(range[1]) : undefined,
          })
        }
        data-testid="journal-period"
      />
      <Select
        allowClear
        placeholder={t('journal.filters.allStatuses')}
        aria-label={t('fields.status')}
        style={{ width: 180 }}
        value={value.status}
        onChange={(status) => onChange({ status })}
        options={APPEAL_STATUSES.map((status) => ({
          value: status,
          label: labelOf(APPEAL_STATUS_LABELS, status),
        }))}
      />
      <CaseWorkerSelect
        allowClear
        placeholder={t('journal.filters.allSpecialists')}
        aria-label={t('fields.specialist')}
        style={{ width: 260 }}
        value={value.specialistId}
        disabled={value.unassigned}
        onChange={(specialistId) => onChange({ specialistId: specialistId ?? undefined })}
      />
      <Checkbox
        checked={Boolean(value.unassigned)}
        onChange={(event) =>
          onChange({ unassigned: event.target.checked || undefined, specialistId: undefined })
        }
        data-testid="journal-unassigned"
      >
        {t('journal.filters.unassigned')}
      </Checkbox>
      <DictionarySelect<string | undefined>
        kind="problem"
        withRetired
        allowClear
        placeholder={t('journal.filters.allProblems')}
        aria-label={t('journal.filters.problem')}
        style={{ width: 320 }}
        popupMatchSelectWidth={false}
        value={value.problemId}
        onChange={(problemId) => onChange({ problemId })}
      />
      {value.graduateId && (
        <Tag closable onClose={clearGraduate} style={{ fontSize: 14, padding: '4px 8px' }}>
          {t('journal.filters.graduate', {
            name: graduateName ?? t('journal.filters.someGraduate'),
          })}
        </Tag>
      )}
    </Flex>
  );
}
