import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEventKindOptions } from '../kinds';
import { MOMENT_FORMAT, useInstitutionZone } from '../time';
import { LIMITS } from '../vocabulary';

/** What the event is and when: kind, start on the institution's clock, length, topic, place. */
export function EventFields() {
  const { t } = useTranslation('events');
  const zone = useInstitutionZone();
  const kindOptions = useEventKindOptions();
  const textRule = (max: number) => ({ max, message: t('common.textLength', { max }) });

  return (
    <>
      <Form.Item
        label={t('fields.topic')}
        name="topic"
        rules={[
          { required: true, whitespace: true, message: t('validation.topicRequired') },
          textRule(LIMITS.topic),
        ]}
      >
        <Input autoComplete="off" placeholder={t('form.topicPlaceholder')} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('fields.kind')}
            name="kind"
            rules={[{ required: true, message: t('validation.kindRequired') }]}
          >
            <Select placeholder={t('common.choose')} options={kindOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('fields.place')} name="place" rules={[textRule(LIMITS.place)]}>
            <Input autoComplete="off" placeholder={t('form.placePlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('fields.startsAt')}
            name="startsAt"
            extra={zone ? t('form.timeZone', { zone }) : undefined}
            rules={[{ required: true, message: t('validation.startsAtRequired') }]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format={MOMENT_FORMAT}
              placeholder={t('form.momentPlaceholder')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('fields.duration')}
            name="durationMinutes"
            rules={[
              { required: true, message: t('validation.durationRequired') },
              {
                type: 'integer',
                min: LIMITS.durationMin,
                max: LIMITS.durationMax,
                message: t('validation.durationRange', { max: LIMITS.durationMax }),
              },
            ]}
          >
            <InputNumber
              precision={0}
              step={15}
              suffix={t('form.minutes')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
