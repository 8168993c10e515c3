import type { ReactNode } from 'react';
import './plain-tag.css';

export type PlainTagColor = 'default' | 'blue' | 'green' | 'gold' | 'red' | 'orange';

/** A small label in Ant Design's tag look (same colours, readable shades), without antd. */
export function PlainTag({
  color = 'default',
  children,
  'data-testid': testId,
}: {
  color?: PlainTagColor;
  children: ReactNode;
  'data-testid'?: string;
}) {
  return (
    <span className={`plain-tag plain-tag--${color}`} data-testid={testId}>
      {children}
    </span>
  );
}
