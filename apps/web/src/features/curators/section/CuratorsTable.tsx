import { Button, Flex, Table, Typography, type TablePaginationConfig } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CuratorStatusTag } from '../curator/CuratorStatusTag';
import { TrainingProgress } from '../curator/TrainingProgress';
import type { Curator } from '../vocabulary';

/** Statuses before approval show the training; approved ones how many graduates they help. */
const IN_TRAINING = new Set(['candidate', 'trained']);

/** Candidates and curators: name (opens the card), status, training or load, phone, account. */
export function CuratorsTable({
  curators,
  loading,
  pagination,
  emptyText,
  onOpen,
}: {
  curators: Curator[] | undefined;
  loading: boolean;
  pagination: TablePaginationConfig;
  emptyText: ReactNode;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation('curators');
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

  return (
    <Table<Curator>
      rowKey="id"
      data-testid="curators-table"
      loading={loading}
      dataSource={curators}
      pagination={pagination}
      locale={{ emptyText }}
      scroll={{ x: 900 }}
      columns={[
        {
          title: t('fields.fullName'),
          dataIndex: 'fullName',
          render: (_, curator) => (
            <Flex vertical gap={2} align="start">
              <Button
                type="link"
                onClick={() => onOpen(curator.id)}
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
              >
                {curator.fullName}
              </Button>
              {curator.occupation && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {curator.occupation}
                </Typography.Text>
              )}
            </Flex>
          ),
        },
        {
          title: t('fields.status'),
          dataIndex: 'status',
          width: 150,
          render: (_, { status }) => <CuratorStatusTag status={status} />,
        },
        {
          title: t('list.trainingOrLoad'),
          key: 'progress',
          width: 220,
          render: (_, curator) =>
            IN_TRAINING.has(curator.status) ? (
              <TrainingProgress curator={curator} compact />
            ) : curator.status === 'left' ? (
              none
            ) : (
              t('list.load', { current: curator.activeAssignments, max: curator.maxGraduates })
            ),
        },
        {
          title: t('fields.phone'),
          dataIndex: 'phone',
          width: 180,
          render: (_, { phone }) =>
            phone ? (
              <a href={`tel:${phone.replace(/[^\d+]/g, '')}`} style={{ whiteSpace: 'nowrap' }}>
                {phone}
              </a>
            ) : (
              none
            ),
        },
        {
          title: t('fields.account'),
          key: 'account',
          width: 180,
          render: (_, { account }) =>
            account ? (
              <Typography.Text
                type={account.active ? undefined : 'secondary'}
                delete={!account.active}
              >
                {account.login}
              </Typography.Text>
            ) : (
              none
            ),
        },
      ]}
    />
  );
}
