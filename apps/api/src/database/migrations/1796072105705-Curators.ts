import { MigrationInterface, QueryRunner } from 'typeorm';

export class Curators1796072105705 implements MigrationInterface {
  name = 'Curators1796072105705';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."curator_status" AS ENUM('candidate', 'trained', 'approved', 'active', 'paused', 'left')`,
    );
    await queryRunner.query(
      `CREATE TABLE "curators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "last_name" text NOT NULL, "first_name" text NOT NULL, "patronymic" text NOT NULL DEFAULT '', "birth_date" date, "phone" text NOT NULL DEFAULT '', "email" text NOT NULL DEFAULT '', "occupation" text NOT NULL DEFAULT '', "source" text NOT NULL DEFAULT '', "record_check_number" text NOT NULL DEFAULT '', "record_check_on" date, "consent_on" date, "note" text NOT NULL DEFAULT '', "status" "public"."curator_status" NOT NULL DEFAULT 'candidate', "user_id" uuid, CONSTRAINT "PK_3b54b0e2d17cf411915da8d385a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "curators_user_idx" ON "curators"  ("user_id") WHERE user_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "curators_institution_status_idx" ON "curators"  ("institution_id", "status", "last_name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "curator_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "curator_id" uuid NOT NULL, "graduate_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "goal" text NOT NULL DEFAULT '', "end_reason" text NOT NULL DEFAULT '', CONSTRAINT "curator_assignments_period_check" CHECK ("ends_on" IS NULL OR "ends_on" >= "starts_on"), CONSTRAINT "PK_d3e16fdf634f39090b649b4e55f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "curator_assignments_graduate_idx" ON "curator_assignments"  ("graduate_id", "starts_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "curator_assignments_curator_idx" ON "curator_assignments"  ("curator_id", "starts_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "curator_consultations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "curator_id" uuid NOT NULL, "held_on" date NOT NULL, "staff_user_id" uuid NOT NULL, "topic" text NOT NULL, "notes" text NOT NULL DEFAULT '', "graduate_id" uuid, CONSTRAINT "PK_5509ccc9adcc2675b50f099db81" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "curator_consultations_curator_idx" ON "curator_consultations"  ("curator_id", "held_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "curator_training_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "held_on" date NOT NULL, "topic" text NOT NULL, "trainer" text NOT NULL DEFAULT '', "hours" integer NOT NULL, CONSTRAINT "PK_43beb1d3332c14e9f13a4def009" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "curator_training_sessions_day_idx" ON "curator_training_sessions"  ("institution_id", "held_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "curator_training_attendance" ("session_id" uuid NOT NULL, "curator_id" uuid NOT NULL, CONSTRAINT "PK_b2deba79c9b923ee09e3b58bad1" PRIMARY KEY ("session_id", "curator_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "curator_training_attendance_curator_idx" ON "curator_training_attendance"  ("curator_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "institutions" ADD "curator_training_hours" integer NOT NULL DEFAULT '16'`,
    );
    await queryRunner.query(
      `ALTER TABLE "institutions" ADD "curator_max_graduates" integer NOT NULL DEFAULT '3'`,
    );
    await queryRunner.query(`ALTER TABLE "plan_activities" ADD "responsible_curator_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "case_contacts" ADD "curator_ids" uuid array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "group_events" ADD "lead_curator_id" uuid`);
    await queryRunner.query(`ALTER TABLE "group_events" ADD "lead_partner_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "plan_activities_curator_idx" ON "plan_activities"  ("responsible_curator_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "curators" ADD CONSTRAINT "FK_b3449ec80b80e739aafa3a51d61" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_activities" ADD CONSTRAINT "FK_231e683be4134622236a98373fb" FOREIGN KEY ("responsible_curator_id") REFERENCES "curators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_events" ADD CONSTRAINT "FK_7a3334b44cfb448d629682edd93" FOREIGN KEY ("lead_curator_id") REFERENCES "curators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_events" ADD CONSTRAINT "FK_fc8c47edf4e1829df7350972b25" FOREIGN KEY ("lead_partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "curator_assignments" ADD CONSTRAINT "FK_28813f97a7fc9fa20ff9ef2941f" FOREIGN KEY ("curator_id") REFERENCES "curators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "curator_assignments" ADD CONSTRAINT "FK_664d504c19e08177f31d45ac776" FOREIGN KEY ("graduate_id") REFERENCES "graduates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "curator_consultations" ADD CONSTRAINT "FK_ac4b98e4837ebf51d8671adf712" FOREIGN KEY ("curator_id") REFERENCES "curators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "curator_consultations" ADD CONSTRAINT "FK_391531e43594c7e333f94cf4b84" FOREIGN KEY ("staff_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "curator_training_attendance" ADD CONSTRAINT "FK_d8fe00b6a5c8f4e895e46a7340e" FOREIGN KEY ("session_id") REFERENCES "curator_training_sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "curator_training_attendance" ADD CONSTRAINT "FK_c714ae406222fe7c1552cb42123" FOREIGN KEY ("curator_id") REFERENCES "curators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "curator_training_attendance" DROP CONSTRAINT "FK_c714ae406222fe7c1552cb42123"`,
    );
    await queryRunner.query(
      `ALTER TABLE "curator_training_attendance" DROP CONSTRAINT "FK_d8fe00b6a5c8f4e895e46a7340e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "curator_consultations" DROP CONSTRAINT "FK_391531e43594c7e333f94cf4b84"`,
    );
    await queryRunner.query(
      `ALTER TABLE "curator_consultations" DROP CONSTRAINT "FK_ac4b98e4837ebf51d8671adf712"`,
    );
    await queryRunner.query(
      `ALTER TABLE "curator_assignments" DROP CONSTRAINT "FK_664d504c19e08177f31d45ac776"`,
    );
    await queryRunner.query(
      `ALTER TABLE "curator_assignments" DROP CONSTRAINT "FK_28813f97a7fc9fa20ff9ef2941f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_events" DROP CONSTRAINT "FK_fc8c47edf4e1829df7350972b25"`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_events" DROP CONSTRAINT "FK_7a3334b44cfb448d629682edd93"`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_activities" DROP CONSTRAINT "FK_231e683be4134622236a98373fb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "curators" DROP CONSTRAINT "FK_b3449ec80b80e739aafa3a51d61"`,
    );
    await queryRunner.query(`DROP INDEX "public"."plan_activities_curator_idx"`);
    await queryRunner.query(`ALTER TABLE "group_events" DROP COLUMN "lead_partner_id"`);
    await queryRunner.query(`ALTER TABLE "group_events" DROP COLUMN "lead_curator_id"`);
    await queryRunner.query(`ALTER TABLE "case_contacts" DROP COLUMN "curator_ids"`);
    await queryRunner.query(`ALTER TABLE "plan_activities" DROP COLUMN "responsible_curator_id"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP COLUMN "curator_max_graduates"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP COLUMN "curator_training_hours"`);
    await queryRunner.query(`DROP INDEX "public"."curator_training_attendance_curator_idx"`);
    await queryRunner.query(`DROP TABLE "curator_training_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."curator_training_sessions_day_idx"`);
    await queryRunner.query(`DROP TABLE "curator_training_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."curator_consultations_curator_idx"`);
    await queryRunner.query(`DROP TABLE "curator_consultations"`);
    await queryRunner.query(`DROP INDEX "public"."curator_assignments_curator_idx"`);
    await queryRunner.query(`DROP INDEX "public"."curator_assignments_graduate_idx"`);
    await queryRunner.query(`DROP TABLE "curator_assignments"`);
    await queryRunner.query(`DROP INDEX "public"."curators_institution_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."curators_user_idx"`);
    await queryRunner.query(`DROP TABLE "curators"`);
    await queryRunner.query(`DROP TYPE "public"."curator_status"`);
  }
}
