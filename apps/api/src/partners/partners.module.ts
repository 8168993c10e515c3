import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GraduatesModule } from '../graduates/graduates.module';
import { Partner } from './partner.entity';
import { PartnersController } from './partners.controller';
import { PartnersService } from './partners.service';
import { Referral } from './referrals/referral.entity';
import { ReferralsController } from './referrals/referrals.controller';
import { ReferralsService } from './referrals/referrals.service';

/** The partner directory and referrals to partners under the graduate's consent. */
@Module({
  imports: [TypeOrmModule.forFeature([Partner, Referral]), GraduatesModule],
  controllers: [PartnersController, ReferralsController],
  providers: [PartnersService, ReferralsService],
  exports: [PartnersService],
})
export class PartnersModule {}
