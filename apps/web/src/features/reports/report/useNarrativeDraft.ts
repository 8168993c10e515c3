import { Form } from 'antd';
import { useEffect, useMemo } from 'react';
import { useFormDraft } from '../../../shared/ui/useFormDraft';
import { useUpdateReport } from '../useReportChanges';
import type { Report } from '../vocabulary';

export type NarrativeTexts = Record<string, string>;

/**
 * The author's free-text sections being written: the form, whether it differs from what
 * the API holds, and saving it on the report's `version` (a stale one is refused with 409;
 * the report is then read again and the form shows what is current).
 */
export function useNarrativeDraft(report: Report, editable: boolean) {
  const [form] = Form.useForm<NarrativeTexts>();
  const update = useUpdateReport();
  const saved = useMemo(
    () => Object.fromEntries(report.narrative.map((section) => [section.key, section.text])),
    [report.narrative],
  );
  const watched = Form.useWatch((values: NarrativeTexts) => values, form);
  const dirty = report.narrative.some(
    (section) => (watched?.[section.key] ?? section.text) !== section.text,
  );

  // A new version (saved here, or changed elsewhere) replaces what the form shows.
  useEffect(() => {
    if (editable) form.setFieldsValue(saved);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, editable, report.id, report.version]);
  // What is typed and not saved stays in the tab's session (after the effect above, so a
  // restored text wins over the saved one as the page opens).
  const typed = useFormDraft(`report.${report.id}`, form, { enabled: editable });

  /** Saves the sections if they changed; resolves to the report to go on with. */
  const save = async (): Promise<Report> => {
    const values = await form.validateFields();
    if (!dirty) return report;
    const updated = await update.mutateAsync({
      params: { path: { id: report.id } },
      body: { version: report.version, narrative: values },
    });
    typed.clear();
    return updated;
  };

  return {
    form,
    initialValues: saved,
    dirty,
    save,
    saving: update.isPending,
    error: update.error,
    /** Keeps the typed text in the session draft (the form's onValuesChange). */
    remember: typed.save,
    /** «Восстановлен черновик» with a way to throw it away. */
    notice: typed.notice,
  };
}

export type NarrativeDraft = ReturnType<typeof useNarrativeDraft>;
