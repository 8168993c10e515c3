import { Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasBegun } from '../time';
import type { GroupEvent } from '../vocabulary';

export type EventDialog = 'edit' | 'hold' | 'cancel';

/**
 * Why «Провести» cannot be pressed yet, mirroring the API's refusals: attendance is marked
 * after the start, for at least one participant, by someone who sees every participant.
 */
function holdBlocker(event: GroupEvent): 'notStarted' | 'noParticipants' | 'hidden' | null {
  if (!hasBegun(event.startsAt)) return 'notStarted';
  if (event.hiddenParticipants > 0) return 'hidden';
  if (event.participants.length === 0) return 'noParticipants';
  return null;
}

/** «Изменить», «Провести», «Отменить» for a planned event (with `events.write`). */
export function EventActions({
  event,
  onOpen,
}: {
  event: GroupEvent;
  onOpen: (dialog: EventDialog) => void;
}) {
  const { t } = useTranslation('events');
  const blocker = holdBlocker(event);
  return (
    <Space wrap data-testid="event-actions">
      <Button onClick={() => onOpen('edit')}>{t('actions.edit')}</Button>
      <Tooltip title={blocker ? t(`actions.holdBlocked.${blocker}`) : undefined}>
        <Button type="primary" disabled={Boolean(blocker)} onClick={() => onOpen('hold')}>
          {t('actions.hold')}
        </Button>
      </Tooltip>
      <Button danger onClick={() => onOpen('cancel')}>
        {t('actions.cancel')}
      </Button>
    </Space>
  );
}
