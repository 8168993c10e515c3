import { App, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { ReturnWithCommentModal } from '../../../shared/ui/ReturnWithCommentModal';
import { DATE_FORMAT, isoDate } from '../../graduates/format';
import { useApprovePlan, useReturnPlan } from '../usePlanChanges';
import { LIMITS, REVIEW_MONTHS, type Plan } from '../vocabulary';

interface ApproveValues {
  nextReviewOn: Dayjs | null;
  comment?: string;
}

/** «Утвердить» (heads): the plan is reviewed again by the chosen day, at most 6 months ahead. */
export function ApprovePlanModal({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const { t } = useTranslation('plans');
  const { message } = App.useApp();
  const [form] = Form.useForm<ApproveValues>();
  const today = useInstitutionToday();
  const latest = today.add(REVIEW_MONTHS, 'month');
  const approve = useApprovePlan();
  const outOfRange = (day: Dayjs) => day.isBefore(today, 'day') || day.isAfter(latest, 'day');

  const submit = ({ nextReviewOn, comment }: ApproveValues) =>
    approve.mutate(
      {
        params: { path: { id: plan.id } },
        body: {
          version: plan.version,
          nextReviewOn: nextReviewOn ? isoDate(nextReviewOn) : undefined,
          comment: comment?.trim() || undefined,
        },
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
    <FormModal<ApproveValues>
      title={t('review.approveTitle', { number: plan.contractNumber })}
      okText={t('review.approve')}
      form={form}
      testId="approve-plan-form"
      initialValues={{ nextReviewOn: latest }}
      submitting={approve.isPending}
      error={approve.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        label={t('fields.nextReviewOn')}
        name="nextReviewOn"
        extra={t('review.nextReviewHint')}
        rules={[
          { required: true, message: t('validation.nextReviewRequired') },
          {
            validator: (_, value: Dayjs | null) =>
              value && outOfRange(value)
                ? Promise.reject(new Error(t('validation.nextReviewRange')))
                : Promise.resolve(),
          },
        ]}
      >
        <DatePicker
          format={DATE_FORMAT}
          placeholder={t('form.datePlaceholder')}
          disabledDate={outOfRange}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item
        label={t('fields.comment')}
        name="comment"
        rules={[
          { max: LIMITS.comment, message: t('validation.textLength', { max: LIMITS.comment }) },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}

/** «Вернуть на доработку» (heads): the specialist sees what to change. */
export function ReturnPlanModal({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const { t } = useTranslation('plans');
  const returnPlan = useReturnPlan();
  return (
    <ReturnWithCommentModal
      title={t('review.returnTitle', { number: plan.contractNumber })}
      okText={t('review.return')}
      label={t('review.returnComment')}
      placeholder={t('review.returnPlaceholder')}
      requiredMessage={t('validation.commentRequired')}
      lengthMessage={t('validation.textLength', { max: LIMITS.comment })}
      maxLength={LIMITS.comment}
      doneMessage={t('review.returned')}
      testId="return-plan-form"
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
