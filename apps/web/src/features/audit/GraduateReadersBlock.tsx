import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../shared/auth/usePermissions';
import { formatDateTime } from '../../shared/format/formatDateTime';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { actionLabel, entityLabel } from './labels';
import { useAuditLog } from './useAuditLog';

/** How many of the latest entries the card shows. */
const LATEST = 10;

/**
 * «Кто открывал это дело»: the latest readers and changers of a personal file, for those
 * who may read the access log (heads, the director). Others see nothing.
 */
export function GraduateReadersBlock({ graduateId }: { graduateId: string }) {
  const { can } = usePermissions();
  const allowed = can('audit.read');
  const { t } = useTranslation('audit');
  const latest = useAuditLog({ graduateId, page: 1, pageSize: LATEST }, allowed);
  if (!allowed) return null;
  return (
    <Card size="small" title={t('readers.title')} data-testid="graduate-readers">
      <ProblemAlert error={latest.error} />
      <List
        size="small"
        loading={latest.isFetching}
        locale={{ emptyText: t('readers.empty') }}
        dataSource={latest.data?.items ?? []}
        renderItem={(row) => (
          <List.Item>
            <Typography.Text>{row.userName ?? t('unknownUser')}</Typography.Text>
            <Typography.Text type="secondary">
              {actionLabel(t, row.action)} · {entityLabel(t, row.entity)} · {formatDateTime(row.at)}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
