import { CONTACT_KIND_LABELS, CONTACT_OUTCOME_LABELS, LIFE_DOMAIN_LABELS } from '@postcare/domain';
import { Alert, App, DatePicker, Flex, Form, Input, Radio, Select, type SelectProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { $api } from '../../../shared/api/client';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { GraduateAppealSelect } from '../../appeals/services/GraduateAppealSelect';
import { useWorkingCurators, WorkingCuratorsSelect } from '../../curators';
import { formatDate } from '../../graduates/format';
import { useAssignableStaff } from '../../graduates/useAssignableStaff';
import { MOMENT_FORMAT, momentIn, nowIn, pickerMoment, useInstitutionZone } from '../time';
import {
  CONTACT_KINDS,
  CONTACT_OUTCOMES,
  LIMITS,
  counterpartOf,
  type Contact,
  type ContactKind,
  type ContactOutcome,
} from '../vocabulary';
import { useCreateContact, useUpdateContact } from './useContacts';

interface ContactValues {
  occurredAt: Dayjs | null;
  kind?: ContactKind;
  outcome: ContactOutcome;
  participantIds?: string[];
  curatorIds?: string[];
  summary?: string;
  nextSteps?: string;
  appealId?: string | null;
  activityIds?: string[];
  attendance?: string;
  results?: string;
  counterpartView?: string;
}

/** Volunteer curators named on one entry at most (the API's limit). */
const CURATORS_MAX = 5;

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** The staff who may take part: the institution's active specialists and heads. */
function ParticipantsSelect({
  current,
  ...props
}: Omit<SelectProps<string[]>, 'options'> & { current: Contact['participants'] }) {
  const { staff, isLoading } = useAssignableStaff();
  const options = staff.map(({ id, fullName }) => ({ value: id, label: fullName }));
  for (const person of current) {
    if (!options.some(({ value }) => value === person.id)) {
      options.push({ value: person.id, label: person.fullName });
    }
  }
  return (
    <Select<string[]>
      {...props}
      mode="multiple"
      loading={isLoading}
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
    />
  );
}

/** The activities of the graduate's newest plan, to link a contact to what it served. */
function ActivitiesSelect({
  graduateId,
  ...props
}: Omit<SelectProps<string[]>, 'options'> & { graduateId: string }) {
  const labelOf = useLabel();
  const plans = $api.useQuery('get', '/api/plans', {
    params: { query: { graduateId, pageSize: 1 } },
  });
  const planId = plans.data?.items[0]?.id;
  const plan = $api.useQuery(
    'get',
    '/api/plans/{id}',
    { params: { path: { id: planId ?? '' } } },
    { enabled: Boolean(planId) },
  );
  const options = (plan.data?.activities ?? []).map((activity) => ({
    value: activity.id,
    label: `${labelOf(LIFE_DOMAIN_LABELS, activity.domain)}: ${activity.title} (${formatDate(activity.dueOn)})`,
  }));
  return (
    <Select<string[]>
      {...props}
      mode="multiple"
      allowClear
      loading={plans.isLoading || plan.isLoading}
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
    />
  );
}

/**
 * «Добавить запись» / editing an entry of the case log. The form follows the kind:
 * visits and contacts about study or work also record attendance, results and the
 * teacher's or employer's view. Times are the institution's clock.
 */
export function ContactFormModal({
  graduateId,
  contact,
  appealId,
  onClose,
}: {
  graduateId: string;
  /** The entry to correct; none for a new one. */
  contact?: Contact;
  /** A new entry's appeal: a case note of that appeal. */
  appealId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const labelOf = useLabel();
  const { message } = App.useApp();
  const { can } = usePermissions();
  const me = useCurrentUser().data;
  const zone = useInstitutionZone();
  const [form] = Form.useForm<ContactValues>();
  const kind = Form.useWatch('kind', form);
  const side = counterpartOf(kind);
  const create = useCreateContact();
  const update = useUpdateContact();
  const mutation = contact ? update : create;
  const curatorsShown = useWorkingCurators().enabled;

  const submit = (values: ContactValues) => {
    const curatorIds = values.curatorIds ?? [];
    // Sent only when changed: a curator paused or gone since stays named on the entry.
    const curatorsChanged =
      curatorsShown && !sameIds(curatorIds, contact?.curators.map(({ id }) => id) ?? []);
    const fields = {
      outcome: values.outcome,
      participantIds: values.participantIds?.length ? values.participantIds : undefined,
      ...(curatorsChanged ? { curatorIds } : {}),
      summary: values.summary?.trim() ?? '',
      nextSteps: values.nextSteps?.trim() ?? '',
      appealId: values.appealId ?? null,
      activityIds: values.activityIds ?? [],
      // Kept only for study and work contacts; emptied when the kind has none.
      attendance: side ? (values.attendance?.trim() ?? '') : '',
      results: side ? (values.results?.trim() ?? '') : '',
      counterpartView: side ? (values.counterpartView?.trim() ?? '') : '',
    };
    const done = {
      onSuccess: () => {
        void message.success(t(contact ? 'contacts.saved' : 'contacts.added'));
        onClose();
      },
      onError: (error: unknown) => applyFieldErrors(form, error),
    };
    if (contact) {
      update.mutate(
        {
          params: { path: { graduateId, contactId: contact.id } },
          body: {
            version: contact.version,
            ...fields,
            // A wrongly entered time or kind is corrected like any other field.
            ...(values.occurredAt ? { occurredAt: momentIn(values.occurredAt, zone) } : {}),
            ...(values.kind ? { kind: values.kind } : {}),
          },
        },
        done,
      );
    } else if (values.occurredAt && values.kind) {
      create.mutate(
        {
          params: { path: { graduateId } },
          body: { occurredAt: momentIn(values.occurredAt, zone), kind: values.kind, ...fields },
        },
        done,
      );
    }
  };

  const initialValues: ContactValues = contact
    ? {
        occurredAt: pickerMoment(contact.occurredAt, zone),
        kind: contact.kind,
        outcome: contact.outcome,
        participantIds: contact.participants.map(({ id }) => id),
        curatorIds: contact.curators.map(({ id }) => id),
        summary: contact.summary,
        nextSteps: contact.nextSteps,
        appealId: contact.appealId,
        activityIds: contact.activityIds,
        attendance: contact.attendance,
        results: contact.results,
        counterpartView: contact.counterpartView,
      }
    : {
        occurredAt: nowIn(zone),
        outcome: 'held',
        participantIds: me ? [me.id] : [],
        curatorIds: [],
        appealId: appealId ?? null,
      };

  return (
    <FormModal<ContactValues>
      title={t(contact ? 'contacts.editTitle' : 'contacts.addTitle')}
      okText={contact ? t('common.save') : t('contacts.add')}
      form={form}
      width={760}
      testId="contact-form"
      initialValues={initialValues}
      submitting={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Flex gap={16} wrap>
        <Form.Item
          label={t('contacts.occurredAt')}
          name="occurredAt"
          extra={zone ? t('common.timeZone', { zone }) : undefined}
          rules={[
            { required: true, message: t('contacts.occurredAtRequired') },
            {
              validator: (_, value: Dayjs | null) =>
                value?.isAfter(nowIn(zone).add(1, 'minute'))
                  ? Promise.reject(new Error(t('contacts.futureMoment')))
                  : Promise.resolve(),
            },
          ]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format={MOMENT_FORMAT}
            placeholder={t('common.momentPlaceholder')}
            disabledDate={(day) => day.isAfter(nowIn(zone), 'day')}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item
          label={t('contacts.kind')}
          name="kind"
          style={{ flex: '1 1 260px' }}
          rules={[{ required: true, message: t('contacts.kindRequired') }]}
        >
          <Select
            placeholder={t('common.choose')}
            options={CONTACT_KINDS.map((value) => ({
              value,
              label: labelOf(CONTACT_KIND_LABELS, value),
            }))}
          />
        </Form.Item>
      </Flex>
      <Form.Item label={t('contacts.outcome')} name="outcome">
        <Radio.Group
          optionType="button"
          options={CONTACT_OUTCOMES.map((value) => ({
            value,
            label: labelOf(CONTACT_OUTCOME_LABELS, value),
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('contacts.summary')}
        name="summary"
        rules={[
          { required: true, whitespace: true, message: t('contacts.summaryRequired') },
          { max: LIMITS.summary, message: t('common.textLength', { max: LIMITS.summary }) },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          placeholder={t('contacts.summaryPlaceholder')}
        />
      </Form.Item>
      {side && (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t(side === 'study' ? 'contacts.studyHint' : 'contacts.workHint')}
          />
          <Flex gap={16} wrap>
            <Form.Item
              label={t('contacts.attendance')}
              name="attendance"
              style={{ flex: '1 1 300px' }}
              rules={[
                {
                  max: LIMITS.attendance,
                  message: t('common.textLength', { max: LIMITS.attendance }),
                },
              ]}
            >
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
            <Form.Item
              label={t('contacts.results')}
              name="results"
              style={{ flex: '1 1 300px' }}
              rules={[
                { max: LIMITS.results, message: t('common.textLength', { max: LIMITS.results }) },
              ]}
            >
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </Flex>
          <Form.Item
            label={t(`contacts.counterpartView.${side}`)}
            name="counterpartView"
            rules={[
              {
                max: LIMITS.counterpartView,
                message: t('common.textLength', { max: LIMITS.counterpartView }),
              },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
        </>
      )}
      <Form.Item
        label={t('contacts.nextSteps')}
        name="nextSteps"
        rules={[
          { max: LIMITS.nextSteps, message: t('common.textLength', { max: LIMITS.nextSteps }) },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} />
      </Form.Item>
      <Form.Item
        label={t('contacts.participants')}
        name="participantIds"
        extra={t('contacts.participantsHint')}
        rules={[
          {
            type: 'array',
            max: LIMITS.participants,
            message: t('contacts.participantsMax', { max: LIMITS.participants }),
          },
        ]}
      >
        <ParticipantsSelect current={contact?.participants ?? []} allowClear />
      </Form.Item>
      {curatorsShown && (
        <Form.Item
          label={t('contacts.curators')}
          name="curatorIds"
          extra={t('contacts.curatorsHint')}
          rules={[
            {
              type: 'array',
              max: CURATORS_MAX,
              message: t('contacts.curatorsMax', { max: CURATORS_MAX }),
            },
          ]}
        >
          <WorkingCuratorsSelect known={contact?.curators} data-testid="contact-curators" />
        </Form.Item>
      )}
      {can('appeals.read') && (
        <Form.Item label={t('contacts.appeal')} name="appealId">
          <GraduateAppealSelect graduateId={graduateId} placeholder={t('contacts.noAppeal')} />
        </Form.Item>
      )}
      {can('plans.read') && (
        <Form.Item label={t('contacts.activities')} name="activityIds">
          <ActivitiesSelect graduateId={graduateId} placeholder={t('contacts.noActivities')} />
        </Form.Item>
      )}
    </FormModal>
  );
}
