// Schema tools that need a throw-away, freshly migrated database:
//   node tools/db/migrations.mjs check            fail if the entities differ from the migrations
//   node tools/db/migrations.mjs generate <Name>  write apps/api/src/database/migrations/<ts>-<Name>.ts
// Uses DATABASE_URL's server when set, otherwise a temporary embedded PostgreSQL.
// Needs the compiled API (npm run build).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { startDatabaseServer, createDatabase, ROOT } = require('../testing/server.cjs');
const { runMigrations } = require('../../apps/api/dist/database/migrate.js');

const [command, name] = process.argv.slice(2);
if (
  !['check', 'generate'].includes(command) ||
  (command === 'generate' && !/^[A-Za-z][A-Za-z0-9]*$/.test(name ?? ''))
) {
  console.error('usage: node tools/db/migrations.mjs check | generate <MigrationName>');
  process.exit(2);
}

function typeorm(args, databaseUrl) {
  return spawnSync('npx', ['typeorm', ...args, '-d', 'apps/api/dist/database/data-source.js'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: 'inherit',
  }).status;
}

const server = await startDatabaseServer();
const database = await createDatabase(server.serverUrl);
let status;
try {
  await runMigrations(database.url);
  if (command === 'check') {
    status = typeorm(
      ['migration:generate', '--check', 'apps/api/src/database/migrations/Drift'],
      database.url,
    );
    console.log(
      status === 0
        ? 'Migrations match the entities.'
        : 'The entities differ from the migrations: generate a migration.',
    );
  } else {
    status = typeorm(
      ['migration:generate', `apps/api/src/database/migrations/${name}`],
      database.url,
    );
    if (status === 0)
      spawnSync('npx', ['prettier', '--write', 'apps/api/src/database/migrations'], {
        cwd: ROOT,
        stdio: 'inherit',
      });
  }
} finally {
  await database.drop();
  await server.stop();
}
process.exit(status);
