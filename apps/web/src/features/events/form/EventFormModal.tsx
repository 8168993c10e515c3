import { Alert, App, Form, Input, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useInstitutionZone } from '../time';
import { useCreateEvent, useEvent, useUpdateEvent } from '../useEvents';
import { LIMITS, type GroupEvent } from '../vocabulary';
import { EventFields } from './EventFields';
import { eventValues, newEventValues, requestBody, type EventValues } from './eventValues';
import { GraduatesPicker } from './GraduatePicker';
import { LeadFields } from './LeadFields';

/** Roles that may lead an event as staff (the API checks the same). */
const LEADING_ROLES = new Set(['head', 'specialist']);

/**
 * «Запланировать мероприятие» or editing a scheduled one: topic, kind, place, start and
 * length, the lead, the participants (graduates found by name), notes. Editing starts from
 * the latest version, and again after a refusal reloaded it.
 */
export function EventFormModal({
  eventId,
  onClose,
  onSaved,
}: {
  /** The event to edit; none to plan a new one. */
  eventId?: string;
  onClose: () => void;
  onSaved?: (event: GroupEvent) => void;
}) {
  const { t } = useTranslation('events');
  const { message } = App.useApp();
  const [form] = Form.useForm<EventValues>();
  const zone = useInstitutionZone();
  const me = useCurrentUser().data;
  const event = useEvent(eventId).data;
  const create = useCreateEvent();
  const update = useUpdateEvent();
  const editing = Boolean(eventId);
  const mutation = editing ? update : create;

  useEffect(() => {
    if (event) form.setFieldsValue(eventValues(event, zone));
  }, [event, zone, form]);

  const submit = (values: EventValues) => {
    const { kind, startsAt, durationMinutes } = values;
    if (!kind || !startsAt || !durationMinutes) return;
    const body = requestBody({ ...values, kind, startsAt, durationMinutes }, zone, event);
    const handlers = {
      onSuccess: (saved: GroupEvent) => {
        void message.success(t(editing ? 'form.updated' : 'form.created'));
        onSaved?.(saved);
        onClose();
      },
      onError: (error: unknown) => applyFieldErrors(form, error),
    };
    if (!editing) {
      create.mutate({ body }, handlers);
      return;
    }
    if (!event) return;
    update.mutate(
      { params: { path: { id: event.id } }, body: { ...body, version: event.version } },
      handlers,
    );
  };

  return (
    <FormModal<EventValues>
      title={editing ? t('form.editTitle') : t('form.createTitle')}
      okText={editing ? t('form.save') : t('form.create')}
      form={form}
      width={760}
      testId="event-form"
      initialValues={newEventValues(zone, me && LEADING_ROLES.has(me.role) ? me.id : undefined)}
      submitting={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Spin spinning={editing && !event}>
        <EventFields />
        <LeadFields event={event} />
        <Form.Item
          label={t('fields.participants')}
          name="participantIds"
          extra={t('form.participantsHint')}
          rules={[
            {
              type: 'array',
              max: LIMITS.participants,
              message: t('validation.participantsMax', { max: LIMITS.participants }),
            },
          ]}
        >
          <GraduatesPicker
            known={event?.participants.map(({ graduate }) => graduate)}
            data-testid="event-participants-picker"
          />
        </Form.Item>
        {Boolean(event?.hiddenParticipants) && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('form.hiddenParticipants', { count: event?.hiddenParticipants ?? 0 })}
          />
        )}
        <Form.Item
          label={t('fields.notes')}
          name="notes"
          rules={[{ max: LIMITS.notes, message: t('common.textLength', { max: LIMITS.notes }) }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Spin>
    </FormModal>
  );
}
