import { describe, expect, it } from 'vitest';
import { cyclesBetween, readImportGraph } from './importGraph';

// docs/architecture.md draws the packages and folders; this reads the product's own imports (all packages,
// file by file) and holds it to that picture: no file imports itself round a loop, and each package uses
// only the ones below it (web → shared; server → engine → shared). Loops between folders are the business
// of engine/src/folderImports.test.ts and web/src/app/featureImports.test.ts.
const graph = readImportGraph();

describe('import structure', () => {
  it('reads the whole product (sanity check of the reader)', () => {
    expect(graph.size).toBeGreaterThan(500);
    expect(graph.get('engine/src/step/stepEnv.ts')).toContain('engine/src/step/stepWrites.ts');
    expect(graph.get('shared/src/journey/nodes/send.ts')).toContain(
      'shared/src/journey/nodes/sendSettings.ts',
    );
  });

  it('has no import cycle between files', () => {
    expect(cyclesBetween(graph, (file) => file)).toEqual([]);
  });

  it('keeps each package on the ones below it', () => {
    const allowed: Record<string, string[]> = {
      shared: ['shared'],
      engine: ['engine', 'shared'],
      server: ['server', 'engine', 'shared'],
      web: ['web', 'shared'],
    };
    const packageOf = (file: string) => file.slice(0, file.indexOf('/'));
    const crossings = [...graph].flatMap(([file, targets]) =>
      [...targets]
        .filter((target) => !allowed[packageOf(file)]?.includes(packageOf(target)))
        .map((target) => `${file} → ${target}`),
    );
    expect(crossings).toEqual([]);
  });
});
