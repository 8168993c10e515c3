import { REPORT_KIND_LABELS } from '@postcare/domain';
import type { Schemas } from '@postcare/api-client';
import { Alert, Button, Flex, Select, Table, Tag, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { REGIONAL_SUMMARY_PATH, regionalReportPath } from '../paths';
import { DueDate, LateTag, ReportStatusTag } from '../ReportTags';
import { useReportNames } from '../useReportNames';
import { DEPARTMENT_KINDS, type ReportKind } from '../vocabulary';
import { yearOptions } from '../yearOptions';
import { useRegionalInstitutions, useRegionalReports } from './useRegional';
import { useRegionalListParams } from './useRegionalParams';
import { PageTitle } from '../../../shared/ui/PageTitle';

type RegionalReport = Schemas['RegionalReportSummaryDto'];

/**
 * The regional centre's start page (000 §4.10, 001 §3.1.4): the department reports the
 * institutions it oversees have handed in — submitted or accepted, never drafts or
 * returned ones — by kind and year.
 */
export function RegionalReportsPage() {
  const { t } = useTranslation('reports');
  const labelOf = useLabel();
  const names = useReportNames();
  const navigate = useNavigate();
  const params = useRegionalListParams();
  const institutions = useRegionalInstitutions();
  const reports = useRegionalReports({ kind: params.kind, year: params.year });
  const none = institutions.data?.institutions.length === 0;

  const columns: TableProps<RegionalReport>['columns'] = [
    {
      title: t('fields.institution'),
      key: 'institution',
      render: (_, report) => report.institution.name,
    },
    {
      title: t('fields.report'),
      key: 'report',
      render: (_, report) => <Link to={regionalReportPath(report.id)}>{names.title(report)}</Link>,
    },
    {
      title: t('fields.dueOn'),
      key: 'due',
      responsive: ['md'],
      render: (_, { dueOn, late }) => (
        <Flex gap={4} wrap align="center">
          <DueDate dueOn={dueOn} late={late} />
          <LateTag late={late} />
        </Flex>
      ),
    },
    {
      title: t('fields.submittedAt'),
      key: 'submittedAt',
      responsive: ['lg'],
      render: (_, { submittedAt }) => (submittedAt ? formatDateTime(submittedAt) : '—'),
    },
    {
      title: t('fields.status'),
      key: 'status',
      render: (_, { status }) => <ReportStatusTag status={status} />,
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="regional-reports-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <PageTitle style={{ margin: 0 }}>{t('regional.title')}</PageTitle>
        <Button type="primary" onClick={() => void navigate(REGIONAL_SUMMARY_PATH)}>
          {t('regional.toSummary')}
        </Button>
      </Flex>
      <ProblemAlert error={institutions.error} />
      {none ? (
        <Alert type="warning" showIcon title={t('regional.noInstitutions')} />
      ) : (
        <Flex wrap gap={4} align="center" data-testid="regional-institutions">
          <Typography.Text type="secondary">{t('regional.institutions')}</Typography.Text>
          {institutions.data?.institutions.map((institution) => (
            <Tag key={institution.id}>{institution.name}</Tag>
          ))}
        </Flex>
      )}
      <Flex wrap gap={12} align="center">
        <Select<ReportKind>
          allowClear
          aria-label={t('fields.kind')}
          placeholder={t('list.anyKind')}
          style={{ width: 280, maxWidth: '100%' }}
          value={params.kind}
          onChange={(kind) => params.setKind(kind ?? undefined)}
          options={DEPARTMENT_KINDS.map((value) => ({
            value,
            label: labelOf(REPORT_KIND_LABELS, value),
          }))}
        />
        <Select<number>
          allowClear
          aria-label={t('fields.year')}
          placeholder={t('list.anyYear')}
          style={{ width: 140 }}
          value={params.year}
          onChange={(year) => params.setYear(year ?? undefined)}
          options={yearOptions(new Date().getFullYear(), params.year).map((value) => ({
            value,
            label: String(value),
          }))}
        />
      </Flex>
      <ProblemAlert error={reports.error} />
      <Table<RegionalReport>
        rowKey="id"
        columns={columns}
        dataSource={reports.data}
        loading={reports.isFetching}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('regional.empty') }}
        data-testid="regional-reports-table"
      />
    </Flex>
  );
}
