import { Checkbox, Col, DatePicker, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '../format';

/**
 * The director's or head's order that allows support beyond the age rules (001 §4.1.3):
 * who ordered it, its number and date.
 */
export function ExceptionOrderFields() {
  const { t } = useTranslation('graduates');
  const hasOrder = Form.useWatch<boolean | undefined>('hasExceptionOrder');
  return (
    <>
      <Form.Item name="hasExceptionOrder" valuePropName="checked" extra={t('exceptionOrder.hint')}>
        <Checkbox>{t('exceptionOrder.has')}</Checkbox>
      </Form.Item>
      {hasOrder && (
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item
              label={t('exceptionOrder.orderedBy')}
              name={['exceptionOrder', 'orderedBy']}
              rules={[
                { required: true, whitespace: true, message: t('validation.orderedByRequired') },
                { min: 2, max: 200, message: t('validation.orderedByLength') },
              ]}
            >
              <Input placeholder={t('exceptionOrder.orderedByPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item
              label={t('exceptionOrder.number')}
              name={['exceptionOrder', 'number']}
              rules={[
                { required: true, whitespace: true, message: t('validation.orderNumberRequired') },
                { max: 50, message: t('validation.textLength', { max: 50 }) },
              ]}
            >
              <Input placeholder="15-од" />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item
              label={t('exceptionOrder.date')}
              name={['exceptionOrder', 'date']}
              rules={[{ required: true, message: t('validation.orderDateRequired') }]}
            >
              <DatePicker
                format={DATE_FORMAT}
                placeholder={t('form.datePlaceholder')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
      )}
    </>
  );
}
