/**
 * The row an `insert … returning` wrote. An insert without conflict handling answers its row or throws, so
 * an empty answer is a bug in the statement, not something a caller can recover from.
 */
export const insertedRow = <Row>(rows: readonly Row[]): Row => {
  const [row] = rows;
  if (!row) throw new Error('insert returned no row');
  return row;
};
