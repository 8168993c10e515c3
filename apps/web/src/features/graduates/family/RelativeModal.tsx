import type { Schemas } from '@postcare/api-client';
import { RELATIVE_KIND_LABELS, RELATIVE_KINDS } from '@postcare/domain';
import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { useSaveRelative } from './useFamily';

type Relative = Schemas['RelativeDto'];

interface RelativeValues {
  kind: Schemas['RelativeKind'];
  fullName: string;
  phones: string;
  email: string;
  address: string;
  contactWanted: boolean;
  note: string;
}

/** Adds a relative or a significant adult, or corrects one (`relative` given). */
export function RelativeModal({
  graduateId,
  relative,
  onClose,
}: {
  graduateId: string;
  relative?: Relative;
  onClose: () => void;
}) {
  const { t } = useTranslation('graduates');
  const labelOf = useLabel();
  const [form] = Form.useForm<RelativeValues>();
  const { create, update } = useSaveRelative();
  const contactWanted = Form.useWatch('contactWanted', form);
  const mutation = relative ? update : create;

  const submit = (values: RelativeValues) => {
    const body = {
      ...values,
      phones: values.phones
        .split(',')
        .map((phone) => phone.trim())
        .filter(Boolean),
    };
    const options = {
      onSuccess: onClose,
      onError: (error: unknown) => applyFieldErrors(form, error),
    };
    if (relative)
      update.mutate(
        {
          params: { path: { graduateId, id: relative.id } },
          body: { ...body, version: relative.version },
        },
        options,
      );
    else create.mutate({ params: { path: { graduateId } }, body }, options);
  };

  return (
    <FormModal<RelativeValues>
      title={t(relative ? 'family.editRelative' : 'family.addRelative')}
      okText={t('family.save')}
      form={form}
      testId="relative-form"
      initialValues={{
        kind: relative?.kind ?? 'mother',
        fullName: relative?.fullName ?? '',
        phones: relative?.phones.join(', ') ?? '',
        email: relative?.email ?? '',
        address: relative?.address ?? '',
        contactWanted: relative?.contactWanted ?? true,
        note: relative?.note ?? '',
      }}
      submitting={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item label={t('family.kind')} name="kind" rules={[{ required: true }]}>
        <Select
          options={RELATIVE_KINDS.map((kind) => ({
            value: kind,
            label: labelOf(RELATIVE_KIND_LABELS, kind),
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('family.fullName')}
        name="fullName"
        rules={[{ required: true, whitespace: true, message: t('family.fullNameRequired') }]}
      >
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('family.phones')} name="phones" extra={t('family.phonesHint')}>
        <Input inputMode="tel" maxLength={130} />
      </Form.Item>
      <Form.Item label={t('family.email')} name="email">
        <Input inputMode="email" maxLength={200} />
      </Form.Item>
      <Form.Item label={t('family.address')} name="address">
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item label={t('family.contactWanted')} name="contactWanted" valuePropName="checked">
        <Switch checkedChildren={t('family.yes')} unCheckedChildren={t('family.no')} />
      </Form.Item>
      <Form.Item
        label={t('family.note')}
        name="note"
        extra={contactWanted === false ? t('family.noContactHint') : undefined}
      >
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </FormModal>
  );
}
