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
  '',
  '### Cursor pages',
  '`/api/graduates`, `/api/appeals` and `/api/services` also page by cursor: send `limit` and ' +
    'then `cursor=<nextCursor>` to get `{items, nextCursor}` in creation order; rows added ' +
    'meanwhile neither repeat nor hide earlier ones. `nextCursor: null` = all read for now.',
  '',
  '### Change feed',
  '`GET /api/changes?since=<next>&limit=100` lists records created, changed or archived after ' +
    'the cursor, oldest first (`resource`, `resourceId`, `version`, `action`). Keep `next` and ' +
    'ask again; read the records you need by id. An empty page returns the same `next`.',
  '',
  '```sh',
  'curl -H "X-API-Key: $POSTCARE_KEY" "$BASE/api/changes?since=$NEXT&limit=100"',
  '```',
  '',
  '### Webhooks',
  'Subscribe a URL of a client to events at `POST /api/integrations/webhooks` ' +
    '(`appeal.registered`, `appeal.resolved`, `contract.activated`, `contract.ended`, ' +
    '`notice.overdue`, `report.submitted`, `graduate.turning23`); the answer holds the signing ' +
    'secret once. Events are written in the transaction of the change and POSTed after commit ' +
    'as JSON `{id, type, occurredAt, institutionId, data}` (`data` holds ids and facts, never ' +
    'names or contacts). Answer 2xx within 10 s; anything else is retried after 30 s, 1, 2, 4 … ' +
    'minutes (at most an hour apart) for at least 24 hours, then marked failed. Delivery is at ' +
    'least once: deduplicate by `Webhook-Id` (the event id, the same on every retry). Every ' +
    'attempt is logged at `GET /api/integrations/webhooks/{id}/deliveries`; ' +
    '`POST /api/integrations/webhooks/deliveries/{id}/redeliver` sends one again.',
  '',
  'Headers: `Webhook-Id`, `Webhook-Timestamp` (Unix seconds) and `Webhook-Signature: ' +
    'v1=<hex HMAC-SHA256(secret, "<id>.<timestamp>.<raw body>")>`. Verify against the raw ' +
    'body and refuse old timestamps:',
  '',
  '```ts',
  "import { createHmac, timingSafeEqual } from 'node:crypto';",
  'function verify(secret: string, headers: Record<string, string>, rawBody: string): boolean {',
  "  const id = headers['webhook-id'];",
  "  const timestamp = headers['webhook-timestamp'];",
  '  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;',
  "  const expected = 'v1=' + createHmac('sha256', secret)",
  "    .update(`${id}.${timestamp}.${rawBody}`).digest('hex');",
  "  const given = headers['webhook-signature'] ?? '';",
  '  return given.length === expected.length &&',
  '    timingSafeEqual(Buffer.from(given), Buffer.from(expected));',
  '}',
  '```',
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
