import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../shared/ui/useDebouncedValue';

const TYPING_PAUSE_MS = 400;

interface GraduateSearchBoxProps {
  value: string | undefined;
  onChange: (q: string | undefined) => void;
}

/** Search as you type: the list follows once typing pauses. */
export function GraduateSearchBox({ value, onChange }: GraduateSearchBoxProps) {
  const { t } = useTranslation('graduates');
  const [text, setText] = useState(value ?? '');
  const settled = useDebouncedValue(text.trim(), TYPING_PAUSE_MS);
  const reported = useRef(settled);
  // Where the list lives. Opening a file keeps the list on screen while the card's code loads
  // (a transition), and a search settling meanwhile must not pull the user back to the list.
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
      placeholder={t('list.searchPlaceholder')}
      aria-label={t('list.searchPlaceholder')}
      data-testid="graduate-search"
      style={{ width: 340 }}
      onChange={(event) => setText(event.target.value)}
      onSearch={(q) => {
        reported.current = q.trim();
        onChange(q.trim() || undefined);
      }}
    />
  );
}
