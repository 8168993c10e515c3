import { INSTITUTION_KIND_LABELS } from '@postcare/domain';
import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { INSTITUTION_KINDS } from './institutionKinds';

/** The fields of the institution form; `active` exists only for an existing institution. */
export function InstitutionFields({ withActive }: { withActive: boolean }) {
  const { t } = useTranslation();
  const labelOf = useLabel();
  return (
    <>
      <Form.Item
        label={t('institutions.fields.name')}
        name="name"
        rules={[
          { required: true, whitespace: true, message: t('institutions.validation.nameRequired') },
          { min: 2, max: 300, message: t('institutions.validation.nameLength') },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        label={t('institutions.fields.kind')}
        name="kind"
        rules={[{ required: true, message: t('institutions.validation.kindRequired') }]}
      >
        <Select
          options={INSTITUTION_KINDS.map((kind) => ({
            value: kind,
            label: labelOf(INSTITUTION_KIND_LABELS, kind),
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('institutions.fields.region')}
        name="region"
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('institutions.validation.regionRequired'),
          },
          { min: 2, max: 200, message: t('institutions.validation.regionLength') },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        label={t('institutions.fields.municipality')}
        name="municipality"
        rules={[{ max: 200, message: t('institutions.validation.municipalityLength') }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        label={t('institutions.fields.guardianshipBody')}
        name="guardianshipBody"
        rules={[{ max: 300, message: t('institutions.validation.guardianshipBodyLength') }]}
      >
        <Input />
      </Form.Item>
      {withActive && (
        <Form.Item label={t('institutions.fields.active')} name="active" valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
    </>
  );
}
