import { CONTACT_KIND_LABELS, CONTACT_OUTCOME_LABELS } from '@postcare/domain';
import { Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { useMyContacts } from '../usePortal';
import { OUTCOME_COLORS, type MyActivity } from '../vocabulary';

/** The curator's own entries about the graduate, newest first (staff entries are not shown). */
export function MyContactLog({
  graduateId,
  activities,
}: {
  graduateId: string;
  activities: MyActivity[];
}) {
  const { t } = useTranslation('curatorPortal');
  const labelOf = useLabel();
  const contacts = useMyContacts(graduateId);
  const titles = new Map(activities.map(({ id, title }) => [id, title]));
  if (contacts.error) return <ProblemAlert error={contacts.error} />;
  if (!contacts.data) return <Skeleton active />;
  if (!contacts.data.length) return <Empty description={t('contacts.none')} />;
  return (
    <Flex vertical gap={8} data-testid="my-contacts">
      {contacts.data.map((contact) => (
        <Card
          key={contact.id}
          size="small"
          data-testid="my-contact"
          styles={{ body: { padding: 12 } }}
        >
          <Flex vertical gap={6}>
            <Flex justify="space-between" gap={8} wrap>
              <Typography.Text strong>{labelOf(CONTACT_KIND_LABELS, contact.kind)}</Typography.Text>
              <Typography.Text type="secondary">
                {formatDateTime(contact.occurredAt)}
              </Typography.Text>
            </Flex>
            {contact.outcome !== 'held' && (
              <span>
                <Tag color={OUTCOME_COLORS[contact.outcome]}>
                  {labelOf(CONTACT_OUTCOME_LABELS, contact.outcome)}
                </Tag>
              </span>
            )}
            <Typography.Text style={{ whiteSpace: 'pre-line' }}>{contact.summary}</Typography.Text>
            {contact.nextSteps && (
              <Typography.Text type="secondary" style={{ whiteSpace: 'pre-line' }}>
                {t('contacts.nextSteps')}: {contact.nextSteps}
              </Typography.Text>
            )}
            {contact.activityIds.length > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('contacts.forActivities', {
                  titles: contact.activityIds
                    .map((id) => titles.get(id))
                    .filter(Boolean)
                    .join('; '),
                })}
              </Typography.Text>
            )}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
