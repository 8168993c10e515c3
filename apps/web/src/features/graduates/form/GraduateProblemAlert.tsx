import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { asProblem } from '../../../shared/api/problem';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { duplicateOf } from '../problems';
import { graduatePath } from '../paths';

interface GraduateProblemAlertProps {
  error: unknown;
  /** When given, a duplicate is offered for picking here instead of a link to its file. */
  onUseExisting?: (id: string) => void;
}

/**
 * A refused save of a personal file explained: a person already on file (with the way to
 * that file), data that needs a written consent, or the API's own explanation.
 */
export function GraduateProblemAlert({ error, onUseExisting }: GraduateProblemAlertProps) {
  const { t } = useTranslation('graduates');
  const problem = asProblem(error);
  const existingId = duplicateOf(error);

  if (problem && existingId) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        data-testid="duplicate-person"
        title={problem.detail ?? problem.title}
        description={
          <Flex gap={8} wrap align="center">
            {t('form.duplicateHint')}
            {onUseExisting ? (
              <Button size="small" onClick={() => onUseExisting(existingId)}>
                {t('form.useExisting')}
              </Button>
            ) : (
              <Link to={graduatePath(existingId)}>{t('form.openExisting')}</Link>
            )}
          </Flex>
        }
      />
    );
  }
  if (problem?.code === 'consent-required') {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        data-testid="consent-required"
        title={problem.detail ?? problem.title}
        description={t('consentGate.minimumOnly')}
      />
    );
  }
  return <ProblemAlert error={error} />;
}
