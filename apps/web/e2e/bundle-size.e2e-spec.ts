import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The JavaScript a phone must fetch before the login page and the graduates list show stays
 * within budget (tools/web-size-check.mjs, on the build `npm test` made first). Sizes are
 * those of the files, so the result is the same on every machine.
 */
describe('web: initial JavaScript within budget', () => {
  it('the login page and the graduates list load no more than their budgets (gzip)', () => {
    const root = join(__dirname, '../../..');
    let output: string;
    try {
      output = execFileSync(process.execPath, [join(root, 'tools/web-size-check.mjs')], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`${stdout ?? ''}${stderr ?? ''}`, { cause: error });
    }
    expect(output).toContain('login');
    expect(output).not.toContain('OVER');
  });
});
