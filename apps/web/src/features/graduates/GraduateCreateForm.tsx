import type { Schemas } from '@postcare/api-client';
import { App, Button, Divider, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyGraduateFieldErrors } from './form/applyGraduateFieldErrors';
import { CaseFields } from './form/CaseFields';
import { ConsentGatedContactFields, PhoneFields } from './form/ContactFields';
import { createBodyOf, type GraduateFormValues } from './form/graduateFormValues';
import { GraduateProblemAlert } from './form/GraduateProblemAlert';
import { IdentityFields } from './form/IdentityFields';
import { useCreateGraduate } from './useCreateGraduate';

export interface GraduateCreateFormProps {
  /** Called with the new personal file once the API has saved it. */
  onCreated: (graduate: Schemas['GraduateDto']) => void;
  onCancel: () => void;
  /** E.g. the name typed into a search that found nobody. */
  initialValues?: Partial<Pick<GraduateFormValues, 'lastName' | 'firstName' | 'patronymic'>>;
  /**
   * When the person is already on file: pick that file here (e.g. in an appeal wizard).
   * Without it the warning links to the existing file.
   */
  onUseExisting?: (id: string) => void;
}

/**
 * Registers a person: the minimum a file keeps without a written consent (name, sex,
 * birth date, legal status, origin, phones, specialist; the status follows the contracts). Addresses, e-mail and
 * social networks are shown closed: they can be added once a consent is on file.
 * Usable on its own page or inside another one.
 */
export function GraduateCreateForm({
  onCreated,
  onCancel,
  initialValues,
  onUseExisting,
}: GraduateCreateFormProps) {
  const { t } = useTranslation('graduates');
  const { message } = App.useApp();
  const [form] = Form.useForm<GraduateFormValues>();
  const create = useCreateGraduate();

  const submit = (values: GraduateFormValues) =>
    create.mutate(
      { body: createBodyOf(values) },
      {
        onSuccess: (graduate) => {
          void message.success(t('messages.created'));
          onCreated(graduate);
        },
        onError: (error) => applyGraduateFieldErrors(form, error, t),
      },
    );

  return (
    <Form<GraduateFormValues>
      form={form}
      layout="vertical"
      initialValues={{ phones: [''], socialNetworks: [], ...initialValues }}
      onFinish={submit}
      scrollToFirstError
      data-testid="graduate-create-form"
    >
      <IdentityFields />
      <PhoneFields />
      <CaseFields />
      <Divider titlePlacement="start">{t('form.extendedSection')}</Divider>
      <ConsentGatedContactFields consentCurrent={false} reason={t('consentGate.newFile')} />
      <Flex vertical gap={16}>
        <GraduateProblemAlert error={create.error} onUseExisting={onUseExisting} />
        <Flex gap={8} justify="end">
          <Button onClick={onCancel}>{t('actions.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('actions.register')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
