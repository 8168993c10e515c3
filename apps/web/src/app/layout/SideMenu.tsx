import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePermissions } from '../../shared/auth/usePermissions';
import { CHANGE_PASSWORD_PATH, CURATOR_HOME_PATH } from '../router/paths';
import { REGIONAL_PAGES, SECTION_PERMISSIONS, SECTIONS, sectionPath } from './sections';
import './side-menu.css';

interface MenuLink {
  path: string;
  label: string;
}

const ADMIN_PATH = '/admin';
const ACCOUNT_PATH = '/account';

/**
 * The main menu: a list of links, the current section marked (`aria-current`), the
 * administration pages in a group that opens on an /admin page. `onNavigate` closes it
 * where it opens over the page (phones).
 */
export function SideMenu({ onNavigate }: { onNavigate?: () => void } = {}) {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const { pathname } = useLocation();

  const adminLinks: MenuLink[] = [
    can('users.manage') && { path: '/admin/users', label: t('nav.adminUsers') },
    can('institutions.manage') && {
      path: '/admin/institutions',
      label: t('nav.adminInstitutions'),
    },
    can('dictionaries.manage') && {
      path: '/admin/dictionaries',
      label: t('nav.adminDictionaries'),
    },
  ].filter((item): item is MenuLink => Boolean(item));

  // A volunteer curator sees their own graduates and their account, nothing of the service;
  // a regional user the reports of their institutions.
  const regional = can('reports.regional');
  const links: MenuLink[] = can('curator.portal')
    ? [
        { path: CURATOR_HOME_PATH, label: t('nav.curatorHome') },
        { path: CHANGE_PASSWORD_PATH, label: t('header.changePassword') },
      ]
    : regional
      ? REGIONAL_PAGES.map((page) => ({ path: page.path, label: t(`nav.${page.key}`) }))
      : SECTIONS.filter((section) => {
          const permission = SECTION_PERMISSIONS[section];
          return !permission || can(permission);
        }).map((section) => ({ path: sectionPath(section), label: t(`nav.${section}`) }));
  const showAdmin = !regional && !can('curator.portal') && adminLinks.length > 0;

  // A regional page is marked by the longest menu path it lies under (the summary is one).
  const regionalSelected = REGIONAL_PAGES.map((page) => page.path)
    .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];
  const selected =
    (regional && regionalSelected) ||
    pathname
      .split('/')
      .slice(0, pathname.startsWith(ADMIN_PATH) || pathname.startsWith(ACCOUNT_PATH) ? 3 : 2)
      .join('/');

  const item = ({ path, label }: MenuLink) => (
    <li key={path}>
      <Link
        to={path}
        className="side-menu__link"
        aria-current={path === selected ? 'page' : undefined}
        onClick={onNavigate}
      >
        {label}
      </Link>
    </li>
  );

  return (
    <nav className="side-menu" aria-label={t('nav.mainMenu')}>
      <ul className="side-menu__list">
        {links.map(item)}
        {showAdmin && (
          <li>
            <details
              className="side-menu__group"
              open={pathname.startsWith(ADMIN_PATH) || undefined}
            >
              <summary className="side-menu__link side-menu__summary">{t('nav.admin')}</summary>
              <ul className="side-menu__list side-menu__list--nested">{adminLinks.map(item)}</ul>
            </details>
          </li>
        )}
      </ul>
    </nav>
  );
}
