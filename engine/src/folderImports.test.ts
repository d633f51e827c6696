import { fileURLToPath } from 'node:url';
import { folderCycles, folderImportGraph } from '@journeyflow/shared/testing/folderImportGraph';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('.', import.meta.url));

describe('imports between engine folders', () => {
  it('form no loop (types two folders need live in the lower one, e.g. nodes/nodeHandler.ts)', () => {
    const cycles = folderCycles(folderImportGraph(srcDir)).map((cycle) => cycle.join(' → '));
    expect(cycles).toEqual([]);
  });

  it('are read from the sources: the runtime steps node handlers, the handlers do not use the runtime', () => {
    const graph = folderImportGraph(srcDir);
    expect(graph.get('runtime')?.has('nodes')).toBe(true);
    expect(graph.get('nodes')?.has('runtime') ?? false).toBe(false);
  });
});
