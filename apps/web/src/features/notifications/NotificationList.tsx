import type { Schemas } from '@postcare/api-client';
import { Alert, Badge, Button, Empty, Flex, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/formatDateTime';

type Notification = Schemas['NotificationDto'];

interface NotificationListProps {
  items: Notification[] | undefined;
  loading: boolean;
  failed: boolean;
  unread: number;
  onOpen: (notification: Notification) => void;
  onReadAll: () => void;
  readingAll: boolean;
}

/** The bell's panel: the newest notifications, unread ones marked, and «Отметить все прочитанными». */
export function NotificationList({
  items,
  loading,
  failed,
  unread,
  onOpen,
  onReadAll,
  readingAll,
}: NotificationListProps) {
  const { t } = useTranslation('notifications');
  return (
    <Flex vertical gap={8} data-testid="notifications-panel">
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text strong>{t('title')}</Typography.Text>
        <Button
          type="link"
          size="small"
          disabled={unread === 0}
          loading={readingAll}
          onClick={onReadAll}
          data-testid="notifications-read-all"
        >
          {t('markAllRead')}
        </Button>
      </Flex>
      {failed && <Alert type="error" showIcon title={t('loadError')} />}
      {loading && !items ? (
        <Skeleton active paragraph={{ rows: 3 }} title={false} />
      ) : items?.length ? (
        <List
          size="small"
          style={{ maxHeight: 'min(60vh, 480px)', overflowY: 'auto' }}
          dataSource={items}
          renderItem={(item) => (
            <List.Item
              key={item.id}
              onClick={() => onOpen(item)}
              style={{ cursor: 'pointer', paddingInline: 4 }}
              data-testid="notification-item"
              data-unread={item.readAt ? undefined : 'true'}
            >
              <Flex gap={8} align="baseline" style={{ width: '100%' }}>
                <Badge
                  status={item.readAt ? 'default' : 'processing'}
                  aria-label={item.readAt ? undefined : t('unread')}
                  style={{ visibility: item.readAt ? 'hidden' : 'visible' }}
                />
                <Flex vertical style={{ minWidth: 0 }}>
                  <Typography.Text strong={!item.readAt}>{item.title}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(item.createdAt)}
                  </Typography.Text>
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        !failed && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} />
      )}
    </Flex>
  );
}
