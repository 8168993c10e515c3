import { LEGAL_STATUS_LABELS, SEX_LABELS } from '@postcare/domain';
import { Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { InstitutionSelect } from '../../admin/institutions/InstitutionSelect';
import { DATE_FORMAT } from '../format';
import { LEGAL_STATUSES, NAME_PATTERN, SEXES } from '../vocabulary';
import type { GraduateFormValues } from './graduateFormValues';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { useLabel } from '../../../shared/vocabulary/useLabel';

/** The oldest age the API accepts (apps/api/src/graduates/birth-date.ts). */
const MAX_AGE = 35;

/** Who the person is: name, sex, birth date, legal status, where and when they left care. */
export function IdentityFields() {
  const { t } = useTranslation('graduates');
  const labelOf = useLabel();
  const today = useInstitutionToday();
  // Birth dates after the institution's today, or of people older than 35, are refused by
  // the API; the picker greys them out.
  const oldest = today.subtract(MAX_AGE + 1, 'year');
  const impossibleBirth = (day: Dayjs) => day.isAfter(today, 'day') || !day.isAfter(oldest, 'day');
  const originId = Form.useWatch<GraduateFormValues['originInstitutionId']>('originInstitutionId');

  const nameRules = (required: boolean, requiredMessage: string) => [
    { required, whitespace: true, message: requiredMessage },
    { max: 100, message: t('validation.nameLength') },
    { pattern: NAME_PATTERN, message: t('validation.namePattern') },
  ];

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('fields.lastName')}
            name="lastName"
            rules={nameRules(true, t('validation.lastNameRequired'))}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('fields.firstName')}
            name="firstName"
            rules={nameRules(true, t('validation.firstNameRequired'))}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('fields.patronymic')} name="patronymic" rules={nameRules(false, '')}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('fields.sex')}
            name="sex"
            rules={[{ required: true, message: t('validation.sexRequired') }]}
          >
            <Radio.Group
              optionType="button"
              options={SEXES.map((value) => ({ value, label: labelOf(SEX_LABELS, value) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('fields.birthDate')}
            name="birthDate"
            rules={[
              { required: true, message: t('validation.birthDateRequired') },
              {
                validator: (_, value: Dayjs | null | undefined) =>
                  value && impossibleBirth(value)
                    ? Promise.reject(new Error(t('validation.birthDateImplausible')))
                    : Promise.resolve(),
              },
            ]}
          >
            <DatePicker
              format={DATE_FORMAT}
              placeholder={t('form.datePlaceholder')}
              disabledDate={impossibleBirth}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('fields.leftCareOn')}
            name="leftCareOn"
            dependencies={['birthDate']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | null | undefined) => {
                  const birth = getFieldValue('birthDate') as Dayjs | null | undefined;
                  return value && birth && value.isBefore(birth, 'day')
                    ? Promise.reject(new Error(t('validation.leftCareBeforeBirth')))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker
              format={DATE_FORMAT}
              placeholder={t('form.datePlaceholder')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t('fields.legalStatus')}
        name="legalStatus"
        rules={[{ required: true, message: t('validation.legalStatusRequired') }]}
      >
        <Select
          placeholder={t('form.choose')}
          options={LEGAL_STATUSES.map((value) => ({
            value,
            label: labelOf(LEGAL_STATUS_LABELS, value),
          }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={t('fields.originInstitution')} name="originInstitutionId">
            <InstitutionSelect allowClear placeholder={t('form.originInstitutionPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('fields.originInstitutionName')}
            name="originInstitutionName"
            extra={t('form.originInstitutionNameHint')}
            rules={[{ max: 300, message: t('validation.textLength', { max: 300 }) }]}
          >
            <Input disabled={Boolean(originId)} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
