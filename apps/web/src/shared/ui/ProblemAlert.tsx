import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeProblem } from './describeProblem';

/** A failed call explained in place (forms, pages). Renders nothing without an error. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const { message, hint, correlationId } = describeProblem(error, t);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="problem-alert"
      title={message}
      description={
        hint ??
        (correlationId && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('errors.correlationId', { id: correlationId })}
          </Typography.Text>
        ))
      }
    />
  );
}
