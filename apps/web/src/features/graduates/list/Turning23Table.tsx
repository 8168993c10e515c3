import type { Schemas } from '@postcare/api-client';
import { Table, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, fullName } from '../format';
import { GraduateStatusTag } from '../GraduateStatusTag';
import { graduatePath } from '../paths';

type Graduate = Schemas['GraduateSummaryDto'];

const turns23On = (birthDate: string) => dayjs(birthDate).add(23, 'year');

/** People whose 23rd birthday is near, the nearest first. */
export function Turning23Table({ items, loading }: { items?: Graduate[]; loading: boolean }) {
  const { t } = useTranslation('graduates');
  const columns: TableProps<Graduate>['columns'] = [
    {
      title: t('fields.fullName'),
      key: 'name',
      render: (_, graduate) => <Link to={graduatePath(graduate.id)}>{fullName(graduate)}</Link>,
    },
    {
      title: t('fields.birthDate'),
      dataIndex: 'birthDate',
      render: (_, { birthDate }) => formatDate(birthDate),
    },
    {
      title: t('turning23.turnsOn'),
      key: 'turnsOn',
      render: (_, { birthDate }) => {
        const day = turns23On(birthDate);
        return (
          <>
            {formatDate(day.format('YYYY-MM-DD'))}{' '}
            <Typography.Text type="secondary">
              {t('turning23.inDays', { count: day.diff(dayjs().startOf('day'), 'day') })}
            </Typography.Text>
          </>
        );
      },
    },
    {
      title: t('fields.status'),
      dataIndex: 'status',
      render: (_, { status }) => <GraduateStatusTag status={status} />,
    },
    {
      title: t('fields.responsibleSpecialist'),
      dataIndex: 'responsibleSpecialistName',
      render: (_, { responsibleSpecialistName }) =>
        responsibleSpecialistName ?? (
          <Typography.Text type="warning">{t('list.unassigned')}</Typography.Text>
        ),
    },
  ];
  return (
    <Table<Graduate>
      rowKey="id"
      data-testid="turning23-table"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('turning23.empty') }}
    />
  );
}
