import { useFormChangesGuard } from '../../../shared/ui/useUnsavedChangesGuard';
import type { Schemas } from '@postcare/api-client';
import { Alert, App, Button, Flex, Form } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { consentGateReason } from '../consentGateReason';
import { applyGraduateFieldErrors } from '../form/applyGraduateFieldErrors';
import { GraduateProblemAlert } from '../form/GraduateProblemAlert';
import { useUpdateGraduate } from '../useUpdateGraduate';
import { SituationFields } from './SituationFields';
import {
  situationBodyOf,
  situationFormValuesOf,
  type SituationFormValues,
} from './situationValues';

/** «Ситуация»: kept and edited only under a current written consent. */
export function SituationTab({ graduate }: { graduate: Schemas['GraduateDto'] }) {
  const { t } = useTranslation('graduates');
  const { message } = App.useApp();
  const { can } = usePermissions();
  const [form] = Form.useForm<SituationFormValues>();
  const changes = useFormChangesGuard();
  const update = useUpdateGraduate();
  const consentCurrent = graduate.consent === 'current';
  const editable = consentCurrent && can('graduates.write') && !graduate.archived;

  // The latest version: on opening, and again after a conflict reloaded it.
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(situationFormValuesOf(graduate.situation));
  }, [graduate, form]);

  const submit = (values: SituationFormValues) =>
    update.mutate(
      {
        params: { path: { id: graduate.id } },
        body: { version: graduate.version, situation: situationBodyOf(values) },
      },
      {
        onSuccess: () => {
          changes.markSaved();
          void message.success(t('messages.updated'));
        },
        onError: (error) => applyGraduateFieldErrors(form, error, t),
      },
    );

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      {!consentCurrent && (
        <Alert
          type="info"
          showIcon
          data-testid="consent-gate"
          title={t('consentGate.title')}
          description={consentGateReason(graduate.consent, t)}
        />
      )}
      <Form<SituationFormValues>
        form={form}
        layout="vertical"
        disabled={!editable}
        onFinish={submit}
        onValuesChange={changes.onValuesChange}
        data-testid="situation-form"
      >
        {changes.guard}
        <SituationFields />
        {editable && (
          <Flex vertical gap={16}>
            <GraduateProblemAlert error={update.error} />
            <Flex justify="end">
              <Button type="primary" htmlType="submit" loading={update.isPending}>
                {t('situation.save')}
              </Button>
            </Flex>
          </Flex>
        )}
      </Form>
    </Flex>
  );
}
