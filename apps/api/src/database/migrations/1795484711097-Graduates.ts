import { MigrationInterface, QueryRunner } from 'typeorm';

export class Graduates1795484711097 implements MigrationInterface {
  name = 'Graduates1795484711097';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // TypeORM keys generated-column metadata by database name: use this database's own.
    const database = await queryRunner.getCurrentDatabase();
    // Fuzzy name search (case, ё/е, typos) uses trigram similarity.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TYPE "public"."audit_action" AS ENUM('read', 'create', 'update', 'archive', 'export', 'import', 'download')`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "institution_id" uuid, "action" "public"."audit_action" NOT NULL, "entity" text NOT NULL, "entity_id" uuid, "changed_fields" text array NOT NULL DEFAULT '{}', "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_log_entity_idx" ON "audit_log"  ("entity", "entity_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "consents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "graduate_id" uuid NOT NULL, "signed_on" date NOT NULL, "allows_processing" boolean NOT NULL, "sharing_partner_kinds" text array NOT NULL DEFAULT '{}', "allows_photo" boolean NOT NULL DEFAULT false, "scan_file_id" uuid, "withdrawn_on" date, CONSTRAINT "PK_9efc68eb6aba7d638fb6ea034dd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "consents_graduate_idx" ON "consents"  ("graduate_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."graduate_file_kind" AS ENUM('portrait', 'full_height', 'document', 'consent_scan')`,
    );
    await queryRunner.query(
      `CREATE TABLE "graduate_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "graduate_id" uuid NOT NULL, "kind" "public"."graduate_file_kind" NOT NULL, "title" text NOT NULL DEFAULT '', "file_name" text NOT NULL, "mime_type" text NOT NULL, "size_bytes" integer NOT NULL, "content" bytea NOT NULL, "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_798f4bb715951eecdefe14be4ef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "graduate_files_graduate_idx" ON "graduate_files"  ("graduate_id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."sex" AS ENUM('male', 'female')`);
    await queryRunner.query(
      `CREATE TYPE "public"."legal_status" AS ENUM('orphan', 'without_parental_care', 'from_among')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."graduate_status" AS ENUM('preparing', 'under_support', 'one_off', 'ended')`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        database,
        'public',
        'graduates',
        'GENERATED_COLUMN',
        'search_name',
        "btrim(translate(lower(\"last_name\" || ' ' || \"first_name\" || ' ' || \"patronymic\"), 'ё', 'е'))",
      ],
    );
    await queryRunner.query(
      `CREATE TABLE "graduates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "last_name" text NOT NULL, "first_name" text NOT NULL, "patronymic" text NOT NULL DEFAULT '', "search_name" text GENERATED ALWAYS AS (btrim(translate(lower("last_name" || ' ' || "first_name" || ' ' || "patronymic"), 'ё', 'е'))) STORED NOT NULL, "sex" "public"."sex" NOT NULL, "birth_date" date NOT NULL, "legal_status" "public"."legal_status" NOT NULL, "origin_institution_id" uuid, "origin_institution_name" text NOT NULL DEFAULT '', "left_care_on" date, "contacts" jsonb NOT NULL DEFAULT '{}', "registration_address" text NOT NULL DEFAULT '', "actual_address" text NOT NULL DEFAULT '', "situation" jsonb NOT NULL DEFAULT '{}', "responsible_specialist_id" uuid, "status" "public"."graduate_status" NOT NULL DEFAULT 'one_off', "status_reason" text NOT NULL DEFAULT '', "status_changed_on" date, "exception_order_by" text, "exception_order_number" text, "exception_order_date" date, "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_264f3944ca36603aa1da616f5dd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "graduates_specialist_idx" ON "graduates"  ("responsible_specialist_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "graduates_person_unique" ON "graduates"  ("institution_id", "search_name", "birth_date") `,
    );
    // Declared with synchronize: false on the entity: TypeORM cannot describe a GIN opclass.
    await queryRunner.query(
      `CREATE INDEX "graduates_search_trgm" ON "graduates" USING gin ("search_name" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `ALTER TABLE "graduates" ADD CONSTRAINT "FK_e0c99755dc10389c3f339307b87" FOREIGN KEY ("origin_institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "graduates" ADD CONSTRAINT "FK_7ca5986b0f323923cdc5884eed1" FOREIGN KEY ("responsible_specialist_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const database = await queryRunner.getCurrentDatabase();
    await queryRunner.query(`DROP INDEX "public"."graduates_search_trgm"`);
    await queryRunner.query(
      `ALTER TABLE "graduates" DROP CONSTRAINT "FK_7ca5986b0f323923cdc5884eed1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "graduates" DROP CONSTRAINT "FK_e0c99755dc10389c3f339307b87"`,
    );
    await queryRunner.query(`DROP INDEX "public"."graduates_person_unique"`);
    await queryRunner.query(`DROP INDEX "public"."graduates_specialist_idx"`);
    await queryRunner.query(`DROP TABLE "graduates"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5`,
      ['GENERATED_COLUMN', 'search_name', database, 'public', 'graduates'],
    );
    await queryRunner.query(`DROP TYPE "public"."graduate_status"`);
    await queryRunner.query(`DROP TYPE "public"."legal_status"`);
    await queryRunner.query(`DROP TYPE "public"."sex"`);
    await queryRunner.query(`DROP INDEX "public"."graduate_files_graduate_idx"`);
    await queryRunner.query(`DROP TABLE "graduate_files"`);
    await queryRunner.query(`DROP TYPE "public"."graduate_file_kind"`);
    await queryRunner.query(`DROP INDEX "public"."consents_graduate_idx"`);
    await queryRunner.query(`DROP TABLE "consents"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_entity_idx"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP TYPE "public"."audit_action"`);
  }
}
