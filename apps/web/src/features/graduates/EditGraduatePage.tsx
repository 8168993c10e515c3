import { App, Button, Card, Divider, Flex, Form, Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useUnsavedChangesGuard } from '../../shared/ui/useUnsavedChangesGuard';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { consentGateReason } from './consentGateReason';
import { fullName } from './format';
import { applyGraduateFieldErrors } from './form/applyGraduateFieldErrors';
import { CaseFields } from './form/CaseFields';
import { ConsentGatedContactFields, PhoneFields } from './form/ContactFields';
import { formValuesOf, updateBodyOf, type GraduateFormValues } from './form/graduateFormValues';
import { GraduateProblemAlert } from './form/GraduateProblemAlert';
import { IdentityFields } from './form/IdentityFields';
import { graduatePath } from './paths';
import { useGraduate } from './useGraduate';
import { useUpdateGraduate } from './useUpdateGraduate';
import { PageTitle } from '../../shared/ui/PageTitle';

/** Editing a personal file, on top of its latest version. */
export function EditGraduatePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('graduates');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<GraduateFormValues>();
  const graduate = useGraduate(id);
  const update = useUpdateGraduate();
  const data = graduate.data;
  const consentCurrent = data?.consent === 'current';

  // The latest version: on opening, and again after a conflict reloaded it.
  useEffect(() => {
    if (data) form.setFieldsValue(formValuesOf(data));
  }, [data, form]);

  const [dirty, setDirty] = useState(false);
  const { guard, allowLeaving } = useUnsavedChangesGuard(dirty);

  if (graduate.error) return <ProblemAlert error={graduate.error} />;
  if (data?.archived) return <Result status="info" title={t('card.archivedReadOnly')} />;

  const submit = (values: GraduateFormValues) => {
    if (!data) return;
    update.mutate(
      {
        params: { path: { id } },
        body: updateBodyOf(values, data.version, consentCurrent),
      },
      {
        onSuccess: () => {
          allowLeaving();
          void message.success(t('messages.updated'));
          void navigate(graduatePath(id));
        },
        onError: (error) => applyGraduateFieldErrors(form, error, t),
      },
    );
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      <PageTitle style={{ margin: 0 }}>
        {data ? t('form.editTitle', { name: fullName(data) }) : t('form.editTitleEmpty')}
      </PageTitle>
      <Card>
        <Spin spinning={!data}>
          <Form<GraduateFormValues>
            form={form}
            layout="vertical"
            onFinish={submit}
            onValuesChange={() => setDirty(true)}
            scrollToFirstError
            data-testid="graduate-edit-form"
          >
            {guard}
            <IdentityFields />
            <PhoneFields />
            <CaseFields specialistName={data?.responsibleSpecialistName} />
            <Divider titlePlacement="start">{t('form.extendedSection')}</Divider>
            <ConsentGatedContactFields
              consentCurrent={consentCurrent}
              reason={data ? consentGateReason(data.consent, t) : ''}
            />
            <Flex vertical gap={16}>
              <GraduateProblemAlert error={update.error} />
              <Flex gap={8} justify="end">
                <Button onClick={() => void navigate(graduatePath(id))}>
                  {t('actions.cancel')}
                </Button>
                <Button type="primary" htmlType="submit" loading={update.isPending}>
                  {t('actions.save')}
                </Button>
              </Flex>
            </Flex>
          </Form>
        </Spin>
      </Card>
    </Flex>
  );
}
