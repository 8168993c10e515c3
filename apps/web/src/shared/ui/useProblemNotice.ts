import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeProblem } from './describeProblem';

/** Reports a failed action in a toast, for actions that have no form to show it in. */
export function useProblemNotice(): (error: unknown) => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (error) => {
    const { message: text, correlationId } = describeProblem(error, t);
    const suffix = correlationId ? ` (${t('errors.correlationId', { id: correlationId })})` : '';
    void message.error(text + suffix);
  };
}
