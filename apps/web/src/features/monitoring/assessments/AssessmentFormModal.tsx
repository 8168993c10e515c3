import { LIFE_DOMAIN_LABELS } from '@postcare/domain';
import {
  App,
  DatePicker,
  Flex,
  Form,
  Input,
  Radio,
  Tooltip,
  Typography,
  type FormInstance,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { asProblem } from '../../../shared/api/problem';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { FormModal } from '../../../shared/ui/FormModal';
import { useFormDraft } from '../../../shared/ui/useFormDraft';
import { DATE_FORMAT, formatDate, isoDate, pickerDate } from '../../graduates/format';
import { ScoreTag } from './ScoreTag';
import { useCorrectAssessment, useCreateAssessment, useGuidance } from './useAssessments';
import {
  LIFE_DOMAINS,
  LIMITS,
  SCORES,
  type Assessment,
  type Guidance,
  type LifeDomain,
} from '../vocabulary';

interface DomainValues {
  score?: number;
  note?: string;
  facts?: string;
}

interface AssessmentValues {
  assessedOn: Dayjs | null;
  reason?: string;
  scores: Partial<Record<LifeDomain, DomainValues>>;
}

type GuidanceTexts = Map<string, string>;
const guidanceKey = (domain: LifeDomain, score: number) => `${domain}:${score}`;

function guidanceTexts(items: Guidance[] | undefined): GuidanceTexts {
  return new Map(
    (items ?? []).map(({ domain, score, text }) => [guidanceKey(domain, score), text]),
  );
}

/**
 * The API names per-score problems by position (`scores.3.note`): put them under the field
 * of that domain (the scores are sent in the order of LIFE_DOMAINS).
 */
type FieldErrors = Parameters<FormInstance['setFields']>[0];

function applyAssessmentErrors(form: FormInstance, error: unknown): void {
  const problem = asProblem(error);
  const entries = Object.entries(problem?.errors ?? {});
  if (!problem || entries.length === 0) return;
  form.setFields(
    entries.flatMap(([name, messages]): FieldErrors => {
      const match = /^scores\.(\d+)\.(score|note|facts)$/.exec(name);
      const domain = match ? LIFE_DOMAINS[Number(match[1])] : undefined;
      if (match && domain) return [{ name: ['scores', domain, match[2]], errors: messages }];
      if (name === 'assessedOn' || name === 'reason') {
        return [
          { name, errors: entries.length === 1 && problem.detail ? [problem.detail] : messages },
        ];
      }
      // `scores` as a whole: the problem's detail above the buttons names what is missing.
      return [];
    }),
  );
}

/** One life domain: the 1–4 choice with what each score means, a note and the facts. */
function DomainScoreField({ domain, guidance }: { domain: LifeDomain; guidance: GuidanceTexts }) {
  const { t } = useTranslation('monitoring');
  const labelOf = useLabel();
  const form = Form.useFormInstance<AssessmentValues>();
  const score = Form.useWatch(['scores', domain, 'score'], form);
  const label = labelOf(LIFE_DOMAIN_LABELS, domain);
  const chosen = typeof score === 'number' ? guidance.get(guidanceKey(domain, score)) : undefined;

  return (
    <div
      role="group"
      aria-labelledby={`domain-${domain}-label`}
      data-testid={`domain-${domain}`}
      style={{ borderTop: '1px solid rgba(5, 5, 5, 0.06)', padding: '12px 0 4px' }}
    >
      <Flex gap={16} wrap>
        <div style={{ width: 190, flex: 'none', paddingTop: 5 }}>
          <Typography.Text strong id={`domain-${domain}-label`}>
            {label}
          </Typography.Text>
        </div>
        <Flex vertical gap={4} style={{ flex: 1, minWidth: 420 }}>
          <Form.Item
            name={['scores', domain, 'score']}
            rules={[{ required: true, message: t('assessment.scoreRequired', { domain: label }) }]}
            style={{ marginBottom: 4 }}
          >
            <Radio.Group optionType="button" buttonStyle="solid" aria-label={label}>
              {SCORES.map((value) => (
                <Tooltip
                  key={value}
                  title={guidance.get(guidanceKey(domain, value))}
                  mouseEnterDelay={0.4}
                >
                  <Radio.Button value={value}>
                    {value} · {t(`scores.${value}`)}
                  </Radio.Button>
                </Tooltip>
              ))}
            </Radio.Group>
          </Form.Item>
          <Typography.Text
            type="secondary"
            style={{ fontSize: 13, minHeight: 20 }}
            data-testid={`guidance-${domain}`}
            aria-live="polite"
          >
            {chosen ? (
              <>
                <ScoreTag score={score as number} /> {chosen}
              </>
            ) : (
              t('assessment.chooseScore')
            )}
          </Typography.Text>
          <Flex gap={12} wrap style={{ marginTop: 6 }}>
            <Form.Item
              name={['scores', domain, 'note']}
              style={{ flex: '1 1 220px', marginBottom: 8 }}
              rules={[
                {
                  max: LIMITS.scoreNote,
                  message: t('common.textLength', { max: LIMITS.scoreNote }),
                },
              ]}
            >
              <Input
                aria-label={`${label}: ${t('assessment.note')}`}
                placeholder={t('assessment.notePlaceholder')}
              />
            </Form.Item>
            <Form.Item
              name={['scores', domain, 'facts']}
              style={{ flex: '2 1 300px', marginBottom: 8 }}
              rules={[
                {
                  max: LIMITS.scoreFacts,
                  message: t('common.textLength', { max: LIMITS.scoreFacts }),
                },
              ]}
            >
              <Input.TextArea
                aria-label={`${label}: ${t('assessment.facts')}`}
                placeholder={t('assessment.factsPlaceholder')}
                autoSize={{ minRows: 1, maxRows: 4 }}
              />
            </Form.Item>
          </Flex>
        </Flex>
      </Flex>
    </div>
  );
}

/**
 * «Новая оценка» — all ten life domains on one screen — or the correction of an
 * assessment (a new revision, with the reason). The save answers the assessment with the
 * notices its scores call for; the tab offers them.
 */
export function AssessmentFormModal({
  graduateId,
  assessment,
  onClose,
  onSaved,
}: {
  graduateId: string;
  /** The assessment to correct; none for a new one. */
  assessment?: Assessment;
  onClose: () => void;
  onSaved?: (saved: Assessment) => void;
}) {
  const { t } = useTranslation('monitoring');
  const { message } = App.useApp();
  const [form] = Form.useForm<AssessmentValues>();
  const draft = useFormDraft(`assessment.${assessment?.id ?? `new.${graduateId}`}`, form);
  const today = useInstitutionToday();
  const guidance = useGuidance();
  const texts = useMemo(() => guidanceTexts(guidance.data), [guidance.data]);
  const create = useCreateAssessment();
  const correct = useCorrectAssessment();
  const mutation = assessment ? correct : create;

  const initialValues: AssessmentValues = assessment
    ? {
        assessedOn: pickerDate(assessment.assessedOn),
        scores: Object.fromEntries(
          assessment.scores.map(({ domain, score, note, facts }) => [
            domain,
            { score, note, facts },
          ]),
        ),
      }
    : { assessedOn: today, scores: {} };

  const submit = (values: AssessmentValues) => {
    if (!values.assessedOn) return;
    const scores = LIFE_DOMAINS.map((domain) => {
      const value = values.scores?.[domain] ?? {};
      return {
        domain,
        score: value.score ?? 0,
        note: value.note?.trim() ?? '',
        facts: value.facts?.trim() ?? '',
      };
    });
    const done = {
      onSuccess: (saved: Assessment) => {
        draft.clear();
        void message.success(t(assessment ? 'assessment.correctedMessage' : 'assessment.saved'));
        onSaved?.(saved);
        onClose();
      },
      onError: (error: unknown) => applyAssessmentErrors(form, error),
    };
    const assessedOn = isoDate(values.assessedOn);
    if (assessment) {
      correct.mutate(
        {
          params: { path: { graduateId, assessmentId: assessment.id } },
          body: {
            assessedOn,
            scores,
            revision: assessment.revision,
            reason: values.reason?.trim() ?? '',
          },
        },
        done,
      );
    } else {
      create.mutate({ params: { path: { graduateId } }, body: { assessedOn, scores } }, done);
    }
  };

  return (
    <FormModal<AssessmentValues>
      title={
        assessment
          ? t('assessment.correctTitle', { date: formatDate(assessment.assessedOn) })
          : t('assessment.formTitle')
      }
      okText={t(assessment ? 'assessment.submitCorrection' : 'assessment.submit')}
      form={form}
      width={1040}
      testId="assessment-form"
      draft={draft}
      initialValues={initialValues}
      submitting={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('assessment.formHint')}</Typography.Paragraph>
      <Flex gap={16} wrap align="start">
        <Form.Item
          label={t('assessment.assessedOn')}
          name="assessedOn"
          rules={[
            { required: true, message: t('assessment.assessedOnRequired') },
            {
              validator: (_, value: Dayjs | null) =>
                value?.isAfter(today, 'day')
                  ? Promise.reject(new Error(t('common.futureDate')))
                  : Promise.resolve(),
            },
          ]}
        >
          <DatePicker
            format={DATE_FORMAT}
            placeholder={t('common.datePlaceholder')}
            disabledDate={(day) => day.isAfter(today, 'day')}
            style={{ width: 180 }}
          />
        </Form.Item>
        {assessment && (
          <Form.Item
            label={t('assessment.reason')}
            name="reason"
            style={{ flex: 1, minWidth: 320 }}
            rules={[
              { required: true, whitespace: true, message: t('assessment.reasonRequired') },
              { max: LIMITS.reason, message: t('common.textLength', { max: LIMITS.reason }) },
            ]}
          >
            <Input placeholder={t('assessment.reasonPlaceholder')} />
          </Form.Item>
        )}
      </Flex>
      {LIFE_DOMAINS.map((domain) => (
        <DomainScoreField key={domain} domain={domain} guidance={texts} />
      ))}
    </FormModal>
  );
}
