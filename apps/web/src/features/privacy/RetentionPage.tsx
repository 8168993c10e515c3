import type { Schemas } from '@postcare/api-client';
import { App, Button, Card, Flex, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { formatDate } from '../graduates/format';
import { DownloadButton } from '../../shared/files/DownloadButton';
import { downloadDestructionAct } from './privacyFiles';
import { useDestroyPersonalData, useDestructionActs, useRetention } from './usePrivacy';

type Due = Schemas['RetentionDueDto'];
type Act = Schemas['DestructionActDto'];

/**
 * «Сроки хранения» (heads): files past the retention period, destroyed on confirmation,
 * and the acts of earlier destructions.
 */
export function RetentionPage() {
  const { t } = useTranslation('privacy');
  const { modal, message } = App.useApp();
  const retention = useRetention();
  const acts = useDestructionActs();
  const destroy = useDestroyPersonalData();
  const [selected, setSelected] = useState<string[]>([]);

  const confirm = () =>
    modal.confirm({
      title: t('retention.confirmTitle', { count: selected.length }),
      content: t('retention.confirmText'),
      okText: t('retention.confirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('retention.cancel'),
      onOk: () =>
        destroy.mutateAsync({ body: { graduateIds: selected } }).then((act) => {
          setSelected([]);
          void message.success(t('retention.destroyed', { number: act.number }));
        }),
    });

  const dueColumns: TableProps<Due>['columns'] = [
    { title: t('retention.fileNumber'), dataIndex: 'fileNumber' },
    { title: t('retention.fullName'), dataIndex: 'fullName' },
    {
      title: t('retention.supportEndedOn'),
      key: 'ended',
      render: (_, d) => formatDate(d.supportEndedOn),
    },
    { title: t('retention.keepUntil'), key: 'keep', render: (_, d) => formatDate(d.keepUntil) },
  ];

  const actColumns: TableProps<Act>['columns'] = [
    { title: t('retention.actNumber'), dataIndex: 'number' },
    { title: t('retention.actDate'), key: 'date', render: (_, a) => formatDate(a.actDate) },
    { title: t('retention.destroyedBy'), dataIndex: 'destroyedByName' },
    { title: t('retention.files'), key: 'files', render: (_, a) => a.fileNumbers.join(', ') },
    {
      title: '',
      key: 'download',
      render: (_, a) => (
        <DownloadButton type="link" save={() => downloadDestructionAct(a.id)}>
          {t('retention.downloadAct')}
        </DownloadButton>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
        {t('retention.title')}
      </Typography.Title>
      <ProblemAlert error={retention.error ?? destroy.error} />
      {retention.data && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('retention.intro', { years: retention.data.retentionYears })}
        </Typography.Paragraph>
      )}
      <Flex wrap gap={8} align="center">
        <Button danger type="primary" disabled={!selected.length} onClick={confirm}>
          {t('retention.destroy')}
        </Button>
        {selected.length > 0 && (
          <Typography.Text>{t('retention.selected', { count: selected.length })}</Typography.Text>
        )}
      </Flex>
      <Table<Due>
        rowKey="graduateId"
        size="small"
        scroll={{ x: 'max-content' }}
        data-testid="retention-due"
        columns={dueColumns}
        dataSource={retention.data?.due}
        loading={retention.isFetching}
        pagination={false}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(String)),
        }}
        locale={{ emptyText: t('retention.none') }}
      />
      <Card size="small" title={t('retention.acts')}>
        <ProblemAlert error={acts.error} />
        <Table<Act>
          rowKey="id"
          size="small"
          scroll={{ x: 'max-content' }}
          data-testid="destruction-acts"
          columns={actColumns}
          dataSource={acts.data}
          loading={acts.isFetching}
          pagination={false}
          locale={{ emptyText: t('retention.noActs') }}
        />
      </Card>
    </Flex>
  );
}
