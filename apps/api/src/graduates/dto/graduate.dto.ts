import { ApiProperty } from '@nestjs/swagger';
import { CursorPageDto } from '../../common/pagination/cursor';
import { PageDto } from '../../common/pagination/page';
import { GraduateStatus, LegalStatus, Sex } from '../graduate.entity';
import { ContactsDto, SituationDto } from './situation.dto';
import { EligibilityDto } from './eligibility.dto';

export class GraduateSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() lastName: string;
  @ApiProperty() firstName: string;
  @ApiProperty() patronymic: string;
  @ApiProperty({ format: 'date' }) birthDate: string;
  @ApiProperty({
    enum: GraduateStatus,
    enumName: 'GraduateStatus',
    description:
      'Follows the contracts: active support contract = under_support; ended = ended; help without one = one_off',
  })
  status: GraduateStatus;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) responsibleSpecialistId:
    string | null;
  @ApiProperty({ nullable: true, type: String }) responsibleSpecialistName: string | null;
  @ApiProperty() age: number;
  @ApiProperty({ description: 'Eligible for support today (001 §4.1)' }) eligibleToday: boolean;
  @ApiProperty() archived: boolean;
}

export class GraduateDto extends GraduateSummaryDto {
  @ApiProperty({ enum: Sex, enumName: 'Sex' }) sex: Sex;
  @ApiProperty({ enum: LegalStatus, enumName: 'LegalStatus' }) legalStatus: LegalStatus;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) originInstitutionId: string | null;
  @ApiProperty() originInstitutionName: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) leftCareOn: string | null;
  @ApiProperty({ type: ContactsDto }) contacts: ContactsDto;
  @ApiProperty() registrationAddress: string;
  @ApiProperty() actualAddress: string;
  @ApiProperty({ type: SituationDto }) situation: SituationDto;
  @ApiProperty({
    description: 'Why the status is what it is (e.g. why support ended); follows the contracts',
  })
  statusReason: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) statusChangedOn: string | null;
  @ApiProperty({ type: EligibilityDto }) eligibility: EligibilityDto;
  @ApiProperty({
    enum: ['none', 'current', 'withdrawn'],
    description:
      'Written consent to process data. Without a current one only the minimum for the appeal is kept.',
  })
  consent: 'none' | 'current' | 'withdrawn';
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty() version: number;
}

export class GraduatePageDto extends PageDto(GraduateSummaryDto, 'GraduatePageDto') {}
export class GraduateCursorPageDto extends CursorPageDto(
  GraduateSummaryDto,
  'GraduateCursorPageDto',
) {}
