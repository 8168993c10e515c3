import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../shared/ui/applyFieldErrors';
import { FormModal } from '../../../shared/ui/FormModal';
import { useAddSection, useUpdateSection } from '../useWorkPlanChanges';
import { LIMITS, type WorkPlan, type WorkPlanSection } from '../vocabulary';

interface SectionValues {
  title?: string;
}

/** Adds a section at the end of a plan, or renames one. */
export function SectionFormModal({
  plan,
  section,
  onClose,
}: {
  plan: WorkPlan;
  section?: WorkPlanSection;
  onClose: () => void;
}) {
  const { t } = useTranslation('workPlans');
  const { message } = App.useApp();
  const [form] = Form.useForm<SectionValues>();
  const add = useAddSection();
  const update = useUpdateSection();
  const mutation = section ? update : add;

  const submit = ({ title }: SectionValues) => {
    if (!title?.trim()) return;
    const body = { version: plan.version, title: title.trim() };
    const done = {
      onSuccess: () => {
        void message.success(t(section ? 'sections.saved' : 'sections.added'));
        onClose();
      },
      onError: (error: unknown) => applyFieldErrors(form, error),
    };
    if (section)
      update.mutate({ params: { path: { planId: plan.id, sectionId: section.id } }, body }, done);
    else add.mutate({ params: { path: { planId: plan.id } }, body }, done);
  };

  return (
    <FormModal<SectionValues>
      title={t(section ? 'sections.editTitle' : 'sections.addTitle')}
      okText={t(section ? 'actions.save' : 'sections.add')}
      form={form}
      testId="section-form"
      initialValues={{ title: section?.title }}
      submitting={mutation.isPending}
      error={mutation.error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        label={t('fields.sectionTitle')}
        name="title"
        rules={[
          { required: true, whitespace: true, message: t('validation.sectionTitleRequired') },
          {
            max: LIMITS.sectionTitle,
            message: t('validation.textLength', { max: LIMITS.sectionTitle }),
          },
        ]}
      >
        <Input placeholder={t('sections.titlePlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
