import { ParseUUIDPipe } from '@nestjs/common';

/** Path ids are UUIDs; anything else cannot name an existing record, so it is a 404. */
export const idPipe = new ParseUUIDPipe({ errorHttpStatusCode: 404 });
