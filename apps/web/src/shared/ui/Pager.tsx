import { useTranslation } from 'react-i18next';
import './pager.css';

export const PAGE_SIZES = [10, 20, 50, 100];

/** The page numbers to offer: all of a few pages, else the ends and the current one's neighbours. */
export function pageNumbers(current: number, last: number): (number | 'gap')[] {
  if (last <= 7) return Array.from({ length: last }, (_, index) => index + 1);
  const from = Math.max(2, Math.min(current - 2, last - 5));
  const to = Math.min(last - 1, Math.max(current + 2, 6));
  const middle = Array.from({ length: to - from + 1 }, (_, index) => from + index);
  return [
    1,
    ...(from > 2 ? ['gap' as const] : []),
    ...middle,
    ...(to < last - 1 ? ['gap' as const] : []),
    last,
  ];
}

/**
 * The pages of a list the server pages: «Всего: N», previous and next, the page numbers
 * (with gaps when there are many), and how many rows a page holds.
 */
export function Pager({
  page,
  pageSize,
  total,
  onChange,
  pageSizes = PAGE_SIZES,
}: {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number, pageSize: number) => void;
  pageSizes?: number[];
}) {
  const { t } = useTranslation();
  if (total <= 0) return null;
  const last = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(page, last);
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <span className="pager__total">{t('common.total', { count: total })}</span>
      <ul className="pager__pages">
        <li>
          <button
            type="button"
            className="pager__item"
            aria-label={t('pager.previous')}
            disabled={current <= 1}
            onClick={() => onChange(current - 1, pageSize)}
          >
            ‹
          </button>
        </li>
        {pageNumbers(current, last).map((number, index) =>
          number === 'gap' ? (
            <li key={`gap-${index}`} className="pager__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={number}>
              <button
                type="button"
                className="pager__item"
                aria-label={t('pager.page', { page: number })}
                aria-current={number === current ? 'page' : undefined}
                onClick={() => number !== current && onChange(number, pageSize)}
              >
                {number}
              </button>
            </li>
          ),
        )}
        <li>
          <button
            type="button"
            className="pager__item"
            aria-label={t('pager.next')}
            disabled={current >= last}
            onClick={() => onChange(current + 1, pageSize)}
          >
            ›
          </button>
        </li>
      </ul>
      <select
        className="pager__size"
        aria-label={t('pager.pageSize')}
        value={pageSize}
        onChange={(event) => {
          const size = Number(event.target.value);
          onChange(Math.min(current, Math.max(1, Math.ceil(total / size))), size);
        }}
      >
        {pageSizes.map((size) => (
          <option key={size} value={size}>
            {t('pager.perPage', { count: size })}
          </option>
        ))}
      </select>
    </nav>
  );
}
