import { Alert, App, Checkbox, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { formatDate } from '../../graduates/format';
import { useHoldEvent } from '../useEvents';
import { SERVICE_OF_KIND, type GroupEvent } from '../vocabulary';

interface HoldValues {
  presentGraduateIds: string[];
}

/**
 * «Провести»: the event took place. The user ticks who came (everyone, to begin with);
 * each of them gets a group service dated the event's day, the rest are recorded absent.
 * A participant not eligible that day refuses the whole hold, by name (shown here).
 */
export function HoldEventModal({ event, onClose }: { event: GroupEvent; onClose: () => void }) {
  const { t } = useTranslation('events');
  const { message } = App.useApp();
  const [form] = Form.useForm<HoldValues>();
  const hold = useHoldEvent();

  const submit = ({ presentGraduateIds }: HoldValues) =>
    hold.mutate(
      {
        params: { path: { id: event.id } },
        body: { version: event.version, presentGraduateIds },
      },
      {
        onSuccess: (held) => {
          void message.success(t('hold.done', { count: held.presentCount }));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );

  return (
    <FormModal<HoldValues>
      title={t('hold.title')}
      okText={t('hold.submit')}
      form={form}
      width={640}
      testId="hold-form"
      initialValues={{
        presentGraduateIds: event.participants.map(({ graduate }) => graduate.id),
      }}
      submitting={hold.isPending}
      error={hold.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('hold.explain', {
          service: t(`hold.services.${SERVICE_OF_KIND[event.kind]}`),
          date: formatDate(event.day),
        })}
      />
      <Form.Item
        label={t('hold.present')}
        name="presentGraduateIds"
        rules={[{ type: 'array', min: 1, message: t('validation.presentRequired') }]}
      >
        <Checkbox.Group style={{ width: '100%' }}>
          <Flex vertical gap={8}>
            {event.participants.map(({ graduate }) => (
              <Checkbox key={graduate.id} value={graduate.id}>
                {graduate.fullName}{' '}
                <Typography.Text type="secondary">{formatDate(graduate.birthDate)}</Typography.Text>
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('hold.final')}</Typography.Paragraph>
    </FormModal>
  );
}
