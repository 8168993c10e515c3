import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from './useDebouncedValue';
import './search-as-you-type.css';

const TYPING_PAUSE_MS = 400;

/**
 * A list's search box: the list follows once typing pauses, or at once on Enter (or the
 * magnifier). «Очистить» empties it and the list follows at once. `label` is both the
 * placeholder and the accessible name. Plain markup: it shows on lists drawn without antd.
 */
export function SearchAsYouType({
  value,
  onChange,
  label,
  maxLength,
  'data-testid': testId,
}: {
  value: string | undefined;
  onChange: (q: string | undefined) => void;
  label: string;
  maxLength?: number;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const settled = useDebouncedValue(text.trim(), TYPING_PAUSE_MS);
  const reported = useRef(settled);
  const input = useRef<HTMLInputElement>(null);
  // Where the list lives. Opening a record keeps the list on screen while the next page's
  // code loads (a transition), and a search settling meanwhile must not pull the user back.
  const listPath = useRef(window.location.pathname);

  // The filters reset elsewhere («Сбросить фильтры» of an empty list): forget the text too.
  useEffect(() => {
    // The emptied text then settles and reports «no search», as if typed away.
    if (value === undefined && reported.current) setText('');
  }, [value]);

  useEffect(() => {
    if (settled === reported.current) return;
    reported.current = settled;
    if (window.location.pathname !== listPath.current) return;
    onChange(settled || undefined);
  }, [settled, onChange]);

  const search = (q: string) => {
    reported.current = q.trim();
    onChange(q.trim() || undefined);
  };

  return (
    <span className="search-box" data-testid={testId}>
      <span className="search-box__field">
        <input
          ref={input}
          type="search"
          value={text}
          maxLength={maxLength}
          placeholder={label}
          aria-label={label}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') search(text);
          }}
        />
        {text && (
          <button
            type="button"
            className="search-box__clear"
            aria-label={t('a11y.clear')}
            onClick={() => {
              setText('');
              search('');
              input.current?.focus();
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </span>
      <button
        type="button"
        className="search-box__go"
        aria-label={t('a11y.search')}
        onClick={() => search(text)}
      >
        <svg width="14" height="14" viewBox="0 0 24 24" fill="none" aria-hidden="true">
          <circle cx="10.5" cy="10.5" r="7" stroke="currentColor" strokeWidth="2.4" />
          <path d="m16 16 6 6" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
        </svg>
      </button>
    </span>
  );
}
