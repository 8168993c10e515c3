import { App, Button, Popconfirm, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { useProblemNotice } from '../../../shared/ui/useProblemNotice';
import { useApproveCurator, useResumeCurator } from '../useCurators';
import { ACCOUNT_FROM, STEP_FROM, missingDocuments, type Curator } from '../vocabulary';
import { AccountModal } from './AccountModal';
import { CuratorFormModal } from './CuratorFormModal';
import { StepReasonModal } from './StepReasonModal';

type Dialog = 'edit' | 'account' | 'pause' | 'leave' | null;

/**
 * What can be done with the curator now: by status (the API's lifecycle) and by
 * permission — «Утвердить» and «Выдать учётную запись» only for the head
 * (`curators.approve`), the rest with `curators.write`. A curator who left has none.
 */
export function CuratorActions({ curator }: { curator: Curator }) {
  const { t } = useTranslation('curators');
  const { message } = App.useApp();
  const notifyProblem = useProblemNotice();
  const { can } = usePermissions();
  const approve = useApproveCurator();
  const resume = useResumeCurator();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const writable = can('curators.write');
  const head = can('curators.approve');
  const { status } = curator;

  const run = async (mutation: typeof approve | typeof resume, done: string) => {
    try {
      await mutation.mutateAsync({
        params: { path: { id: curator.id } },
        body: { version: curator.version },
      });
      void message.success(done);
    } catch (error) {
      notifyProblem(error);
    }
  };

  const showApprove = head && (status === 'candidate' || STEP_FROM.approve.includes(status));
  // Why «Утвердить» cannot be pressed yet (the card names the missing documents).
  const blocker =
    status === 'candidate'
      ? t('steps.approve.notTrained')
      : missingDocuments(curator).length
        ? t('steps.approve.documentsMissing')
        : null;
  const buttons = [
    writable && status !== 'left' && (
      <Button key="edit" onClick={() => setDialog('edit')}>
        {t('actions.edit')}
      </Button>
    ),
    showApprove && (
      <Tooltip key="approve" title={blocker}>
        <Popconfirm
          title={t('steps.approve.confirm', { name: curator.fullName })}
          description={t('steps.approve.confirmText')}
          okText={t('steps.approve.submit')}
          cancelText={t('common.cancel')}
          disabled={Boolean(blocker)}
          onConfirm={() => run(approve, t('steps.approve.done'))}
        >
          <Button type="primary" disabled={Boolean(blocker)} loading={approve.isPending}>
            {t('actions.approve')}
          </Button>
        </Popconfirm>
      </Tooltip>
    ),
    head && !curator.account && ACCOUNT_FROM.includes(status) && (
      <Button key="account" type="primary" onClick={() => setDialog('account')}>
        {t('actions.account')}
      </Button>
    ),
    writable && STEP_FROM.pause.includes(status) && (
      <Button key="pause" onClick={() => setDialog('pause')}>
        {t('actions.pause')}
      </Button>
    ),
    writable && STEP_FROM.resume.includes(status) && (
      <Popconfirm
        key="resume"
        title={t('steps.resume.confirm', { name: curator.fullName })}
        okText={t('steps.resume.submit')}
        cancelText={t('common.cancel')}
        onConfirm={() => run(resume, t('steps.resume.done'))}
      >
        <Button loading={resume.isPending}>{t('actions.resume')}</Button>
      </Popconfirm>
    ),
    writable && STEP_FROM.leave.includes(status) && (
      <Button key="leave" danger onClick={() => setDialog('leave')}>
        {t('actions.leave')}
      </Button>
    ),
  ].filter(Boolean);

  if (!buttons.length) return null;
  return (
    <>
      <Space wrap data-testid="curator-actions">
        {buttons}
      </Space>
      {dialog === 'edit' && <CuratorFormModal curatorId={curator.id} onClose={close} />}
      {dialog === 'account' && <AccountModal curator={curator} onClose={close} />}
      {(dialog === 'pause' || dialog === 'leave') && (
        <StepReasonModal curator={curator} step={dialog} onClose={close} />
      )}
    </>
  );
}
