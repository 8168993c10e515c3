import { REPORT_KIND_LABELS, REPORT_STATUS_LABELS } from '@postcare/domain';
import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { pagePagination } from '../../../shared/ui/pagePagination';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { useReports } from '../useReports';
import { REPORT_KINDS, REPORT_STATUSES, type ReportKind, type ReportStatus } from '../vocabulary';
import { ReportsTable } from './ReportsTable';
import type { useReportsParams } from './useReportsParams';
import { yearOptions } from '../yearOptions';

/** The «Отчёты» tab: the reports filtered by kind, status and year, newest period first. */
export function ReportsList({
  params,
  onCreate,
}: {
  params: ReturnType<typeof useReportsParams>;
  /** Starts a new report; none when the user writes no reports. */
  onCreate?: () => void;
}) {
  const { t } = useTranslation('reports');
  const { t: tc } = useTranslation();
  const labelOf = useLabel();
  const currentYear = useInstitutionToday().year();
  const { kind, status, year, page, pageSize } = params;
  const reports = useReports({ kind, status, year, page, pageSize });
  const filtered = Boolean(kind || status || year);

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={12} align="center" data-testid="reports-filters">
        <Select<ReportKind>
          allowClear
          aria-label={t('fields.kind')}
          placeholder={t('list.anyKind')}
          style={{ width: 280, maxWidth: '100%' }}
          value={kind}
          onChange={(next) => params.setFilters({ kind: next ?? null })}
          options={REPORT_KINDS.map((value) => ({
            value,
            label: labelOf(REPORT_KIND_LABELS, value),
          }))}
        />
        <Select<ReportStatus>
          allowClear
          aria-label={t('fields.status')}
          placeholder={t('list.anyStatus')}
          style={{ width: 220, maxWidth: '100%' }}
          value={status}
          onChange={(next) => params.setFilters({ status: next ?? null })}
          options={REPORT_STATUSES.map((value) => ({
            value,
            label: labelOf(REPORT_STATUS_LABELS, value),
          }))}
        />
        <Select<number>
          allowClear
          aria-label={t('fields.year')}
          placeholder={t('list.anyYear')}
          style={{ width: 140 }}
          value={year}
          onChange={(next) => params.setFilters({ year: next ?? null })}
          options={yearOptions(currentYear, year).map((value) => ({
            value,
            label: String(value),
          }))}
        />
      </Flex>
      <ProblemAlert error={reports.error} />
      <ReportsTable
        reports={reports.data?.items}
        loading={reports.isFetching}
        pagination={pagePagination(reports.data, tc, params.setPage)}
        emptyText={
          <EmptyState
            text={t(onCreate ? 'list.empty' : 'list.emptyReader')}
            filtered={filtered}
            filteredText={t('list.nothingFound')}
            onResetFilters={() => params.setFilters({ kind: null, status: null, year: null })}
            action={
              onCreate && (
                <Button type="primary" onClick={onCreate}>
                  {t('list.create')}
                </Button>
              )
            }
          />
        }
      />
    </Flex>
  );
}
