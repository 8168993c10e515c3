import type { Schemas } from '@postcare/api-client';
import { Button, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePermissions } from '../../../shared/auth/usePermissions';
// Curators provide the line naming the graduate's current volunteer curator.
import { GraduateCuratorLine } from '../../curators';
import { ConsentTag } from '../ConsentTag';
import { EligibilityMark } from '../EligibilityMark';
import { formatDate, fullName } from '../format';
import { GraduateStatusTag } from '../GraduateStatusTag';
import { editGraduatePath } from '../paths';
import { ArchiveGraduateModal } from './ArchiveGraduateModal';
import { ExtractButton } from '../extract/ExtractButton';
import { PageTitle } from '../../../shared/ui/PageTitle';

/** The name, the state of the file at a glance, and what can be done with it. */
export function GraduateHeader({ graduate }: { graduate: Schemas['GraduateDto'] }) {
  const { t } = useTranslation('graduates');
  const { can } = usePermissions();
  const navigate = useNavigate();
  const [archiving, setArchiving] = useState(false);
  const writable = can('graduates.write') && !graduate.archived;

  return (
    <Flex justify="space-between" align="start" wrap gap={16}>
      <Flex vertical gap={4}>
        <PageTitle style={{ margin: 0 }} data-testid="graduate-name">
          {fullName(graduate)}
        </PageTitle>
        <Typography.Text type="secondary">
          {t('card.born', { date: formatDate(graduate.birthDate), count: graduate.age })}
        </Typography.Text>
        <Space size={4} wrap>
          <GraduateStatusTag status={graduate.status} />
          <EligibilityMark eligible={graduate.eligibleToday} reason={graduate.eligibility.reason} />
          <ConsentTag consent={graduate.consent} />
          {graduate.archived && <Tag>{t('list.archived')}</Tag>}
        </Space>
        <GraduateCuratorLine graduateId={graduate.id} />
      </Flex>
      <Space wrap>
        <ExtractButton graduate={graduate} />
        {writable && (
          <Button type="primary" onClick={() => void navigate(editGraduatePath(graduate.id))}>
            {t('card.edit')}
          </Button>
        )}
        {writable && (
          <Button danger onClick={() => setArchiving(true)}>
            {t('archive.open')}
          </Button>
        )}
      </Space>
      {archiving && (
        <ArchiveGraduateModal graduate={graduate} onClose={() => setArchiving(false)} />
      )}
    </Flex>
  );
}
