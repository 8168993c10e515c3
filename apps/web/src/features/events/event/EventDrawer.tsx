import { Drawer, Flex, Grid, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { EventFormModal } from '../form/EventFormModal';
import { useEvent } from '../useEvents';
import { CancelEventModal } from './CancelEventModal';
import { EventActions, type EventDialog } from './EventActions';
import { EventDetails } from './EventDetails';
import { EventHistory } from './EventHistory';
import { EventOutcome } from './EventOutcome';
import { EventStatusTag } from './EventStatusTag';
import { HoldEventModal } from './HoldEventModal';
import { ParticipantsTable } from './ParticipantsTable';

/**
 * An event's card: what happened to it (held with the services recorded, or cancelled),
 * its details, the participants (and who came), the history; «Изменить», «Провести» and
 * «Отменить» while it is planned (with `events.write`). Full width on a phone.
 */
export function EventDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('events');
  const { can } = usePermissions();
  const screens = Grid.useBreakpoint();
  const event = useEvent(id);
  const [dialog, setDialog] = useState<EventDialog | null>(null);
  const data = event.data;
  const writable = can('events.write') && data?.status === 'scheduled';
  const close = () => setDialog(null);

  return (
    <Drawer
      open
      size={screens.md ? 800 : '100%'}
      title={data ? data.topic : t('event.titleLoading')}
      extra={data && <EventStatusTag status={data.status} />}
      onClose={onClose}
      destroyOnHidden
      data-testid="event-drawer"
    >
      <ProblemAlert error={event.error} />
      {!data ? (
        !event.error && <Skeleton active />
      ) : (
        <Flex vertical gap={24}>
          {writable && <EventActions event={data} onOpen={setDialog} />}
          <EventOutcome event={data} />
          <EventDetails event={data} />
          <section>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('participants.title', { count: data.participantCount })}
            </Typography.Title>
            {data.hiddenParticipants > 0 && (
              <Typography.Paragraph type="secondary" data-testid="hidden-participants">
                {t('participants.hidden', { count: data.hiddenParticipants })}
              </Typography.Paragraph>
            )}
            <ParticipantsTable event={data} />
          </section>
          <section>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('event.history')}
            </Typography.Title>
            <EventHistory event={data} />
          </section>
        </Flex>
      )}
      {data && dialog === 'edit' && <EventFormModal eventId={data.id} onClose={close} />}
      {data && dialog === 'hold' && <HoldEventModal event={data} onClose={close} />}
      {data && dialog === 'cancel' && <CancelEventModal event={data} onClose={close} />}
    </Drawer>
  );
}
