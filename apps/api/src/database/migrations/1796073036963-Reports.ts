import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reports1796073036963 implements MigrationInterface {
  name = 'Reports1796073036963';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "regional_scopes" ("user_id" uuid NOT NULL, "institution_id" uuid NOT NULL, CONSTRAINT "PK_1b9959f6a4f552109b8d1b70ffa" PRIMARY KEY ("user_id", "institution_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."report_kind" AS ENUM('specialist_monthly', 'department_monthly', 'half_year', 'annual')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."report_status" AS ENUM('draft', 'submitted', 'accepted', 'returned')`,
    );
    await queryRunner.query(
      `CREATE TABLE "reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "kind" "public"."report_kind" NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "author_id" uuid NOT NULL, "due_on" date NOT NULL, "status" "public"."report_status" NOT NULL DEFAULT 'draft', "narrative" jsonb NOT NULL DEFAULT '{}', "figures" jsonb, "submitted_at" TIMESTAMP WITH TIME ZONE, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, "review_comment" text NOT NULL DEFAULT '', "submissions" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "reports_department_period_key" ON "reports"  ("institution_id", "kind", "period_from") WHERE kind <> 'specialist_monthly'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "reports_specialist_period_key" ON "reports"  ("institution_id", "kind", "period_from", "author_id") WHERE kind = 'specialist_monthly'`,
    );
    await queryRunner.query(
      `CREATE TABLE "report_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "number" integer NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_by" uuid NOT NULL, "figures" jsonb NOT NULL, "narrative" jsonb NOT NULL, CONSTRAINT "PK_6d3b864a941bf10036efe50ae81" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "report_versions_report_key" ON "report_versions"  ("report_id", "number") `,
    );
    await queryRunner.query(
      `ALTER TABLE "regional_scopes" ADD CONSTRAINT "FK_a3a49e7ad5e884e080812a19b14" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "regional_scopes" ADD CONSTRAINT "FK_58d50c46d74232cfe6a13ef6133" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reports" ADD CONSTRAINT "FK_af66c04d96c3fd3ba7612fdf5e9" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_versions" ADD CONSTRAINT "FK_93e13c1185de5e1c4facf02b6d3" FOREIGN KEY ("report_id") REFERENCES "reports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "report_versions" DROP CONSTRAINT "FK_93e13c1185de5e1c4facf02b6d3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "reports" DROP CONSTRAINT "FK_af66c04d96c3fd3ba7612fdf5e9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "regional_scopes" DROP CONSTRAINT "FK_58d50c46d74232cfe6a13ef6133"`,
    );
    await queryRunner.query(
      `ALTER TABLE "regional_scopes" DROP CONSTRAINT "FK_a3a49e7ad5e884e080812a19b14"`,
    );
    await queryRunner.query(`DROP INDEX "public"."report_versions_report_key"`);
    await queryRunner.query(`DROP TABLE "report_versions"`);
    await queryRunner.query(`DROP INDEX "public"."reports_specialist_period_key"`);
    await queryRunner.query(`DROP INDEX "public"."reports_department_period_key"`);
    await queryRunner.query(`DROP TABLE "reports"`);
    await queryRunner.query(`DROP TYPE "public"."report_status"`);
    await queryRunner.query(`DROP TYPE "public"."report_kind"`);
    await queryRunner.query(`DROP TABLE "regional_scopes"`);
  }
}
