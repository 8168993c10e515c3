import { Flex, Grid, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePlanNames } from '../usePlanNames';
import { isMarkable, type WorkPlan, type WorkPlanItem, type WorkPlanSection } from '../vocabulary';
import { ItemActions, type ItemAction } from './ItemActions';
import { ItemMark, ItemOrigin } from './ItemMark';
import { responsibleOf } from './responsibleOf';

type Row = WorkPlanItem & { number: string };

const Nowrap = ({ children }: { children: string }) => (
  <span style={{ whiteSpace: 'nowrap' }}>{children}</span>
);

/** A secondary line under the item on a phone: «Срок: март». */
function Line({ label, children }: { label: string; children: string }) {
  if (!children) return null;
  return (
    <div>
      <Typography.Text type="secondary">{label}: </Typography.Text>
      {children}
    </div>
  );
}

/**
 * A section's items as the plan prints them: what, when, who, the expected result and the
 * mark. On a phone each item is one cell holding all of it, with its buttons below.
 */
export function ItemsTable({
  plan,
  section,
  writable,
  onAction,
}: {
  plan: WorkPlan;
  section: WorkPlanSection;
  writable: boolean;
  onAction: (action: ItemAction, item: WorkPlanItem) => void;
}) {
  const { t } = useTranslation('workPlans');
  const names = usePlanNames();
  const compact = !Grid.useBreakpoint().md;
  const marks = isMarkable(plan) || section.items.some((item) => item.status !== 'planned');
  const rows: Row[] = section.items.map((item, index) => ({
    ...item,
    number: `${section.position}.${index + 1}`,
  }));
  const actions = (item: WorkPlanItem) =>
    writable && (
      <ItemActions plan={plan} item={item} onAction={(action) => onAction(action, item)} />
    );

  const title = (item: Row) => (
    <Flex vertical gap={2}>
      <Typography.Text strong style={{ whiteSpace: 'pre-line' }}>
        {item.title}
      </Typography.Text>
      <ItemOrigin item={item} />
    </Flex>
  );

  const compactColumns: TableProps<Row>['columns'] = [
    {
      title: t('fields.title'),
      key: 'item',
      render: (_, item) => (
        <Flex vertical gap={6}>
          <Flex gap={8}>
            <Typography.Text type="secondary">
              <Nowrap>{item.number}</Nowrap>
            </Typography.Text>
            {title(item)}
          </Flex>
          <div>
            <Line label={t('fields.term')}>{names.due(plan, item)}</Line>
            <Line label={t('fields.responsible')}>{responsibleOf(item)}</Line>
            <Line label={t('fields.expectedResult')}>{item.expectedResult}</Line>
          </div>
          {marks && <ItemMark item={item} />}
          {actions(item)}
        </Flex>
      ),
    },
  ];

  // Marks and their buttons share a cell: an approved plan has no other actions.
  const columns: TableProps<Row>['columns'] = [
    {
      title: t('fields.number'),
      dataIndex: 'number',
      width: 52,
      render: (_, { number }) => <Nowrap>{number}</Nowrap>,
    },
    { title: t('fields.title'), key: 'title', render: (_, item) => title(item) },
    {
      title: t('fields.term'),
      key: 'due',
      width: 120,
      render: (_, item) => names.due(plan, item),
    },
    {
      title: t('fields.responsible'),
      key: 'responsible',
      width: '15%',
      render: (_, item) => responsibleOf(item) || '—',
    },
    {
      title: t('fields.expectedResult'),
      dataIndex: 'expectedResult',
      width: '18%',
      render: (_, { expectedResult }) => (
        <span style={{ whiteSpace: 'pre-line' }}>{expectedResult || '—'}</span>
      ),
    },
    ...(marks
      ? [
          {
            title: t('fields.mark'),
            key: 'mark',
            width: '21%',
            render: (_: unknown, item: Row) => (
              <Flex vertical gap={6} align="flex-start">
                <ItemMark item={item} />
                {actions(item)}
              </Flex>
            ),
          },
        ]
      : writable
        ? [
            {
              title: t('fields.actions'),
              key: 'actions',
              width: 120,
              render: (_: unknown, item: Row) => actions(item),
            },
          ]
        : []),
  ];

  return (
    <Table<Row>
      rowKey="id"
      size="small"
      tableLayout="fixed"
      pagination={false}
      columns={compact ? compactColumns : columns}
      dataSource={rows}
      data-testid={`section-items-${section.position}`}
    />
  );
}
