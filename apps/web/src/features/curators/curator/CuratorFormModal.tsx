import { App, Col, DatePicker, Divider, Form, Input, Row, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useFormDraft } from '../../../shared/ui/useFormDraft';
import { DATE_FORMAT } from '../../graduates/format';
import { useCreateCurator, useCurator, useUpdateCurator } from '../useCurators';
import { LIMITS, NAME_PATTERN, PHONE_PATTERN, type Curator } from '../vocabulary';
import { curatorBody, curatorValues, type CuratorValues } from './curatorValues';

/**
 * «Новый кандидат» or editing one: the person, how to reach them, and the documents the
 * head's approval needs (the certificate of no criminal record and the consent to the
 * processing of personal data). Editing starts from the latest version.
 */
export function CuratorFormModal({
  curatorId,
  onClose,
  onCreated,
}: {
  /** The curator to edit; none to register a candidate. */
  curatorId?: string;
  onClose: () => void;
  onCreated?: (curator: Curator) => void;
}) {
  const { t } = useTranslation('curators');
  const { message } = App.useApp();
  const [form] = Form.useForm<CuratorValues>();
  const today = useInstitutionToday();
  const curator = useCurator(curatorId).data;
  const create = useCreateCurator();
  const update = useUpdateCurator();
  const editing = Boolean(curatorId);
  const mutation = editing ? update : create;
  // An edit starts from the curator as loaded; only a new candidate's card is kept as a draft.
  const draft = useFormDraft('curator.new', form, { enabled: !editing });

  useEffect(() => {
    if (curator) form.setFieldsValue(curatorValues(curator));
  }, [curator, form]);

  const submit = (values: CuratorValues) => {
    const body = curatorBody(values);
    const onError = (error: unknown) => applyFieldErrors(form, error);
    if (!editing) {
      create.mutate(
        { body },
        {
          onSuccess: (created) => {
            draft.clear();
            void message.success(t('form.created'));
            onCreated?.(created);
            onClose();
          },
          onError,
        },
      );
      return;
    }
    if (!curator) return;
    update.mutate(
      { params: { path: { id: curator.id } }, body: { ...body, version: curator.version } },
      {
        onSuccess: () => {
          void message.success(t('form.updated'));
          onClose();
        },
        onError,
      },
    );
  };

  const textRule = (max: number) => ({ max, message: t('validation.textLength', { max }) });
  const nameRules = (required: boolean) => [
    ...(required
      ? [{ required: true, whitespace: true, message: t('validation.nameRequired') }]
      : []),
    { pattern: NAME_PATTERN, message: t('validation.namePattern') },
    textRule(LIMITS.name),
  ];
  const notFuture = {
    validator: (_: unknown, value: Dayjs | null | undefined) =>
      value?.isAfter(today, 'day')
        ? Promise.reject(new Error(t('validation.futureDate')))
        : Promise.resolve(),
  };
  const dayPicker = (
    <DatePicker
      format={DATE_FORMAT}
      placeholder={t('common.datePlaceholder')}
      disabledDate={(day) => day.isAfter(today, 'day')}
      style={{ width: '100%' }}
    />
  );

  return (
    <FormModal<CuratorValues>
      title={editing ? t('form.editTitle') : t('form.createTitle')}
      okText={editing ? t('form.save') : t('form.create')}
      form={form}
      width={760}
      testId="curator-form"
      draft={draft}
      submitting={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Spin spinning={editing && !curator}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label={t('fields.lastName')} name="lastName" rules={nameRules(true)}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('fields.firstName')} name="firstName" rules={nameRules(true)}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('fields.patronymic')} name="patronymic" rules={nameRules(false)}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={t('fields.birthDate')} name="birthDate" rules={[notFuture]}>
              {dayPicker}
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              label={t('fields.phone')}
              name="phone"
              rules={[{ pattern: PHONE_PATTERN, message: t('validation.phonePattern') }]}
            >
              <Input inputMode="tel" autoComplete="off" placeholder="+7 914 000-00-00" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              label={t('fields.email')}
              name="email"
              rules={[{ type: 'email', message: t('validation.email') }, textRule(LIMITS.email)]}
            >
              <Input inputMode="email" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('fields.occupation')}
              name="occupation"
              rules={[textRule(LIMITS.occupation)]}
            >
              <Input autoComplete="off" placeholder={t('form.occupationPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('fields.source')} name="source" rules={[textRule(LIMITS.source)]}>
              <Input autoComplete="off" placeholder={t('form.sourcePlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain style={{ margin: '8px 0 16px' }}>
          {t('documents.title')}
        </Divider>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              label={t('fields.recordCheckNumber')}
              name="recordCheckNumber"
              rules={[textRule(LIMITS.recordCheckNumber)]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={t('fields.recordCheckOn')} name="recordCheckOn" rules={[notFuture]}>
              {dayPicker}
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item label={t('fields.consentOn')} name="consentOn" rules={[notFuture]}>
              {dayPicker}
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
