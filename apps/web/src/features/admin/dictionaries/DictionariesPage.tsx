import type { Schemas } from '@postcare/api-client';
import { Button, Flex, Space, Table, Tabs, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { DictionaryEntryModal } from './DictionaryEntryModal';
import {
  useDictionaryChanges,
  useDictionaryEntries,
  type DictionaryPathKind,
} from './useDictionaryAdmin';

type Entry = Schemas['DictionaryEntryDto'];
const KINDS: DictionaryPathKind[] = ['problem', 'service-kind'];

/** «Справочники»: the lists staff choose from; entries are renamed, reordered and retired, never deleted. */
export function DictionariesPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DictionaryPathKind>('problem');
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
        {t('dictionaries.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('dictionaries.intro')}
      </Typography.Paragraph>
      <Tabs
        activeKey={kind}
        onChange={(key) => setKind(key as DictionaryPathKind)}
        items={KINDS.map((key) => ({
          key,
          label: t(`dictionaries.kinds.${key}`),
          children: <DictionaryList kind={key} />,
        }))}
      />
    </Flex>
  );
}

function DictionaryList({ kind }: { kind: DictionaryPathKind }) {
  const { t } = useTranslation();
  const entries = useDictionaryEntries(kind);
  const changes = useDictionaryChanges();
  const [editing, setEditing] = useState<Entry | 'new' | null>(null);
  const rows = entries.data ?? [];
  const nextSortOrder = rows.reduce((max, e) => Math.max(max, e.sortOrder), 0) + 10;
  const busy = changes.update.isPending || changes.retire.isPending || changes.restore.isPending;

  /** Moves an entry one place up or down by swapping its position with the neighbour's. */
  const move = async (index: number, step: -1 | 1) => {
    const [a, b] = [rows[index], rows[index + step]];
    if (!a || !b) return;
    // Equal positions (then ordered by name) cannot be swapped: the lower one moves past the other.
    const tie = a.sortOrder === b.sortOrder;
    const [first, second] = !tie
      ? [b.sortOrder, a.sortOrder]
      : step === 1
        ? [a.sortOrder + 1, b.sortOrder]
        : [a.sortOrder, b.sortOrder + 1];
    await changes.update.mutateAsync({
      params: { path: { kind, id: a.id } },
      body: { version: a.version, sortOrder: first },
    });
    await changes.update.mutateAsync({
      params: { path: { kind, id: b.id } },
      body: { version: b.version, sortOrder: second },
    });
  };

  const columns: TableProps<Entry>['columns'] = [
    {
      title: t('dictionaries.name'),
      key: 'name',
      render: (_, e) => (
        <Typography.Text type={e.retired ? 'secondary' : undefined} delete={e.retired}>
          {e.name}
        </Typography.Text>
      ),
    },
    { title: t('dictionaries.code'), dataIndex: 'code' },
    {
      title: t('dictionaries.state'),
      key: 'state',
      render: (_, e) =>
        e.retired ? (
          <Tag>{t('dictionaries.retired')}</Tag>
        ) : (
          <Tag color="green">{t('dictionaries.active')}</Tag>
        ),
    },
    {
      title: t('dictionaries.actions'),
      key: 'actions',
      render: (_, e, index) => (
        <Space size={0} wrap>
          <Button
            type="link"
            size="small"
            aria-label={t('dictionaries.up', { name: e.name })}
            disabled={busy || index === 0}
            onClick={() => void move(index, -1).catch(() => undefined)}
          >
            ↑
          </Button>
          <Button
            type="link"
            size="small"
            aria-label={t('dictionaries.down', { name: e.name })}
            disabled={busy || index === rows.length - 1}
            onClick={() => void move(index, 1).catch(() => undefined)}
          >
            ↓
          </Button>
          <Button type="link" size="small" onClick={() => setEditing(e)}>
            {t('dictionaries.rename')}
          </Button>
          {e.retired ? (
            <Button
              type="link"
              size="small"
              onClick={() =>
                changes.restore.mutate({
                  params: { path: { kind, id: e.id } },
                  body: { version: e.version },
                })
              }
            >
              {t('dictionaries.restore')}
            </Button>
          ) : (
            <Button
              type="link"
              size="small"
              danger
              onClick={() =>
                changes.retire.mutate({
                  params: { path: { kind, id: e.id } },
                  body: { version: e.version },
                })
              }
            >
              {t('dictionaries.retire')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="end">
        <Button type="primary" onClick={() => setEditing('new')}>
          {t('dictionaries.add')}
        </Button>
      </Flex>
      <ProblemAlert
        error={
          entries.error ?? changes.update.error ?? changes.retire.error ?? changes.restore.error
        }
      />
      <div style={{ overflowX: 'auto' }}>
        <Table<Entry>
          rowKey="id"
          data-testid={`dictionary-${kind}`}
          columns={columns}
          dataSource={rows}
          loading={entries.isFetching}
          pagination={false}
          size="small"
        />
      </div>
      {editing && (
        <DictionaryEntryModal
          kind={kind}
          entry={editing === 'new' ? undefined : editing}
          nextSortOrder={nextSortOrder}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
