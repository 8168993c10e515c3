import { Alert, Button, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/useCurrentUser';

const PREFIX = 'postcare.draft';

/** Values are stored as JSON: Dayjs values become ISO strings and come back as Dayjs. */
function revive(values: Record<string, unknown>, dateFields: readonly string[]) {
  const revived = { ...values };
  for (const field of dateFields) {
    const value = revived[field];
    if (typeof value === 'string' && value) revived[field] = dayjs(value);
  }
  return revived;
}

/**
 * Keeps what is typed into a long form in this tab's sessionStorage (gone when the tab is
 * closed), so a reload or a slip of the mouse loses nothing. The draft is restored when the
 * form opens again, with a notice and a way to throw it away; `clear()` after a save.
 * Keyed by the signed-in user, so a colleague at the same computer never sees it.
 */
export function useFormDraft<Values>(
  name: string,
  form: FormInstance<Values>,
  options: { dateFields?: readonly string[]; omit?: readonly string[]; enabled?: boolean } = {},
): {
  /** The values restored from the draft, if there was one. */
  values: Record<string, unknown> | null;
  /** Call from the form's onValuesChange. */
  save: () => void;
  clear: () => void;
  restored: boolean;
  notice: ReactNode;
} {
  const { t } = useTranslation();
  const userId = useCurrentUser().data?.id;
  const enabled = (options.enabled ?? true) && !!userId;
  const key = `${PREFIX}.${userId}.${name}`;
  const dateFields = options.dateFields ?? [];
  // Read once, as the form opens (the signed-in user is known by then).
  const [draft] = useState(() => {
    const raw = enabled ? sessionStorage.getItem(key) : null;
    if (!raw) return null;
    try {
      return revive(JSON.parse(raw) as Record<string, unknown>, dateFields);
    } catch {
      sessionStorage.removeItem(key);
      return null;
    }
  });
  const [restored, setRestored] = useState(draft !== null);

  useEffect(() => {
    if (draft) form.setFieldsValue(draft as never);
  }, [draft, form]);

  const omitList = (options.omit ?? []).join();
  const save = useCallback(() => {
    if (!enabled) return;
    const values = { ...(form.getFieldsValue(true) as Record<string, unknown>) };
    for (const field of omitList.split(',')) delete values[field];
    sessionStorage.setItem(key, JSON.stringify(values));
  }, [enabled, key, form, omitList]);

  const clear = useCallback(() => {
    sessionStorage.removeItem(key);
    setRestored(false);
  }, [key]);

  const notice = restored ? (
    <Alert
      type="info"
      showIcon
      title={t('unsaved.draftRestored')}
      description={t('unsaved.draftRestoredHint')}
      data-testid="draft-restored"
      action={
        <Button
          size="small"
          onClick={() => {
            clear();
            form.resetFields();
          }}
        >
          {t('unsaved.discardDraft')}
        </Button>
      }
    />
  ) : null;

  return { values: draft, save, clear, restored, notice };
}
