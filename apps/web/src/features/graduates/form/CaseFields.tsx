import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRADUATE_STATUSES } from '../vocabulary';
import { SpecialistSelect } from './SpecialistSelect';

/** Who works with the person and how: the responsible specialist, the status and its reason. */
export function CaseFields({ specialistName }: { specialistName?: string | null }) {
  const { t } = useTranslation('graduates');
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('fields.responsibleSpecialist')}
            name="responsibleSpecialistId"
            extra={t('form.specialistHint')}
          >
            <SpecialistSelect
              allowClear
              currentName={specialistName}
              placeholder={t('form.noSpecialist')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('fields.status')} name="status">
            <Select
              options={GRADUATE_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t('fields.statusReason')}
        name="statusReason"
        rules={[{ max: 500, message: t('validation.textLength', { max: 500 }) }]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
    </>
  );
}
