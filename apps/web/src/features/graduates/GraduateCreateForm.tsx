import type { Schemas } from '@postcare/api-client';
import { App, Button, Divider, Flex, Form } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../shared/auth/useCurrentUser';
import { useFormDraft } from '../../shared/ui/useFormDraft';
import { useUnsavedChangesGuard } from '../../shared/ui/useUnsavedChangesGuard';
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
  /**
   * On a page of its own: keep a draft under this name and ask before leaving with unsaved
   * changes. (Inside another form, that form does both.)
   */
  draftName?: string;
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
  draftName,
}: GraduateCreateFormProps) {
  const { t } = useTranslation('graduates');
  const { message } = App.useApp();
  const [form] = Form.useForm<GraduateFormValues>();
  const create = useCreateGraduate();
  const me = useCurrentUser().data;
  const [dirty, setDirty] = useState(false);
  const draft = useFormDraft(draftName ?? '', form, {
    dateFields: ['birthDate', 'leftCareOn'],
    enabled: !!draftName,
  });
  const { guard, allowLeaving } = useUnsavedChangesGuard(dirty || draft.restored, !!draftName);

  // A specialist registering a person goes on working with them: theirs unless changed.
  useEffect(() => {
    if (me?.role === 'specialist' && !form.isFieldTouched('responsibleSpecialistId'))
      form.setFieldValue('responsibleSpecialistId', me.id);
  }, [me, form]);

  const submit = (values: GraduateFormValues) =>
    create.mutate(
      { body: createBodyOf(values) },
      {
        onSuccess: (graduate) => {
          draft.clear();
          allowLeaving();
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
      onValuesChange={() => {
        setDirty(true);
        draft.save();
      }}
      scrollToFirstError
      data-testid="graduate-create-form"
    >
      {guard}
      {draft.notice && <div style={{ marginBottom: 16 }}>{draft.notice}</div>}
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
