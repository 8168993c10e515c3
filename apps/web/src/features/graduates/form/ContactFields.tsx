import { Alert, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_PHONES, MAX_SOCIAL_NETWORKS, PHONE_PATTERN } from '../vocabulary';
import { StringListField } from './StringListField';

/** Phones: part of the minimum every file keeps, with or without a consent. */
export function PhoneFields() {
  const { t } = useTranslation('graduates');
  return (
    <StringListField
      name="phones"
      label={t('fields.phones')}
      addText={t('form.addPhone')}
      removeText={t('form.remove')}
      max={MAX_PHONES}
      inputMode="tel"
      placeholder="+7 914 123-45-67"
      rules={[{ pattern: PHONE_PATTERN, message: t('validation.phonePattern') }]}
    />
  );
}

/**
 * E-mail, social networks and addresses: kept only under a current written consent
 * (152-FZ, 000 §7.1.8). Without one they are shown disabled, with the reason.
 */
export function ConsentGatedContactFields({
  consentCurrent,
  reason,
}: {
  consentCurrent: boolean;
  /** Why the fields are closed (a new file, no consent, a withdrawn one). */
  reason: string;
}) {
  const { t } = useTranslation('graduates');
  const disabled = !consentCurrent;
  return (
    <>
      {disabled && (
        <Alert
          type="info"
          showIcon
          data-testid="consent-gate"
          title={t('consentGate.title')}
          description={reason}
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('fields.email')}
            name="email"
            rules={[{ type: 'email', message: t('validation.email') }]}
          >
            <Input disabled={disabled} inputMode="email" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <StringListField
            name="socialNetworks"
            label={t('fields.socialNetworks')}
            addText={t('form.addSocialNetwork')}
            removeText={t('form.remove')}
            max={MAX_SOCIAL_NETWORKS}
            disabled={disabled}
            placeholder="vk.com/id123"
            rules={[{ max: 200, message: t('validation.textLength', { max: 200 }) }]}
          />
        </Col>
      </Row>
      <Form.Item
        label={t('fields.registrationAddress')}
        name="registrationAddress"
        rules={[{ max: 500, message: t('validation.textLength', { max: 500 }) }]}
      >
        <Input disabled={disabled} />
      </Form.Item>
      <Form.Item
        label={t('fields.actualAddress')}
        name="actualAddress"
        rules={[{ max: 500, message: t('validation.textLength', { max: 500 }) }]}
      >
        <Input disabled={disabled} />
      </Form.Item>
    </>
  );
}
