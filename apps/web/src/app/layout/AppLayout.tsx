import { Suspense, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { HeaderBar } from './HeaderBar';
import { SideMenu } from './SideMenu';
import { PageSpinner } from '../../shared/ui/PageSpinner';
import { BELOW_LG, useMediaQuery } from '../../shared/ui/useMediaQuery';
import './app-layout.css';

const FOCUSABLE = 'a[href], summary, button:not(:disabled)';

/**
 * The signed-in pages' frame: the dark main menu on the left, the header, the page. Below
 * 992 px the menu leaves the page its whole width and opens over it from the header's ☰
 * button; a link, Escape or a click beside it closes it, and the focus returns to ☰.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const narrow = useMediaQuery(BELOW_LG);
  const { pathname } = useLocation();
  // The page the menu was opened on: another page (a link, the browser's back button)
  // finds it closed.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const open = narrow && openOn === pathname;

  const close = useCallback(() => {
    setOpenOn(null);
    menuButton.current?.focus();
  }, []);

  // The focus goes into the menu as it opens; Escape closes it wherever the focus is.
  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, close]);

  // Tab goes round inside it while it covers the page.
  const onPanelKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab' || !panel.current) return;
    const items = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) => element.offsetParent !== null,
    );
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const title = <div className="app-layout__title">{t('app.title')}</div>;

  return (
    <div className="app-layout">
      {!narrow && (
        <aside className="app-layout__sider">
          {title}
          <SideMenu />
        </aside>
      )}
      {open && (
        <>
          <div className="app-layout__backdrop" onClick={close} aria-hidden="true" />
          <div
            ref={panel}
            className="app-layout__sider app-layout__sider--panel"
            role="dialog"
            aria-modal="true"
            aria-label={t('nav.mainMenu')}
            onKeyDown={onPanelKeyDown}
          >
            {title}
            <SideMenu onNavigate={() => setOpenOn(null)} />
          </div>
        </>
      )}
      <div className="app-layout__main">
        <header className="app-layout__header">
          <HeaderBar
            onOpenMenu={narrow ? () => setOpenOn(pathname) : undefined}
            menuButton={menuButton}
            menuOpen={open}
          />
        </header>
        <main className="app-layout__content">
          {/* A page's code arrives on its first visit; the shell stays meanwhile. */}
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
