import { MigrationInterface, QueryRunner } from 'typeorm';

export class Privacy1796080548885 implements MigrationInterface {
  name = 'Privacy1796080548885';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "destruction_acts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "number" text NOT NULL, "act_date" date NOT NULL, "destroyed_by_name" text NOT NULL, "subjects" jsonb NOT NULL, "reason" text NOT NULL, "method" text NOT NULL, "pdf" bytea NOT NULL, CONSTRAINT "PK_fcd56418d136fb9fd8ad6ebeab5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "destruction_acts_number_unique" ON "destruction_acts"  ("institution_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "subject_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "graduate_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "received_on" date NOT NULL, "channel" character varying(20) NOT NULL, "requester" text NOT NULL DEFAULT '', "notes" text NOT NULL DEFAULT '', "due_on" date NOT NULL, "answered_on" date, "answer" text NOT NULL DEFAULT '', CONSTRAINT "PK_e41fc1331d81aa013aeeb45a22c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "subject_requests_graduate_idx" ON "subject_requests"  ("graduate_id", "received_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "institutions" ADD "retention_years" integer NOT NULL DEFAULT '5'`,
    );
    await queryRunner.query(`ALTER TABLE "consents" ADD "valid_until" date`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consents" DROP COLUMN "valid_until"`);
    await queryRunner.query(`ALTER TABLE "institutions" DROP COLUMN "retention_years"`);
    await queryRunner.query(`DROP INDEX "public"."subject_requests_graduate_idx"`);
    await queryRunner.query(`DROP TABLE "subject_requests"`);
    await queryRunner.query(`DROP INDEX "public"."destruction_acts_number_unique"`);
    await queryRunner.query(`DROP TABLE "destruction_acts"`);
  }
}
