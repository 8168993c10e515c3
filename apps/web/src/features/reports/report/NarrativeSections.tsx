import { App, Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { useUnsavedChangesGuard } from '../../../shared/ui/useUnsavedChangesGuard';
import { LIMITS, type NarrativeSection } from '../vocabulary';
import type { NarrativeDraft } from './useNarrativeDraft';

/** The sections as written, for everyone but the author of a report still being written. */
export function NarrativeText({ sections }: { sections: NarrativeSection[] }) {
  const { t } = useTranslation('reports');
  return (
    <Flex vertical gap={12} data-testid="report-narrative">
      {sections.map((section) => (
        <div key={section.key} data-testid={`narrative-${section.key}`}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {section.title}
          </Typography.Title>
          {section.text ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
              {section.text}
            </Typography.Paragraph>
          ) : (
            <Typography.Text type="secondary">{t('narrative.empty')}</Typography.Text>
          )}
        </div>
      ))}
    </Flex>
  );
}

/** The author writes each section in its own field and saves them together. */
export function NarrativeForm({
  sections,
  draft,
}: {
  sections: NarrativeSection[];
  draft: NarrativeDraft;
}) {
  const { t } = useTranslation('reports');
  const { message } = App.useApp();
  const { guard } = useUnsavedChangesGuard(draft.dirty && !draft.saving);

  const save = () =>
    draft
      .save()
      .then(() => void message.success(t('narrative.saved')))
      // Shown below the form (ProblemAlert), or under the fields by the form itself.
      .catch(() => undefined);

  return (
    <Form<Record<string, string>>
      form={draft.form}
      layout="vertical"
      initialValues={draft.initialValues}
      data-testid="report-narrative"
      onValuesChange={draft.remember}
    >
      {guard}
      {draft.notice && <div style={{ marginBottom: 16 }}>{draft.notice}</div>}
      {sections.map((section) => (
        <Form.Item
          key={section.key}
          label={section.title}
          name={section.key}
          rules={[
            {
              max: LIMITS.section,
              message: t('validation.textLength', { max: LIMITS.section }),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 16 }} />
        </Form.Item>
      ))}
      <Flex vertical gap={12}>
        <ProblemAlert error={draft.error} />
        <div>
          <Button disabled={!draft.dirty} loading={draft.saving} onClick={() => void save()}>
            {t('narrative.save')}
          </Button>
        </div>
      </Flex>
    </Form>
  );
}
