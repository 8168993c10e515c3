import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group events (001 §3.1.2) with their participants, and the service's annual and monthly
 * work plans (000 §8.2, 001 §8.1). A present participant of a held event is counted as a
 * group service: trainings, seminars and master classes under the existing
 * «training_session» kind, clubs, evenings, excursions and other events under the
 * «group_event» kind added here (after «training_session» in the list).
 */
const GROUP_EVENT_KIND = [
  'group_event',
  'Групповое мероприятие: клуб, тематический вечер, экскурсия',
];

export class EventsWorkPlans1796067427859 implements MigrationInterface {
  name = 'EventsWorkPlans1796067427859';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."group_event_kind" AS ENUM('training', 'seminar', 'club_meeting', 'evening', 'master_class', 'excursion', 'other')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."group_event_status" AS ENUM('scheduled', 'held', 'cancelled')`,
    );
    await queryRunner.query(
      `CREATE TABLE "group_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "kind" "public"."group_event_kind" NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" integer NOT NULL, "topic" text NOT NULL, "lead_user_id" uuid, "lead_name" text NOT NULL DEFAULT '', "place" text NOT NULL DEFAULT '', "notes" text NOT NULL DEFAULT '', "status" "public"."group_event_status" NOT NULL DEFAULT 'scheduled', "cancel_reason" text NOT NULL DEFAULT '', "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "group_events_duration_range" CHECK ("duration_minutes" BETWEEN 1 AND 1440), CONSTRAINT "PK_4c93ca2f8941964ca0e58334a27" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "group_events_lead_idx" ON "group_events"  ("lead_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "group_events_institution_starts_idx" ON "group_events"  ("institution_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "group_event_participants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "graduate_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "present" boolean, "service_id" uuid, CONSTRAINT "PK_ffda105af2bb160495506526e16" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "group_event_participants_graduate_idx" ON "group_event_participants"  ("graduate_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "group_event_participants_service_unique" ON "group_event_participants"  ("service_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "group_event_participants_unique" ON "group_event_participants"  ("event_id", "graduate_id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."work_plan_kind" AS ENUM('annual', 'monthly')`);
    await queryRunner.query(
      `CREATE TYPE "public"."work_plan_status" AS ENUM('draft', 'submitted', 'approved', 'returned')`,
    );
    await queryRunner.query(
      `CREATE TABLE "work_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "kind" "public"."work_plan_kind" NOT NULL, "year" integer NOT NULL, "month" integer, "status" "public"."work_plan_status" NOT NULL DEFAULT 'draft', "approved_at" TIMESTAMP WITH TIME ZONE, "approved_by" uuid, "review_comment" text NOT NULL DEFAULT '', "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "work_plans_month_range" CHECK ("month" BETWEEN 1 AND 12), CONSTRAINT "work_plans_month_of_kind" CHECK (("kind" = 'annual') = ("month" IS NULL)), CONSTRAINT "PK_aec61407bc55c68a5e31f4aaeec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "work_plans_monthly_unique" ON "work_plans"  ("institution_id", "year", "month") WHERE "month" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "work_plans_annual_unique" ON "work_plans"  ("institution_id", "year") WHERE "month" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "work_plan_sections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, CONSTRAINT "PK_8644afdafea3aa59cd84ea7689d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "work_plan_sections_plan_idx" ON "work_plan_sections"  ("plan_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."work_plan_item_status" AS ENUM('planned', 'done', 'not_done', 'moved')`,
    );
    await queryRunner.query(
      `CREATE TABLE "work_plan_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "section_id" uuid NOT NULL, "title" text NOT NULL, "due_month" integer, "due_on" date, "responsible_user_id" uuid, "responsible_name" text NOT NULL DEFAULT '', "expected_result" text NOT NULL DEFAULT '', "status" "public"."work_plan_item_status" NOT NULL DEFAULT 'planned', "note" text NOT NULL DEFAULT '', "marked_at" TIMESTAMP WITH TIME ZONE, "annual_item_id" uuid, "moved_from_id" uuid, "move_reason" text NOT NULL DEFAULT '', "moved_at" TIMESTAMP WITH TIME ZONE, "moved_to_item_id" uuid, CONSTRAINT "work_plan_items_one_due" CHECK (("due_month" IS NULL) <> ("due_on" IS NULL)), CONSTRAINT "work_plan_items_due_month_range" CHECK ("due_month" BETWEEN 1 AND 12), CONSTRAINT "PK_18d21728482ebb26222468a7a23" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "work_plan_items_annual_idx" ON "work_plan_items"  ("annual_item_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "work_plan_items_moved_to_idx" ON "work_plan_items"  ("moved_to_item_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "work_plan_items_plan_idx" ON "work_plan_items"  ("plan_id", "section_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "group_events" ADD CONSTRAINT "FK_918eb252e7b7c4be4157b9e8384" FOREIGN KEY ("lead_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_event_participants" ADD CONSTRAINT "FK_43a78dda95c7dbb613a110666f5" FOREIGN KEY ("event_id") REFERENCES "group_events"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_event_participants" ADD CONSTRAINT "FK_3759a49c6244a0cb360791e3ccc" FOREIGN KEY ("graduate_id") REFERENCES "graduates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_event_participants" ADD CONSTRAINT "FK_2fbe66cf7e46e8cebe536d8923e" FOREIGN KEY ("service_id") REFERENCES "aid_services"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_plan_sections" ADD CONSTRAINT "FK_1b4d00d4960f74f3ba40642de51" FOREIGN KEY ("plan_id") REFERENCES "work_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_plan_items" ADD CONSTRAINT "FK_8200b73fce679905a76a3d3a5df" FOREIGN KEY ("plan_id") REFERENCES "work_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_plan_items" ADD CONSTRAINT "FK_fc1b6c9deccce12b4d949577c97" FOREIGN KEY ("section_id") REFERENCES "work_plan_sections"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_plan_items" ADD CONSTRAINT "FK_47a4700c01441778ba3fcc5e0bc" FOREIGN KEY ("responsible_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_plan_items" ADD CONSTRAINT "FK_4fd1e8bdbd8162377657699ceb5" FOREIGN KEY ("annual_item_id") REFERENCES "work_plan_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_plan_items" ADD CONSTRAINT "FK_dfb972ad590a7d1fc9141b9ceb1" FOREIGN KEY ("moved_from_id") REFERENCES "work_plan_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_plan_items" ADD CONSTRAINT "FK_c6b3ea8470a79328749edcb69fd" FOREIGN KEY ("moved_to_item_id") REFERENCES "work_plan_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "dictionary_entries" ("kind", "code", "name", "sort_order", "version") VALUES ('service_kind', $1, $2, 185, 1)`,
      GROUP_EVENT_KIND,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Refused while services of that kind exist: they are kept, like every record of help.
    await queryRunner.query(
      `DELETE FROM "dictionary_entries" WHERE "kind" = 'service_kind' AND "code" = $1`,
      [GROUP_EVENT_KIND[0]],
    );
    await queryRunner.query(
      `ALTER TABLE "work_plan_items" DROP CONSTRAINT "FK_c6b3ea8470a79328749edcb69fd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_plan_items" DROP CONSTRAINT "FK_dfb972ad590a7d1fc9141b9ceb1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_plan_items" DROP CONSTRAINT "FK_4fd1e8bdbd8162377657699ceb5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_plan_items" DROP CONSTRAINT "FK_47a4700c01441778ba3fcc5e0bc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_plan_items" DROP CONSTRAINT "FK_fc1b6c9deccce12b4d949577c97"`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_plan_items" DROP CONSTRAINT "FK_8200b73fce679905a76a3d3a5df"`,
    );
    await queryRunner.query(
      `ALTER TABLE "work_plan_sections" DROP CONSTRAINT "FK_1b4d00d4960f74f3ba40642de51"`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_event_participants" DROP CONSTRAINT "FK_2fbe66cf7e46e8cebe536d8923e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_event_participants" DROP CONSTRAINT "FK_3759a49c6244a0cb360791e3ccc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_event_participants" DROP CONSTRAINT "FK_43a78dda95c7dbb613a110666f5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_events" DROP CONSTRAINT "FK_918eb252e7b7c4be4157b9e8384"`,
    );
    await queryRunner.query(`DROP INDEX "public"."work_plan_items_plan_idx"`);
    await queryRunner.query(`DROP INDEX "public"."work_plan_items_moved_to_idx"`);
    await queryRunner.query(`DROP INDEX "public"."work_plan_items_annual_idx"`);
    await queryRunner.query(`DROP TABLE "work_plan_items"`);
    await queryRunner.query(`DROP TYPE "public"."work_plan_item_status"`);
    await queryRunner.query(`DROP INDEX "public"."work_plan_sections_plan_idx"`);
    await queryRunner.query(`DROP TABLE "work_plan_sections"`);
    await queryRunner.query(`DROP INDEX "public"."work_plans_annual_unique"`);
    await queryRunner.query(`DROP INDEX "public"."work_plans_monthly_unique"`);
    await queryRunner.query(`DROP TABLE "work_plans"`);
    await queryRunner.query(`DROP TYPE "public"."work_plan_status"`);
    await queryRunner.query(`DROP TYPE "public"."work_plan_kind"`);
    await queryRunner.query(`DROP INDEX "public"."group_event_participants_unique"`);
    await queryRunner.query(`DROP INDEX "public"."group_event_participants_service_unique"`);
    await queryRunner.query(`DROP INDEX "public"."group_event_participants_graduate_idx"`);
    await queryRunner.query(`DROP TABLE "group_event_participants"`);
    await queryRunner.query(`DROP INDEX "public"."group_events_institution_starts_idx"`);
    await queryRunner.query(`DROP INDEX "public"."group_events_lead_idx"`);
    await queryRunner.query(`DROP TABLE "group_events"`);
    await queryRunner.query(`DROP TYPE "public"."group_event_status"`);
    await queryRunner.query(`DROP TYPE "public"."group_event_kind"`);
  }
}
