import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { stronglyConnected } from '@journeyflow/shared/journey/validation/stronglyConnected';

/** The repository root, from this file (test/integration/architecture/). */
export const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** The product's source folders: tests, test kits and generated code are not part of the structure. */
const sourceRoots = ['shared/src', 'engine/src', 'server/src', 'web/src'];
const notProduct = /(\.test\.tsx?|\.d\.ts|\.gen\.ts)$|\/testing\//;

const importSpecifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !notProduct.test(full) ? [full] : [];
  });
}

function resolveFile(base: string): string | undefined {
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

/** `./x`, `../x` and `@journeyflow/<package>/<path>` (package.json `exports`: `./*` → `./src/*`). */
function resolveImport(fromFile: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) return resolveFile(path.resolve(path.dirname(fromFile), specifier));
  const own = /^@journeyflow\/(shared|engine|server)(?:\/(.+))?$/.exec(specifier);
  if (!own?.[1]) return undefined;
  return resolveFile(path.join(repoRoot, own[1], 'src', own[2] ?? 'index'));
}

/** Every product file (repo-relative) and the product files it imports, type-only imports included. */
export function readImportGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const root of sourceRoots) {
    for (const file of sourceFiles(path.join(repoRoot, root))) {
      const targets = new Set<string>();
      for (const match of readFileSync(file, 'utf8').matchAll(importSpecifier)) {
        const target = match[1] && resolveImport(file, match[1]);
        if (target && !notProduct.test(target)) targets.add(path.relative(repoRoot, target));
      }
      graph.set(path.relative(repoRoot, file), targets);
    }
  }
  return graph;
}

/** The cycles of the graph after grouping files with `groupOf` (a file whose group is undefined is left out). */
export function cyclesBetween(
  graph: Map<string, Set<string>>,
  groupOf: (file: string) => string | undefined,
): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = groupOf(file);
    if (from === undefined) continue;
    const next = edges.get(from) ?? new Set<string>();
    edges.set(from, next);
    for (const target of targets) {
      const to = groupOf(target);
      if (to !== undefined && to !== from) next.add(to);
    }
  }
  return stronglyConnected([...edges.keys()], (group) => [...(edges.get(group) ?? [])])
    .filter((component) => component.length > 1)
    .map((component) => [...component].sort());
}
