import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ProblemDto } from '../common/problem/problem.dto';
import { postProcessSpec } from './post-process';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Постинтернатное сопровождение — API')
    .setDescription(
      'REST API of the post-care support case-management system. Every route needs a bearer ' +
        'access token (POST /api/auth/login) and the permission given in `x-permission`, ' +
        'except the few marked public. Errors are RFC 9457 `application/problem+json`.',
    )
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
