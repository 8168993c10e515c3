import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { AppealDrawer } from './appeal/AppealDrawer';
import { AppealsTable } from './appeal/AppealsTable';
import { useAppeals } from './appeal/useAppeals';
import { journalOf } from './paths';
import { RegisterAppealButton } from './RegisterAppealButton';

/** The «Обращения» tab of a graduate's card: every appeal of the person, newest first. */
export function GraduateAppealsTab({ graduateId }: { graduateId: string }) {
  const { t } = useTranslation('appeals');
  const navigate = useNavigate();
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const [openId, setOpenId] = useState<string | null>(null);
  const appeals = useAppeals({ graduateId, ...paging });

  return (
    <Flex vertical gap={12} data-testid="graduate-appeals">
      <Flex justify="end" gap={8} wrap>
        <Button onClick={() => void navigate(journalOf(graduateId))}>
          {t('graduateTabs.openInJournal')}
        </Button>
        <RegisterAppealButton graduateId={graduateId} />
      </Flex>
      <ProblemAlert error={appeals.error} />
      <AppealsTable
        page={appeals.data}
        loading={appeals.isFetching}
        onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
        onOpen={setOpenId}
        showGraduate={false}
      />
      {openId && <AppealDrawer id={openId} onClose={() => setOpenId(null)} />}
    </Flex>
  );
}
