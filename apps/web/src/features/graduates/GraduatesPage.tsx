import { Alert, Button, Flex, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePermissions } from '../../shared/auth/usePermissions';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { ExportGraduatesButton } from './list/ExportGraduatesButton';
import { GraduateFilters, isFiltered, NO_FILTERS } from './list/GraduateFilters';
import { GraduatesTable } from './list/GraduatesTable';
import { Turning23Table } from './list/Turning23Table';
import { useGraduateListParams, type GraduateListView } from './list/useGraduateListParams';
import { IMPORT_GRADUATES_PATH, NEW_GRADUATE_PATH } from './paths';
import { useGraduates } from './useGraduates';
import { TURNING_23_DAYS, useTurning23 } from './useTurning23';
import { EmptyState } from '../../shared/ui/EmptyState';
import { PageTitle } from '../../shared/ui/PageTitle';

/** The graduates list: search, filters, sorting and pages, all kept in the address bar. */
export function GraduatesPage() {
  const { t } = useTranslation('graduates');
  const { can } = usePermissions();
  const navigate = useNavigate();
  const { query, view, change } = useGraduateListParams();
  const graduates = useGraduates(query);
  const turning = useTurning23();
  const turningCount = turning.data?.length ?? 0;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={16}>
        <PageTitle style={{ margin: 0 }}>{t('list.title')}</PageTitle>
        <Flex gap={8} wrap>
          {view === 'all' && <ExportGraduatesButton query={query} />}
          {can('graduates.import') && (
            <Button onClick={() => void navigate(IMPORT_GRADUATES_PATH)}>{t('list.import')}</Button>
          )}
          {can('graduates.write') && (
            <Button type="primary" onClick={() => void navigate(NEW_GRADUATE_PATH)}>
              {t('list.create')}
            </Button>
          )}
        </Flex>
      </Flex>
      {view === 'all' && turningCount > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="turning23-notice"
          title={t('turning23.notice', { count: turningCount, days: TURNING_23_DAYS })}
          description={t('turning23.noticeHint')}
          action={
            <Button size="small" onClick={() => change({ view: 'turning23' })}>
              {t('turning23.show')}
            </Button>
          }
        />
      )}
      <Tabs
        activeKey={view}
        onChange={(next) => change({ view: next as GraduateListView })}
        items={[
          { key: 'all', label: t('list.tabs.all') },
          {
            key: 'turning23',
            label: t('list.tabs.turning23', { count: turningCount, days: TURNING_23_DAYS }),
          },
        ]}
      />
      {view === 'all' ? (
        <>
          <GraduateFilters value={query} onChange={change} />
          <ProblemAlert error={graduates.error} />
          <GraduatesTable
            page={graduates.data}
            loading={graduates.isFetching}
            query={query}
            onChange={change}
            empty={
              <EmptyState
                text={t('list.empty')}
                filtered={isFiltered(query)}
                filteredText={query.q ? t('list.nothingFound') : undefined}
                onResetFilters={() => change(NO_FILTERS)}
                action={
                  can('graduates.write') && (
                    <Button type="primary" onClick={() => void navigate(NEW_GRADUATE_PATH)}>
                      {t('list.create')}
                    </Button>
                  )
                }
              />
            }
          />
        </>
      ) : (
        <>
          <ProblemAlert error={turning.error} />
          <Turning23Table items={turning.data} loading={turning.isFetching} />
        </>
      )}
    </Flex>
  );
}
