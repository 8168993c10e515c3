import { LIFE_DOMAIN_LABELS } from '@postcare/domain';
import { App, Button, Col, DatePicker, Flex, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useFormDraft } from '../../../shared/ui/useFormDraft';
import { DATE_FORMAT, formatDate, isoDate, pickerDate } from '../../graduates/format';
import { useCreatePlan, useUpdatePlan } from '../usePlanChanges';
import { LIFE_DOMAINS, LIMITS, type LifeDomain, type Plan, type PlanGoal } from '../vocabulary';

interface PlanValues {
  periodFrom?: Dayjs | null;
  periodTo?: Dayjs | null;
  goals?: { domain?: LifeDomain; goal?: string }[];
}

const goalsOf = (values: PlanValues): PlanGoal[] =>
  (values.goals ?? [])
    .filter((item): item is PlanGoal => Boolean(item.domain && item.goal?.trim()))
    .map(({ domain, goal }) => ({ domain, goal: goal.trim() }));

/**
 * Drafts the plan of a contract, or changes its period and goals: at most one goal per
 * life domain. A new plan's period defaults on the server (the contract's start, a year).
 */
export function PlanFormModal({
  contract,
  plan,
  onClose,
}: {
  contract: { id: string; number: string; endsOn: string };
  plan?: Plan;
  onClose: () => void;
}) {
  const { t } = useTranslation('plans');
  const labelOf = useLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanValues>();
  const draft = useFormDraft(`plan.${plan?.id ?? `new.${contract.id}`}`, form);
  const create = useCreatePlan();
  const update = useUpdatePlan();
  const mutation = plan ? update : create;
  const chosen = Form.useWatch('goals', form) ?? [];
  // The plan is an annex of the contract: its period ends within the contract's term.
  const contractEnds = dayjs(contract.endsOn);

  const submit = (values: PlanValues) => {
    const period = {
      periodFrom: values.periodFrom ? isoDate(values.periodFrom) : undefined,
      periodTo: values.periodTo ? isoDate(values.periodTo) : undefined,
    };
    const done = {
      onSuccess: () => {
        draft.clear();
        void message.success(t(plan ? 'messages.saved' : 'messages.created'));
        onClose();
      },
      onError: (error: unknown) => applyFieldErrors(form, error),
    };
    if (plan) {
      update.mutate(
        {
          params: { path: { id: plan.id } },
          body: { version: plan.version, ...period, goals: goalsOf(values) },
        },
        done,
      );
    } else {
      create.mutate({ body: { contractId: contract.id, ...period, goals: goalsOf(values) } }, done);
    }
  };

  const taken = (index: number) =>
    new Set(chosen.filter((_, other) => other !== index).map((item) => item?.domain));

  return (
    <FormModal<PlanValues>
      title={t(plan ? 'form.editTitle' : 'form.createTitle', { number: contract.number })}
      okText={plan ? t('actions.save') : t('form.create')}
      form={form}
      draft={draft}
      width={760}
      testId="plan-form"
      initialValues={
        plan
          ? {
              periodFrom: pickerDate(plan.periodFrom),
              periodTo: pickerDate(plan.periodTo),
              goals: plan.goals,
            }
          : { goals: [] }
      }
      submitting={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('fields.periodFrom')}
            name="periodFrom"
            extra={plan ? undefined : t('form.periodFromHint')}
            rules={[{ required: Boolean(plan), message: t('validation.periodRequired') }]}
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
            label={t('fields.periodTo')}
            name="periodTo"
            dependencies={['periodFrom']}
            extra={plan ? undefined : t('form.periodToHint')}
            rules={[
              { required: Boolean(plan), message: t('validation.periodRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | null | undefined) => {
                  const from = getFieldValue('periodFrom') as Dayjs | null | undefined;
                  if (value && from && value.isBefore(from, 'day'))
                    return Promise.reject(new Error(t('validation.periodEndsBeforeStart')));
                  if (value?.isAfter(contractEnds, 'day'))
                    return Promise.reject(
                      new Error(
                        t('validation.periodAfterContract', { date: formatDate(contract.endsOn) }),
                      ),
                    );
                  return Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker
              format={DATE_FORMAT}
              placeholder={t('form.datePlaceholder')}
              disabledDate={(day) => day.isAfter(contractEnds, 'day')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={5}>{t('form.goals')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('form.goalsHint')}</Typography.Paragraph>
      <Form.List name="goals">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Row key={field.key} gutter={8} align="top" wrap={false}>
                <Col flex="220px">
                  <Form.Item
                    name={[field.name, 'domain']}
                    rules={[{ required: true, message: t('validation.domainRequired') }]}
                    style={{ marginBottom: 0 }}
                  >
                    <Select
                      aria-label={t('fields.domain')}
                      placeholder={t('fields.domain')}
                      options={LIFE_DOMAINS.map((value) => ({
                        value,
                        label: labelOf(LIFE_DOMAIN_LABELS, value),
                        disabled: taken(index).has(value),
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col flex="auto">
                  <Form.Item
                    name={[field.name, 'goal']}
                    rules={[
                      { required: true, whitespace: true, message: t('validation.goalRequired') },
                      {
                        max: LIMITS.goal,
                        message: t('validation.textLength', { max: LIMITS.goal }),
                      },
                    ]}
                    style={{ marginBottom: 0 }}
                  >
                    <Input.TextArea
                      aria-label={t('fields.goal')}
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      placeholder={t('form.goalPlaceholder')}
                    />
                  </Form.Item>
                </Col>
                <Col flex="none">
                  <Button onClick={() => remove(field.name)}>{t('form.removeGoal')}</Button>
                </Col>
              </Row>
            ))}
            {fields.length < LIMITS.goals && (
              <Button type="dashed" onClick={() => add({})} style={{ alignSelf: 'start' }}>
                {t('form.addGoal')}
              </Button>
            )}
          </Flex>
        )}
      </Form.List>
      <div style={{ height: 16 }} />
    </FormModal>
  );
}
