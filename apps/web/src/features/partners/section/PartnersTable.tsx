import { Button, Flex, Table, Tag, Typography, type TablePaginationConfig } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { usePartnerKindLabel } from '../kinds';
import { AgreementValidity } from '../partner/AgreementValidity';
import { agreementState, type Partner } from '../vocabulary';

/** Agreements that need attention are marked on their cell too, not by the tag alone. */
const ATTENTION_BACKGROUND: Record<string, string | undefined> = {
  expired: '#fff1f0',
  expiring: '#fff7e6',
};

/** The directory: name (opens the card), kind, contact person, phones, the agreement. */
export function PartnersTable({
  partners,
  loading,
  pagination,
  emptyText,
  onOpen,
}: {
  partners: Partner[] | undefined;
  loading: boolean;
  pagination: TablePaginationConfig;
  emptyText: ReactNode;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation('partners');
  const kindLabel = usePartnerKindLabel();
  const today = useInstitutionToday();

  return (
    <Table<Partner>
      rowKey="id"
      data-testid="partners-table"
      loading={loading}
      dataSource={partners}
      pagination={pagination}
      locale={{ emptyText }}
      columns={[
        {
          title: t('fields.name'),
          dataIndex: 'name',
          render: (_, partner) => (
            <Flex vertical gap={2} align="start">
              <Button
                type="link"
                onClick={() => onOpen(partner.id)}
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
              >
                {partner.name}
              </Button>
              {partner.archived && <Tag>{t('common.archived')}</Tag>}
            </Flex>
          ),
        },
        {
          title: t('fields.kind'),
          dataIndex: 'kind',
          width: 200,
          render: (_, { kind }) => kindLabel(kind),
        },
        {
          title: t('fields.contactPerson'),
          dataIndex: 'contactPerson',
          render: (_, { contactPerson }) =>
            contactPerson || <Typography.Text type="secondary">{t('common.none')}</Typography.Text>,
        },
        {
          title: t('fields.phones'),
          dataIndex: 'phones',
          width: 180,
          render: (_, { phones }) =>
            phones.length ? (
              <Flex vertical gap={0}>
                {phones.map((phone) => (
                  <a
                    key={phone}
                    href={`tel:${phone.replace(/[^\d+]/g, '')}`}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {phone}
                  </a>
                ))}
              </Flex>
            ) : (
              <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
            ),
        },
        {
          title: t('fields.agreementShort'),
          key: 'agreement',
          width: 240,
          onCell: (partner) => ({
            style: partner.archived
              ? undefined
              : { background: ATTENTION_BACKGROUND[agreementState(partner, today).state] },
          }),
          render: (_, partner) => <AgreementValidity partner={partner} />,
        },
      ]}
    />
  );
}
