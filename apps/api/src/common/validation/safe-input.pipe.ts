import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { assertNoForbiddenNulls } from './null-fields';
import { assertSafeInput } from './safe-input';

/**
 * Runs before validation on every body, query and path parameter: input the database could
 * not store, or that would overflow the stack, is refused as a 400 rather than failing later.
 */
@Injectable()
export class SafeInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    assertSafeInput(value, metadata.data ?? metadata.type);
    if (metadata.type === 'body') assertNoForbiddenNulls(value, metadata.metatype);
    return value;
  }
}
