import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePermissions } from '../../shared/auth/usePermissions';
import { CHANGE_PASSWORD_PATH, CURATOR_HOME_PATH } from '../router/paths';
import { REGIONAL_PAGES, SECTION_PERMISSIONS, SECTIONS, sectionPath } from './sections';

type MenuItem = Required<MenuProps>['items'][number];

const ADMIN_KEY = '/admin';
const ACCOUNT_KEY = '/account';

/** The main menu; `onNavigate` closes it where it opens over the page (phones). */
export function SideMenu({ onNavigate }: { onNavigate?: () => void } = {}) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const { pathname } = useLocation();

  const link = (path: string, label: string): MenuItem => ({
    key: path,
    label: <Link to={path}>{label}</Link>,
  });

  const adminItems = [
    can('users.manage') && link('/admin/users', t('nav.adminUsers')),
    can('institutions.manage') && link('/admin/institutions', t('nav.adminInstitutions')),
    can('dictionaries.manage') && link('/admin/dictionaries', t('nav.adminDictionaries')),
  ].filter((item): item is MenuItem => Boolean(item));

  // A volunteer curator sees their own graduates and their account, nothing of the service;
  // a regional user the reports of their institutions.
  const regional = can('reports.regional');
  const items: MenuItem[] = can('curator.portal')
    ? [
        link(CURATOR_HOME_PATH, t('nav.curatorHome')),
        link(CHANGE_PASSWORD_PATH, t('header.changePassword')),
      ]
    : regional
      ? REGIONAL_PAGES.map((page) => link(page.path, t(`nav.${page.key}`)))
      : [
          ...SECTIONS.filter((section) => {
            const permission = SECTION_PERMISSIONS[section];
            return !permission || can(permission);
          }).map((section) => link(sectionPath(section), t(`nav.${section}`))),
          ...(adminItems.length
            ? [{ key: ADMIN_KEY, label: t('nav.admin'), children: adminItems }]
            : []),
        ];

  // A regional page is marked by the longest menu path it lies under (the summary is one).
  const regionalSelected = REGIONAL_PAGES.map((page) => page.path)
    .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];
  const selected =
    (regional && regionalSelected) ||
    pathname
      .split('/')
      .slice(0, pathname.startsWith(ADMIN_KEY) || pathname.startsWith(ACCOUNT_KEY) ? 3 : 2)
      .join('/');

  return (
    <Menu
      theme="dark"
      mode="inline"
      aria-label={t('nav.mainMenu')}
      items={items}
      selectedKeys={[selected]}
      defaultOpenKeys={pathname.startsWith(ADMIN_KEY) ? [ADMIN_KEY] : []}
      onClick={onNavigate}
    />
  );
}
