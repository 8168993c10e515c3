import { Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { AuditFilterBar } from './AuditFilterBar';
import { AuditTable } from './AuditTable';
import { exportAuditLog, useAuditLog, type AuditFilters, type AuditQuery } from './useAuditLog';

/** «Журнал аудита»: who read or changed what, for heads, the director and administrators. */
export function AuditPage() {
  const { t } = useTranslation('audit');
  const [query, setQuery] = useState<AuditQuery>({ page: 1, pageSize: 20 });
  const log = useAuditLog(query);
  const { page: _page, pageSize: _pageSize, ...filters } = query;

  const changeFilters = (changes: AuditFilters) =>
    setQuery((current) => ({ ...current, ...changes, page: 1 }));

  return (
    <Flex vertical gap={16} style={{ minWidth: 0 }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('intro')}
      </Typography.Paragraph>
      <AuditFilterBar
        value={filters}
        onChange={changeFilters}
        onExport={() => exportAuditLog(filters)}
      />
      <ProblemAlert error={log.error} />
      <AuditTable
        page={log.data}
        loading={log.isFetching}
        onPageChange={(page, pageSize) => setQuery((current) => ({ ...current, page, pageSize }))}
      />
    </Flex>
  );
}
