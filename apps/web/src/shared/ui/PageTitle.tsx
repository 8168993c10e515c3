import type { CSSProperties, ReactNode } from 'react';
import './page-title.css';

/**
 * The one top-level heading (h1) of a page, for screen readers and the document outline,
 * set at the size pages have always used for their title. Plain markup in antd's heading
 * look, so a page drawn without antd needs none for it.
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
    <h1 className="page-title" style={style} {...rest}>
      {children}
    </h1>
  );
}
