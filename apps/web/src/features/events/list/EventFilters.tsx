import { Button, DatePicker, Flex, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, fullName } from '../../graduates/format';
import { useGraduate } from '../../graduates/useGraduate';
import { GraduatePicker } from '../form/GraduatePicker';
import { useEventKindOptions, useEventStatusOptions } from '../kinds';
import type { EventKind, EventStatus } from '../vocabulary';
import type { useEventsParams } from './useEventsParams';

type Params = ReturnType<typeof useEventsParams>;

const FILTER_WIDTH = { width: '100%', maxWidth: 260 } as const;

/** The name of the graduate the list is filtered by, when restored from the address. */
function useFilteredGraduate(id: string | undefined) {
  const graduate = useGraduate(id).data;
  return graduate && graduate.id === id
    ? [{ id: graduate.id, fullName: fullName(graduate), birthDate: graduate.birthDate }]
    : [];
}

/**
 * The period (from / to, days on the institution's calendar; the current month unless
 * changed), the kind, the status, and a participant found by name.
 */
export function EventFilters({ params }: { params: Params }) {
  const { t } = useTranslation('events');
  const kindOptions = useEventKindOptions();
  const statusOptions = useEventStatusOptions();
  const known = useFilteredGraduate(params.graduate);
  const from = params.from ? dayjs(params.from) : null;
  const to = params.to ? dayjs(params.to) : null;
  const day = (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null);

  return (
    <Flex wrap gap={12} align="center" data-testid="event-filters">
      <Flex gap={8} align="center" wrap>
        <DatePicker
          value={from}
          format={DATE_FORMAT}
          placeholder={t('filters.from')}
          aria-label={t('filters.fromLabel')}
          disabledDate={(value) => Boolean(to && value.isAfter(to, 'day'))}
          onChange={(value) => params.setPeriod(day(value), params.to ?? null)}
          style={{ width: 150 }}
        />
        <span aria-hidden>—</span>
        <DatePicker
          value={to}
          format={DATE_FORMAT}
          placeholder={t('filters.to')}
          aria-label={t('filters.toLabel')}
          disabledDate={(value) => Boolean(from && value.isBefore(from, 'day'))}
          onChange={(value) => params.setPeriod(params.from ?? null, day(value))}
          style={{ width: 150 }}
        />
        {!params.currentMonth && (
          <Button onClick={params.resetPeriod}>{t('filters.currentMonth')}</Button>
        )}
      </Flex>
      <Select<EventKind>
        allowClear
        placeholder={t('filters.anyKind')}
        aria-label={t('fields.kind')}
        style={FILTER_WIDTH}
        value={params.kind}
        options={kindOptions}
        onChange={(kind) => params.setFilters({ kind: kind ?? null })}
        data-testid="event-kind-filter"
      />
      <Select<EventStatus>
        allowClear
        placeholder={t('filters.anyStatus')}
        aria-label={t('fields.status')}
        style={{ width: '100%', maxWidth: 200 }}
        value={params.status}
        options={statusOptions}
        onChange={(status) => params.setFilters({ status: status ?? null })}
        data-testid="event-status-filter"
      />
      <GraduatePicker
        value={params.graduate}
        known={known}
        placeholder={t('filters.participant')}
        aria-label={t('filters.participantLabel')}
        style={{ width: '100%', maxWidth: 340 }}
        onChange={(graduate) => params.setFilters({ graduate: graduate ?? null })}
        data-testid="event-participant-filter"
      />
    </Flex>
  );
}
