import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The package runs in the browser as well as in Node: its runtime code may not touch node-only APIs.
// (Tests, like this one, may.)
const root = import.meta.dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('portability', () => {
  it('uses no node-only APIs outside tests', () => {
    const files = sourceFiles(root);
    expect(files.length).toBeGreaterThan(30);
    const offenders = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const found = [
        /from ['"]node:/.test(text) && 'node: import',
        /from ['"](fs|path|crypto|os|buffer|child_process|util)['"]/.test(text) && 'node builtin import',
        /\bBuffer\./.test(text) && 'Buffer',
        /\bprocess\.(env|cwd|argv)/.test(text) && 'process',
        /from ['"](react|hono|drizzle-orm)/.test(text) && 'framework import',
      ].filter(Boolean);
      return found.map((what) => `${relative(root, file)}: ${what}`);
    });
    expect(offenders).toEqual([]);
  });
});
