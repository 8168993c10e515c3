import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { formatDate } from '../../graduates/format';
import { ActivityCounts } from '../ActivityCounts';
import { MY_GRADUATES_PATH } from '../paths';
import { ReachLinks } from '../ReachLinks';
import { useMyGraduate } from '../usePortal';
import { ContactFormModal } from './ContactFormModal';
import { MyActivities } from './MyActivities';
import { MyContactLog } from './MyContactLog';
import { PageTitle } from '../../../shared/ui/PageTitle';

/**
 * One graduate assigned to the curator: how to reach them, the goal of the help, the plan
 * activities given to the curator (marked done here), and the curator's own contact log
 * with «Записать контакт». A graduate no longer assigned answers 404: the page says so.
 */
export function MyGraduatePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('curatorPortal');
  const graduate = useMyGraduate(id);
  const [adding, setAdding] = useState(false);
  const data = graduate.data;

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, width: '100%' }} data-testid="my-graduate-page">
      <Link to={MY_GRADUATES_PATH} style={{ padding: '8px 0' }}>
        ← {t('graduate.back')}
      </Link>
      <ProblemAlert error={graduate.error} />
      {!data ? (
        !graduate.error && <Skeleton active />
      ) : (
        <>
          <Card styles={{ body: { padding: 16 } }}>
            <Flex vertical gap={12}>
              <div>
                <PageTitle style={{ margin: 0 }} data-testid="my-graduate-name">
                  {data.fullName}
                </PageTitle>
                <Typography.Text type="secondary">
                  {t('graduate.age', { count: data.age })}
                </Typography.Text>
              </div>
              <ActivityCounts graduate={data} />
              <div>
                <Typography.Text type="secondary">{t('graduate.goal')}: </Typography.Text>
                <Typography.Text style={{ whiteSpace: 'pre-line' }}>
                  {data.assignment.goal}
                </Typography.Text>
              </div>
              <Typography.Text type="secondary">
                {data.assignment.endsOn
                  ? t('graduate.periodClosed', {
                      from: formatDate(data.assignment.startsOn),
                      date: formatDate(data.assignment.endsOn),
                    })
                  : t('graduate.periodOpen', { from: formatDate(data.assignment.startsOn) })}
              </Typography.Text>
              {data.specialist && (
                <Typography.Text>
                  <Typography.Text type="secondary">{t('graduate.specialist')}: </Typography.Text>
                  {data.specialist}
                </Typography.Text>
              )}
              <ReachLinks graduate={data} />
            </Flex>
          </Card>
          <section>
            <Typography.Title level={4}>{t('activities.title')}</Typography.Title>
            <MyActivities activities={data.activities} />
          </section>
          <section>
            <Flex vertical gap={12}>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('contacts.title')}
              </Typography.Title>
              <Button type="primary" size="large" block onClick={() => setAdding(true)}>
                {t('contacts.add')}
              </Button>
              <MyContactLog graduateId={data.id} activities={data.activities} />
            </Flex>
          </section>
          {adding && (
            <ContactFormModal
              graduateId={data.id}
              activities={data.activities}
              onClose={() => setAdding(false)}
            />
          )}
        </>
      )}
    </Flex>
  );
}
