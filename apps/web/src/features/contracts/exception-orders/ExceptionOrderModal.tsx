import { ORDERED_BY_LABELS } from '@postcare/domain';
import type { Schemas } from '@postcare/api-client';
import { Alert, App, Col, DatePicker, Form, Input, Radio, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { DATE_FORMAT, isoDate } from '../../graduates/format';
import {
  ORDER_LIMITS,
  ORDERED_BY,
  useCreateExceptionOrder,
  type OrderedBy,
} from './useExceptionOrders';

interface OrderValues {
  orderedBy?: OrderedBy;
  orderedByName?: string;
  number?: string;
  orderDate?: Dayjs | null;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
  grounds?: string;
}

/**
 * The director's or head's order to support the person outside the age rules (001 §4.1.3).
 * A head enters it (confirmed at once); a specialist requests it for the head to confirm.
 */
export function ExceptionOrderModal({
  graduate,
  onClose,
}: {
  graduate: Schemas['GraduateDto'];
  onClose: () => void;
}) {
  const { t } = useTranslation('contracts');
  const labelOf = useLabel();
  const { message } = App.useApp();
  const { can } = usePermissions();
  const [form] = Form.useForm<OrderValues>();
  const create = useCreateExceptionOrder();
  const confirmsItself = can('exception-orders.confirm');
  const text = (value: string | undefined) => value?.trim() || undefined;

  const submit = (values: OrderValues) => {
    if (!values.orderedBy || !values.orderDate || !values.number) return;
    create.mutate(
      {
        body: {
          graduateId: graduate.id,
          orderedBy: values.orderedBy,
          orderedByName: text(values.orderedByName),
          number: values.number.trim(),
          orderDate: isoDate(values.orderDate),
          validFrom: values.validFrom ? isoDate(values.validFrom) : undefined,
          validTo: values.validTo ? isoDate(values.validTo) : undefined,
          grounds: text(values.grounds),
        },
      },
      {
        onSuccess: () => {
          void message.success(t(confirmsItself ? 'orders.created' : 'orders.requested'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  const datePicker = (placeholder = t('form.datePlaceholder')) => (
    <DatePicker format={DATE_FORMAT} placeholder={placeholder} style={{ width: '100%' }} />
  );

  return (
    <FormModal<OrderValues>
      title={t(confirmsItself ? 'orders.enterTitle' : 'orders.requestTitle')}
      okText={t(confirmsItself ? 'orders.enter' : 'orders.request')}
      form={form}
      width={640}
      testId="exception-order-form"
      initialValues={{ orderedBy: 'director' }}
      submitting={create.isPending}
      error={create.error}
      onSubmit={submit}
      onClose={onClose}
    >
      {!confirmsItself && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('orders.requestExplanation')}
        />
      )}
      <Form.Item
        label={t('orders.fields.orderedBy')}
        name="orderedBy"
        rules={[{ required: true, message: t('orders.validation.orderedByRequired') }]}
      >
        <Radio.Group
          optionType="button"
          options={ORDERED_BY.map((value) => ({ value, label: labelOf(ORDERED_BY_LABELS, value) }))}
        />
      </Form.Item>
      <Form.Item
        label={t('orders.fields.orderedByName')}
        name="orderedByName"
        rules={[
          {
            max: ORDER_LIMITS.orderedByName,
            message: t('validation.textLength', { max: ORDER_LIMITS.orderedByName }),
          },
        ]}
      >
        <Input placeholder={t('orders.orderedByNamePlaceholder')} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('orders.fields.number')}
            name="number"
            rules={[
              { required: true, whitespace: true, message: t('orders.validation.numberRequired') },
              {
                max: ORDER_LIMITS.number,
                message: t('validation.textLength', { max: ORDER_LIMITS.number }),
              },
            ]}
          >
            <Input placeholder="15-од" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('orders.fields.orderDate')}
            name="orderDate"
            rules={[{ required: true, message: t('orders.validation.orderDateRequired') }]}
          >
            {datePicker()}
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('orders.fields.validFrom')}
            name="validFrom"
            extra={t('orders.validFromHint')}
          >
            {datePicker()}
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('orders.fields.validTo')}
            name="validTo"
            extra={t('orders.validToHint')}
            dependencies={['validFrom', 'orderDate']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | null | undefined) => {
                  const from = (getFieldValue('validFrom') ?? getFieldValue('orderDate')) as
                    Dayjs | null | undefined;
                  return value && from && value.isBefore(from, 'day')
                    ? Promise.reject(new Error(t('orders.validation.validToBeforeFrom')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            {datePicker()}
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t('orders.fields.grounds')}
        name="grounds"
        rules={[
          {
            max: ORDER_LIMITS.grounds,
            message: t('validation.textLength', { max: ORDER_LIMITS.grounds }),
          },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          placeholder={t('orders.groundsPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
