import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The starting lists, worded after the regulations: kinds of help from 001 §3.2, §7.1 and
 * 000 §2.2.2, §4.4–4.8; problems from 000 §4.2, §7.1.4 and 001 §7.1, in the life domains
 * the service monitors. Administrators rename, reorder, retire and add entries later.
 */
const SERVICE_KINDS: [code: string, name: string][] = [
  ['information', 'Информирование об услугах учреждения и службы'],
  ['social_pedagogical_consulting', 'Социально-педагогическое консультирование'],
  ['psychological_consulting', 'Психологическое консультирование'],
  ['psychological_diagnostics', 'Психологическая диагностика выпускника и членов его семьи'],
  ['crisis_support', 'Помощь в преодолении кризиса адаптации'],
  ['legal_aid', 'Правовая (юридическая) помощь, защита прав и законных интересов'],
  ['medical_social_aid', 'Медико-социальная помощь'],
  ['social_aid', 'Социальная помощь в решении проблем жизнеустройства'],
  ['employment_assistance', 'Содействие в получении профессии и трудоустройстве'],
  ['employer_liaison', 'Взаимодействие с работодателем'],
  ['education_liaison', 'Взаимодействие с образовательной организацией'],
  ['housing_assistance', 'Содействие в решении жилищных вопросов, сохранности жилья'],
  ['document_recovery', 'Помощь в восстановлении (оформлении) документов'],
  ['social_support_measures', 'Содействие в получении мер социальной поддержки'],
  ['material_aid', 'Материальная помощь'],
  ['educational_materials', 'Обеспечение информационными и просветительскими материалами'],
  ['leisure_organisation', 'Содействие в организации свободного времени, досуга'],
  ['training_session', 'Обучающий семинар, тренинг, мастер-класс'],
  ['partner_referral', 'Привлечение специалистов других организаций'],
  ['other_help', 'Иная помощь'],
];

const PROBLEMS: [code: string, name: string][] = [
  ['housing_lack', 'Отсутствие жилья, временное жильё'],
  ['housing_preservation', 'Угроза сохранности закреплённого (собственного) жилья'],
  ['documents_lost', 'Утрата или отсутствие документов'],
  ['education_difficulties', 'Трудности в обучении: пропуски, неуспеваемость, угроза отчисления'],
  ['employment', 'Трудоустройство, потеря работы, трудовая адаптация'],
  ['finances_debts', 'Финансовые трудности, долги, задолженность за жильё'],
  ['social_benefits', 'Получение положенных мер социальной поддержки, выплат, льгот'],
  ['health', 'Здоровье, получение медицинской помощи'],
  ['family_children', 'Семья и дети: беременность, развод, воспитание детей'],
  ['legal_issues', 'Правовые вопросы, защита прав, судебные дела'],
  ['psychological_crisis', 'Психологические трудности, кризис адаптации'],
  ['threat_to_life_health', 'Угроза жизни и здоровью, жестокое обращение'],
  ['risk_behaviour', 'Рискованное поведение: алкоголь, наркотики, правонарушения'],
  ['leisure_isolation', 'Одиночество, социальная изоляция, отсутствие досуга'],
  ['everyday_skills', 'Недостаток навыков самостоятельной жизни (быт, бюджет)'],
  ['other_problem', 'Иная проблема'],
];

async function seed(queryRunner: QueryRunner, kind: string, entries: [string, string][]) {
  for (const [index, [code, name]] of entries.entries()) {
    await queryRunner.query(
      `INSERT INTO "dictionary_entries" ("kind", "code", "name", "sort_order", "version") VALUES ($1, $2, $3, $4, 1)`,
      [kind, code, name, (index + 1) * 10],
    );
  }
}

