import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './ProblemAlert';

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
}

/** A dialog holding one form: validates, submits, and shows what the API refused. */
export function FormModal<Values>(props: FormModalProps<Values>) {
  const { t } = useTranslation();
  const { form, error } = props;
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
      onCancel={props.onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={props.initialValues}
        onFinish={props.onSubmit}
        data-testid={props.testId}
      >
        {props.children}
        {Boolean(error) && <ProblemAlert error={error} />}
      </Form>
    </Modal>
  );
}
