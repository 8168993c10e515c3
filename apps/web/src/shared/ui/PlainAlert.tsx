import type { ReactNode } from 'react';
import './plain-alert.css';

/**
 * A notice in Ant Design's alert look (warning or error), in plain markup: for pages that
 * show it on their first render and would otherwise load antd's Alert for it.
 */
export function PlainAlert({
  type,
  title,
  description,
  action,
  role,
  'data-testid': testId,
}: {
  type: 'warning' | 'error';
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  /** `alert` for what has just gone wrong; a notice present on arrival needs none. */
  role?: 'alert' | 'status';
  'data-testid'?: string;
}) {
  return (
    <div className={`plain-alert plain-alert--${type}`} role={role} data-testid={testId}>
      <span className="plain-alert__icon" aria-hidden="true">
        !
      </span>
      <div className="plain-alert__content">
        <div className="plain-alert__title">{title}</div>
        {description && <div className="plain-alert__description">{description}</div>}
      </div>
      {action && <div className="plain-alert__action">{action}</div>}
    </div>
  );
}
