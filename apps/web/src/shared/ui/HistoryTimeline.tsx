import type { Schemas } from '@postcare/api-client';
import { Timeline, Typography } from 'antd';
import { formatDateTime } from '../format/formatDateTime';

type Entry = Schemas['HistoryEntryDto'];

/** Transitions of a document (contract, plan), oldest first: when, who, what, why. */
export function HistoryTimeline({
  entries,
  describe,
  testId,
}: {
  entries: Entry[];
  /** What an entry did, e.g. «Подписан». */
  describe: (entry: Entry) => string;
  testId?: string;
}) {
  return (
    <Timeline
      data-testid={testId}
      items={entries.map((entry, index) => ({
        key: `${entry.at}-${index}`,
        color: index === entries.length - 1 ? 'blue' : 'gray',
        content: (
          <>
            <Typography.Text type="secondary">{formatDateTime(entry.at)} </Typography.Text>
            <Typography.Text strong>{describe(entry)}</Typography.Text>
            {entry.user && (
              <Typography.Text type="secondary"> · {entry.user.fullName}</Typography.Text>
            )}
            {entry.reason && <div>{entry.reason}</div>}
          </>
        ),
      }))}
    />
  );
}
