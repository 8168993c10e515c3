import { MigrationInterface, QueryRunner } from 'typeorm';

export class ChangeLog1796083565066 implements MigrationInterface {
  name = 'ChangeLog1796083565066';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "change_log" ("id" BIGSERIAL NOT NULL, "resource" character varying(40) NOT NULL, "resource_id" uuid NOT NULL, "institution_id" uuid NOT NULL, "version" integer NOT NULL, "action" character varying(20) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d00462cfb97b72c95357d559136" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "change_log_institution_idx" ON "change_log"  ("institution_id", "id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."change_log_institution_idx"`);
    await queryRunner.query(`DROP TABLE "change_log"`);
  }
}
