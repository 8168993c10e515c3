import { CONTRACT_END_REASON_LABELS } from '@postcare/domain';
import { Flex, Table, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { Link } from 'react-router';
import { useInstitutionToday } from '../../../shared/time/useInstitutionToday';
import { pagePagination } from '../../../shared/ui/pagePagination';
import { formatDate } from '../../graduates/format';
import { ContractAttentionTags, ContractStatusTag } from '../card/ContractTags';
import { graduateContractPath } from '../paths';
import type { Contract } from '../vocabulary';

interface ContractsTableProps {
  contracts?: Contract[];
  /** The server's page, for paged lists; without it every row is shown. */
  page?: { page: number; pageSize: number; total: number };
  loading: boolean;
  onPageChange?: (page: number, pageSize: number) => void;
  /** The graduate column; hidden on a graduate's own card. */
  showGraduate?: boolean;
  /** Opens a contract in place (the card); without it numbers link to the graduate's card. */
  onOpen?: (id: string) => void;
  emptyText: ReactNode;
  testId?: string;
}

/** Contracts as rows: number, person, kind, where it stands, its term and who is responsible. */
export function ContractsTable({
  contracts,
  page,
  loading,
  onPageChange,
  showGraduate = true,
  onOpen,
  emptyText,
  testId,
}: ContractsTableProps) {
  const { t } = useTranslation('contracts');
  const labelOf = useLabel();
  const { t: tCommon } = useTranslation();
  const today = useInstitutionToday();

  const columns: TableProps<Contract>['columns'] = [
    {
      title: t('fields.number'),
      dataIndex: 'number',
      render: (_, contract) =>
        onOpen ? (
          <Typography.Link onClick={() => onOpen(contract.id)}>{contract.number}</Typography.Link>
        ) : (
          <Link to={graduateContractPath(contract.graduate.id, contract.id)}>
            {contract.number}
          </Link>
        ),
    },
    ...(showGraduate
      ? [
          {
            title: t('fields.graduate'),
            key: 'graduate',
            render: (_: unknown, { graduate, id }: Contract) => (
              <>
                <Link to={graduateContractPath(graduate.id, id)}>{graduate.fullName}</Link>
                <div>
                  <Typography.Text type="secondary">
                    {formatDate(graduate.birthDate)}
                  </Typography.Text>
                </div>
              </>
            ),
          },
        ]
      : []),
    {
      title: t('fields.kind'),
      dataIndex: 'kind',
      render: (_, { kind }) => t(`kindsShort.${kind}`),
    },
    {
      title: t('fields.status'),
      dataIndex: 'status',
      render: (_, contract) => (
        <Flex vertical gap={4} align="start">
          <ContractStatusTag status={contract.status} />
          <ContractAttentionTags contract={contract} today={today} />
          {contract.status === 'ended' && (
            <Typography.Text type="secondary">
              {formatDate(contract.endedOn)}
              {contract.endReason &&
                ` — ${labelOf(CONTRACT_END_REASON_LABELS, contract.endReason)}`}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('fields.term'),
      key: 'term',
      render: (_, { startsOn, endsOn }) =>
        t('card.term', { from: formatDate(startsOn), to: formatDate(endsOn) }),
    },
    {
      title: t('fields.concludedOn'),
      dataIndex: 'concludedOn',
      render: (_, { concludedOn }) => formatDate(concludedOn),
    },
    {
      title: t('fields.responsibleSpecialist'),
      key: 'specialist',
      render: (_, { responsibleSpecialist }) =>
        responsibleSpecialist?.fullName ?? (
          <Typography.Text type="secondary">{t('form.noSpecialist')}</Typography.Text>
        ),
    },
  ];

  return (
    <Table<Contract>
      rowKey="id"
      size={showGraduate ? 'middle' : 'small'}
      columns={columns}
      dataSource={contracts}
      loading={loading}
      locale={{ emptyText }}
      pagination={page && onPageChange ? pagePagination(page, tCommon, onPageChange) : false}
      data-testid={testId}
    />
  );
}
