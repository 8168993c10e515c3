import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../graduates/format';
import { ActivityCounts } from '../ActivityCounts';
import { myGraduatePath } from '../paths';
import { ReachLinks } from '../ReachLinks';
import type { MyGraduate } from '../vocabulary';

/** One graduate on the curator's home: who, how to reach them, why, what is to be done. */
export function MyGraduateCard({ graduate }: { graduate: MyGraduate }) {
  const { t } = useTranslation('curatorPortal');
  const { assignment } = graduate;
  return (
    <Card data-testid="my-graduate" styles={{ body: { padding: 16 } }}>
      <Flex vertical gap={12}>
        <Flex vertical gap={0}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="my-graduate-name">
            <Link to={myGraduatePath(graduate.id)}>{graduate.fullName}</Link>
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('graduate.age', { count: graduate.age })}
          </Typography.Text>
        </Flex>
        <ActivityCounts graduate={graduate} />
        <div>
          <Typography.Text type="secondary">{t('graduate.goal')}: </Typography.Text>
          <Typography.Text style={{ whiteSpace: 'pre-line' }}>{assignment.goal}</Typography.Text>
          {assignment.endsOn && (
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {t('graduate.accessUntil', { date: formatDate(assignment.endsOn) })}
            </Typography.Text>
          )}
        </div>
        <ReachLinks graduate={graduate} />
        <Link to={myGraduatePath(graduate.id)}>
          <Button type="primary" size="large" block>
            {t('home.openCard')}
          </Button>
        </Link>
      </Flex>
    </Card>
  );
}
