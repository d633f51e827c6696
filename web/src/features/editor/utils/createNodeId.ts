/** A short id that is unique within a journey (and in practice across journeys, so pastes never collide). */
export function createNodeId(prefix = 'n'): string {
  const random = globalThis.crypto?.randomUUID?.().replace(/-/g, '') ?? Math.random().toString(36).slice(2);
  return `${prefix}_${random.slice(0, 10)}`;
}
