import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { ReturnWithCommentModal } from '../../../shared/ui/ReturnWithCommentModal';
import { usePlanNames } from '../usePlanNames';
import { useApproveWorkPlan, useReturnWorkPlan } from '../useWorkPlanChanges';
import { LIMITS, type WorkPlan } from '../vocabulary';

interface ReviewValues {
  comment?: string;
}

/** «Утвердить» (heads): from now on only the marks of the items change. */
export function ApproveWorkPlanModal({ plan, onClose }: { plan: WorkPlan; onClose: () => void }) {
  const { t } = useTranslation('workPlans');
  const { message } = App.useApp();
  const names = usePlanNames();
  const [form] = Form.useForm<ReviewValues>();
  const approve = useApproveWorkPlan();

  const submit = ({ comment }: ReviewValues) =>
    approve.mutate(
      {
        params: { path: { id: plan.id } },
        body: { version: plan.version, comment: comment?.trim() || undefined },
      },
      {
        onSuccess: () => {
          void message.success(t('review.approved'));
          onClose();
        },
        onError: (error) => applyFieldErrors(form, error),
      },
    );

  return (
    <FormModal<ReviewValues>
      title={t('review.approveTitle', { title: names.title(plan) })}
      okText={t('review.approve')}
      form={form}
      testId="approve-work-plan-form"
      submitting={approve.isPending}
      error={approve.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        label={t('fields.comment')}
        name="comment"
        extra={t('review.approveHint')}
        rules={[
          { max: LIMITS.comment, message: t('validation.textLength', { max: LIMITS.comment }) },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}

/** «Вернуть на доработку» (heads): the comment says what to change. */
export function ReturnWorkPlanModal({ plan, onClose }: { plan: WorkPlan; onClose: () => void }) {
  const { t } = useTranslation('workPlans');
  const names = usePlanNames();
  const returnPlan = useReturnWorkPlan();
  return (
    <ReturnWithCommentModal
      title={t('review.returnTitle', { title: names.title(plan) })}
      okText={t('review.return')}
      label={t('review.returnComment')}
      placeholder={t('review.returnPlaceholder')}
      requiredMessage={t('validation.commentRequired')}
      lengthMessage={t('validation.textLength', { max: LIMITS.comment })}
      maxLength={LIMITS.comment}
      doneMessage={t('review.returned')}
      testId="return-work-plan-form"
      submitting={returnPlan.isPending}
      error={returnPlan.error}
      onReturn={(comment) =>
        returnPlan.mutateAsync({
          params: { path: { id: plan.id } },
          body: { version: plan.version, comment },
        })
      }
      onClose={onClose}
    />
  );
}
