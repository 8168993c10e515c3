import { ApiProperty } from '@nestjs/swagger';
import { MyWorkCountDto } from './my-work-count.dto';

export class MyWorkSpecialistDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Петрова Анна Сергеевна' }) fullName: string;
  @ApiProperty({ example: 'Социальный педагог' }) position: string;
}

/** One specialist's load, for the head who distributes the cases. */
export class MyWorkCaseloadRowDto {
  @ApiProperty({ type: MyWorkSpecialistDto }) specialist: MyWorkSpecialistDto;

  @ApiProperty({
    type: MyWorkCountDto,
    description: 'Files under support they are responsible for',
  })
  graduatesUnderSupport: MyWorkCountDto;

  @ApiProperty({ type: MyWorkCountDto, description: 'Open appeals assigned to them' })
  openAppeals: MyWorkCountDto;

  @ApiProperty({ type: MyWorkCountDto, description: 'Open plan activities of theirs past due' })
  overdueActivities: MyWorkCountDto;
}
