import type { ApiMethod, ApiPath, ApiRequestParts } from './apiOperation';

/** The path and query parameters of a call (`ApiRequestParts` without the body). */
export type ApiUrlParts<M extends ApiMethod, P extends ApiPath<M>> = Pick<
  ApiRequestParts<M, P>,
  'path' | 'query'
>;

type QueryValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[];

/** `path` with its `{name}` segments filled in (encoded) and `query` appended; see `apiUrl`. */
export function buildApiUrl(path: string, pathValues: unknown, query: unknown): string {
  const values = (pathValues ?? {}) as Readonly<Record<string, string | number>>;
  const filled = path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`apiUrl: no value for {${name}} in ${path}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries((query ?? {}) as Readonly<Record<string, QueryValue>>)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const each of value) search.append(key, String(each));
    else search.append(key, String(value));
  }
  const text = search.toString();
  return text ? `${filled}?${text}` : filled;
}

/**
 * The URL of a documented route: `{name}` segments filled in (encoded), query values appended in order;
 * `undefined` values are left out, arrays repeat their key. For links the browser follows itself
 * (CSV/XLSX exports) and uploads that report progress.
 */
export const apiUrl = <M extends ApiMethod, P extends ApiPath<M>>(
  _method: M,
  path: P,
  parts: ApiUrlParts<M, P>,
): string => buildApiUrl(path, parts.path, parts.query);
