import type { Schemas } from '@postcare/api-client';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { reportVersionPath } from '../paths';
import type { Report } from '../vocabulary';

type VersionSummary = Schemas['ReportVersionSummaryDto'];

/** Every submission, kept as it was sent, the latest first; each opens read-only. */
export function ReportVersions({ report }: { report: Report }) {
  const { t } = useTranslation('reports');
  return (
    <div data-testid="report-versions">
      <Typography.Title level={4}>{t('versions.title')}</Typography.Title>
      <Table<VersionSummary>
        size="small"
        rowKey="number"
        pagination={false}
        dataSource={[...report.versions].reverse()}
        locale={{ emptyText: t('versions.none') }}
        columns={[
          {
            title: t('versions.version'),
            key: 'number',
            render: (_, version) => (
              <Link to={reportVersionPath(report.id, version.number)}>
                {t('versions.name', { number: version.number })}
              </Link>
            ),
          },
          {
            title: t('versions.submittedAt'),
            key: 'at',
            render: (_, version) => formatDateTime(version.submittedAt),
          },
          {
            title: t('versions.submittedBy'),
            key: 'by',
            responsive: ['sm'],
            render: (_, version) => version.submittedBy?.fullName ?? '—',
          },
        ]}
      />
    </div>
  );
}
