import { WORK_PLAN_KIND_LABELS, WORK_PLAN_STATUS_LABELS } from '@postcare/domain';
import { Button, Flex, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { pagePagination } from '../../../shared/ui/pagePagination';
import { useWorkPlans } from '../useWorkPlans';
import {
  WORK_PLAN_KINDS,
  WORK_PLAN_STATUSES,
  YEAR_RANGE,
  type WorkPlanKind,
  type WorkPlanStatus,
} from '../vocabulary';
import { CreateWorkPlanModal } from './CreateWorkPlanModal';
import { useWorkPlansParams } from './useWorkPlansParams';
import { WorkPlansTable } from './WorkPlansTable';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { PageTitle } from '../../../shared/ui/PageTitle';

/** The years offered in the picker: five back, one ahead, and the one shown. */
function yearOptions(currentYear: number, shown: number): number[] {
  const years = new Set<number>([shown]);
  for (let year = currentYear + 1; year >= currentYear - 5; year -= 1) years.add(year);
  return [...years].sort((a, b) => b - a);
}

/**
 * «План работы» (000 §8.2, 001 §8.1): the institution's annual plan of a year and its
 * monthly plans, filtered by kind and status; what is shown lives in the address.
 */
export function WorkPlansPage() {
  const { t } = useTranslation('workPlans');
  const { t: tc } = useTranslation();
  const labelOf = useLabel();
  const { can } = usePermissions();
  const today = useInstitutionToday();
  const params = useWorkPlansParams();
  const { year, kind, status, page, pageSize } = params;
  const plans = useWorkPlans({ year, kind, status, page, pageSize });
  const [creating, setCreating] = useState<WorkPlanKind | null>(null);
  const filtered = Boolean(kind || status);
  const stepYear = (step: number) => params.setFilters({ year: year + step });

  return (
    <Flex vertical gap={16} data-testid="work-plans-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <PageTitle style={{ margin: 0 }}>{t('list.title')}</PageTitle>
        {can('work-plans.write') && (
          <Space wrap>
            <Button type="primary" onClick={() => setCreating('annual')}>
              {t('list.createAnnual')}
            </Button>
            <Button onClick={() => setCreating('monthly')}>{t('list.createMonthly')}</Button>
          </Space>
        )}
      </Flex>
      <Typography.Text type="secondary">{t('list.hint')}</Typography.Text>
      <Flex wrap gap={12} align="center" data-testid="work-plans-filters">
        <Space.Compact>
          <Button
            aria-label={t('list.previousYear')}
            disabled={year <= YEAR_RANGE.min}
            onClick={() => stepYear(-1)}
          >
            ‹
          </Button>
          <Select<number>
            aria-label={t('fields.year')}
            value={year}
            style={{ width: 110 }}
            onChange={(next) => params.setFilters({ year: next })}
            options={yearOptions(params.currentYear, year).map((value) => ({
              value,
              label: t('list.yearOption', { year: value }),
            }))}
            data-testid="work-plans-year"
          />
          <Button
            aria-label={t('list.nextYear')}
            disabled={year >= YEAR_RANGE.max}
            onClick={() => stepYear(1)}
          >
            ›
          </Button>
        </Space.Compact>
        <Select<WorkPlanKind>
          allowClear
          aria-label={t('fields.kind')}
          placeholder={t('list.anyKind')}
          style={{ width: 180 }}
          value={kind}
          onChange={(next) => params.setFilters({ kind: next ?? null })}
          options={WORK_PLAN_KINDS.map((value) => ({
            value,
            label: labelOf(WORK_PLAN_KIND_LABELS, value),
          }))}
        />
        <Select<WorkPlanStatus>
          allowClear
          aria-label={t('fields.status')}
          placeholder={t('list.anyStatus')}
          style={{ width: 220 }}
          value={status}
          onChange={(next) => params.setFilters({ status: next ?? null })}
          options={WORK_PLAN_STATUSES.map((value) => ({
            value,
            label: labelOf(WORK_PLAN_STATUS_LABELS, value),
          }))}
        />
      </Flex>
      <ProblemAlert error={plans.error} />
      <WorkPlansTable
        plans={plans.data?.items}
        loading={plans.isFetching}
        pagination={pagePagination(plans.data, tc, params.setPage)}
        emptyText={
          <EmptyState
            text={t('list.empty', { year })}
            filtered={filtered}
            filteredText={t('list.nothingFound')}
            onResetFilters={() => params.setFilters({ kind: null, status: null })}
            action={
              can('work-plans.write') && (
                <Button type="primary" onClick={() => setCreating('annual')}>
                  {t('list.createAnnual')}
                </Button>
              )
            }
          />
        }
      />
      {creating && (
        <CreateWorkPlanModal
          kind={creating}
          year={year}
          month={year === today.year() ? today.month() + 1 : 1}
          onClose={() => setCreating(null)}
        />
      )}
    </Flex>
  );
}
