import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../shared/auth/useCurrentUser';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { ServiceFields } from './ServiceFields';
import { serviceBody, serviceDefaults, type ServiceValues } from './serviceValues';
import { useCreateService } from './useCreateService';

interface RecordServiceModalProps {
  graduateId: string;
  /** The appeal the help answers; without it the form offers the graduate's appeals. */
  appealId?: string;
  onClose: () => void;
}

/** «Записать оказанную помощь»: one act of help for a graduate, for an appeal or on its own. */
export function RecordServiceModal({ graduateId, appealId, onClose }: RecordServiceModalProps) {
  const { t } = useTranslation('appeals');
  const { message } = App.useApp();
  const [form] = Form.useForm<ServiceValues>();
  const myId = useCurrentUser().data?.id;
  const today = useInstitutionToday();
  const create = useCreateService();

  const submit = (values: ServiceValues) =>
    create.mutate(
      { body: serviceBody(graduateId, { ...values, appealId: appealId ?? values.appealId }) },
      {
        onSuccess: () => {
          void message.success(t('service.messages.recorded'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );

  return (
    <FormModal<ServiceValues>
      title={t('service.recordTitle')}
      okText={t('service.record')}
      form={form}
      initialValues={serviceDefaults(today, myId)}
      submitting={create.isPending}
      error={create.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <ServiceFields appealsOf={appealId ? undefined : graduateId} />
    </FormModal>
  );
}
