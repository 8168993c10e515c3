import { MigrationInterface, QueryRunner } from 'typeorm';

export class RelativesIdentityDocuments1796080776178 implements MigrationInterface {
  name = 'RelativesIdentityDocuments1796080776178';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "graduate_identity_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "graduate_id" uuid NOT NULL, "archived_at" TIMESTAMP WITH TIME ZONE, "kind" character varying(30) NOT NULL, "title" character varying(200) NOT NULL DEFAULT '', "series" character varying(20) NOT NULL DEFAULT '', "number" character varying(30) NOT NULL, "issued_by" character varying(500) NOT NULL DEFAULT '', "issued_on" date, "scan_file_id" uuid, CONSTRAINT "PK_f84287c2b062761dbe8d0727506" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "graduate_identity_documents_graduate_idx" ON "graduate_identity_documents"  ("graduate_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "graduate_relatives" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by" uuid, "version" integer NOT NULL, "institution_id" uuid NOT NULL, "graduate_id" uuid NOT NULL, "archived_at" TIMESTAMP WITH TIME ZONE, "kind" character varying(30) NOT NULL, "full_name" character varying(200) NOT NULL, "phones" text array NOT NULL DEFAULT '{}', "email" character varying(200) NOT NULL DEFAULT '', "address" character varying(500) NOT NULL DEFAULT '', "contact_wanted" boolean NOT NULL DEFAULT true, "note" character varying(2000) NOT NULL DEFAULT '', CONSTRAINT "PK_788bfd289a471f1df2edc35f270" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "graduate_relatives_graduate_idx" ON "graduate_relatives"  ("graduate_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."graduate_relatives_graduate_idx"`);
    await queryRunner.query(`DROP TABLE "graduate_relatives"`);
    await queryRunner.query(`DROP INDEX "public"."graduate_identity_documents_graduate_idx"`);
    await queryRunner.query(`DROP TABLE "graduate_identity_documents"`);
  }
}
