import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { pagePagination } from '../../../shared/ui/pagePagination';
import { EventDrawer } from '../event/EventDrawer';
import { EventFormModal } from '../form/EventFormModal';
import { useEvents } from '../useEvents';
import { EventFilters } from './EventFilters';
import { EventsTable } from './EventsTable';
import { useEventsParams } from './useEventsParams';
import { EmptyState } from '../../../shared/ui/EmptyState';
import { PageTitle } from '../../../shared/ui/PageTitle';

/**
 * «Мероприятия» (001 §3.1.2, §3.2): the group events of the institution — trainings,
 * seminars, club meetings, evenings, master classes, excursions — for a period (the current
 * month unless changed), by kind, status and participant, each with its card. What is shown
 * is kept in the address.
 */
export function EventsPage() {
  const { t } = useTranslation('events');
  const { t: tc } = useTranslation();
  const { can } = usePermissions();
  const params = useEventsParams();
  const { from, to, kind, status, graduate, page, pageSize } = params;
  const events = useEvents({ from, to, kind, status, graduateId: graduate, page, pageSize });
  const [adding, setAdding] = useState(false);
  const filtered = Boolean(kind || status || graduate);

  return (
    <Flex vertical gap={16} data-testid="events-page">
      <Flex justify="space-between" align="center" wrap gap={16}>
        <PageTitle style={{ margin: 0 }}>{t('section.title')}</PageTitle>
        {can('events.write') && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('list.add')}
          </Button>
        )}
      </Flex>
      <EventFilters params={params} />
      <ProblemAlert error={events.error} />
      <EventsTable
        events={events.data?.items}
        loading={events.isFetching}
        pagination={pagePagination(events.data, tc, params.setPage)}
        emptyText={
          <EmptyState
            text={t('list.empty')}
            filtered={filtered}
            filteredText={t('list.nothingFound')}
            onResetFilters={() => params.setFilters({ kind: null, status: null, graduate: null })}
            action={
              can('events.write') && (
                <Button type="primary" onClick={() => setAdding(true)}>
                  {t('list.add')}
                </Button>
              )
            }
          />
        }
        onOpen={(id) => params.openEvent(id)}
      />
      {params.event && (
        <EventDrawer id={params.event} onClose={() => params.openEvent(undefined)} />
      )}
      {adding && (
        <EventFormModal
          onClose={() => setAdding(false)}
          onSaved={(event) => params.openEvent(event.id)}
        />
      )}
    </Flex>
  );
}
