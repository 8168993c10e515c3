import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { asProblem } from '../../../shared/api/problem';

/** API field paths that the form keeps under another name. */
const FORM_NAMES: Record<string, string> = {
  'contacts.phones': 'phones',
  'contacts.email': 'email',
  'contacts.socialNetworks': 'socialNetworks',
};

/**
 * Marks the fields the API refused. The API's per-field texts are technical (English), so
 * the field shows a Russian note and the alert above the buttons explains the whole refusal.
 */
export function applyGraduateFieldErrors(
  form: FormInstance,
  error: unknown,
  t: TFunction<'graduates'>,
): void {
  const problem = asProblem(error);
  const fields = Object.keys(problem?.errors ?? {});
  if (!problem || fields.length === 0) return;
  const note =
    problem.code === 'consent-required' ? t('form.needsConsent') : t('form.fieldRefused');
  form.setFields(
    fields.map((path) => {
      const top = path.split('.').slice(0, 2).join('.');
      const name = FORM_NAMES[top] ?? path.split('.').filter((part) => !/^\d+$/.test(part));
      return { name, errors: [note] };
    }),
  );
}
