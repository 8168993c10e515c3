import { Writable } from 'node:stream';
import pino from 'pino';
import { QueryFailedError } from 'typeorm';
import { PinoNestLogger } from './logger';
import { failure, serializeError } from './safe-error';

const PERSONAL = 'Иванова Мария';
const SQL = 'INSERT INTO "graduates"("last_name") VALUES ($1)';

/** A failed statement as TypeORM reports it: SQL, parameters and the driver's message. */
function failedStatement(): QueryFailedError {
  const driverError = Object.assign(new Error(`invalid input syntax: "${PERSONAL}"`), {
    code: '22P02',
    table: 'graduates',
    column: 'last_name',
  });
  return new QueryFailedError(SQL, [PERSONAL, '1990-01-01'], driverError);
}

/** The same JSON logger as production, writing its lines into an array. */
function capture(): { lines: string[]; logger: pino.Logger } {
  const lines: string[] = [];
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const logger = pino({ serializers: { err: serializeError, error: serializeError } }, out);
  return { lines, logger };
}

describe('logging of database errors', () => {
  it('keeps the code and where, never the SQL, parameters or quoted values', () => {
    const { lines, logger } = capture();
    logger.error({ err: failedStatement(), correlationId: 'req-1' }, 'Unhandled error');
    const line = lines.join('');
    expect(line).not.toContain(PERSONAL);
    expect(line).not.toContain('1990-01-01');
    expect(line).not.toContain('INSERT INTO');
    expect(JSON.parse(line)).toMatchObject({
      correlationId: 'req-1',
      err: { code: '22P02', table: 'graduates', column: 'last_name' },
    });
  });

  it('strips a failed statement wrapped as the cause of another error', () => {
    const { lines, logger } = capture();
    logger.error({ err: new Error('import failed', { cause: failedStatement() }) });
    const line = lines.join('');
    expect(line).toContain('import failed');
    expect(line).not.toContain(PERSONAL);
    expect(JSON.parse(line).err.cause).toMatchObject({ code: '22P02' });
  });

  it('does not spread an error given straight to the Nest logger', () => {
    const { lines, logger } = capture();
    new PinoNestLogger(logger).error(failedStatement(), 'Worker');
    const line = lines.join('');
    expect(line).not.toContain(PERSONAL);
    expect(line).not.toContain('parameters');
    expect(JSON.parse(line)).toMatchObject({ context: 'Worker', err: { code: '22P02' } });
  });

  it('logs a failure given to the Nest logger with our text and the error made safe', () => {
    const { lines, logger } = capture();
    new PinoNestLogger(logger).error(
      failure('Outbox delivery failed', failedStatement()),
      'Outbox',
    );
    const line = lines.join('');
    expect(line).not.toContain(PERSONAL);
    expect(line).not.toContain('INSERT INTO');
    expect(JSON.parse(line)).toMatchObject({
      context: 'Outbox',
      msg: 'Outbox delivery failed',
      err: { code: '22P02', table: 'graduates' },
    });
  });
});
