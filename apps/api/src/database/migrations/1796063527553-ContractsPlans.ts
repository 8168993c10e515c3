import { MigrationInterface, QueryRunner } from 'typeorm';

export class ContractsPlans1796063527553 implements MigrationInterface {
  name = 'ContractsPlans1796063527553';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."exception_ordered_by" AS ENUM('director', 'head')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."exception_order_status" AS ENUM('requested', 'confirmed', 'rejected')`,
    );
    await queryRunner.query(
      `CREATE TABLE "exception_orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "graduate_id" uuid NOT NULL, "ordered_by" "public"."exception_ordered_by" NOT NULL, "ordered_by_name" text NOT NULL DEFAULT '', "number" text NOT NULL, "order_date" date NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "grounds" text NOT NULL DEFAULT '', "status" "public"."exception_order_status" NOT NULL DEFAULT 'requested', "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_comment" text NOT NULL DEFAULT '', CONSTRAINT "PK_b115ffdb59acff8595e8e380780" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "exception_orders_institution_status_idx" ON "exception_orders"  ("institution_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "exception_orders_graduate_idx" ON "exception_orders"  ("graduate_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "lifecycle_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "entity" text NOT NULL, "entity_id" uuid NOT NULL, "user_id" uuid, "from_status" text, "to_status" text NOT NULL, "reason" text NOT NULL DEFAULT '', "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_34abb88c0eea13bbddefd999a27" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "lifecycle_events_record_idx" ON "lifecycle_events"  ("entity", "entity_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contract_numbers" ("institution_id" uuid NOT NULL, "year" integer NOT NULL, "last_seq" integer NOT NULL, CONSTRAINT "PK_43290975f8c17866428f18afee3" PRIMARY KEY ("institution_id", "year"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."contract_kind" AS ENUM('preliminary', 'support')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."contract_status" AS ENUM('draft', 'active', 'ended', 'discarded')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."contract_end_reason" AS ENUM('term_expired', 'graduate_request', 'age_limit', 'goals_reached', 'moved_away', 'lost_contact', 'death', 'other', 'superseded')`,
    );
    await queryRunner.query(
      `CREATE TABLE "contracts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "graduate_id" uuid NOT NULL, "kind" "public"."contract_kind" NOT NULL, "number" text NOT NULL, "application_date" date, "concluded_on" date, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "legal_representative" text NOT NULL DEFAULT '', "responsible_specialist_id" uuid, "conditions" text NOT NULL DEFAULT '', "status" "public"."contract_status" NOT NULL DEFAULT 'draft', "signed_scan_file_id" uuid, "scan_later" boolean NOT NULL DEFAULT false, "activated_at" TIMESTAMP WITH TIME ZONE, "ended_on" date, "end_reason" "public"."contract_end_reason", "end_reason_text" text NOT NULL DEFAULT '', "exception_order_id" uuid, CONSTRAINT "PK_2c7b8f3a7b1acdd49497d83d0fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "contracts_graduate_idx" ON "contracts"  ("graduate_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "contracts_specialist_idx" ON "contracts"  ("responsible_specialist_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "contracts_institution_status_ends_idx" ON "contracts"  ("institution_id", "status", "ends_on") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "contracts_one_active_support" ON "contracts"  ("graduate_id") WHERE "status" = 'active' AND "kind" = 'support'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "contracts_number_unique" ON "contracts"  ("institution_id", "number") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."document_template_kind" AS ENUM('contract')`);
    await queryRunner.query(
      `CREATE TABLE "document_templates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "kind" "public"."document_template_kind" NOT NULL, "file_name" text NOT NULL, "size_bytes" integer NOT NULL, "fields" text array NOT NULL DEFAULT '{}', "content" bytea NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0372838b7b7cd3571aef80466d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "document_templates_current_idx" ON "document_templates"  ("institution_id", "kind", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."plan_status" AS ENUM('draft', 'submitted', 'approved', 'returned')`,
    );
    await queryRunner.query(
      `CREATE TABLE "support_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "contract_id" uuid NOT NULL, "graduate_id" uuid NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "goals" jsonb NOT NULL DEFAULT '[]', "status" "public"."plan_status" NOT NULL DEFAULT 'draft', "revision" integer NOT NULL DEFAULT '0', "approved_revision" integer NOT NULL DEFAULT '0', "approved_at" TIMESTAMP WITH TIME ZONE, "approved_by" uuid, "next_review_on" date, "review_comment" text NOT NULL DEFAULT '', "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_37dc54442b72c22623e6d6b073f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "support_plans_graduate_idx" ON "support_plans"  ("graduate_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "support_plans_institution_status_idx" ON "support_plans"  ("institution_id", "status", "next_review_on") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "support_plans_contract_unique" ON "support_plans"  ("contract_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."life_domain" AS ENUM('housing', 'documents', 'education', 'employment', 'health', 'family', 'finances', 'legal', 'leisure', 'risk_behaviour')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."plan_activity_status" AS ENUM('planned', 'done', 'moved', 'cancelled')`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_activities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "domain" "public"."life_domain" NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "due_on" date NOT NULL, "responsible_user_id" uuid, "status" "public"."plan_activity_status" NOT NULL DEFAULT 'planned', "done_on" date, "result" text NOT NULL DEFAULT '', "cancel_reason" text NOT NULL DEFAULT '', "moves" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_f1937e5d3ae2046fb220d4e8da1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "plan_activities_plan_idx" ON "plan_activities"  ("plan_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "plan_activities_responsible_idx" ON "plan_activities"  ("responsible_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "plan_activities_open_due_idx" ON "plan_activities"  ("institution_id", "status", "due_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "number" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "reason" text NOT NULL, "snapshot" jsonb NOT NULL, CONSTRAINT "PK_653664132a9666a9f1e62266912" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "plan_revisions_plan_number_unique" ON "plan_revisions"  ("plan_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contract_service_kinds" ("contract_id" uuid NOT NULL, "service_kind_id" uuid NOT NULL, CONSTRAINT "PK_c7731cd4b858e1e1b2d841518aa" PRIMARY KEY ("contract_id", "service_kind_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_31c0e6bc6d476943b159193735" ON "contract_service_kinds"  ("contract_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_dcad9cf8c578494335b14752d1" ON "contract_service_kinds"  ("service_kind_id") `,
    );
    // Orders recorded on the personal file become confirmed exception orders (001 §4.1.3).
    await queryRunner.query(
      `INSERT INTO "exception_orders" ("institution_id", "graduate_id", "ordered_by", "ordered_by_name", "number", "order_date", "valid_from", "status", "decided_at")
       SELECT "institution_id", "id", 'director', COALESCE("exception_order_by", ''), "exception_order_number", "exception_order_date", "exception_order_date", 'confirmed', now()
       FROM "graduates" WHERE "exception_order_number" IS NOT NULL AND "exception_order_date" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "graduates" DROP COLUMN "exception_order_date"`);
    await queryRunner.query(`ALTER TABLE "graduates" DROP COLUMN "exception_order_by"`);
    await queryRunner.query(`ALTER TABLE "graduates" DROP COLUMN "exception_order_number"`);
    await queryRunner.query(
      `ALTER TABLE "institutions" ADD "time_zone" text NOT NULL DEFAULT 'Europe/Moscow'`,
    );
    await queryRunner.query(`ALTER TABLE "institutions" ADD "full_name" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "institutions" ADD "short_name" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "institutions" ADD "address" text NOT NULL DEFAULT ''`);
    await queryRunner.query(
      `ALTER TABLE "institutions" ADD "director_name" text NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(
      `ALTER TABLE "institutions" ADD "director_position" text NOT NULL DEFAULT 'Директор'`,
    );
    await queryRunner.query(`ALTER TABLE "institutions" ADD "phone" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "institutions" ADD "email" text NOT NULL DEFAULT ''`);
    await queryRunner.query(
      `ALTER TABLE "institutions" ADD "contract_prefix" text NOT NULL DEFAULT 'ДС'`,
    );
    await queryRunner.query(`ALTER TYPE "public"."graduate_file_kind" ADD VALUE 'contract_scan'`);
    await queryRunner.query(
      `ALTER TABLE "exception_orders" ADD CONSTRAINT "FK_b211c4076c9bb964f477fec25f9" FOREIGN KEY ("graduate_id") REFERENCES "graduates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contracts" ADD CONSTRAINT "FK_88d339ded94bd46e360baf1942a" FOREIGN KEY ("graduate_id") REFERENCES "graduates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contracts" ADD CONSTRAINT "FK_59bb37e09869d5fb7b5f31582c5" FOREIGN KEY ("responsible_specialist_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_plans" ADD CONSTRAINT "FK_6de563765acf08500200ce36c06" FOREIGN KEY ("contract_id") REFERENCES "contracts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_activities" ADD CONSTRAINT "FK_61ba8964412fb2028aa1092220a" FOREIGN KEY ("plan_id") REFERENCES "support_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_activities" ADD CONSTRAINT "FK_26de343d54fdea5786b36b0a68b" FOREIGN KEY ("responsible_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_service_kinds" ADD CONSTRAINT "FK_31c0e6bc6d476943b1591937355" FOREIGN KEY ("contract_id") REFERENCES "contracts"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_service_kinds" ADD CONSTRAINT "FK_dcad9cf8c578494335b14752d19" FOREIGN KEY ("service_kind_id") REFERENCES "dictionary_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "contract_service_kinds" DROP CONSTRAINT "FK_dcad9cf8c578494335b14752d19"`,
    );
    await queryRunner.query(
      `ALTER TABLE "contract_service_kinds" DROP CONSTRAINT "FK_31c0e6bc6d476943b1591937355"`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_activities" DROP CONSTRAINT "FK_26de343d54fdea5786b36b0a68b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_activities" DROP CONSTRAINT "FK_61ba8964412fb2028aa1092220a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_plans" DROP CONSTRAINT "FK_6de563765acf08500200ce36c06"`,
    );
    await queryRunner.query(
      `ALTER TABLE "contracts" DROP CONSTRAINT "FK_59bb37e09869d5fb7b5f31582c5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "contracts" DROP CONSTRAINT "FK_88d339ded94bd46e360baf1942a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "exception_orders" DROP CONSTRAINT "FK_b211c4076c9bb964f477fec25f9"`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."graduate_file_kind_old" AS ENUM('portrait', 'full_height', 'document', 'consent_scan')`,
    );
    await queryRunner.query(
      `ALTER TABLE "graduate_files" ALTER COLUMN "kind" TYPE "public"."graduate_file_kind_old" USING "kind"::"text"::"public"."graduate_file_kind_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."graduate_file_kind"`);
    await queryRunner.query(
      `ALTER TYPE "public"."graduate_file_kind_old" RENAME TO "graduate_file_kind"`,
    );
    await queryRunner.query(`ALTER TABLE "institutions" DROP COLUMN "contract_prefix"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP COLUMN "email"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP COLUMN "phone"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP COLUMN "director_position"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP COLUMN "director_name"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP COLUMN "address"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP COLUMN "short_name"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP COLUMN "full_name"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP COLUMN "time_zone"`);
    await queryRunner.query(`ALTER TABLE "graduates" ADD "exception_order_number" text`);
    await queryRunner.query(`ALTER TABLE "graduates" ADD "exception_order_by" text`);
    await queryRunner.query(`ALTER TABLE "graduates" ADD "exception_order_date" date`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dcad9cf8c578494335b14752d1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_31c0e6bc6d476943b159193735"`);
    await queryRunner.query(`DROP TABLE "contract_service_kinds"`);
    await queryRunner.query(`DROP INDEX "public"."plan_revisions_plan_number_unique"`);
    await queryRunner.query(`DROP TABLE "plan_revisions"`);
    await queryRunner.query(`DROP INDEX "public"."plan_activities_open_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."plan_activities_responsible_idx"`);
    await queryRunner.query(`DROP INDEX "public"."plan_activities_plan_idx"`);
    await queryRunner.query(`DROP TABLE "plan_activities"`);
    await queryRunner.query(`DROP TYPE "public"."plan_activity_status"`);
    await queryRunner.query(`DROP TYPE "public"."life_domain"`);
    await queryRunner.query(`DROP INDEX "public"."support_plans_contract_unique"`);
    await queryRunner.query(`DROP INDEX "public"."support_plans_institution_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."support_plans_graduate_idx"`);
    await queryRunner.query(`DROP TABLE "support_plans"`);
    await queryRunner.query(`DROP TYPE "public"."plan_status"`);
    await queryRunner.query(`DROP INDEX "public"."document_templates_current_idx"`);
    await queryRunner.query(`DROP TABLE "document_templates"`);
    await queryRunner.query(`DROP TYPE "public"."document_template_kind"`);
    await queryRunner.query(`DROP INDEX "public"."contracts_number_unique"`);
    await queryRunner.query(`DROP INDEX "public"."contracts_one_active_support"`);
    await queryRunner.query(`DROP INDEX "public"."contracts_institution_status_ends_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contracts_specialist_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contracts_graduate_idx"`);
    await queryRunner.query(`DROP TABLE "contracts"`);
    await queryRunner.query(`DROP TYPE "public"."contract_end_reason"`);
    await queryRunner.query(`DROP TYPE "public"."contract_status"`);
    await queryRunner.query(`DROP TYPE "public"."contract_kind"`);
    await queryRunner.query(`DROP TABLE "contract_numbers"`);
    await queryRunner.query(`DROP INDEX "public"."lifecycle_events_record_idx"`);
    await queryRunner.query(`DROP TABLE "lifecycle_events"`);
    await queryRunner.query(`DROP INDEX "public"."exception_orders_graduate_idx"`);
    await queryRunner.query(`DROP INDEX "public"."exception_orders_institution_status_idx"`);
    await queryRunner.query(`DROP TABLE "exception_orders"`);
    await queryRunner.query(`DROP TYPE "public"."exception_order_status"`);
    await queryRunner.query(`DROP TYPE "public"."exception_ordered_by"`);
  }
}
