import { Card, Divider } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { CountLink } from './CountLink';
import type { Topic } from './topics';

/** One topic's counts (Обращения, Планы, …), each opening its list. */
export function TopicCard({ topic }: { topic: Topic }) {
  const { t } = useTranslation('myWork');
  return (
    <Card
      size="small"
      title={t(`topics.${topic.key}`)}
      style={{ height: '100%' }}
      data-testid={`my-work-topic-${topic.key}`}
    >
      {topic.items.map((item, index) => (
        <Fragment key={item.key}>
          {index > 0 && <Divider style={{ margin: 0 }} />}
          <CountLink
            label={t(`counts.${item.key}`)}
            count={item.count}
            overdue={item.overdue}
            testId={`my-work-${item.key}`}
          />
        </Fragment>
      ))}
    </Card>
  );
}
