import { useFormChangesGuard } from '../../shared/ui/useUnsavedChangesGuard';
import type { Schemas } from '@postcare/api-client';
import { App, Button, Card, Col, Flex, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { $api } from '../../shared/api/client';
import { applyFieldErrors } from '../../shared/ui/applyFieldErrors';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { invalidateInstitutions } from '../admin/institutions/invalidateInstitutions';
import { isRussianTimeZone, RUSSIAN_TIME_ZONES } from './timeZones';

type Institution = Schemas['InstitutionDto'];
/** The settings this page edits. */
type Settings = Pick<
  Required<Schemas['UpdateInstitutionSettingsDto']>,
  | 'timeZone'
  | 'fullName'
  | 'shortName'
  | 'address'
  | 'directorName'
  | 'directorPosition'
  | 'phone'
  | 'email'
  | 'contractPrefix'
  | 'assessmentMonthsFirstYear'
  | 'assessmentMonthsLater'
  | 'noticeDueWorkingDays'
  | 'threatNoticeMinorsOnly'
  | 'guardianshipBodies'
  | 'curatorTrainingHours'
  | 'curatorMaxGraduates'
  | 'retentionYears'
>;

/** Letters and digits, as the API checks the prefix. */
const PREFIX_PATTERN = /^[\p{L}\d]{1,10}$/u;

const settingsOf = (institution: Institution): Settings => ({
  timeZone: institution.timeZone,
  ...institution.requisites,
  contractPrefix: institution.contractPrefix,
  ...institution.monitoring,
  curatorTrainingHours: institution.curators.trainingHours,
  curatorMaxGraduates: institution.curators.maxGraduates,
  retentionYears: institution.retentionYears,
});

/** Time zone, requisites printed in documents, and the prefix of contract numbers. */
export function SettingsForm({ institution }: { institution: Institution }) {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Settings>();
  const changes = useFormChangesGuard();
  const prefix = Form.useWatch('contractPrefix', form);
  const update = $api.useMutation('patch', '/api/institutions/{id}/settings', {
    onSettled: () => invalidateInstitutions(queryClient),
  });

  // The latest version: on opening, and again after a conflict reloaded it.
  useEffect(() => {
    form.setFieldsValue(settingsOf(institution));
  }, [institution, form]);

  const submit = (values: Settings) => {
    const trimmed = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        name,
        typeof value === 'string'
          ? value.trim()
          : Array.isArray(value)
            ? value.map((v) => v.trim())
            : value,
      ]),
    ) as Settings;
    update.mutate(
      {
        params: { path: { id: institution.id } },
        body: { ...trimmed, version: institution.version },
      },
      {
        onSuccess: () => {
          changes.markSaved();
          void message.success(t('messages.saved'));
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  const zones: string[] = isRussianTimeZone(institution.timeZone)
    ? [...RUSSIAN_TIME_ZONES]
    : [institution.timeZone, ...RUSSIAN_TIME_ZONES];
  const text = (name: keyof Settings, max: number, extra?: string) => (
    <Form.Item
      label={t(`fields.${name}`)}
      name={name}
      extra={extra}
      rules={[{ max, message: t('validation.textLength', { max }) }]}
    >
      <Input />
    </Form.Item>
  );
  const half = { xs: 24, md: 12 };

  return (
    <Form<Settings>
      form={form}
      layout="vertical"
      initialValues={settingsOf(institution)}
      onFinish={submit}
      onValuesChange={changes.onValuesChange}
      data-testid="institution-settings-form"
    >
      {changes.guard}
      <Flex vertical gap={16}>
        <Card title={t('sections.time')} size="small">
          <Form.Item
            label={t('fields.timeZone')}
            name="timeZone"
            extra={t('hints.timeZone')}
            rules={[{ required: true, message: t('validation.timeZoneRequired') }]}
            style={{ maxWidth: 480 }}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={zones.map((zone) => ({
                value: zone,
                label: isRussianTimeZone(zone) ? t(`timeZones.${zone}`) : zone,
              }))}
            />
          </Form.Item>
        </Card>
        <Card title={t('sections.requisites')} size="small">
          <Row gutter={16}>
            <Col span={24}>{text('fullName', 500, t('hints.fullName'))}</Col>
            <Col {...half}>{text('shortName', 200)}</Col>
            <Col {...half}>{text('address', 500)}</Col>
            <Col {...half}>{text('directorName', 200)}</Col>
            <Col {...half}>{text('directorPosition', 200)}</Col>
            <Col {...half}>{text('phone', 50)}</Col>
            <Col {...half}>
              <Form.Item
                label={t('fields.email')}
                name="email"
                rules={[
                  { type: 'email', message: t('validation.email') },
                  { max: 200, message: t('validation.textLength', { max: 200 }) },
                ]}
              >
                <Input inputMode="email" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('sections.numbering')} size="small">
          <Form.Item
            label={t('fields.contractPrefix')}
            name="contractPrefix"
            extra={t('hints.contractPrefix', {
              example: `${prefix?.trim() || institution.contractPrefix}-${new Date().getFullYear()}/1`,
            })}
            rules={[
              { required: true, whitespace: true, message: t('validation.prefixRequired') },
              { pattern: PREFIX_PATTERN, message: t('validation.prefixPattern') },
            ]}
            style={{ maxWidth: 480 }}
          >
            <Input maxLength={10} />
          </Form.Item>
        </Card>
        <Card title={t('sections.monitoring')} size="small">
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item
                label={t('fields.assessmentMonthsFirstYear')}
                name="assessmentMonthsFirstYear"
                rules={[
                  {
                    required: true,
                    type: 'integer',
                    min: 1,
                    max: 12,
                    message: t('validation.months'),
                  },
                ]}
              >
                <InputNumber min={1} max={12} addonAfter={t('units.months')} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                label={t('fields.assessmentMonthsLater')}
                name="assessmentMonthsLater"
                rules={[
                  {
                    required: true,
                    type: 'integer',
                    min: 1,
                    max: 12,
                    message: t('validation.months'),
                  },
                ]}
              >
                <InputNumber min={1} max={12} addonAfter={t('units.months')} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                label={t('fields.noticeDueWorkingDays')}
                name="noticeDueWorkingDays"
                extra={t('hints.noticeDueWorkingDays')}
                rules={[
                  {
                    required: true,
                    type: 'integer',
                    min: 0,
                    max: 10,
                    message: t('validation.workingDays'),
                  },
                ]}
              >
                <InputNumber min={0} max={10} addonAfter={t('units.workingDays')} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item label={t('fields.threatNoticeMinorsOnly')} name="threatNoticeMinorsOnly">
                <Radio.Group
                  options={[
                    { value: false, label: t('threatRule.anyAge') },
                    { value: true, label: t('threatRule.minorsOnly') },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                label={t('fields.guardianshipBodies')}
                name="guardianshipBodies"
                extra={t('hints.guardianshipBodies')}
              >
                <Select mode="tags" open={false} tokenSeparators={[';']} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('sections.curators')} size="small">
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item
                label={t('fields.curatorTrainingHours')}
                name="curatorTrainingHours"
                extra={t('hints.curatorTrainingHours')}
                rules={[
                  {
                    required: true,
                    type: 'integer',
                    min: 1,
                    max: 200,
                    message: t('validation.trainingHours'),
                  },
                ]}
              >
                <InputNumber min={1} max={200} addonAfter={t('units.hours')} />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                label={t('fields.curatorMaxGraduates')}
                name="curatorMaxGraduates"
                extra={t('hints.curatorMaxGraduates')}
                rules={[
                  {
                    required: true,
                    type: 'integer',
                    min: 1,
                    max: 20,
                    message: t('validation.maxGraduates'),
                  },
                ]}
              >
                <InputNumber min={1} max={20} addonAfter={t('units.graduates')} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('sections.privacy')} size="small">
          <Form.Item
            label={t('fields.retentionYears')}
            name="retentionYears"
            extra={t('hints.retentionYears')}
            rules={[
              {
                required: true,
                type: 'integer',
                min: 1,
                max: 75,
                message: t('validation.retentionYears'),
              },
            ]}
          >
            <InputNumber min={1} max={75} addonAfter={t('units.years')} />
          </Form.Item>
        </Card>
        <ProblemAlert error={update.error} />
        <Flex justify="end">
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
