import { NestFactory } from '@nestjs/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app-config';
import { configureApp } from '../http-app';
import { buildOpenApiDocument } from './swagger';

/** Writes the OpenAPI spec without a database: `node dist/openapi/write-spec.js <file>`. */
async function main(): Promise<void> {
  const target = resolve(process.argv[2] ?? 'libs/api-client/openapi.json');
  const config = loadConfig({ ...process.env, JWT_SECRET: 'x'.repeat(32), LOG_LEVEL: 'silent' });
  const app = await NestFactory.create(
    AppModule.forRoot({ config, databaseUrl: 'postgres://offline/offline', offline: true }),
    { logger: false, abortOnError: false },
  );
  configureApp(app, config);
  const document = buildOpenApiDocument(app);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(document, null, 2) + '\n');
  await app.close();
  console.log(`OpenAPI spec written to ${target}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
