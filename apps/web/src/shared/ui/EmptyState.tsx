import { Button, Empty, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './empty-state.css';

/**
 * What an empty list says: a sentence naming the next step (and the button for it, when
 * the user may take it), or — when filters hide everything — that nothing matches, with
 * «Сбросить фильтры». Put it in a table's `locale.emptyText` or where a list would be.
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
  return (
    <Empty
      className="empty-state"
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      data-testid={testId}
      description={filtered ? (filteredText ?? t('empty.noMatches')) : text}
    >
      {filtered
        ? onResetFilters && (
            <Button onClick={onResetFilters} data-testid="empty-state-reset">
              {t('empty.resetFilters')}
            </Button>
          )
        : action && (
            <Flex justify="center" wrap gap={8}>
              {action}
            </Flex>
          )}
    </Empty>
  );
}
