import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../shared/ui/useDebouncedValue';
import { LIMITS } from '../vocabulary';

const TYPING_PAUSE_MS = 400;

/** Search by name, phone or e-mail as you type: the list follows once typing pauses. */
export function CuratorSearchBox({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (q: string | undefined) => void;
}) {
  const { t } = useTranslation('curators');
  const [text, setText] = useState(value ?? '');
  const settled = useDebouncedValue(text.trim(), TYPING_PAUSE_MS);
  const reported = useRef(settled);

  // The filters reset elsewhere («Сбросить фильтры» of an empty list): forget the text too.
  useEffect(() => {
    // The emptied text then settles and reports «no search», as if typed away.
    if (value === undefined && reported.current) setText('');
  }, [value]);

  useEffect(() => {
    if (settled === reported.current) return;
    reported.current = settled;
    onChange(settled || undefined);
  }, [settled, onChange]);

  return (
    <Input.Search
      allowClear
      value={text}
      maxLength={LIMITS.search}
      placeholder={t('list.searchPlaceholder')}
      aria-label={t('list.searchPlaceholder')}
      data-testid="curator-search"
      style={{ width: 340, maxWidth: '100%' }}
      onChange={(event) => setText(event.target.value)}
      onSearch={(q) => {
        reported.current = q.trim();
        onChange(q.trim() || undefined);
      }}
    />
  );
}
