// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { folderCycles, folderImportGraph } from '@journeyflow/shared/testing/folderImportGraph';
import { describe, expect, it } from 'vitest';

const featuresDir = fileURLToPath(new URL('../features', import.meta.url));

describe('imports between web feature folders', () => {
  it('form no loop (a feature shared by two others lives in its own folder, e.g. features/conditions)', () => {
    const cycles = folderCycles(folderImportGraph(featuresDir)).map((cycle) => cycle.join(' → '));
    expect(cycles).toEqual([]);
  });

  it('are read from the sources: the editor uses the condition builder, which does not use the editor', () => {
    const graph = folderImportGraph(featuresDir);
    expect(graph.get('editor')?.has('conditions')).toBe(true);
    expect(graph.get('segments')?.has('conditions')).toBe(true);
    expect(graph.get('grades')?.has('conditions')).toBe(true);
    expect(graph.get('conditions')?.size ?? 0).toBe(0);
    expect(graph.get('live')?.has('editor') ?? false).toBe(false);
    expect(graph.get('editor')?.has('settings') ?? false).toBe(false);
    expect(graph.get('editor')?.has('segments') ?? false).toBe(false);
    expect(graph.get('editor')?.has('grades') ?? false).toBe(false);
  });

  it('finds a loop, including a longer one, once each', () => {
    const graph = new Map([
      ['editor', new Set(['segments', 'live'])],
      ['segments', new Set(['editor'])],
      ['live', new Set(['trace'])],
      ['trace', new Set(['editor'])],
      ['grades', new Set(['editor'])],
    ]);
    expect(folderCycles(graph)).toEqual([
      ['editor', 'segments', 'editor'],
      ['editor', 'live', 'trace', 'editor'],
    ]);
  });
});
