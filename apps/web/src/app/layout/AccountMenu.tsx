import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../../shared/ui/popup-card.css';
import './account-menu.css';

export interface AccountAction {
  key: string;
  label: string;
  danger?: boolean;
  onSelect: () => void;
}

/**
 * The account's actions folded under the user's name (narrow screens): a disclosure that
 * opens a short list of buttons, closed by a choice, Escape or a click elsewhere.
 */
export function AccountMenu({
  name,
  roleLine,
  busy,
  items,
}: {
  name: string;
  roleLine: string;
  busy: boolean;
  items: AccountAction[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    root.current?.querySelector<HTMLButtonElement>('.account-menu__item')?.focus();
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div
      ref={root}
      className="account-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="account-menu__toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-busy={busy}
        title={t('menu.account')}
        onClick={() => setOpen((value) => !value)}
      >
        <strong className="account-menu__name" data-testid="current-user-name">
          {name}
        </strong>
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="account-menu__panel popup-card" id={id}>
          <div className="account-menu__role" data-testid="current-user-role">
            {roleLine}
          </div>
          <ul className="account-menu__list">
            {items.map((item) => (
              <li key={item.key}>
                <button
                  type="button"
                  className={`account-menu__item${item.danger ? ' account-menu__item--danger' : ''}`}
                  onClick={() => {
                    setOpen(false);
                    item.onSelect();
                  }}
                >
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
