import { Card, Flex, Grid, Table, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hrefOf } from './paths';
import type { CaseloadRow, MyWorkCount } from './useMyWork';

const MEASURES = ['graduatesUnderSupport', 'openAppeals', 'overdueActivities'] as const;
type Measure = (typeof MEASURES)[number];

/** A number that opens its list; none shows muted, overdue work red. */
function CountCell({
  count,
  label,
  danger,
}: {
  count: MyWorkCount;
  label: string;
  danger: boolean;
}) {
  const { token } = theme.useToken();
  const none = count.count === 0;
  return (
    <Link
      to={hrefOf(count.link)}
      aria-label={`${label}: ${count.count}`}
      style={{
        color: none ? token.colorTextTertiary : danger ? token.colorError : token.colorLink,
        fontWeight: none ? 400 : 600,
        fontVariantNumeric: 'tabular-nums',
      }}
    >
      {count.count}
    </Link>
  );
}

/**
 * «Нагрузка специалистов»: each active specialist's files under support, open appeals and
 * overdue activities, each a link to its list. On a phone the three numbers go under the
 * name, labelled, so nothing scrolls sideways.
 */
export function CaseloadTable({ rows }: { rows: CaseloadRow[] }) {
  const { t } = useTranslation('myWork');
  const phone = !Grid.useBreakpoint().sm;
  const cell = (row: CaseloadRow, measure: Measure) => (
    <CountCell
      count={row[measure]}
      label={`${row.specialist.fullName}, ${t(`caseload.${measure}`)}`}
      danger={measure === 'overdueActivities'}
    />
  );
  const name = (row: CaseloadRow) => (
    <Flex vertical gap={0}>
      <span>{row.specialist.fullName}</span>
      {row.specialist.position && (
        <Typography.Text type="secondary">{row.specialist.position}</Typography.Text>
      )}
    </Flex>
  );

  return (
    <Card size="small" title={t('caseload.title')} data-testid="my-work-caseload">
      <Table<CaseloadRow>
        rowKey={(row) => row.specialist.id}
        dataSource={rows}
        pagination={false}
        size="small"
        locale={{ emptyText: t('caseload.empty') }}
        columns={
          phone
            ? [
                {
                  title: t('caseload.specialist'),
                  key: 'specialist',
                  render: (_, row) => (
                    <Flex vertical gap={4}>
                      {name(row)}
                      {MEASURES.map((measure) => (
                        <Flex key={measure} justify="space-between" gap={12}>
                          <Typography.Text type="secondary">
                            {t(`caseload.${measure}`)}
                          </Typography.Text>
                          {cell(row, measure)}
                        </Flex>
                      ))}
                    </Flex>
                  ),
                },
              ]
            : [
                {
                  title: t('caseload.specialist'),
                  key: 'specialist',
                  render: (_, row) => name(row),
                },
                ...MEASURES.map((measure) => ({
                  title: t(`caseload.${measure}`),
                  key: measure,
                  align: 'right' as const,
                  width: 180,
                  render: (_: unknown, row: CaseloadRow) => cell(row, measure),
                })),
              ]
        }
      />
    </Card>
  );
}
