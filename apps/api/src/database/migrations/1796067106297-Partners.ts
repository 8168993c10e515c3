import { MigrationInterface, QueryRunner } from 'typeorm';

export class Partners1796067106297 implements MigrationInterface {
  name = 'Partners1796067106297';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "partners" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "address" text NOT NULL DEFAULT '', "contact_person" text NOT NULL DEFAULT '', "phones" text array NOT NULL DEFAULT '{}', "email" text NOT NULL DEFAULT '', "agreement_number" text NOT NULL DEFAULT '', "agreement_date" date, "agreement_valid_to" date, "note" text NOT NULL DEFAULT '', "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_998645b20820e4ab99aeae03b41" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "partners_institution_kind_idx" ON "partners"  ("institution_id", "kind", "name") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."referral_status" AS ENUM('sent', 'accepted', 'done', 'declined')`,
    );
    await queryRunner.query(
      `CREATE TABLE "referrals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "graduate_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "referred_on" date NOT NULL, "purpose" text NOT NULL, "appeal_id" uuid, "activity_id" uuid, "status" "public"."referral_status" NOT NULL DEFAULT 'sent', "status_on" date NOT NULL, "result" text NOT NULL DEFAULT '', CONSTRAINT "PK_ea9980e34f738b6252817326c08" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "referrals_partner_idx" ON "referrals"  ("partner_id", "referred_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "referrals_graduate_idx" ON "referrals"  ("graduate_id", "referred_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "FK_fce39585af3588e4fc9d3d1a21c" FOREIGN KEY ("graduate_id") REFERENCES "graduates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" ADD CONSTRAINT "FK_01b50ed733693a4b307e5282920" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "referrals" DROP CONSTRAINT "FK_01b50ed733693a4b307e5282920"`,
    );
    await queryRunner.query(
      `ALTER TABLE "referrals" DROP CONSTRAINT "FK_fce39585af3588e4fc9d3d1a21c"`,
    );
    await queryRunner.query(`DROP INDEX "public"."referrals_graduate_idx"`);
    await queryRunner.query(`DROP INDEX "public"."referrals_partner_idx"`);
    await queryRunner.query(`DROP TABLE "referrals"`);
    await queryRunner.query(`DROP TYPE "public"."referral_status"`);
    await queryRunner.query(`DROP INDEX "public"."partners_institution_kind_idx"`);
    await queryRunner.query(`DROP TABLE "partners"`);
  }
}
