import { createOutboundClient, type OutboundClient } from '../../http/outbound/outboundClient';
import { createOutboundPolicy } from '../../http/outbound/outboundPolicy';
import { LOCAL_PEERS_ALLOWED } from '../../testing/localPeersAllowed';

/** The guarded client as adapters get it, with the tests' loopback peers allowed. */
export const localPeerOutbound = (): OutboundClient =>
  createOutboundClient(createOutboundPolicy(LOCAL_PEERS_ALLOWED));
