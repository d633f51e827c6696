// Node-only test helper (outside src/, which must stay browser-portable): read by the import-loop tests
// (web featureImports.test.ts, engine folderImports.test.ts); never bundled into the app.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Folder → the folders its files import (relative imports only; packages are ignored). */
export type FolderGraph = ReadonlyMap<string, ReadonlySet<string>>;

const SOURCE = /\.(ts|tsx)$/;
// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`.
const SPECIFIERS = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** The folder a path under `rootDir` belongs to (its first folder), or undefined outside it or at its top level. */
function folderOf(rootDir: string, path: string): string | undefined {
  const rel = relative(rootDir, path);
  if (rel.startsWith('..') || rel === '') return undefined;
  const [first, ...rest] = rel.split(sep);
  return rest.length > 0 ? first : undefined;
}

/** Reads every source file under `rootDir` (tests included) and records imports between its first-level folders. */
export function folderImportGraph(rootDir: string): FolderGraph {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(rootDir)) {
    const from = folderOf(rootDir, file);
    if (!from) continue;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIERS)) {
      if (!specifier?.startsWith('.')) continue;
      const to = folderOf(rootDir, resolve(dirname(file), specifier));
      if (to && to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Every import loop between folders, each as the path that closes it (`a → b → a`), found once. */
export function folderCycles(graph: FolderGraph): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (start: string, node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      if (next === start) {
        const key = [...path].sort().join(',');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...path, start]);
        }
      } else if (!path.includes(next) && next > start) {
        // Only folders ordered after `start`, so each loop is reported from its smallest member.
        visit(start, next, [...path, next]);
      }
    }
  };
  for (const start of [...graph.keys()].sort()) visit(start, start, [start]);
  return cycles;
}
