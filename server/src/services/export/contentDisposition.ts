/**
 * `attachment` with an ASCII `filename` fallback and the real (Korean) name as RFC 5987 `filename*`,
 * so browsers save `메시지_2026-12-04.csv` and old clients still get a safe name.
 */
export const contentDisposition = (filename: string): string => {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
};
