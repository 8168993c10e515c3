import { Button, Flex, Select, Space, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { reportPath } from '../paths';
import { DueDate, LateTag, ReportStatusTag } from '../ReportTags';
import { useReportNames } from '../useReportNames';
import { useReportCalendar } from '../useReports';
import {
  compilePermission,
  periodOf,
  YEAR_RANGE,
  type CalendarEntry,
  type ReportKind,
  type ReportPeriod,
} from '../vocabulary';
import { yearOptions } from '../yearOptions';

const keyOf = (entry: CalendarEntry) =>
  `${entry.kind}-${entry.periodFrom}-${entry.person?.id ?? ''}`;

/**
 * «Календарь»: every report due in a year, per person, with its state — the specialists'
 * months (each their own), the department's months, half-years and the year. A report
 * opens; one not started is offered to the person who writes it.
 */
export function ReportCalendar({
  year: chosen,
  onYear,
  onCreate,
}: {
  year?: number;
  onYear: (year: number) => void;
  onCreate: (preset: { kind: ReportKind } & ReportPeriod) => void;
}) {
  const { t } = useTranslation('reports');
  const names = useReportNames();
  const { can } = usePermissions();
  const me = useCurrentUser().data;
  const currentYear = useInstitutionToday().year();
  const year = chosen ?? currentYear;
  const calendar = useReportCalendar(year);

  /** Only the one who writes it starts a report: its specialist, or a head. */
  const mayStart = (entry: CalendarEntry) =>
    can(compilePermission(entry.kind)) && (!entry.person || entry.person.id === me?.id);

  const columns: TableProps<CalendarEntry>['columns'] = [
    {
      title: t('fields.report'),
      key: 'report',
      render: (_, entry) => (
        <Flex vertical>
          {entry.reportId ? (
            <Link to={reportPath(entry.reportId)}>{names.title(entry)}</Link>
          ) : (
            <span>{names.title(entry)}</span>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {entry.person?.fullName ?? t('calendar.department')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('fields.dueOn'),
      key: 'due',
      render: (_, { dueOn, late }) => (
        <Flex gap={4} wrap align="center">
          <DueDate dueOn={dueOn} late={late} />
          <LateTag late={late} />
        </Flex>
      ),
    },
    {
      title: t('fields.status'),
      key: 'state',
      render: (_, entry) =>
        entry.state === 'not_started' && mayStart(entry) ? (
          <Button
            size="small"
            onClick={() =>
              onCreate({ kind: entry.kind, ...periodOf(entry.kind, entry.periodFrom) })
            }
          >
            {t('calendar.start')}
          </Button>
        ) : (
          <ReportStatusTag status={entry.state} />
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={12} align="center" justify="space-between">
        <Space.Compact>
          <Button
            aria-label={t('calendar.previousYear')}
            disabled={year <= YEAR_RANGE.min}
            onClick={() => onYear(year - 1)}
          >
            ‹
          </Button>
          <Select<number>
            aria-label={t('fields.year')}
            value={year}
            style={{ width: 110 }}
            onChange={onYear}
            options={yearOptions(currentYear, year).map((value) => ({
              value,
              label: String(value),
            }))}
          />
          <Button
            aria-label={t('calendar.nextYear')}
            disabled={year >= currentYear}
            onClick={() => onYear(year + 1)}
          >
            ›
          </Button>
        </Space.Compact>
        <Typography.Text type="secondary">{t('calendar.hint')}</Typography.Text>
      </Flex>
      <ProblemAlert error={calendar.error} />
      <Table<CalendarEntry>
        rowKey={keyOf}
        size="small"
        columns={columns}
        dataSource={calendar.data}
        loading={calendar.isFetching}
        pagination={false}
        locale={{ emptyText: t('calendar.empty', { year }) }}
        data-testid="report-calendar"
      />
    </Flex>
  );
}
