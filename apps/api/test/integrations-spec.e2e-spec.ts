import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

interface Finding {
  code: string;
  severity: number;
  path: string[];
  message: string;
}

describe('the committed OpenAPI spec', () => {
  it('passes spectral:oas and the OWASP API security rules with no error', () => {
    let output: string;
    try {
      output = execFileSync(
        join(ROOT, 'node_modules/.bin/spectral'),
        [
          'lint',
          'libs/api-client/openapi.json',
          '--ruleset',
          'tools/spectral/.spectral.yaml',
          '--format',
          'json',
          '--quiet',
          '--fail-severity',
          'error',
        ],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
    } catch (error) {
      // Exit code 1 = errors found; the findings are still on stdout.
      output = (error as { stdout?: string }).stdout ?? '';
      if (!output) throw error;
    }
    const errors = (JSON.parse(output || '[]') as Finding[])
      .filter((finding) => finding.severity === 0)
      .map((finding) => `${finding.code} at ${finding.path.join('.')}: ${finding.message}`);
    expect(errors).toEqual([]);
  });

  it('states the length limits the validators enforce, and the global cap elsewhere', () => {
    const spec = JSON.parse(readFileSync(join(ROOT, 'libs/api-client/openapi.json'), 'utf8')) as {
      components: { schemas: Record<string, { properties: Record<string, object> }> };
    };
    const property = (schema: string, name: string) =>
      spec.components.schemas[schema].properties[name];
    // @Length(1, 4000) on the help's result, inherited fields keep their own bounds.
    expect(property('HelpGivenNowDto', 'result')).toMatchObject({ minLength: 1, maxLength: 4000 });
    expect(property('HelpGivenNowDto', 'specialistId')).toMatchObject({ maxLength: 100000 });
    expect(property('CreateAidServiceDto', 'result')).toMatchObject({ maxLength: 4000 });
    expect(property('CreateAidServiceDto', 'result')).not.toHaveProperty('minLength');
  });
});
