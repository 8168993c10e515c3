import { Drawer } from 'antd';
import type { ReactNode } from 'react';

/** The bell's list on a phone: a drawer over the whole page (loaded on the first open). */
export function NotificationDrawer({
  open,
  onClose,
  children,
}: {
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Drawer
      open={open}
      onClose={onClose}
      placement="right"
      size="100%"
      styles={{ body: { padding: 12 } }}
    >
      {children}
    </Drawer>
  );
}
