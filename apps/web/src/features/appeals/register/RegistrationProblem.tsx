import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { asProblem } from '../../../shared/api/problem';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';

/**
 * Why registering failed. A refusal for eligibility (409 `not-eligible`) is spelled out
 * with the API's reason, as the one thing the worker must act on; other failures as usual.
 */
export function RegistrationProblem({ error }: { error: unknown }) {
  const { t } = useTranslation('appeals');
  const problem = asProblem(error);
  if (problem?.code !== 'not-eligible') return <ProblemAlert error={error} />;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="not-eligible-alert"
      title={t('register.notEligibleTitle')}
      description={
        <>
          <strong style={{ fontSize: 16 }}>{problem.detail ?? problem.title}</strong>
          <div>{t('register.notEligibleHint')}</div>
        </>
      }
      style={{ padding: '16px 20px' }}
    />
  );
}
