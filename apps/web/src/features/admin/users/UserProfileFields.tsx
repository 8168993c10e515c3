import { ROLE_LABELS } from '@postcare/domain';
import type { Role } from '@postcare/api-client';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { ROLES } from '../../../shared/auth/roles';
import { InstitutionSelect } from '../institutions/InstitutionSelect';

/** Name, position, e-mail, role and institution: what both creating and editing an account set. */
export function UserProfileFields({ roleLocked = false }: { roleLocked?: boolean }) {
  const { t } = useTranslation();
  const labelOf = useLabel();
  const role = Form.useWatch<Role | undefined>('role');

  return (
    <>
      <Form.Item
        label={t('users.fields.fullName')}
        name="fullName"
        rules={[
          { required: true, whitespace: true, message: t('users.validation.fullNameRequired') },
          { min: 2, max: 200, message: t('users.validation.fullNameLength') },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        label={t('users.fields.position')}
        name="position"
        rules={[{ max: 200, message: t('users.validation.positionLength') }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        label={t('users.fields.email')}
        name="email"
        extra={t('users.emailHint')}
        rules={[{ type: 'email', max: 200, message: t('users.validation.emailInvalid') }]}
      >
        <Input type="email" autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('users.fields.role')}
        name="role"
        rules={[{ required: true, message: t('users.validation.roleRequired') }]}
      >
        <Select
          disabled={roleLocked}
          options={ROLES.map((value) => ({ value, label: labelOf(ROLE_LABELS, value) }))}
        />
      </Form.Item>
      {role !== 'admin' && (
        <Form.Item
          label={t('users.fields.institution')}
          name="institutionId"
          rules={[{ required: true, message: t('users.validation.institutionRequired') }]}
        >
          <InstitutionSelect activeOnly />
        </Form.Item>
      )}
    </>
  );
}
