import { App, Form, Modal, type FormInstance } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './ProblemAlert';
import type { FormDraft } from './useFormDraft';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

interface FormModalProps<Values> {
  title: string;
  okText: string;
  form: FormInstance<Values>;
  initialValues?: Partial<Values>;
  submitting: boolean;
  /** The failure of the last submit, shown above the buttons. */
  error: unknown;
  onSubmit: (values: Values) => void;
  onClose: () => void;
  children: ReactNode;
  /** Wider dialogs for longer forms (default 520). */
  width?: number;
  /** Marks the form for browser tests. */
  testId?: string;
  /** A dangerous action (ending, discarding): the button says so. */
  danger?: boolean;
  /**
   * A long form keeps what is typed in the tab's session (`useFormDraft`); the caller
   * clears it once the save succeeded.
   */
  draft?: FormDraft;
}

/**
 * A dialog holding one form: validates, submits, and shows what the API refused. Typed
 * input is never lost by a slip: closing the dialog, another page of the menu or a reload
 * ask first while anything was typed (and not while it is being saved).
 */
export function FormModal<Values>(props: FormModalProps<Values>) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { form, error, draft } = props;
  const [touched, setTouched] = useState(false);
  const dirty = touched || Boolean(draft?.restored);
  const guarded = dirty && !props.submitting;
  // The router keeps one blocker: a dialog registers its own only while it has input.
  const { guard } = useUnsavedChangesGuard(guarded, guarded);

  // A restored draft fills the form as it opens (the dialog's form mounts after its parent).
  const initialValues = draft?.restored
    ? { ...props.initialValues, ...draft.values }
    : props.initialValues;
  useDiscardedDraft(draft, () => {
    const emptied = Object.fromEntries(
      Object.keys(draft?.values ?? {}).map((key) => [key, undefined]),
    );
    form.setFieldsValue({ ...emptied, ...props.initialValues } as never);
    setTouched(false);
  });

  const close = () => {
    if (!dirty) return props.onClose();
    modal.confirm({
      title: t('unsaved.closeTitle'),
      content: t('unsaved.closeBody'),
      okText: t('unsaved.closeDiscard'),
      cancelText: t('unsaved.closeKeep'),
      okButtonProps: { danger: true },
      onOk: () => {
        draft?.clear();
        props.onClose();
      },
    });
  };

  return (
    <Modal
      open
      title={props.title}
      okText={props.okText}
      cancelText={t('common.cancel')}
      confirmLoading={props.submitting}
      width={props.width}
      okButtonProps={props.danger ? { danger: true } : undefined}
      mask={{ closable: false }}
      destroyOnHidden
      onOk={() => form.submit()}
      onCancel={close}
    >
      {guard}
      {draft?.notice && <div style={{ marginBottom: 16 }}>{draft.notice}</div>}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues as Partial<Values>}
        onFinish={props.onSubmit}
        onValuesChange={() => {
          setTouched(true);
          draft?.save();
        }}
        data-testid={props.testId}
      >
        {props.children}
        {Boolean(error) && <ProblemAlert error={error} />}
      </Form>
    </Modal>
  );
}

/** Calls `onDiscard` when the restored draft is thrown away («Удалить черновик»). */
function useDiscardedDraft(draft: FormDraft | undefined, onDiscard: () => void) {
  const restored = Boolean(draft?.restored);
  const wasRestored = useRef(restored);
  const callback = useRef(onDiscard);
  useEffect(() => {
    callback.current = onDiscard;
  });
  useEffect(() => {
    if (wasRestored.current && !restored) callback.current();
    wasRestored.current = restored;
  }, [restored]);
}
