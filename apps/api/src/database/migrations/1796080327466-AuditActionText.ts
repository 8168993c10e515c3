import { MigrationInterface, QueryRunner } from 'typeorm';

/** Audit actions become text (kept, not dropped), and events with no known user are allowed. */
export class AuditActionText1796080327466 implements MigrationInterface {
  name = 'AuditActionText1796080327466';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "user_id" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "audit_log" ALTER COLUMN "action" TYPE character varying(40) USING "action"::text`,
    );
    await queryRunner.query(`DROP TYPE "public"."audit_action"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."audit_action" AS ENUM('read', 'create', 'update', 'archive', 'export', 'import', 'download')`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_log" ALTER COLUMN "action" TYPE "public"."audit_action" USING "action"::"public"."audit_action"`,
    );
    await queryRunner.query(`ALTER TABLE "audit_log" ALTER COLUMN "user_id" SET NOT NULL`);
  }
}
