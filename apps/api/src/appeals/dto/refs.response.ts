import { fullNameOf } from '../../common/person-name';
import { ApiProperty } from '@nestjs/swagger';
import { Graduate } from '../../graduates/graduate.entity';
import { User } from '../../users/user.entity';

/** The graduate an appeal or a service is about: enough to show and to link to the file. */
export class GraduateRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Иванова Мария Петровна' }) fullName: string;
  @ApiProperty({ format: 'date' }) birthDate: string;

  static from(g: Graduate): GraduateRefDto {
    return { id: g.id, fullName: fullNameOf(g), birthDate: g.birthDate };
  }
}

export class StaffRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Петрова Анна Сергеевна' }) fullName: string;

  static from(user: User): StaffRefDto {
    return { id: user.id, fullName: user.fullName };
  }
}

export { fullNameOf } from '../../common/person-name';
