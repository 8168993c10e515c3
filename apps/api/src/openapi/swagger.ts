import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ProblemDto } from '../common/problem/problem.dto';
import { postProcessSpec } from './post-process';

/** The guide at the top of Swagger UI: how another system authenticates and what it may rely on. */
const API_DESCRIPTION = [
  'REST API of the post-care support case-management system. Every route needs credentials ' +
    'and the permission given in `x-permission`, except the few marked public. Errors are ' +
    'RFC 9457 `application/problem+json` with a stable `code`.',
  '',
  '### Authentication',
  '- **People**: a bearer access token from `POST /api/auth/login`.',
  '- **Other systems**: an API key from `/api/integrations/clients` (created by an ' +
    'administrator or a head; shown once), sent as `X-API-Key: <key>` or ' +
    '`Authorization: Bearer <key>`. The client has only the permissions and the institution ' +
    'it was given; a revoked or expired key answers 401 at once.',
  '',
  '```sh',
  'curl -H "X-API-Key: $POSTCARE_KEY" "$BASE/api/appeals?pageSize=50"',
  '```',
  '```ts',
  "import { createApiClient } from '@postcare/api-client';",
  "const { fetchClient } = createApiClient({ baseUrl: BASE, headers: { 'X-API-Key': key } });",
  "const { data, error } = await fetchClient.GET('/api/appeals', { params: { query: { pageSize: 50 } } });",
  '```',
  '',
  '### Rate limits',
  'Every answer has `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` (seconds) and ' +
    '`RateLimit-Policy`. Budgets are per key (set on the client), per user, and per address for ' +
    'anonymous calls; over budget the answer is 429 with `Retry-After`.',
  '',
  '### Idempotency',
  'A POST sent with `Idempotency-Key` can be repeated safely: the same key and body return the ' +
    'first answer (`Idempotent-Replayed: true`), the same key with another body is 422, a ' +
    'repeat while the first still runs is 409. Keys are kept at least 24 hours per caller.',
  '',
  '### Conditional updates',
  'A single record has `ETag: "<version>"`; send it as `If-Match` on PATCH to get 412 instead ' +
    "of overwriting someone else's change.",
].join('\n');

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Постинтернатное сопровождение — API')
    .setDescription(API_DESCRIPTION)
    .setVersion('0.1.0')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          'Access token from POST /api/auth/login: HS256 with issuer, audience and expiry ' +
          'pinned and checked, following the JWT best current practices of RFC8725.',
      },
      'bearer',
    )
    .build();
  return postProcessSpec(SwaggerModule.createDocument(app, config, { extraModels: [ProblemDto] }));
}

export function mountSwaggerUi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    customSiteTitle: 'Постинтернатное сопровождение — API',
    swaggerOptions: { persistAuthorization: false },
  });
}
