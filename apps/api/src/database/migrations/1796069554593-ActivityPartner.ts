import { MigrationInterface, QueryRunner } from 'typeorm';

export class ActivityPartner1796069554593 implements MigrationInterface {
  name = 'ActivityPartner1796069554593';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_activities" ADD "responsible_partner_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "plan_activities" ADD CONSTRAINT "FK_15e20f2b24db465261c50501a35" FOREIGN KEY ("responsible_partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "plan_activities" DROP CONSTRAINT "FK_15e20f2b24db465261c50501a35"`,
    );
    await queryRunner.query(`ALTER TABLE "plan_activities" DROP COLUMN "responsible_partner_id"`);
  }
}
