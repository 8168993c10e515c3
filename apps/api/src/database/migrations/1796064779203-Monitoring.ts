import { MigrationInterface, QueryRunner } from 'typeorm';
import { GUIDANCE_SEED } from '../../monitoring/assessments/guidance-seed';

export class Monitoring1796064779203 implements MigrationInterface {
  name = 'Monitoring1796064779203';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "situation_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "graduate_id" uuid NOT NULL, "valid_from" date NOT NULL, "situation" jsonb NOT NULL, "changed_parts" text array NOT NULL DEFAULT '{}', "recorded_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_787dfe5187afc9be1d072f12ec8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "situation_records_graduate_idx" ON "situation_records"  ("graduate_id", "valid_from", "recorded_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assessment_guidance" ("domain" "public"."life_domain" NOT NULL, "score" integer NOT NULL, "text" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_084423208ce0e8c9dda2f97741b" PRIMARY KEY ("domain", "score"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "assessment_id" uuid NOT NULL, "revision" integer NOT NULL, "current" boolean NOT NULL DEFAULT true, "graduate_id" uuid NOT NULL, "assessed_on" date NOT NULL, "scores" jsonb NOT NULL, "correction_reason" text NOT NULL DEFAULT '', CONSTRAINT "PK_a3442bd80a00e9111cefca57f6c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "assessments_graduate_current_idx" ON "assessments"  ("graduate_id", "current", "assessed_on") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "assessments_revision_unique" ON "assessments"  ("assessment_id", "revision") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."milestone" AS ENUM('passport', 'snils', 'medical_policy', 'inn', 'registration', 'military_registration', 'bank_account', 'housing', 'housing_queue', 'income', 'health_check', 'education_finished', 'trusted_adult')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."milestone_status" AS ENUM('not_started', 'in_progress', 'done', 'not_needed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "independence_milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "graduate_id" uuid NOT NULL, "milestone" "public"."milestone" NOT NULL, "status" "public"."milestone_status" NOT NULL, "on_date" date, "note" text NOT NULL DEFAULT '', CONSTRAINT "PK_2af4d98831f38f1183985b06904" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "independence_milestones_unique" ON "independence_milestones"  ("graduate_id", "milestone") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."contact_kind" AS ENUM('home_visit', 'study_visit', 'work_visit', 'office_meeting', 'phone_call', 'message', 'teacher_contact', 'employer_contact', 'partner_contact', 'outreach')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."contact_outcome" AS ENUM('held', 'refused', 'failed')`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "graduate_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "kind" "public"."contact_kind" NOT NULL, "outcome" "public"."contact_outcome" NOT NULL DEFAULT 'held', "participant_ids" uuid array NOT NULL DEFAULT '{}', "summary" text NOT NULL, "next_steps" text NOT NULL DEFAULT '', "appeal_id" uuid, "activity_ids" uuid array NOT NULL DEFAULT '{}', "attendance" text NOT NULL DEFAULT '', "results" text NOT NULL DEFAULT '', "counterpart_view" text NOT NULL DEFAULT '', CONSTRAINT "PK_1436dc12611109e2097a899b9c9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "case_contacts_appeal_idx" ON "case_contacts"  ("appeal_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "case_contacts_graduate_idx" ON "case_contacts"  ("graduate_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."notice_trigger" AS ENUM('housing', 'threat_life_health', 'other')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."notice_source" AS ENUM('assessment', 'contact', 'appeal', 'other')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."notice_status" AS ENUM('to_send', 'sent', 'answered', 'cancelled')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."notice_method" AS ENUM('letter', 'email', 'interdepartmental')`,
    );
    await queryRunner.query(
      `CREATE TABLE "guardianship_notices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "graduate_id" uuid NOT NULL, "trigger" "public"."notice_trigger" NOT NULL, "found_on" date NOT NULL, "finding" text NOT NULL, "measures" text NOT NULL DEFAULT '', "source" "public"."notice_source" NOT NULL DEFAULT 'other', "source_id" uuid, "mandatory" boolean NOT NULL, "recipient" text NOT NULL, "due_on" date NOT NULL, "status" "public"."notice_status" NOT NULL DEFAULT 'to_send', "sent_on" date, "method" "public"."notice_method", "outgoing_number" text NOT NULL DEFAULT '', "letter_scan_file_id" uuid, "answered_on" date, "answer_text" text NOT NULL DEFAULT '', "answer_scan_file_id" uuid, "cancel_reason" text NOT NULL DEFAULT '', CONSTRAINT "PK_af9e1471f32df1aa4d8f56faba2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "guardianship_notices_graduate_idx" ON "guardianship_notices"  ("graduate_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "guardianship_notices_institution_status_idx" ON "guardianship_notices"  ("institution_id", "status", "due_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "institutions" ADD "assessment_months_first_year" integer NOT NULL DEFAULT '3'`,
    );
    await queryRunner.query(
      `ALTER TABLE "institutions" ADD "assessment_months_later" integer NOT NULL DEFAULT '6'`,
    );
    await queryRunner.query(
      `ALTER TABLE "institutions" ADD "notice_due_working_days" integer NOT NULL DEFAULT '1'`,
    );
    await queryRunner.query(
      `ALTER TABLE "institutions" ADD "threat_notice_minors_only" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "institutions" ADD "guardianship_bodies" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TYPE "public"."graduate_file_kind" ADD VALUE 'notice_scan'`);
    await queryRunner.query(
      `ALTER TABLE "guardianship_notices" ADD CONSTRAINT "FK_493618336b5118bedbf3d7fd1cc" FOREIGN KEY ("graduate_id") REFERENCES "graduates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The scale's meaning per life domain, as first worded (administrators edit it later).
    for (const [domain, texts] of Object.entries(GUIDANCE_SEED))
      for (const [index, text] of texts.entries())
        await queryRunner.query(
          `INSERT INTO "assessment_guidance" ("domain", "score", "text", "version") VALUES ($1, $2, $3, 1)`,
          [domain, index + 1, text],
        );
    // The situation each file holds today becomes the first state of its history.
    await queryRunner.query(
      `INSERT INTO "situation_records" ("graduate_id", "valid_from", "situation", "changed_parts", "recorded_by", "recorded_at")
       SELECT "id", "updated_at"::date, "situation", '{}', "created_by", "updated_at"
       FROM "graduates" WHERE "situation" <> '{}'::jsonb`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "guardianship_notices" DROP CONSTRAINT "FK_493618336b5118bedbf3d7fd1cc"`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."graduate_file_kind_old" AS ENUM('portrait', 'full_height', 'document', 'consent_scan', 'contract_scan')`,
    );
    await queryRunner.query(
      `ALTER TABLE "graduate_files" ALTER COLUMN "kind" TYPE "public"."graduate_file_kind_old" USING "kind"::"text"::"public"."graduate_file_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."graduate_file_kind"`);
    await queryRunner.query(
      `ALTER TYPE "public"."graduate_file_kind_old" RENAME TO "graduate_file_kind"`,
    );
    await queryRunner.query(`ALTER TABLE "institutions" DROP COLUMN "guardianship_bodies"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP COLUMN "threat_notice_minors_only"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP COLUMN "notice_due_working_days"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP COLUMN "assessment_months_later"`);
    await queryRunner.query(
      `ALTER TABLE "institutions" DROP COLUMN "assessment_months_first_year"`,
    );
    await queryRunner.query(`DROP INDEX "public"."guardianship_notices_institution_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."guardianship_notices_graduate_idx"`);
    await queryRunner.query(`DROP TABLE "guardianship_notices"`);
    await queryRunner.query(`DROP TYPE "public"."notice_method"`);
    await queryRunner.query(`DROP TYPE "public"."notice_status"`);
    await queryRunner.query(`DROP TYPE "public"."notice_source"`);
    await queryRunner.query(`DROP TYPE "public"."notice_trigger"`);
    await queryRunner.query(`DROP INDEX "public"."case_contacts_graduate_idx"`);
    await queryRunner.query(`DROP INDEX "public"."case_contacts_appeal_idx"`);
    await queryRunner.query(`DROP TABLE "case_contacts"`);
    await queryRunner.query(`DROP TYPE "public"."contact_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."contact_kind"`);
    await queryRunner.query(`DROP INDEX "public"."independence_milestones_unique"`);
    await queryRunner.query(`DROP TABLE "independence_milestones"`);
    await queryRunner.query(`DROP TYPE "public"."milestone_status"`);
    await queryRunner.query(`DROP TYPE "public"."milestone"`);
    await queryRunner.query(`DROP INDEX "public"."assessments_revision_unique"`);
    await queryRunner.query(`DROP INDEX "public"."assessments_graduate_current_idx"`);
    await queryRunner.query(`DROP TABLE "assessments"`);
    await queryRunner.query(`DROP TABLE "assessment_guidance"`);
    await queryRunner.query(`DROP INDEX "public"."situation_records_graduate_idx"`);
    await queryRunner.query(`DROP TABLE "situation_records"`);
  }
}
