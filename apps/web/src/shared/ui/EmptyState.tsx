import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './empty-state.css';

/**
 * What an empty list says: a sentence naming the next step (and the button for it, when
 * the user may take it), or — when filters hide everything — that nothing matches, with
 * «Сбросить фильтры». Put it in a table's `locale.emptyText` or where a list would be.
 * Plain markup in Ant Design's «empty» look (its Button comes with the theme's stack).
 */
export function EmptyState({
  text,
  action,
  filtered = false,
  filteredText,
  onResetFilters,
  testId = 'empty-state',
}: {
  /** The sentence for a list with nothing in it yet: what it is for and what to do. */
  text: ReactNode;
  /** The button (or link) for that step; leave it out when the user may not take it. */
  action?: ReactNode;
  /** Filters or a search are set: the list may hold rows they hide. */
  filtered?: boolean;
  /** Replaces «Ничего не найдено по выбранным фильтрам.» */
  filteredText?: ReactNode;
  onResetFilters?: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const footer = filtered
    ? onResetFilters && (
        <Button onClick={onResetFilters} data-testid="empty-state-reset">
          {t('empty.resetFilters')}
        </Button>
      )
    : action;
  return (
    <div className="empty-state" data-testid={testId}>
      <EmptyBox />
      <div className="empty-state__description">
        {filtered ? (filteredText ?? t('empty.noMatches')) : text}
      </div>
      {footer && <div className="empty-state__footer">{footer}</div>}
    </div>
  );
}

/** Ant Design's «simple» empty picture: an open tray. */
function EmptyBox() {
  return (
    <svg
      className="empty-state__image"
      width="64"
      height="41"
      viewBox="0 0 64 41"
      aria-hidden="true"
      focusable="false"
    >
      <g transform="translate(0 1)" fill="none" fillRule="evenodd">
        <ellipse fill="#f5f5f5" cx="32" cy="33" rx="32" ry="7" />
        <g fillRule="nonzero" stroke="#d9d9d9">
          <path d="M55 12.76 44.854 1.258C44.367.474 43.656 0 42.907 0H21.093c-.749 0-1.46.474-1.947 1.257L9 12.761V22h46v-9.24z" />
          <path
            d="M41.613 15.931c0-1.605.994-2.93 2.227-2.931H55v18.137C55 33.26 53.68 35 52.05 35h-40.1C10.32 35 9 33.259 9 31.137V13h11.16c1.233 0 2.227 1.323 2.227 2.928v.022c0 1.605 1.005 2.901 2.237 2.901h14.752c1.232 0 2.237-1.308 2.237-2.913v-.007z"
            fill="#fafafa"
          />
        </g>
      </g>
    </svg>
  );
}
