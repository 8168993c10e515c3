import { Drawer, Grid, Layout, Typography, theme } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { HeaderBar } from './HeaderBar';
import { SideMenu } from './SideMenu';
import { PageSpinner } from '../../shared/ui/PageSpinner';

export function AppLayout() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  // Below lg (phones, small tablets) the menu leaves the page its whole width and opens
  // over it from the header's button.
  const narrow = screens.lg === false;
  const [menuOpen, setMenuOpen] = useState(false);
  const title = (
    <Typography.Title
      level={5}
      style={{ color: token.colorWhite, margin: 0, padding: '20px 24px' }}
    >
      {t('app.title')}
    </Typography.Title>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {narrow ? (
        <Drawer
          open={menuOpen}
          placement="left"
          size={280}
          closable={false}
          onClose={() => setMenuOpen(false)}
          styles={{ body: { padding: 0 } }}
        >
          <Layout.Sider width="100%" style={{ minHeight: '100%' }}>
            {title}
            <SideMenu onNavigate={() => setMenuOpen(false)} />
          </Layout.Sider>
        </Drawer>
      ) : (
        <Layout.Sider width={248}>
          {title}
          <SideMenu />
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{ background: token.colorBgContainer, paddingInline: narrow ? 12 : 24 }}
        >
          <HeaderBar onOpenMenu={narrow ? () => setMenuOpen(true) : undefined} />
        </Layout.Header>
        <Layout.Content style={{ padding: narrow ? 12 : 24 }}>
          {/* A page's code arrives on its first visit; the shell stays meanwhile. */}
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
