import { Button, Flex, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReportCalendar } from '../calendar/ReportCalendar';
import type { ReportKind, ReportPeriod } from '../vocabulary';
import { CreateReportModal } from './CreateReportModal';
import { ReportsList } from './ReportsList';
import { useCompilableKinds } from './useCompilableKinds';
import { useReportsParams, type ReportsTab } from './useReportsParams';
import { PageTitle } from '../../../shared/ui/PageTitle';

type Creating = ({ kind: ReportKind } & ReportPeriod) | 'choose' | null;

/**
 * «Отчёты» (001 §8.3–8.4.2): the reports this user writes or reviews, filtered by kind,
 * status and year, and the calendar of every report due in a year with its state. What is
 * shown lives in the address.
 */
export function ReportsPage() {
  const { t } = useTranslation('reports');
  const params = useReportsParams();
  const compilable = useCompilableKinds();
  const [creating, setCreating] = useState<Creating>(null);

  return (
    <Flex vertical gap={16} data-testid="reports-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <PageTitle style={{ margin: 0 }}>{t('list.title')}</PageTitle>
        {compilable.length > 0 && (
          <Button type="primary" onClick={() => setCreating('choose')}>
            {t('list.create')}
          </Button>
        )}
      </Flex>
      <Tabs
        activeKey={params.tab}
        onChange={(key) => params.setTab(key as ReportsTab)}
        items={[
          { key: 'list', label: t('list.tab') },
          { key: 'calendar', label: t('calendar.tab') },
        ]}
      />
      {params.tab === 'list' ? (
        <ReportsList
          params={params}
          onCreate={compilable.length > 0 ? () => setCreating('choose') : undefined}
        />
      ) : (
        <ReportCalendar
          year={params.year}
          onYear={(year) => params.setFilters({ year })}
          onCreate={(preset) => setCreating(preset)}
        />
      )}
      {creating && (
        <CreateReportModal
          preset={creating === 'choose' ? undefined : creating}
          onClose={() => setCreating(null)}
        />
      )}
    </Flex>
  );
}
