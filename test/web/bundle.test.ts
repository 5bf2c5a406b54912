import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BUNDLE_FILE, generatedBundle } from '../../scripts/build-web';

describe('the browser bundle', () => {
  it('is built from the current sources in src/web/client (run npm run build:web after changing them)', async () => {
    expect(await readFile(BUNDLE_FILE, 'utf8')).toBe(await generatedBundle());
  });
});
