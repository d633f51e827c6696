/**
 * Tests talk to local peers (HTTP receivers, SMTP sinks) on loopback, which the outbound guard refuses
 * unless listed; a test of the guard itself passes an empty list instead.
 */
export const LOCAL_PEERS_ALLOWED: readonly string[] = ['127.0.0.1', '::1'];
