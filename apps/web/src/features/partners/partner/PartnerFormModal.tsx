import { App, Col, DatePicker, Divider, Form, Input, Row, Select, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { StringListField } from '../../graduates/form/StringListField';
import { DATE_FORMAT, isoDate, pickerDate } from '../../graduates/format';
import { usePartnerKindOptions } from '../kinds';
import { useCreatePartner, usePartner, useUpdatePartner } from '../usePartners';
import { LIMITS, PHONE_PATTERN, type Partner, type PartnerKind } from '../vocabulary';

interface PartnerValues {
  name: string;
  kind?: PartnerKind;
  address?: string;
  contactPerson?: string;
  phones?: string[];
  email?: string;
  agreementNumber?: string;
  agreementDate?: Dayjs | null;
  agreementValidTo?: Dayjs | null;
  note?: string;
}

const formValues = (partner: Partner): PartnerValues => ({
  name: partner.name,
  kind: partner.kind,
  address: partner.address,
  contactPerson: partner.contactPerson,
  phones: partner.phones,
  email: partner.email,
  agreementNumber: partner.agreementNumber,
  agreementDate: pickerDate(partner.agreementDate),
  agreementValidTo: pickerDate(partner.agreementValidTo),
  note: partner.note,
});

/** Every field as the API takes it: trimmed text, dates as days, null for a cleared date. */
function requestBody(values: PartnerValues, kind: PartnerKind) {
  const text = (value: string | undefined) => value?.trim() ?? '';
  return {
    name: values.name.trim(),
    kind,
    address: text(values.address),
    contactPerson: text(values.contactPerson),
    phones: (values.phones ?? []).map((phone) => phone.trim()).filter(Boolean),
    email: text(values.email),
    agreementNumber: text(values.agreementNumber),
    agreementDate: values.agreementDate ? isoDate(values.agreementDate) : null,
    agreementValidTo: values.agreementValidTo ? isoDate(values.agreementValidTo) : null,
    note: text(values.note),
  };
}

/**
 * «Добавить организацию» or editing one: name and kind, contacts, and the cooperation
 * agreement (number, date, valid until). Editing starts from the latest version, and
 * again after a refusal reloaded it.
 */
export function PartnerFormModal({
  partnerId,
  onClose,
  onCreated,
}: {
  /** The partner to edit; none to add one. */
  partnerId?: string;
  onClose: () => void;
  onCreated?: (partner: Partner) => void;
}) {
  const { t } = useTranslation('partners');
  const { message } = App.useApp();
  const [form] = Form.useForm<PartnerValues>();
  const kindOptions = usePartnerKindOptions();
  const partner = usePartner(partnerId).data;
  const create = useCreatePartner();
  const update = useUpdatePartner();
  const editing = Boolean(partnerId);
  const mutation = editing ? update : create;
  const agreementDate = Form.useWatch('agreementDate', form);

  useEffect(() => {
    if (partner) form.setFieldsValue(formValues(partner));
  }, [partner, form]);

  const submit = (values: PartnerValues) => {
    if (!values.kind) return;
    const body = requestBody(values, values.kind);
    const onError = (error: unknown) => applyFieldErrors(form, error);
    if (!editing) {
      create.mutate(
        { body },
        {
          onSuccess: (created) => {
            void message.success(t('form.created'));
            onCreated?.(created);
            onClose();
          },
          onError,
        },
      );
      return;
    }
    if (!partner) return;
    update.mutate(
      { params: { path: { id: partner.id } }, body: { ...body, version: partner.version } },
      {
        onSuccess: () => {
          void message.success(t('form.updated'));
          onClose();
        },
        onError,
      },
    );
  };

  const textRule = (max: number) => ({ max, message: t('common.textLength', { max }) });

  return (
    <FormModal<PartnerValues>
      title={editing ? t('form.editTitle') : t('form.createTitle')}
      okText={editing ? t('form.save') : t('form.create')}
      form={form}
      width={760}
      testId="partner-form"
      initialValues={{ phones: [''] }}
      submitting={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Spin spinning={editing && !partner}>
        <Form.Item
          label={t('fields.name')}
          name="name"
          rules={[
            { required: true, whitespace: true, message: t('validation.nameRequired') },
            { min: LIMITS.nameMin, max: LIMITS.name, message: t('validation.nameLength') },
          ]}
        >
          <Input placeholder={t('form.namePlaceholder')} autoComplete="off" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('fields.kind')}
              name="kind"
              rules={[{ required: true, message: t('validation.kindRequired') }]}
            >
              <Select
                placeholder={t('common.choose')}
                options={kindOptions}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('fields.contactPerson')}
              name="contactPerson"
              rules={[textRule(LIMITS.contactPerson)]}
            >
              <Input placeholder={t('form.contactPersonPlaceholder')} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('fields.address')} name="address" rules={[textRule(LIMITS.address)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <StringListField
              name="phones"
              label={t('fields.phones')}
              addText={t('form.addPhone')}
              removeText={t('common.remove')}
              max={LIMITS.phones}
              inputMode="tel"
              placeholder={t('form.phonePlaceholder')}
              rules={[{ pattern: PHONE_PATTERN, message: t('validation.phonePattern') }]}
            />
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('fields.email')}
              name="email"
              rules={[{ type: 'email', message: t('validation.email') }, textRule(LIMITS.email)]}
            >
              <Input inputMode="email" autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain style={{ margin: '8px 0 16px' }}>
          {t('form.agreementSection')}
        </Divider>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              label={t('fields.agreementNumber')}
              name="agreementNumber"
              rules={[textRule(LIMITS.agreementNumber)]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={t('fields.agreementDate')} name="agreementDate">
              <DatePicker
                format={DATE_FORMAT}
                placeholder={t('common.datePlaceholder')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              label={t('fields.agreementValidTo')}
              name="agreementValidTo"
              dependencies={['agreementDate']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value: Dayjs | null | undefined) => {
                    const from = getFieldValue('agreementDate') as Dayjs | null | undefined;
                    return value && from && value.isBefore(from, 'day')
                      ? Promise.reject(new Error(t('validation.validToBeforeDate')))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker
                format={DATE_FORMAT}
                placeholder={t('common.datePlaceholder')}
                disabledDate={(day) => Boolean(agreementDate && day.isBefore(agreementDate, 'day'))}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('fields.note')} name="note" rules={[textRule(LIMITS.note)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Spin>
    </FormModal>
  );
}
