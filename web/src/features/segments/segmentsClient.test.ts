import { describe, expect, it } from 'vitest';
import { jsonImportBody } from './segmentsClient';

describe('jsonImportBody', () => {
  it('sends a bare JSON array of external ids as { externalIds }', () => {
    expect(JSON.parse(jsonImportBody('["a","b"]'))).toEqual({ externalIds: ['a', 'b'] });
  });

  it('sends an object as it is, for the server to validate', () => {
    expect(JSON.parse(jsonImportBody('{"externalIds":["x"]}'))).toEqual({ externalIds: ['x'] });
  });

  it('rejects a file that is not JSON with a readable error', () => {
    expect(() => jsonImportBody('externalId\na')).toThrow('The file is not valid JSON.');
  });
});
