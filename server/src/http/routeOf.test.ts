import { describe, expect, it } from 'vitest';
import { routeOf } from './routeOf';

describe('routeOf', () => {
  it("gives each route of a file the file's tag beside its method, path and summary", () => {
    const route = routeOf('segments');
    expect(route('get', '/segments/{id}', 'One segment')).toEqual({
      method: 'get',
      path: '/segments/{id}',
      tags: ['segments'],
      summary: 'One segment',
    });
  });
});
