// The typed client is only as good as its types: api/client/schema.ts must be what the routes give now,
// so a route changed without `npm run api-types` fails here rather than in a caller.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(__dirname, '..', '..', '..');

describe('the generated API types', () => {
  it('match the OpenAPI document of the routes (run npm run api-types)', async () => {
    // Generated in a child process: openapi-typescript's dependencies are ES modules Jest cannot load.
    const { stdout } = await promisify(execFile)(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      ['api/openapi-cli.ts', '--stdout'],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
    );
    const committed = readFileSync(path.join(root, 'api', 'client', 'schema.ts'), 'utf8');
    if (stdout !== committed)
      throw new Error('api/client/schema.ts is out of date with the routes: run npm run api-types');
  }, 60_000);
});
