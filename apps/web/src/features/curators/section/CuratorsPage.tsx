import { CURATOR_STATUS_LABELS } from '@postcare/domain';
import { Button, Flex, Select, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { pagePagination } from '../../../shared/ui/pagePagination';
import { CuratorDrawer } from '../curator/CuratorDrawer';
import { CuratorFormModal } from '../curator/CuratorFormModal';
import { TrainingView } from '../training/TrainingView';
import { useCurators } from '../useCurators';
import { CURATOR_STATUSES, LIMITS, type CuratorStatus } from '../vocabulary';
import { SearchAsYouType } from '../../../shared/ui/SearchAsYouType';
import { CuratorsTable } from './CuratorsTable';
import { useCuratorsParams, type CuratorsView } from './useCuratorsParams';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { PageTitle } from '../../../shared/ui/PageTitle';

/**
 * «Кураторы» (000 §2.3.3, §4.9; 001 §7.1): volunteer candidates and curators — search as
 * you type, status, each one's card — and the training sessions they attend. What is
 * shown is kept in the address.
 */
export function CuratorsPage() {
  const { t } = useTranslation('curators');
  const labelOf = useLabel();
  const { t: tc } = useTranslation();
  const { can } = usePermissions();
  const params = useCuratorsParams();
  const { view, q, status, page, pageSize } = params;
  const curators = useCurators({ q, status, page, pageSize }, { enabled: view === 'curators' });
  const [adding, setAdding] = useState(false);
  const filtered = Boolean(q || status);
  const resetFilters = () => params.setFilters({ q: null, status: null });

  return (
    <Flex vertical gap={16} data-testid="curators-page">
      <Flex justify="space-between" align="center" wrap gap={16}>
        <PageTitle style={{ margin: 0 }}>{t('section.title')}</PageTitle>
        {view === 'curators' && can('curators.write') && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('list.add')}
          </Button>
        )}
      </Flex>
      <Tabs
        activeKey={view}
        onChange={(key) => params.setView(key as CuratorsView)}
        items={[
          { key: 'curators', label: t('section.curators') },
          { key: 'training', label: t('section.training') },
        ]}
      />
      {view === 'curators' ? (
        <Flex vertical gap={12}>
          <Flex wrap gap={12} align="center">
            <SearchAsYouType
              label={t('list.searchPlaceholder')}
              maxLength={LIMITS.search}
              data-testid="curator-search"
              value={q}
              onChange={(next) => params.setFilters({ q: next ?? null })}
            />
            <Select<CuratorStatus>
              allowClear
              placeholder={t('list.anyStatus')}
              aria-label={t('fields.status')}
              style={{ width: 220 }}
              value={status}
              onChange={(next) => params.setFilters({ status: next ?? null })}
              options={CURATOR_STATUSES.map((value) => ({
                value,
                label: labelOf(CURATOR_STATUS_LABELS, value),
              }))}
              data-testid="curator-status-filter"
            />
          </Flex>
          <ProblemAlert error={curators.error} />
          <CuratorsTable
            curators={curators.data?.items}
            loading={curators.isFetching}
            pagination={pagePagination(curators.data, tc, params.setPage)}
            emptyText={
              <EmptyState
                text={t('list.empty')}
                filtered={filtered}
                onResetFilters={resetFilters}
                action={
                  can('curators.write') && (
                    <Button type="primary" onClick={() => setAdding(true)}>
                      {t('list.add')}
                    </Button>
                  )
                }
              />
            }
            onOpen={(id) => params.openCurator(id)}
          />
        </Flex>
      ) : (
        <TrainingView
          from={params.from}
          to={params.to}
          page={page}
          pageSize={pageSize}
          onPeriod={(from, to) => params.setFilters({ from, to })}
          onPage={params.setPage}
        />
      )}
      {params.curator && (
        <CuratorDrawer id={params.curator} onClose={() => params.openCurator(undefined)} />
      )}
      {adding && (
        <CuratorFormModal
          onClose={() => setAdding(false)}
          onCreated={(curator) => params.openCurator(curator.id)}
        />
      )}
    </Flex>
  );
}
