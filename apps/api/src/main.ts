import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config/app-config';
import { ensureJwtSecret } from './config/jwt-secret';
import { createRootLogger, PinoNestLogger } from './common/logging/logger';
import { resolveDatabase } from './database/database-url';
import { runMigrations } from './database/migrate';
import { configureApp } from './http-app';
import { buildOpenApiDocument, mountSwaggerUi } from './openapi/swagger';
import { AccountsService } from './users/accounts.service';

async function bootstrap(): Promise<void> {
  const config = ensureJwtSecret(loadConfig());
  const logger = createRootLogger(config.LOG_LEVEL);
  const db = await resolveDatabase(config, (message) => logger.info(message));
  let stopping = false;
  const stopDatabase = () =>
    db.stop().catch((error) => logger.error({ err: error }, 'stopping the database failed'));
  try {
    const applied = await runMigrations(db.url);
    if (applied.length) logger.info({ migrations: applied }, 'Migrations applied');

    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({ config, databaseUrl: db.url }),
      { logger: new PinoNestLogger(logger), bufferLogs: true },
    );
    configureApp(app, config, logger);
    mountSwaggerUi(app, buildOpenApiDocument(app));
    await announceAdmin(app.get(AccountsService));
    await app.listen(config.PORT);
    logger.info(`Listening on http://localhost:${config.PORT} (API /api, Swagger UI /api/docs)`);

    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info(`${signal}: shutting down`);
      await app.close();
      await stopDatabase();
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

/** Prints the first administrator's credentials once, on the start that created it. */
async function announceAdmin(accounts: AccountsService): Promise<void> {
  const created = await accounts.ensureAdmin();
  if (!created) return;
  const lines = [
    '',
    '================ First administrator account ================',
    `  login:    ${created.login}`,
    `  password: ${created.password ?? '(from ADMIN_PASSWORD)'}`,
    created.password ? '  Shown only once: note it now and change it after logging in.' : '',
    '=============================================================',
    '',
  ];
  process.stdout.write(
    lines.filter((line, i) => line || i === 0 || i === lines.length - 1).join('\n') + '\n',
  );
}

bootstrap().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('The API failed to start:', error);
  }
  process.exit(1);
});
