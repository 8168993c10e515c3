import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePermissions } from '../../shared/auth/usePermissions';
import { EmptyState } from '../../shared/ui/EmptyState';
import { LazyProblemAlert } from '../../shared/ui/LazyProblemAlert';
import { PageTitle } from '../../shared/ui/PageTitle';
import { PlainAlert } from '../../shared/ui/PlainAlert';
import { PlainTabs } from '../../shared/ui/PlainTabs';
import { ExportGraduatesButton } from './list/ExportGraduatesButton';
import { GraduateFilters, isFiltered, NO_FILTERS } from './list/GraduateFilters';
import { GraduatesTable } from './list/GraduatesTable';
import { Turning23Table } from './list/Turning23Table';
import { useGraduateListParams, type GraduateListView } from './list/useGraduateListParams';
import { IMPORT_GRADUATES_PATH, NEW_GRADUATE_PATH } from './paths';
import { useGraduates } from './useGraduates';
import { TURNING_23_DAYS, useTurning23 } from './useTurning23';
import './graduates-page.css';

/**
 * The graduates list: search, filters, sorting and pages, all kept in the address bar.
 * Drawn in plain markup (only antd's Button, which comes with the theme), so the most used
 * page of the service loads quickly on a slow line.
 */
export function GraduatesPage() {
  const { t } = useTranslation('graduates');
  const { can } = usePermissions();
  const navigate = useNavigate();
  const { query, view, change } = useGraduateListParams();
  const graduates = useGraduates(query);
  const turning = useTurning23();
  const turningCount = turning.data?.length ?? 0;

  return (
    <div className="graduates-page">
      <div className="graduates-page__top">
        <PageTitle style={{ margin: 0 }}>{t('list.title')}</PageTitle>
        <div className="graduates-page__actions">
          {view === 'all' && <ExportGraduatesButton query={query} />}
          {can('graduates.import') && (
            <Button onClick={() => void navigate(IMPORT_GRADUATES_PATH)}>{t('list.import')}</Button>
          )}
          {can('graduates.write') && (
            <Button type="primary" onClick={() => void navigate(NEW_GRADUATE_PATH)}>
              {t('list.create')}
            </Button>
          )}
        </div>
      </div>
      {view === 'all' && turningCount > 0 && (
        <PlainAlert
          type="warning"
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
      <PlainTabs<GraduateListView>
        active={view}
        onChange={(next) => change({ view: next })}
        tabs={[
          { key: 'all', label: t('list.tabs.all') },
          {
            key: 'turning23',
            label: t('list.tabs.turning23', { count: turningCount, days: TURNING_23_DAYS }),
          },
        ]}
      >
        {view === 'all' ? (
          <>
            <GraduateFilters value={query} onChange={change} />
            <LazyProblemAlert error={graduates.error} />
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
            <LazyProblemAlert error={turning.error} />
            <Turning23Table items={turning.data} loading={turning.isFetching} />
          </>
        )}
      </PlainTabs>
    </div>
  );
}
