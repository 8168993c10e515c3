import { Button, Flex, Space, Table, Typography, type TablePaginationConfig } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { APPEAL_JOURNAL_PATH } from '../../appeals/paths';
import { formatDate } from '../../graduates/format';
import { usePartnerKindLabel } from '../kinds';
import { graduateReferralsPath, partnerPath } from '../paths';
import { NEXT_STEPS, type Referral, type ReferralStep } from '../vocabulary';
import { ReferralStatusTag } from './ReferralStatusTag';
import { ReferralStepModal } from './ReferralStepModal';

/** The appeal a referral answers, opened in the journal. */
const appealPath = (referral: Referral) =>
  `${APPEAL_JOURNAL_PATH}?graduateId=${encodeURIComponent(referral.graduate.id)}&appeal=${encodeURIComponent(referral.appealId ?? '')}`;

/**
 * Referrals with what can happen next: «Принят», «Выполнено», «Отказ» (each with the day
 * and the result). The graduate's name leads to the card's «Направления» tab; the
 * organisation's to its card in the directory.
 */
export function ReferralsTable({
  referrals,
  loading,
  pagination,
  showGraduate,
  showPartner,
  emptyText,
  testId,
  readOnly = false,
}: {
  referrals: Referral[] | undefined;
  loading: boolean;
  pagination?: TablePaginationConfig | false;
  showGraduate: boolean;
  showPartner: boolean;
  emptyText: string;
  testId?: string;
  /** No changes (e.g. an archived personal file). */
  readOnly?: boolean;
}) {
  const { t } = useTranslation('partners');
  const { can } = usePermissions();
  const kindLabel = usePartnerKindLabel();
  const writable = !readOnly && can('partners.write');
  const [open, setOpen] = useState<{ step: ReferralStep; referral: Referral } | null>(null);
  // The dialog works on the referral as last loaded (its version is the current one).
  const chosen = open && (referrals?.find(({ id }) => id === open.referral.id) ?? open.referral);

  const actionsOf = (referral: Referral) => (
    <Space size={4} wrap>
      {NEXT_STEPS[referral.status].map((step, index) => (
        <Button
          key={step}
          size="small"
          type={index === 0 ? 'primary' : 'default'}
          danger={step === 'decline'}
          onClick={() => setOpen({ step, referral })}
        >
          {t(`steps.${step}.action`)}
        </Button>
      ))}
    </Space>
  );

  return (
    <>
      <Table<Referral>
        rowKey="id"
        size="small"
        data-testid={testId}
        loading={loading}
        dataSource={referrals}
        pagination={pagination ?? false}
        locale={{ emptyText }}
        columns={[
          {
            title: t('referral.referredOn'),
            dataIndex: 'referredOn',
            width: 120,
            render: (_, { referredOn }) => formatDate(referredOn),
          },
          ...(showGraduate
            ? [
                {
                  title: t('referral.graduate'),
                  key: 'graduate',
                  render: (_: unknown, referral: Referral) => (
                    <Link to={graduateReferralsPath(referral.graduate.id)}>
                      {referral.graduate.fullName}
                    </Link>
                  ),
                },
              ]
            : []),
          ...(showPartner
            ? [
                {
                  title: t('referral.partner'),
                  key: 'partner',
                  render: (_: unknown, { partner }: Referral) => (
                    <Flex vertical gap={0}>
                      {can('partners.read') ? (
                        <Link to={partnerPath(partner.id)}>{partner.name}</Link>
                      ) : (
                        partner.name
                      )}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {kindLabel(partner.kind)}
                      </Typography.Text>
                    </Flex>
                  ),
                },
              ]
            : []),
          {
            title: t('referral.purpose'),
            dataIndex: 'purpose',
            render: (_, referral) => (
              <Flex vertical gap={0}>
                <span style={{ whiteSpace: 'pre-line' }}>{referral.purpose}</span>
                {referral.appealId && can('appeals.read') && (
                  <Link to={appealPath(referral)} style={{ fontSize: 12 }}>
                    {t('referral.appealLink')}
                  </Link>
                )}
              </Flex>
            ),
          },
          {
            title: t('referral.status'),
            key: 'status',
            width: 130,
            render: (_, referral) => <ReferralStatusTag referral={referral} />,
          },
          {
            title: t('referral.result'),
            dataIndex: 'result',
            render: (_, { result }) =>
              result ? (
                <span style={{ whiteSpace: 'pre-line' }}>{result}</span>
              ) : (
                <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
              ),
          },
          ...(writable
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 190,
                  render: (_: unknown, referral: Referral) => actionsOf(referral),
                },
              ]
            : []),
        ]}
      />
      {chosen && (
        <ReferralStepModal referral={chosen} step={open.step} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
