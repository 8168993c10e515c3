import {
  EMPLOYMENT_STATUS_LABELS,
  HOUSING_TYPE_LABELS,
  MARITAL_STATUS_LABELS,
} from '@postcare/domain';
import {
  Checkbox,
  Col,
  DatePicker,
  Divider,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { DATE_FORMAT } from '../format';
import {
  DISABILITY_GROUPS,
  EMPLOYMENT_STATUSES,
  HOUSING_TYPES,
  MARITAL_STATUSES,
} from '../vocabulary';

const half = { xs: 24, md: 12 };

/** The social situation by life domain (000 §4.6–4.8). */
export function SituationFields() {
  const { t } = useTranslation('graduates');
  const labelOf = useLabel();
  const textRule = (max: number) => [{ max, message: t('validation.textLength', { max }) }];
  return (
    <>
      <Divider titlePlacement="start">{t('situation.education.title')}</Divider>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item
            label={t('situation.education.institution')}
            name={['education', 'institution']}
            rules={textRule(300)}
          >
            <Input placeholder="КГБ ПОУ ХТК" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            label={t('situation.education.programme')}
            name={['education', 'programme']}
            rules={textRule(300)}
          >
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16} align="middle">
        <Col xs={24} md={6}>
          <Form.Item label={t('situation.education.year')} name={['education', 'year']}>
            <InputNumber min={1} max={6} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={['education', 'studying']} valuePropName="checked">
            <Checkbox>{t('situation.education.studying')}</Checkbox>
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={['education', 'fullTime']} valuePropName="checked">
            <Checkbox>{t('situation.education.fullTime')}</Checkbox>
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={['education', 'firstProfessional']} valuePropName="checked">
            <Checkbox>{t('situation.education.firstProfessional')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item label={t('situation.education.startedOn')} name={['education', 'startedOn']}>
            <DatePicker
              format={DATE_FORMAT}
              placeholder={t('form.datePlaceholder')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            label={t('situation.education.expectedEndOn')}
            name={['education', 'expectedEndOn']}
            dependencies={[['education', 'startedOn']]}
            extra={t('situation.education.expectedEndOnHint')}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | null | undefined) => {
                  const started = getFieldValue(['education', 'startedOn']) as Dayjs | null;
                  return value && started && value.isBefore(started, 'day')
                    ? Promise.reject(new Error(t('validation.studyEndBeforeStart')))
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
      <Form.Item extra={t('situation.education.eligibilityHint')} style={{ marginTop: -16 }} />

      <Divider titlePlacement="start">{t('situation.employment.title')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('situation.employment.status')} name={['employment', 'status']}>
            <Select
              allowClear
              options={EMPLOYMENT_STATUSES.map((value) => ({
                value,
                label: labelOf(EMPLOYMENT_STATUS_LABELS, value),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('situation.employment.employer')}
            name={['employment', 'employer']}
            rules={textRule(300)}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('situation.employment.position')}
            name={['employment', 'position']}
            rules={textRule(200)}
          >
            <Input />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('situation.housing.title')}</Divider>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item label={t('situation.housing.type')} name={['housing', 'type']}>
            <Select
              allowClear
              options={HOUSING_TYPES.map((value) => ({
                value,
                label: labelOf(HOUSING_TYPE_LABELS, value),
              }))}
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            label={t('situation.housing.ownHousingPreserved')}
            name={['housing', 'ownHousingPreserved']}
          >
            <Radio.Group
              optionType="button"
              options={[
                { value: true, label: t('situation.yes') },
                { value: false, label: t('situation.no') },
                { value: null, label: t('situation.unknown') },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('situation.notes')} name={['housing', 'notes']} rules={textRule(1000)}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>

      <Divider titlePlacement="start">{t('situation.family.title')}</Divider>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item label={t('situation.family.maritalStatus')} name={['family', 'maritalStatus']}>
            <Select
              allowClear
              options={MARITAL_STATUSES.map((value) => ({
                value,
                label: labelOf(MARITAL_STATUS_LABELS, value),
              }))}
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label={t('situation.family.childrenCount')} name={['family', 'childrenCount']}>
            <InputNumber min={0} max={20} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('situation.disability.title')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('situation.disability.group')} name={['disability', 'group']}>
            <Select
              allowClear
              placeholder={t('situation.disability.none')}
              options={DISABILITY_GROUPS.map((value) => ({
                value,
                label: t('situation.disability.groupN', { group: value }),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            label={t('situation.notes')}
            name={['disability', 'notes']}
            rules={textRule(1000)}
          >
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
