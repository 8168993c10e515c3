import { App, Col, DatePicker, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { DATE_FORMAT, isoDate } from '../../graduates/format';
import { useAssignGraduate } from '../useAssignments';
import { LIMITS, type Curator } from '../vocabulary';
import { GraduateSelect } from './GraduateSelect';

interface AssignValues {
  graduateId?: string;
  startsOn: Dayjs | null;
  endsOn?: Dayjs | null;
  goal?: string;
}

/**
 * «Закрепить выпускника»: a graduate found by name, the period and the goal of the help.
 * A graduate has one curator at a time and a curator at most the institution's number of
 * graduates: the API's refusals (409) are shown here with its Russian explanation.
 */
export function AssignFormModal({ curator, onClose }: { curator: Curator; onClose: () => void }) {
  const { t } = useTranslation('curators');
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignValues>();
  const today = useInstitutionToday();
  const assign = useAssignGraduate();
  const startsOn = Form.useWatch('startsOn', form);

  const submit = (values: AssignValues) => {
    if (!values.graduateId || !values.startsOn) return;
    assign.mutate(
      {
        params: { path: { id: curator.id } },
        body: {
          graduateId: values.graduateId,
          startsOn: isoDate(values.startsOn),
          endsOn: values.endsOn ? isoDate(values.endsOn) : null,
          goal: values.goal?.trim() ?? '',
        },
      },
      {
        onSuccess: () => {
          void message.success(t('assignments.assigned'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  return (
    <FormModal<AssignValues>
      title={t('assignments.addTitle', { name: curator.fullName })}
      okText={t('assignments.submit')}
      form={form}
      width={640}
      testId="assign-form"
      initialValues={{ startsOn: today }}
      submitting={assign.isPending}
      error={assign.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        label={t('assignments.graduate')}
        name="graduateId"
        extra={t('assignments.graduateHint')}
        rules={[{ required: true, message: t('assignments.graduateRequired') }]}
      >
        <GraduateSelect />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            label={t('assignments.startsOn')}
            name="startsOn"
            rules={[{ required: true, message: t('assignments.startsOnRequired') }]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            label={t('assignments.endsOn')}
            name="endsOn"
            dependencies={['startsOn']}
            extra={t('assignments.endsOnHint')}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | null | undefined) => {
                  const from = getFieldValue('startsOn') as Dayjs | null | undefined;
                  return value && from && !value.isAfter(from, 'day')
                    ? Promise.reject(new Error(t('assignments.endsOnAfterStart')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker
              format={DATE_FORMAT}
              placeholder={t('assignments.openEnded')}
              disabledDate={(day) => Boolean(startsOn && !day.isAfter(startsOn, 'day'))}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t('assignments.goal')}
        name="goal"
        rules={[
          { required: true, whitespace: true, message: t('assignments.goalRequired') },
          {
            min: LIMITS.goalMin,
            max: LIMITS.goal,
            message: t('assignments.goalLength', { min: LIMITS.goalMin, max: LIMITS.goal }),
          },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          placeholder={t('assignments.goalPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
