import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { SpecialistSelect } from './SpecialistSelect';

/**
 * Who works with the person: the responsible specialist. The status of support is not
 * entered: it follows the person's contracts.
 */
export function CaseFields({ specialistName }: { specialistName?: string | null }) {
  const { t } = useTranslation('graduates');
  return (
    <Form.Item
      label={t('fields.responsibleSpecialist')}
      name="responsibleSpecialistId"
      extra={t('form.specialistHint')}
      style={{ maxWidth: 464 }}
    >
      <SpecialistSelect
        allowClear
        currentName={specialistName}
        placeholder={t('form.noSpecialist')}
      />
    </Form.Item>
  );
}
