import type { Schemas } from '@postcare/api-client';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PlainTable, type PlainColumn } from '../../../shared/ui/PlainTable';
import { formatDate, fullName } from '../format';
import { GraduateStatusTag } from '../GraduateStatusTag';
import { graduatePath } from '../paths';
import './graduates-table.css';

type Graduate = Schemas['GraduateSummaryDto'];

const turns23On = (birthDate: string) => dayjs(birthDate).add(23, 'year');

/** People whose 23rd birthday is near, the nearest first. */
export function Turning23Table({ items, loading }: { items?: Graduate[]; loading: boolean }) {
  const { t } = useTranslation('graduates');
  const columns: PlainColumn<Graduate>[] = [
    {
      key: 'name',
      title: t('fields.fullName'),
      render: (graduate) => <Link to={graduatePath(graduate.id)}>{fullName(graduate)}</Link>,
    },
    {
      key: 'birthDate',
      title: t('fields.birthDate'),
      render: ({ birthDate }) => formatDate(birthDate),
    },
    {
      key: 'turnsOn',
      title: t('turning23.turnsOn'),
      render: ({ birthDate }) => {
        const day = turns23On(birthDate);
        return (
          <>
            {formatDate(day.format('YYYY-MM-DD'))}{' '}
            <span className="graduates-table__secondary">
              {t('turning23.inDays', { count: day.diff(dayjs().startOf('day'), 'day') })}
            </span>
          </>
        );
      },
    },
    {
      key: 'status',
      title: t('fields.status'),
      render: ({ status }) => <GraduateStatusTag status={status} />,
    },
    {
      key: 'responsibleSpecialistName',
      title: t('fields.responsibleSpecialist'),
      render: ({ responsibleSpecialistName }) =>
        responsibleSpecialistName ?? (
          <span className="graduates-table__warning">{t('list.unassigned')}</span>
        ),
    },
  ];
  return (
    <PlainTable<Graduate>
      data-testid="turning23-table"
      columns={columns}
      rows={items}
      rowKey={(graduate) => graduate.id}
      loading={loading}
      empty={<div className="graduates-table__empty">{t('turning23.empty')}</div>}
    />
  );
}
