import type { FormInstance } from 'antd';
import { asProblem } from '../api/problem';

/**
 * Puts the API's per-field validation messages under the matching form fields. When one
 * field is named, the problem's own detail (a Russian sentence written for users) explains
 * it better than the technical per-field text.
 */
export function applyFieldErrors(form: FormInstance, error: unknown): void {
  const problem = asProblem(error);
  const fields = Object.entries(problem?.errors ?? {});
  if (!problem || fields.length === 0) return;
  form.setFields(
    fields.map(([name, messages]) => ({
      name,
      errors: fields.length === 1 && problem.detail ? [problem.detail] : messages,
    })),
  );
}
