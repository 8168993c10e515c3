import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The access log becomes append-only in the database itself: a trigger refuses UPDATE,
 * DELETE and TRUNCATE for every client, the application included. Indexes serve the
 * viewer's filters (institution and period, user, the record, the personal file in details).
 */
export class AuditAppendOnly1796080712299 implements MigrationInterface {
  name = 'AuditAppendOnly1796080712299';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "audit_log_entity_id_idx" ON "audit_log" ("entity_id")`);
    await queryRunner.query(
      `CREATE INDEX "audit_log_user_at_idx" ON "audit_log" ("user_id", "at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_log_institution_at_idx" ON "audit_log" ("institution_id", "at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_log_details_idx" ON "audit_log" USING gin ("details" jsonb_path_ops)`,
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "audit_log"
      FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_log_no_truncate" ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER "audit_log_append_only" ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_details_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_institution_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_user_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_log_entity_id_idx"`);
  }
}
