import { Col, Flex, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import { useTranslation } from 'react-i18next';
import { PageSpinner } from '../../shared/ui/PageSpinner';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { CaseloadTable } from './CaseloadTable';
import { TopicCard } from './TopicCard';
import { topicsOf } from './topics';
import { useMyWork } from './useMyWork';
import { PageTitle } from '../../shared/ui/PageTitle';

dayjs.extend(localizedFormat);

/**
 * «Моя работа»: what waits today, by topic, each count opening the list that shows it.
 * A specialist sees their own work and the intake queue; a head and a supervisor the
 * institution, a head also what waits for approval and the specialists' caseload.
 */
export function MyWorkPage() {
  const { t } = useTranslation('myWork');
  const { data, error, isPending } = useMyWork();

  return (
    <Flex vertical gap={16} data-testid="my-work-page">
      <Flex vertical gap={4}>
        <PageTitle style={{ margin: 0 }}>{t('title')}</PageTitle>
        {data && (
          <Typography.Text type="secondary">
            {t(`subtitle.${data.scope}`, { date: dayjs(data.today).format('LL') })}
          </Typography.Text>
        )}
      </Flex>
      <ProblemAlert error={error} />
      {isPending && !error && <PageSpinner />}
      {data && (
        <>
          <Row gutter={[16, 16]}>
            {topicsOf(data).map((topic) => (
              <Col key={topic.key} xs={24} md={12} xl={8}>
                <TopicCard topic={topic} />
              </Col>
            ))}
          </Row>
          {data.caseload && <CaseloadTable rows={data.caseload} />}
        </>
      )}
    </Flex>
  );
}
