import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Flex,
  Popconfirm,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { pagePagination } from '../../../shared/ui/pagePagination';
import { useProblemNotice } from '../../../shared/ui/useProblemNotice';
import { usePartnerKindLabel } from '../kinds';
import { ReferralsTable } from '../referrals/ReferralsTable';
import { useArchivePartner, usePartner } from '../usePartners';
import { useReferrals } from '../useReferrals';
import type { Partner } from '../vocabulary';
import { AgreementValidity } from './AgreementValidity';
import { PartnerFormModal } from './PartnerFormModal';

/** «В архив» after a confirmation: the partner stays for the referrals made. */
function ArchivePartnerButton({ partner }: { partner: Partner }) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const notifyProblem = useProblemNotice();
  const archive = useArchivePartner();
  const confirm = async () => {
    try {
      await archive.mutateAsync({
        params: { path: { id: partner.id } },
        body: { version: partner.version },
      });
      void message.success(t('partner.archivedDone'));
    } catch (error) {
      notifyProblem(error);
    }
  };
  return (
    <Popconfirm
      title={t('partner.archiveConfirm')}
      description={t('partner.archiveConfirmText')}
      okText={t('partner.archive')}
      okButtonProps={{ danger: true }}
      cancelText={tc('common.cancel')}
      onConfirm={confirm}
    >
      <Button danger loading={archive.isPending}>
        {t('partner.archive')}
      </Button>
    </Popconfirm>
  );
}

/** Everything the directory keeps about an organisation. */
function PartnerDetails({ partner }: { partner: Partner }) {
  const { t } = useTranslation('partners');
  const kindLabel = usePartnerKindLabel();
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      data-testid="partner-details"
      styles={{ label: { width: 200 } }}
      items={[
        { key: 'kind', label: t('fields.kind'), children: kindLabel(partner.kind) },
        { key: 'address', label: t('fields.address'), children: partner.address || none },
        {
          key: 'contactPerson',
          label: t('fields.contactPerson'),
          children: partner.contactPerson || none,
        },
        {
          key: 'phones',
          label: t('fields.phones'),
          children: partner.phones.length ? (
            <Space size={12} wrap>
              {partner.phones.map((phone) => (
                <a key={phone} href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
                  {phone}
                </a>
              ))}
            </Space>
          ) : (
            none
          ),
        },
        {
          key: 'email',
          label: t('fields.email'),
          children: partner.email ? <a href={`mailto:${partner.email}`}>{partner.email}</a> : none,
        },
        {
          key: 'agreement',
          label: t('fields.agreement'),
          children: <AgreementValidity partner={partner} />,
        },
        {
          key: 'note',
          label: t('fields.note'),
          children: partner.note ? (
            <span style={{ whiteSpace: 'pre-line' }}>{partner.note}</span>
          ) : (
            none
          ),
        },
        {
          key: 'updatedAt',
          label: t('fields.updatedAt'),
          children: formatDateTime(partner.updatedAt),
        },
      ]}
    />
  );
}

/**
 * An organisation's card: its details and agreement, «Изменить» and «В архив» (with
 * `partners.write`), and the referrals made to it (of the graduates the user may see).
 */
export function PartnerDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const { can } = usePermissions();
  const partner = usePartner(id);
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const referrals = useReferrals({ partnerId: id, ...page });
  const [editing, setEditing] = useState(false);
  const data = partner.data;
  const writable = can('partners.write') && Boolean(data) && !data?.archived;

  return (
    <Drawer
      open
      size={860}
      title={data ? data.name : t('partner.titleLoading')}
      extra={data?.archived && <Tag>{t('common.archived')}</Tag>}
      onClose={onClose}
      destroyOnHidden
      data-testid="partner-drawer"
    >
      <ProblemAlert error={partner.error} />
      {!data ? (
        !partner.error && <Skeleton active />
      ) : (
        <Flex vertical gap={24}>
          {data.archived && <Alert type="info" showIcon title={t('partner.archivedNote')} />}
          {writable && (
            <Space wrap>
              <Button type="primary" onClick={() => setEditing(true)}>
                {t('partner.edit')}
              </Button>
              <ArchivePartnerButton partner={data} />
            </Space>
          )}
          <PartnerDetails partner={data} />
          <section>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('partner.referrals')}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
              {t('partner.referralsScope')}
            </Typography.Paragraph>
            <ProblemAlert error={referrals.error} />
            <ReferralsTable
              referrals={referrals.data?.items}
              loading={referrals.isFetching}
              pagination={{
                ...pagePagination(referrals.data, tc, (next, pageSize) =>
                  setPage({ page: next, pageSize }),
                ),
                showSizeChanger: false,
                hideOnSinglePage: true,
              }}
              showGraduate
              showPartner={false}
              emptyText={t('partner.noReferrals')}
              testId="partner-referrals"
            />
          </section>
        </Flex>
      )}
      {editing && data && (
        <PartnerFormModal partnerId={data.id} onClose={() => setEditing(false)} />
      )}
    </Drawer>
  );
}
