import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { formatDate } from '../../graduates/format';
import { curatorPath } from '../paths';
import { useAssignments } from '../useAssignments';

/**
 * «Куратор: …» on a graduate's card: the volunteer assigned today, with a link to their
 * card; nothing when there is none, or for users who may not read curators.
 */
export function GraduateCuratorLine({ graduateId }: { graduateId: string }) {
  const { t } = useTranslation('curators');
  const { can } = usePermissions();
  const allowed = can('curators.read');
  const assignments = useAssignments({ graduateId, current: true }, { enabled: allowed });
  const current = assignments.data?.[0];
  if (!allowed || !current) return null;
  return (
    <Typography.Text data-testid="graduate-curator">
      <Typography.Text type="secondary">{t('graduateCard.curator')}: </Typography.Text>
      <Link to={curatorPath(current.curator.id)}>{current.curator.fullName}</Link>
      <Typography.Text type="secondary">
        {' '}
        {current.endsOn
          ? t('graduateCard.until', {
              from: formatDate(current.startsOn),
              to: formatDate(current.endsOn),
            })
          : t('graduateCard.since', { from: formatDate(current.startsOn) })}
      </Typography.Text>
    </Typography.Text>
  );
}
