import { ApiProperty } from '@nestjs/swagger';

export class EligibilityDto {
  @ApiProperty({ format: 'date' }) on: string;
  @ApiProperty() eligible: boolean;
  @ApiProperty({
    enum: ['under_23', 'full_time_student', 'exception_order'],
    nullable: true,
    type: String,
  })
  basis: 'under_23' | 'full_time_student' | 'exception_order' | null;
  @ApiProperty() age: number;
  @ApiProperty({ format: 'date' }) turns23On: string;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The confirmed order that makes the person eligible',
  })
  exceptionOrderId: string | null;
  @ApiProperty({ description: 'Explanation in Russian' }) reason: string;
}
