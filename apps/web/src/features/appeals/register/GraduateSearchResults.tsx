import type { Schemas } from '@postcare/api-client';
import { Button, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../common/dates';
import { GraduateStatusTags } from './GraduateStatusTags';

type Found = Schemas['GraduateSummaryDto'];

interface GraduateSearchResultsProps {
  items?: Found[];
  loading: boolean;
  chosenId?: string;
  onChoose: (id: string) => void;
}

const fullName = ({ lastName, firstName, patronymic }: Found) =>
  [lastName, firstName, patronymic].filter(Boolean).join(' ');

/** The closest names first (the API forgives typos and ё/е): who is who, and who may be helped. */
export function GraduateSearchResults({
  items,
  loading,
  chosenId,
  onChoose,
}: GraduateSearchResultsProps) {
  const { t } = useTranslation('appeals');
  const columns: TableProps<Found>['columns'] = [
    {
      title: t('register.columns.name'),
      key: 'name',
      render: (_, graduate) => (
        <>
          <Typography.Text strong>{fullName(graduate)}</Typography.Text>
          {graduate.responsibleSpecialistName && (
            <div>
              <Typography.Text type="secondary">
                {t('register.responsible', { name: graduate.responsibleSpecialistName })}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    {
      title: t('register.columns.birthDate'),
      key: 'birthDate',
      width: 170,
      render: (_, { birthDate, age }) => (
        <>
          <div>{formatDay(birthDate)}</div>
          <Typography.Text type="secondary">{t('register.age', { count: age })}</Typography.Text>
        </>
      ),
    },
    {
      title: t('register.columns.status'),
      key: 'status',
      render: (_, graduate) => <GraduateStatusTags {...graduate} />,
    },
    {
      key: 'choose',
      width: 120,
      align: 'end',
      render: (_, { id }) => (
        <Button
          type={id === chosenId ? 'primary' : 'default'}
          onClick={(event) => {
            event.stopPropagation();
            onChoose(id);
          }}
        >
          {t('register.choose')}
        </Button>
      ),
    },
  ];
  return (
    <Table<Found>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('register.nobodyFound') }}
      onRow={({ id }) => ({ onClick: () => onChoose(id), style: { cursor: 'pointer' } })}
      data-testid="graduate-search-results"
    />
  );
}
