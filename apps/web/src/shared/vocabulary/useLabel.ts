import { label, type Labels } from '@postcare/domain';
import { useLanguage } from '../i18n/useLanguage';

/** Words of a shared vocabulary's code in the interface language (see @postcare/domain). */
export function useLabel(): <Code extends string>(labels: Labels<Code>, code: Code) => string {
  const { language } = useLanguage();
  return (labels, code) => label(labels, code, language);
}
