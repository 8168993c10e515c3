import type { Schemas } from '@postcare/api-client';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { InstitutionFields } from './InstitutionFields';
import { useCreateInstitution } from './useCreateInstitution';

type NewInstitution = Schemas['CreateInstitutionDto'];

export function CreateInstitutionModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewInstitution>();
  const create = useCreateInstitution();

  const submit = (body: NewInstitution) =>
    create.mutate(
      { body },
      {
        onSuccess: () => {
          void message.success(t('institutions.messages.created'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );

  return (
    <FormModal<NewInstitution>
      title={t('institutions.createTitle')}
      okText={t('common.create')}
      form={form}
      initialValues={{ kind: 'children_home' }}
      submitting={create.isPending}
      error={create.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <InstitutionFields withActive={false} />
    </FormModal>
  );
}
