import type { Schemas } from '@postcare/api-client';
import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';

type RowError = Schemas['ImportRowErrorDto'];

/** The problems a check found, one line per cell: row, column, what is wrong. */
export function ImportReportTable({ errors }: { errors: RowError[] }) {
  const { t } = useTranslation('graduates');
  const columns: TableProps<RowError>['columns'] = [
    { title: t('import.report.row'), dataIndex: 'row', width: 100 },
    { title: t('import.report.column'), dataIndex: 'column', width: 280 },
    // The API words each problem in Russian for the person fixing the sheet.
    { title: t('import.report.message'), dataIndex: 'message' },
  ];
  return (
    <Table<RowError>
      rowKey={(error) => `${error.row}|${error.column}|${error.message}`}
      data-testid="import-errors"
      size="small"
      columns={columns}
      dataSource={errors}
      pagination={errors.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
    />
  );
}
