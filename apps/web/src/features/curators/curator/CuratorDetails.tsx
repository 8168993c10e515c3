import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { formatDate } from '../../graduates/format';
import type { Curator } from '../vocabulary';
import { TrainingProgress } from './TrainingProgress';

/** The person, how to reach them, their training and load, their account. */
export function CuratorDetails({ curator }: { curator: Curator }) {
  const { t } = useTranslation('curators');
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      data-testid="curator-details"
      styles={{ label: { width: 240 } }}
      items={[
        {
          key: 'training',
          label: t('fields.training'),
          children: <TrainingProgress curator={curator} />,
        },
        {
          key: 'load',
          label: t('fields.load'),
          children: t('fields.loadValue', {
            current: curator.activeAssignments,
            max: curator.maxGraduates,
          }),
        },
        {
          key: 'birthDate',
          label: t('fields.birthDate'),
          children: curator.birthDate ? formatDate(curator.birthDate) : none,
        },
        {
          key: 'phone',
          label: t('fields.phone'),
          children: curator.phone ? (
            <a href={`tel:${curator.phone.replace(/[^\d+]/g, '')}`}>{curator.phone}</a>
          ) : (
            none
          ),
        },
        {
          key: 'email',
          label: t('fields.email'),
          children: curator.email ? <a href={`mailto:${curator.email}`}>{curator.email}</a> : none,
        },
        { key: 'occupation', label: t('fields.occupation'), children: curator.occupation || none },
        { key: 'source', label: t('fields.source'), children: curator.source || none },
        {
          key: 'account',
          label: t('fields.account'),
          children: curator.account
            ? t(curator.account.active ? 'account.active' : 'account.blocked', {
                login: curator.account.login,
              })
            : t('account.none'),
        },
        {
          key: 'note',
          label: t('fields.note'),
          children: curator.note ? (
            <span style={{ whiteSpace: 'pre-line' }}>{curator.note}</span>
          ) : (
            none
          ),
        },
        {
          key: 'updatedAt',
          label: t('fields.updatedAt'),
          children: formatDateTime(curator.updatedAt),
        },
      ]}
    />
  );
}
