import type { Schemas } from '@postcare/api-client';
import { App, Form, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { InstitutionFields } from './InstitutionFields';
import { useInstitution } from './useInstitution';
import { useUpdateInstitution } from './useUpdateInstitution';

type InstitutionChanges = Required<Omit<Schemas['UpdateInstitutionDto'], 'version'>>;

/** Only the editable fields: the API refuses unknown ones. */
const editable = ({
  name,
  kind,
  region,
  municipality,
  guardianshipBody,
  active,
}: InstitutionChanges) => ({
  name,
  kind,
  region,
  municipality,
  guardianshipBody,
  active,
});

export function EditInstitutionModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<InstitutionChanges>();
  const institution = useInstitution(id, { fresh: true }).data;
  const update = useUpdateInstitution();

  // Show the latest version: on opening, and again after a conflict reloaded it.
  useEffect(() => {
    if (institution) form.setFieldsValue(editable(institution));
  }, [institution, form]);

  const submit = (changes: InstitutionChanges) => {
    if (!institution) return;
    update.mutate(
      { params: { path: { id } }, body: { ...editable(changes), version: institution.version } },
      {
        onSuccess: () => {
          void message.success(t('institutions.messages.updated'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<InstitutionChanges>
      title={t('institutions.editTitle')}
      okText={t('common.save')}
      form={form}
      submitting={update.isPending}
      error={update.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Spin spinning={!institution}>
        <InstitutionFields withActive />
      </Spin>
    </FormModal>
  );
}
