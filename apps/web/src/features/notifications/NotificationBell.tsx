import type { Schemas } from '@postcare/api-client';
import { Badge, Button, Drawer, Grid, Popover, Spin } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BellIcon } from './BellIcon';
import { useMarkAllRead, useMarkRead, useNotifications, useUnreadCount } from './useNotifications';

// The list (and the components it draws with) comes when the bell is first opened.
const NotificationList = lazy(async () => ({
  default: (await import('./NotificationList')).NotificationList,
}));

/**
 * The header's bell: the unread count, and on click the newest notifications (a panel under
 * the bell; on a phone, a drawer over the page). Opening one marks it read and goes where
 * it points.
 */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  const [open, setOpen] = useState(false);
  const count = useUnreadCount().data?.count ?? 0;
  const list = useNotifications(open);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();

  const openOne = (notification: Schemas['NotificationDto']) => {
    if (!notification.readAt) markRead.mutate({ params: { path: { id: notification.id } } });
    setOpen(false);
    void navigate(notification.link);
  };

  const panel = (
    <Suspense fallback={<Spin />}>
      <NotificationList
        items={list.data?.items}
        loading={list.isLoading}
        failed={list.isError}
        unread={count}
        onOpen={openOne}
        onReadAll={() => markAllRead.mutate({})}
        readingAll={markAllRead.isPending}
      />
    </Suspense>
  );
  const bell = (
    <Badge count={count} size="small" overflowCount={99} data-testid="notifications-count">
      <Button
        shape="circle"
        icon={<BellIcon />}
        aria-label={t('bellLabel', { count })}
        onClick={phone ? () => setOpen(true) : undefined}
        data-testid="notifications-bell"
      />
    </Badge>
  );

  if (phone)
    return (
      <>
        {bell}
        <Drawer
          open={open}
          onClose={() => setOpen(false)}
          placement="right"
          size="100%"
          styles={{ body: { padding: 12 } }}
        >
          {panel}
        </Drawer>
      </>
    );
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      styles={{ container: { width: 400 } }}
      content={panel}
    >
      {bell}
    </Popover>
  );
}
