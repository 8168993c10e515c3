import { REPORT_KIND_LABELS } from '@postcare/domain';
import { Alert, App, Button, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { asProblem } from '../../../shared/api/problem';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { reportPath } from '../paths';
import { useCreateReport } from '../useReportChanges';
import { useReportNames } from '../useReportNames';
import {
  HALVES,
  isMonthly,
  MONTHS,
  suggestedPeriod,
  YEAR_RANGE,
  type ReportKind,
  type ReportPeriod,
} from '../vocabulary';
import { useCompilableKinds } from './useCompilableKinds';

interface CreateValues {
  kind: ReportKind;
  year?: number;
  month?: number;
  half?: number;
}

/**
 * «Создать отчёт»: one report of a kind for a period that has begun, offered only in the
 * kinds this user may compile. A report already there for the period is offered to open.
 */
export function CreateReportModal({
  preset,
  onClose,
}: {
  /** A report chosen in the calendar. */
  preset?: { kind: ReportKind } & ReportPeriod;
  onClose: () => void;
}) {
  const { t } = useTranslation('reports');
  const labelOf = useLabel();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const names = useReportNames();
  const today = useInstitutionToday();
  const kinds = useCompilableKinds();
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateReport();
  const kind = Form.useWatch('kind', form) ?? preset?.kind ?? kinds[0];
  const existingId = asProblem(create.error)?.existingId;
  const suggest = (next: ReportKind) =>
    suggestedPeriod(next, { year: today.year(), month: today.month() + 1 });

  const submit = ({ kind: chosen, year, month, half }: CreateValues) => {
    if (!year) return;
    create.mutate(
      {
        body: {
          kind: chosen,
          year,
          month: isMonthly(chosen) ? month : undefined,
          half: chosen === 'half_year' ? half : undefined,
        },
      },
      {
        onSuccess: (report) => {
          void message.success(t('create.created', { title: names.title(report) }));
          onClose();
          void navigate(reportPath(report.id));
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );
  };

  const start = preset ?? { kind: kinds[0], ...suggest(kinds[0]) };

  return (
    <FormModal<CreateValues>
      title={t('create.title')}
      okText={t('create.ok')}
      form={form}
      testId="create-report-form"
      initialValues={start}
      submitting={create.isPending}
      error={existingId ? undefined : create.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item label={t('fields.kind')} name="kind" rules={[{ required: true }]}>
        <Select<ReportKind>
          options={kinds.map((value) => ({ value, label: labelOf(REPORT_KIND_LABELS, value) }))}
          onChange={(next) => {
            create.reset();
            form.setFieldsValue({ month: undefined, half: undefined, ...suggest(next) });
          }}
        />
      </Form.Item>
      <Form.Item
        label={t('fields.year')}
        name="year"
        rules={[
          { required: true, message: t('validation.yearRequired') },
          {
            type: 'integer',
            min: YEAR_RANGE.min,
            max: YEAR_RANGE.max,
            message: t('validation.yearRange', YEAR_RANGE),
          },
        ]}
      >
        <InputNumber
          min={YEAR_RANGE.min}
          max={YEAR_RANGE.max}
          precision={0}
          style={{ width: 140 }}
          onChange={() => create.reset()}
        />
      </Form.Item>
      {isMonthly(kind) && (
        <Form.Item
          label={t('fields.month')}
          name="month"
          rules={[{ required: true, message: t('validation.monthRequired') }]}
        >
          <Select<number>
            style={{ width: 220 }}
            onChange={() => create.reset()}
            options={MONTHS.map((value) => ({ value, label: names.monthName(value) }))}
          />
        </Form.Item>
      )}
      {kind === 'half_year' && (
        <Form.Item
          label={t('fields.half')}
          name="half"
          rules={[{ required: true, message: t('validation.halfRequired') }]}
        >
          <Select<number>
            style={{ width: 220 }}
            onChange={() => create.reset()}
            options={HALVES.map((value) => ({ value, label: names.halfName(value) }))}
          />
        </Form.Item>
      )}
      {existingId && (
        <Alert
          type="warning"
          showIcon
          data-testid="report-exists"
          title={asProblem(create.error)?.detail ?? t('create.exists')}
          action={
            <Button
              size="small"
              onClick={() => {
                onClose();
                void navigate(reportPath(existingId));
              }}
            >
              {t('create.openExisting')}
            </Button>
          }
        />
      )}
    </FormModal>
  );
}
