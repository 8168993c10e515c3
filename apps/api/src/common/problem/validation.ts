import { ValidationPipe } from '@nestjs/common';
import { ValidationFailed } from './problem.filter';
import { messagesByField } from './validation-messages';

/** Strict input: unknown fields are refused, types converted, messages grouped per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationFailed(messagesByField(errors)),
  });
}
