/**
 * The list routes answer a numbered page `{items, total, page, pageSize}` unless asked for a
 * cursor page (`cursor`/`limit`, for other systems), which the SPA never asks for: this
 * narrows the answer's type to the numbered page.
 */
export function numberedPage<T extends object>(data: T): Extract<T, { total: number }> {
  if (!('total' in data)) throw new Error('Expected a numbered page');
  return data as Extract<T, { total: number }>;
}
