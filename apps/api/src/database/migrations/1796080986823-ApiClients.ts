import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiClients1796080986823 implements MigrationInterface {
  name = 'ApiClients1796080986823';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "prefix" character varying(16) NOT NULL, "hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "last_used_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "api_keys_hash_unique" ON "api_keys"  ("hash") `);
    await queryRunner.query(`CREATE INDEX "api_keys_client_idx" ON "api_keys"  ("client_id") `);
    await queryRunner.query(
      `CREATE TABLE "api_clients" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "user_id" uuid NOT NULL, "permissions" text array NOT NULL DEFAULT '{}', "allowed_cidrs" text array NOT NULL DEFAULT '{}', "expires_at" TIMESTAMP WITH TIME ZONE, "rate_limit_per_minute" integer NOT NULL DEFAULT '600', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_ef2d5ef0eb5e9a6ddc67cfa310e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "api_clients_user_unique" ON "api_clients"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "api_clients_institution_idx" ON "api_clients"  ("institution_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "idempotency_keys" ("principal" uuid NOT NULL, "key" character varying(255) NOT NULL, "request_hash" character varying(64) NOT NULL, "state" character varying(20) NOT NULL, "response_status" integer, "response_body" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_574edfb9ce98100b66a0a2e0f34" PRIMARY KEY ("principal", "key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys"  ("created_at") `,
    );
    await queryRunner.query(`ALTER TYPE "public"."user_role" ADD VALUE 'integration'`);
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "FK_b9f0ad6c30a02bcca328a6316c7" FOREIGN KEY ("client_id") REFERENCES "api_clients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_clients" ADD CONSTRAINT "FK_4e6ce3636ee26745480e9055efa" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "api_clients" DROP CONSTRAINT "FK_4e6ce3636ee26745480e9055efa"`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" DROP CONSTRAINT "FK_b9f0ad6c30a02bcca328a6316c7"`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."user_role_old" AS ENUM('admin', 'head', 'specialist', 'curator', 'supervisor', 'regional')`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ALTER COLUMN "role" TYPE "public"."user_role_old" USING "role"::"text"::"public"."user_role_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`ALTER TYPE "public"."user_role_old" RENAME TO "user_role"`);
    await queryRunner.query(`DROP INDEX "public"."idempotency_keys_created_idx"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    await queryRunner.query(`DROP INDEX "public"."api_clients_institution_idx"`);
    await queryRunner.query(`DROP INDEX "public"."api_clients_user_unique"`);
    await queryRunner.query(`DROP TABLE "api_clients"`);
    await queryRunner.query(`DROP INDEX "public"."api_keys_client_idx"`);
    await queryRunner.query(`DROP INDEX "public"."api_keys_hash_unique"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
  }
}
