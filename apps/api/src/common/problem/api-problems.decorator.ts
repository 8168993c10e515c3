import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (validation errors per field)',
  401: 'Missing, expired or invalid access token',
  403: 'The caller lacks the permission for this route',
  404: 'Not found (or outside the caller’s institution)',
  409: 'Conflict: duplicate or stale version',
  422: 'A referenced record does not exist (the field is named in errors)',
  429: 'Too many attempts; see Retry-After',
};

/** Documents error answers as application/problem+json (the ProblemDto schema). */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: {
          'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } },
        },
      }),
    ),
  );
}
