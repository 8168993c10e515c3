import { Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/**
 * The one top-level heading (h1) of a page, for screen readers and the document outline,
 * set at the size pages have always used for their title.
 */
export function PageTitle({
  children,
  style,
  ...rest
}: {
  children: ReactNode;
  style?: CSSProperties;
  'data-testid'?: string;
  id?: string;
  tabIndex?: number;
}) {
  return (
    <Typography.Title level={1} style={{ fontSize: 24, lineHeight: 1.35, ...style }} {...rest}>
      {children}
    </Typography.Title>
  );
}
