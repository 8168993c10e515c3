import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { SpecialistSelect } from '../../graduates/form/SpecialistSelect';
import { useUpdateContract } from '../useContractChanges';
import type { ContractDetail } from '../vocabulary';

interface SpecialistValues {
  responsibleSpecialistId?: string | null;
}

/** The one change a signed contract allows: who is responsible for it. */
export function ChangeSpecialistModal({
  contract,
  onClose,
}: {
  contract: ContractDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation('contracts');
  const { message } = App.useApp();
  const [form] = Form.useForm<SpecialistValues>();
  const update = useUpdateContract();

  const submit = ({ responsibleSpecialistId }: SpecialistValues) =>
    update.mutate(
      {
        params: { path: { id: contract.id } },
        body: {
          version: contract.version,
          responsibleSpecialistId: responsibleSpecialistId ?? null,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('messages.saved'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );

  return (
    <FormModal<SpecialistValues>
      title={t('specialist.title', { number: contract.number })}
      okText={t('form.save')}
      form={form}
      initialValues={{ responsibleSpecialistId: contract.responsibleSpecialist?.id ?? null }}
      submitting={update.isPending}
      error={update.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item label={t('fields.responsibleSpecialist')} name="responsibleSpecialistId">
        <SpecialistSelect
          allowClear
          currentName={contract.responsibleSpecialist?.fullName}
          placeholder={t('form.noSpecialist')}
        />
      </Form.Item>
    </FormModal>
  );
}
