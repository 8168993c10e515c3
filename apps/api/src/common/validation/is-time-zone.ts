import { registerDecorator, ValidationOptions } from 'class-validator';
import { isTimeZone } from '../local-day';

/** An IANA time zone name such as `Asia/Vladivostok`. */
export function IsTimeZone(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName,
      options: {
        message: '$property must be an IANA time zone, e.g. Asia/Vladivostok',
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isTimeZone(value) },
    });
}
