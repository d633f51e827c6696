import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const webSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });

const files = sourceFiles(webSrc).map((file) => ({
  name: path.relative(webSrc, file).split(path.sep).join('/'),
  text: readFileSync(file, 'utf8'),
}));

/**
 * API URLs written by hand, with why they stay so: download links whose filters `ExportButtons` appends
 * (`components/ExportButtons.tsx` takes a path string), and the in-app widget script, which is not JSON.
 */
const HAND_WRITTEN_URLS = new Set([
  'features/customers/components/CustomersPage.tsx',
  'features/messages/components/MessagesPage.tsx',
  'features/segments/components/SegmentsPage.tsx',
  'features/demoShop/components/InappInbox.tsx',
]);

/** The text without comments and without the (checked) paths of typed calls. */
const handWrittenPart = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/\bapi\.(get|post|put|patch|delete)\(\s*['`]\/api\//g, 'api.$1(')
    .replace(/\bapiUrl\(\s*'\w+',\s*['`]\/api\//g, 'apiUrl(');

describe('calls of the JSON API', () => {
  it('all go through the typed client (api.get/post/… or apiUrl), not apiRequest with a hand-written path', () => {
    const untyped = files
      .filter((file) => !['api/apiRequest.ts', 'api/api.ts'].includes(file.name))
      .filter((file) => /\bapiRequest\s*\(/.test(file.text))
      .map((file) => file.name);
    expect(untyped).toEqual([]);
  });

  it('write no /api/ URL by hand outside the known exceptions', () => {
    const handWritten = files
      .filter((file) => !file.name.startsWith('api/') && !HAND_WRITTEN_URLS.has(file.name))
      .filter((file) => /['"`]\/api\//.test(handWrittenPart(file.text)))
      .map((file) => file.name);
    expect(handWritten).toEqual([]);
  });

  it('take their TanStack Query keys from queryKeys.ts, never an inline array', () => {
    const inlineKeys = files
      .filter((file) => file.name !== 'api/queryKeys.ts')
      .filter((file) => /queryKey:\s*[[`'"]/.test(file.text) || /\w+Keys\s*=\s*\{/.test(file.text))
      .map((file) => file.name);
    expect(inlineKeys).toEqual([]);
  });
});
