import { useFormChangesGuard } from '../../../shared/ui/useUnsavedChangesGuard';
import type { Schemas } from '@postcare/api-client';
import { APPEAL_STATUS_LABELS } from '@postcare/domain';
import { App, Button, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { CaseWorkerSelect } from '../common/CaseWorkerSelect';
import { isClosed, reachableStatuses, type AppealStatus } from './appealStatuses';
import { useUpdateAppeal } from './useUpdateAppeal';

interface Progress {
  status: AppealStatus;
  assignedSpecialistId: string | null;
  outcome: string;
  referredTo: string;
}

const progressOf = (appeal: Schemas['AppealDto']): Progress => ({
  status: appeal.status,
  assignedSpecialistId: appeal.assignedSpecialist?.id ?? null,
  outcome: appeal.outcome,
  referredTo: appeal.referredTo,
});

/** Moves an appeal on: status, who works on it, what came of it (edits are versioned). */
export function AppealProgressForm({ appeal }: { appeal: Schemas['AppealDto'] }) {
  const { t } = useTranslation('appeals');
  const labelOf = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<Progress>();
  const changes = useFormChangesGuard();
  const status = Form.useWatch('status', form);
  const update = useUpdateAppeal();

  // Show the latest version: on opening, and again after a conflict reloaded it.
  useEffect(() => {
    form.setFieldsValue(progressOf(appeal));
  }, [appeal, form]);

  const submit = ({ outcome, referredTo, ...progress }: Progress) =>
    update.mutate(
      {
        params: { path: { id: appeal.id } },
        body: {
          ...progress,
          outcome: outcome?.trim() ?? '',
          referredTo: progress.status === 'referred' ? (referredTo?.trim() ?? '') : '',
          version: appeal.version,
        },
      },
      {
        onSuccess: () => {
          changes.markSaved();
          void message.success(t('appeal.messages.saved'));
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );

  return (
    <Form<Progress>
      form={form}
      name="appealProgress"
      layout="vertical"
      initialValues={progressOf(appeal)}
      onFinish={submit}
      onValuesChange={changes.onValuesChange}
    >
      {changes.guard}
      <Form.Item label={t('fields.status')} name="status">
        <Select
          options={reachableStatuses(appeal.status).map((value) => ({
            value,
            label: labelOf(APPEAL_STATUS_LABELS, value),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('fields.specialist')} name="assignedSpecialistId">
        <CaseWorkerSelect
          allowClear
          current={appeal.assignedSpecialist}
          placeholder={t('common.unassignedQueue')}
        />
      </Form.Item>
      {status === 'referred' && (
        <Form.Item
          label={t('fields.referredTo')}
          name="referredTo"
          rules={[
            { required: true, whitespace: true, message: t('validation.referredToRequired') },
          ]}
        >
          <Input placeholder={t('appeal.referredToPlaceholder')} />
        </Form.Item>
      )}
      <Form.Item
        label={t('fields.outcome')}
        name="outcome"
        rules={[
          {
            required: isClosed(status),
            whitespace: true,
            message: t('validation.outcomeRequired'),
          },
        ]}
      >
        <Input.TextArea rows={3} placeholder={t('appeal.outcomePlaceholder')} />
      </Form.Item>
      {Boolean(update.error) && (
        <Form.Item>
          <ProblemAlert error={update.error} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={update.isPending}>
        {t('appeal.save')}
      </Button>
    </Form>
  );
}
