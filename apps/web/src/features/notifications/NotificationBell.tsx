import type { Schemas } from '@postcare/api-client';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SpinWheel } from '../../shared/ui/SpinWheel';
import { BELOW_MD, useMediaQuery } from '../../shared/ui/useMediaQuery';
import { BellIcon } from './BellIcon';
import { useMarkAllRead, useMarkRead, useNotifications, useUnreadCount } from './useNotifications';
import '../../shared/ui/popup-card.css';
import './notification-bell.css';

// The list (and the components it draws with) comes when the bell is first opened, and so
// does the phone's drawer.
const NotificationList = lazy(async () => ({
  default: (await import('./NotificationList')).NotificationList,
}));
const NotificationDrawer = lazy(async () => ({
  default: (await import('./NotificationDrawer')).NotificationDrawer,
}));

/**
 * The header's bell: the unread count, and on click the newest notifications (a panel under
 * the bell; on a phone, a drawer over the page). Opening one marks it read and goes where
 * it points. The bell is plain markup; what it opens loads on the first click.
 */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const navigate = useNavigate();
  const phone = useMediaQuery(BELOW_MD);
  const [open, setOpen] = useState(false);
  // The drawer stays mounted once opened, so it can animate out.
  const [opened, setOpened] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const count = useUnreadCount().data?.count ?? 0;
  const list = useNotifications(open);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();

  // The panel under the bell closes on a click elsewhere.
  useEffect(() => {
    if (!open || phone) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, phone]);

  const openOne = (notification: Schemas['NotificationDto']) => {
    if (!notification.readAt) markRead.mutate({ params: { path: { id: notification.id } } });
    setOpen(false);
    void navigate(notification.link);
  };

  const panel = (
    <Suspense
      fallback={
        <span className="notification-bell__wait" role="status">
          <SpinWheel size={20} />
        </span>
      }
    >
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

  return (
    <div
      ref={root}
      className="notification-bell"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open && !phone) {
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <span className="notification-bell__badge" data-testid="notifications-count">
        <button
          ref={button}
          type="button"
          className="notification-bell__button"
          aria-label={t('bellLabel', { count })}
          aria-expanded={open}
          onClick={() => {
            setOpened(true);
            setOpen((value) => !value);
          }}
          data-testid="notifications-bell"
        >
          <BellIcon />
        </button>
        {count > 0 && (
          <sup className="notification-bell__count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </sup>
        )}
      </span>
      {phone
        ? opened && (
            <Suspense fallback={null}>
              <NotificationDrawer open={open} onClose={() => setOpen(false)}>
                {panel}
              </NotificationDrawer>
            </Suspense>
          )
        : open && <div className="notification-bell__panel popup-card">{panel}</div>}
    </div>
  );
}
