import type { TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';

interface ServerPage {
  page: number;
  pageSize: number;
  total: number;
}

/** Table pagination driven by a page the server answered. */
export function pagePagination(
  page: ServerPage | undefined,
  t: TFunction,
  onChange: (page: number, pageSize: number) => void,
): TablePaginationConfig {
  return {
    current: page?.page,
    pageSize: page?.pageSize,
    total: page?.total,
    showSizeChanger: true,
    showTotal: (total) => t('common.total', { count: total }),
    onChange,
  };
}
