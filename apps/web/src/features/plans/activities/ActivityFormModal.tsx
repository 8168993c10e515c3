import { LIFE_DOMAIN_LABELS } from '@postcare/domain';
import { App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { DATE_FORMAT, isoDate } from '../../graduates/format';
import { SpecialistSelect } from '../../graduates/form/SpecialistSelect';
import { useWorkingCurators, WorkingCuratorSelect } from '../../curators';
import { useAddActivity, useUpdateActivity } from '../usePlanChanges';
import { LIFE_DOMAINS, LIMITS, type Activity, type LifeDomain, type Plan } from '../vocabulary';

interface ActivityValues {
  domain?: LifeDomain;
  title?: string;
  description?: string;
  dueOn?: Dayjs | null;
  responsibleUserId?: string | null;
  responsibleCuratorId?: string | null;
}

/**
 * Adds an activity to a plan, or edits an open one. The due date of an existing activity
 * changes only by «Перенести», which keeps the old date and the reason.
 */
export function ActivityFormModal({
  plan,
  activity,
  domain,
  onClose,
}: {
  plan: Plan;
  activity?: Activity;
  /** The life domain a new activity starts in (added from that domain's group). */
  domain?: LifeDomain;
  onClose: () => void;
}) {
  const { t } = useTranslation('plans');
  const labelOf = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActivityValues>();
  const add = useAddActivity();
  const update = useUpdateActivity();
  const mutation = activity ? update : add;
  // Only those who may read curators can choose one (the API names them on the activity).
  const curatorsShown = useWorkingCurators().enabled;

  const curatorChanged = (id: string | null | undefined) =>
    (id ?? null) !== (activity?.responsibleCurator?.id ?? null);

  const submit = (values: ActivityValues) => {
    if (!values.domain || !values.title) return;
    const done = {
      onSuccess: () => {
        void message.success(t(activity ? 'activities.saved' : 'activities.added'));
        onClose();
      },
      onError: (error: unknown) => applyFieldErrors(form, error),
    };
    const fields = {
      version: plan.version,
      domain: values.domain,
      title: values.title.trim(),
      description: values.description?.trim() ?? '',
    };
    if (activity) {
      update.mutate(
        {
          params: { path: { planId: plan.id, activityId: activity.id } },
          body: {
            ...fields,
            responsibleUserId: values.responsibleUserId ?? null,
            // Sent only when changed: a curator paused since stays named until replaced.
            ...(curatorsShown && curatorChanged(values.responsibleCuratorId)
              ? { responsibleCuratorId: values.responsibleCuratorId ?? null }
              : {}),
          },
        },
        done,
      );
    } else if (values.dueOn) {
      add.mutate(
        {
          params: { path: { planId: plan.id } },
          body: {
            ...fields,
            dueOn: isoDate(values.dueOn),
            // Empty: the contract's responsible specialist.
            responsibleUserId: values.responsibleUserId ?? undefined,
            responsibleCuratorId: values.responsibleCuratorId ?? undefined,
          },
        },
        done,
      );
    }
  };

  return (
    <FormModal<ActivityValues>
      title={activity ? t('activities.editTitle') : t('activities.addTitle')}
      okText={activity ? t('actions.save') : t('activities.add')}
      form={form}
      width={640}
      testId="activity-form"
      initialValues={
        activity
          ? {
              domain: activity.domain,
              title: activity.title,
              description: activity.description,
              responsibleUserId: activity.responsible?.id ?? null,
              responsibleCuratorId: activity.responsibleCurator?.id ?? null,
            }
          : { domain }
      }
      submitting={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        label={t('fields.domain')}
        name="domain"
        rules={[{ required: true, message: t('validation.domainRequired') }]}
      >
        <Select
          placeholder={t('form.choose')}
          options={LIFE_DOMAINS.map((value) => ({
            value,
            label: labelOf(LIFE_DOMAIN_LABELS, value),
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('fields.title')}
        name="title"
        rules={[
          { required: true, whitespace: true, message: t('validation.titleRequired') },
          { max: LIMITS.title, message: t('validation.textLength', { max: LIMITS.title }) },
        ]}
      >
        <Input placeholder={t('activities.titlePlaceholder')} />
      </Form.Item>
      <Form.Item
        label={t('fields.description')}
        name="description"
        rules={[
          {
            max: LIMITS.description,
            message: t('validation.textLength', { max: LIMITS.description }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      {!activity && (
        <Form.Item
          label={t('fields.dueOn')}
          name="dueOn"
          rules={[{ required: true, message: t('validation.dueOnRequired') }]}
        >
          <DatePicker
            format={DATE_FORMAT}
            placeholder={t('form.datePlaceholder')}
            style={{ width: 200 }}
          />
        </Form.Item>
      )}
      <Form.Item
        label={t('fields.responsible')}
        name="responsibleUserId"
        extra={activity ? undefined : t('activities.responsibleHint')}
      >
        <SpecialistSelect
          allowClear
          currentName={activity?.responsible?.fullName}
          placeholder={activity ? t('activities.noResponsible') : t('activities.byContract')}
        />
      </Form.Item>
      {curatorsShown && (
        <Form.Item
          label={t('fields.curator')}
          name="responsibleCuratorId"
          extra={t('activities.curatorHint')}
        >
          <WorkingCuratorSelect
            known={activity?.responsibleCurator ? [activity.responsibleCurator] : undefined}
            placeholder={t('activities.noCurator')}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
