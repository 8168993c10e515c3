import { Alert, Button, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/useCurrentUser';

const PREFIX = 'postcare.draft';

/** How JSON writes a Dayjs value (its toISOString). */
const SERIALIZED_DAYJS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Values are stored as JSON: Dayjs values become ISO strings and come back as Dayjs — the
 * named `dateFields`, and any value anywhere (a list of goals, a nested group) written the
 * way JSON writes a Dayjs, which nothing a person types looks like.
 */
function revive(value: unknown, dateFields: readonly string[], field?: string): unknown {
  if (typeof value === 'string' && value) {
    return SERIALIZED_DAYJS.test(value) || (field && dateFields.includes(field))
      ? dayjs(value)
      : value;
  }
  if (Array.isArray(value)) return value.map((item) => revive(item, dateFields));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, revive(item, dateFields, key)]),
    );
  }
  return value;
}

export interface FormDraft {
  /** The values restored from the draft, if there was one. */
  values: Record<string, unknown> | null;
  /** Call from the form's onValuesChange. */
  save: () => void;
  clear: () => void;
  restored: boolean;
  notice: ReactNode;
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
): FormDraft {
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
      return revive(JSON.parse(raw), dateFields) as Record<string, unknown>;
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
