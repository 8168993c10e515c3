import type { Schemas } from '@postcare/api-client';
import { CONTRACT_KIND_LABELS } from '@postcare/domain';
import { Alert, App, Col, DatePicker, Form, Input, Radio, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { useOwnInstitution } from '../../../shared/auth/useOwnInstitution';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useFormDraft } from '../../../shared/ui/useFormDraft';
import { DATE_FORMAT } from '../../graduates/format';
import { SpecialistSelect } from '../../graduates/form/SpecialistSelect';
import { useCreateContract, useUpdateContract } from '../useContractChanges';
import { CONTRACT_KINDS, LIMITS, type ContractDetail } from '../vocabulary';
import {
  createBodyOf,
  formValuesOf,
  updateBodyOf,
  type ContractFormValues,
} from './contractFormValues';
import { ServiceKindsSelect } from './ServiceKindsSelect';

/** Under 18 a contract is signed by a legal representative too. */
const ADULT_AGE = 18;

interface ContractFormModalProps {
  graduate: Schemas['GraduateDto'];
  /** The draft to edit; none drafts a new contract. */
  contract?: ContractDetail;
  onClose: () => void;
  onSaved: (contract: ContractDetail) => void;
}

/** «Новый договор» and editing a draft: terms, kinds of help, who is responsible. */
export function ContractFormModal({
  graduate,
  contract,
  onClose,
  onSaved,
}: ContractFormModalProps) {
  const { t } = useTranslation('contracts');
  const labelOf = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<ContractFormValues>();
  const draft = useFormDraft(`contract.${contract?.id ?? `new.${graduate.id}`}`, form);
  const create = useCreateContract();
  const update = useUpdateContract();
  const prefix = useOwnInstitution().data?.contractPrefix;
  const today = useInstitutionToday();
  const editing = Boolean(contract);
  const mutation = editing ? update : create;
  const withRepresentative = graduate.age < ADULT_AGE || Boolean(contract?.legalRepresentative);

  const submit = (values: ContractFormValues) => {
    const done = (saved: ContractDetail) => {
      draft.clear();
      void message.success(t(editing ? 'messages.saved' : 'messages.created'));
      onSaved(saved);
    };
    const onError = (error: unknown) => applyFieldErrors(form, error);
    if (contract) {
      update.mutate(
        {
          params: { path: { id: contract.id } },
          body: updateBodyOf(contract, values, withRepresentative),
        },
        { onSuccess: done, onError },
      );
    } else {
      create.mutate(
        { body: createBodyOf(graduate.id, values, withRepresentative) },
        { onSuccess: done, onError },
      );
    }
  };

  const required = (message: string) => [{ required: editing, message }];
  const textRule = (max: number) => [{ max, message: t('validation.textLength', { max }) }];

  return (
    <FormModal<ContractFormValues>
      title={contract ? t('form.editTitle', { number: contract.number }) : t('form.createTitle')}
      okText={editing ? t('form.save') : t('form.create')}
      form={form}
      width={760}
      testId="contract-form"
      draft={draft}
      initialValues={
        contract
          ? formValuesOf(contract)
          : {
              kind: 'support',
              serviceKindIds: [],
              responsibleSpecialistId: graduate.responsibleSpecialistId,
            }
      }
      submitting={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onClose={onClose}
    >
      {!editing && !graduate.eligibleToday && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('form.notEligible')}
          description={graduate.eligibility.reason}
        />
      )}
      <Form.Item label={t('fields.kind')} name="kind">
        <Radio.Group
          disabled={editing}
          options={CONTRACT_KINDS.map((value) => ({
            value,
            label: labelOf(CONTRACT_KIND_LABELS, value),
          }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('fields.number')}
            name="number"
            extra={
              editing
                ? undefined
                : t('form.numberHint', { example: `${prefix ?? 'ДС'}-${today.year()}/…` })
            }
            rules={[
              { required: editing, whitespace: true, message: t('validation.numberRequired') },
              { max: LIMITS.number, message: t('validation.textLength', { max: LIMITS.number }) },
            ]}
          >
            <Input placeholder={t('form.numberPlaceholder')} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('fields.applicationDate')} name="applicationDate">
            <DatePicker
              format={DATE_FORMAT}
              placeholder={t('form.datePlaceholder')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('fields.startsOn')}
            name="startsOn"
            extra={editing ? undefined : t('form.startsOnHint')}
            rules={required(t('validation.startsOnRequired'))}
          >
            <DatePicker
              format={DATE_FORMAT}
              placeholder={t('form.datePlaceholder')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('fields.endsOn')}
            name="endsOn"
            dependencies={['startsOn']}
            extra={editing ? undefined : t('form.endsOnHint')}
            rules={[
              ...required(t('validation.endsOnRequired')),
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | null | undefined) => {
                  const starts = (getFieldValue('startsOn') as Dayjs | null | undefined) ?? today;
                  return value && value.isBefore(starts, 'day')
                    ? Promise.reject(new Error(t('validation.endsBeforeStart')))
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
        label={t('fields.serviceKinds')}
        name="serviceKindIds"
        rules={[
          {
            type: 'array',
            max: LIMITS.serviceKinds,
            message: t('validation.serviceKindsMax', { max: LIMITS.serviceKinds }),
          },
        ]}
      >
        <ServiceKindsSelect
          current={contract?.serviceKinds}
          allowClear
          placeholder={t('form.serviceKindsPlaceholder')}
        />
      </Form.Item>
      {withRepresentative && (
        <Form.Item
          label={t('fields.legalRepresentative')}
          name="legalRepresentative"
          extra={graduate.age < ADULT_AGE ? t('form.legalRepresentativeHint') : undefined}
          rules={[
            {
              required: graduate.age < ADULT_AGE,
              whitespace: true,
              message: t('validation.legalRepresentativeRequired'),
            },
            ...textRule(LIMITS.legalRepresentative),
          ]}
        >
          <Input placeholder={t('form.legalRepresentativePlaceholder')} />
        </Form.Item>
      )}
      <Form.Item
        label={t('fields.responsibleSpecialist')}
        name="responsibleSpecialistId"
        extra={editing ? undefined : t('form.specialistHint')}
      >
        <SpecialistSelect
          allowClear
          currentName={
            contract?.responsibleSpecialist?.fullName ?? graduate.responsibleSpecialistName
          }
          placeholder={t('form.noSpecialist')}
        />
      </Form.Item>
      <Form.Item
        label={t('fields.conditions')}
        name="conditions"
        rules={textRule(LIMITS.conditions)}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          placeholder={t('form.conditionsPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