export class AppealsServices1795485048883 implements MigrationInterface {
  name = 'AppealsServices1795485048883';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."dictionary_kind" AS ENUM('problem', 'service_kind')`,
    );
    await queryRunner.query(
      `CREATE TABLE "dictionary_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "kind" "public"."dictionary_kind" NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "retired_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_47cac68f15abb2d1caa183960fd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "dictionary_entries_kind_code_unique" ON "dictionary_entries"  ("kind", "code") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."appeal_channel" AS ENUM('in_person', 'phone', 'messenger', 'outreach_visit', 'letter')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."appeal_status" AS ENUM('new', 'in_progress', 'resolved', 'referred')`,
    );
    await queryRunner.query(
      `CREATE TABLE "appeals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "channel" "public"."appeal_channel" NOT NULL, "graduate_id" uuid NOT NULL, "description" text NOT NULL DEFAULT '', "assigned_specialist_id" uuid, "status" "public"."appeal_status" NOT NULL DEFAULT 'new', "outcome" text NOT NULL DEFAULT '', "referred_to" text NOT NULL DEFAULT '', CONSTRAINT "PK_ebd2050a02aa78081b5346152bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "appeals_graduate_idx" ON "appeals"  ("graduate_id") `);
    await queryRunner.query(
      `CREATE INDEX "appeals_specialist_idx" ON "appeals"  ("assigned_specialist_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "appeals_institution_registered_idx" ON "appeals"  ("institution_id", "registered_at") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."service_form" AS ENUM('individual', 'group')`);
    await queryRunner.query(
      `CREATE TYPE "public"."service_delivery" AS ENUM('in_person', 'remote')`,
    );
    await queryRunner.query(
      `CREATE TABLE "aid_services" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "provided_on" date NOT NULL, "graduate_id" uuid NOT NULL, "specialist_id" uuid NOT NULL, "kind_id" uuid NOT NULL, "form" "public"."service_form" NOT NULL, "delivery" "public"."service_delivery" NOT NULL, "duration_minutes" integer NOT NULL, "result" text NOT NULL DEFAULT '', "appeal_id" uuid, CONSTRAINT "aid_services_duration_range" CHECK ("duration_minutes" BETWEEN 1 AND 1440), CONSTRAINT "PK_b22a21b0b22a9cd429174262e67" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "aid_services_graduate_idx" ON "aid_services"  ("graduate_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "aid_services_specialist_idx" ON "aid_services"  ("specialist_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "aid_services_appeal_idx" ON "aid_services"  ("appeal_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "aid_services_institution_provided_idx" ON "aid_services"  ("institution_id", "provided_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "appeal_problems" ("appeal_id" uuid NOT NULL, "problem_id" uuid NOT NULL, CONSTRAINT "PK_468d9003fb73cd8f1d10c445745" PRIMARY KEY ("appeal_id", "problem_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_eb2b0c51bfef9103c06aa8efda" ON "appeal_problems"  ("appeal_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_784c4f845d08c1e6e24e49371c" ON "appeal_problems"  ("problem_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "appeals" ADD CONSTRAINT "FK_bcd6fd8e2fd8167b5935a0d8fd3" FOREIGN KEY ("graduate_id") REFERENCES "graduates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "appeals" ADD CONSTRAINT "FK_164b904bf5adb3214184a5970ea" FOREIGN KEY ("assigned_specialist_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "aid_services" ADD CONSTRAINT "FK_90b3bbf566b8535c55cdeaa0856" FOREIGN KEY ("graduate_id") REFERENCES "graduates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "aid_services" ADD CONSTRAINT "FK_5e55be690c1c686ee4893d9a781" FOREIGN KEY ("specialist_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "aid_services" ADD CONSTRAINT "FK_52b8d085b672d2e89d7acd76deb" FOREIGN KEY ("kind_id") REFERENCES "dictionary_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "aid_services" ADD CONSTRAINT "FK_d17739ca4ce4dd10e6168a5d4eb" FOREIGN KEY ("appeal_id") REFERENCES "appeals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "appeal_problems" ADD CONSTRAINT "FK_eb2b0c51bfef9103c06aa8efda7" FOREIGN KEY ("appeal_id") REFERENCES "appeals"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "appeal_problems" ADD CONSTRAINT "FK_784c4f845d08c1e6e24e49371c1" FOREIGN KEY ("problem_id") REFERENCES "dictionary_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await seed(queryRunner, 'service_kind', SERVICE_KINDS);
    await seed(queryRunner, 'problem', PROBLEMS);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "appeal_problems" DROP CONSTRAINT "FK_784c4f845d08c1e6e24e49371c1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "appeal_problems" DROP CONSTRAINT "FK_eb2b0c51bfef9103c06aa8efda7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "aid_services" DROP CONSTRAINT "FK_d17739ca4ce4dd10e6168a5d4eb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "aid_services" DROP CONSTRAINT "FK_52b8d085b672d2e89d7acd76deb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "aid_services" DROP CONSTRAINT "FK_5e55be690c1c686ee4893d9a781"`,
    );
    await queryRunner.query(
      `ALTER TABLE "aid_services" DROP CONSTRAINT "FK_90b3bbf566b8535c55cdeaa0856"`,
    );
    await queryRunner.query(
      `ALTER TABLE "appeals" DROP CONSTRAINT "FK_164b904bf5adb3214184a5970ea"`,
    );
    await queryRunner.query(
      `ALTER TABLE "appeals" DROP CONSTRAINT "FK_bcd6fd8e2fd8167b5935a0d8fd3"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_784c4f845d08c1e6e24e49371c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb2b0c51bfef9103c06aa8efda"`);
    await queryRunner.query(`DROP TABLE "appeal_problems"`);
    await queryRunner.query(`DROP INDEX "public"."aid_services_institution_provided_idx"`);
    await queryRunner.query(`DROP INDEX "public"."aid_services_appeal_idx"`);
    await queryRunner.query(`DROP INDEX "public"."aid_services_specialist_idx"`);
    await queryRunner.query(`DROP INDEX "public"."aid_services_graduate_idx"`);
    await queryRunner.query(`DROP TABLE "aid_services"`);
    await queryRunner.query(`DROP TYPE "public"."service_delivery"`);
    await queryRunner.query(`DROP TYPE "public"."service_form"`);
    await queryRunner.query(`DROP INDEX "public"."appeals_institution_registered_idx"`);
    await queryRunner.query(`DROP INDEX "public"."appeals_specialist_idx"`);
    await queryRunner.query(`DROP INDEX "public"."appeals_graduate_idx"`);
    await queryRunner.query(`DROP TABLE "appeals"`);
    await queryRunner.query(`DROP TYPE "public"."appeal_status"`);
    await queryRunner.query(`DROP TYPE "public"."appeal_channel"`);
    await queryRunner.query(`DROP INDEX "public"."dictionary_entries_kind_code_unique"`);
    // The seeded lists go first (the foreign keys onto them are dropped above).
    await queryRunner.query(
      `DELETE FROM "dictionary_entries" WHERE "kind" IN ('problem', 'service_kind')`,
    );
    await queryRunner.query(`DROP TABLE "dictionary_entries"`);
    await queryRunner.query(`DROP TYPE "public"."dictionary_kind"`);
  }
}
