import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Length } from 'class-validator';

/** A calendar day written YYYY-MM-DD (and a real date: 2006-02-31 is refused). */
export const IsDay = () => applyDecorators(IsISO8601({ strict: true }), Length(10, 10));
