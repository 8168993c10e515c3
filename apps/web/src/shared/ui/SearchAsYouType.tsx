import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from './useDebouncedValue';

const TYPING_PAUSE_MS = 400;

/**
 * A list's search box: the list follows once typing pauses, or at once on Enter. `label`
 * is both the placeholder and the accessible name.
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
  const [text, setText] = useState(value ?? '');
  const settled = useDebouncedValue(text.trim(), TYPING_PAUSE_MS);
  const reported = useRef(settled);
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

  return (
    <Input.Search
      allowClear
      value={text}
      maxLength={maxLength}
      placeholder={label}
      aria-label={label}
      data-testid={testId}
      style={{ width: 340, maxWidth: '100%' }}
      onChange={(event) => setText(event.target.value)}
      onSearch={(q) => {
        reported.current = q.trim();
        onChange(q.trim() || undefined);
      }}
    />
  );
}
