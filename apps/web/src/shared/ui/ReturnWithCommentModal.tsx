import { App, Form, Input } from 'antd';
import { applyFieldErrors } from './applyFieldErrors';
import { FormModal } from './FormModal';

interface CommentValues {
  comment?: string;
}

interface ReturnWithCommentModalProps {
  title: string;
  okText: string;
  label: string;
  placeholder: string;
  /** Shown when the comment is left empty: a return always says what to change. */
  requiredMessage: string;
  lengthMessage: string;
  maxLength: number;
  /** The success toast. */
  doneMessage: string;
  testId: string;
  submitting: boolean;
  error: unknown;
  /** Sends the trimmed comment (a mutation's `mutateAsync`); a refusal stays in the dialog. */
  onReturn: (comment: string) => Promise<unknown>;
  onClose: () => void;
}

/**
 * «Вернуть на доработку» for whatever the next level reviews (plans, work plans, reports):
 * a required comment, sent with the record's version.
 */
export function ReturnWithCommentModal(props: ReturnWithCommentModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<CommentValues>();

  const submit = async ({ comment }: CommentValues) => {
    const text = comment?.trim();
    if (!text) return;
    try {
      await props.onReturn(text);
      void message.success(props.doneMessage);
      props.onClose();
    } catch (error) {
      applyFieldErrors(form, error);
    }
  };

  return (
    <FormModal<CommentValues>
      title={props.title}
      okText={props.okText}
      danger
      form={form}
      testId={props.testId}
      submitting={props.submitting}
      error={props.error}
      onSubmit={(values) => void submit(values)}
      onClose={props.onClose}
    >
      <Form.Item
        label={props.label}
        name="comment"
        rules={[
          { required: true, whitespace: true, message: props.requiredMessage },
          { max: props.maxLength, message: props.lengthMessage },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} placeholder={props.placeholder} />
      </Form.Item>
    </FormModal>
  );
}
