import type { Response } from 'supertest';
import { specMismatch } from '../../../../tools/testing/openapi-check';

/** Throws (failing the test) when a supertest response is not what the spec promises. */
export function assertMatchesSpec(res: Response): void {
  const request = (res as unknown as { req: { method: string; path: string } }).req;
  const mismatch = specMismatch({
    method: request.method,
    path: request.path,
    status: res.status,
    contentType: String(res.headers['content-type'] ?? ''),
    body: res.body,
    hasBody: Boolean(res.text),
  });
  if (mismatch) throw new Error(mismatch);
}
