import type { ChannelSettingsStore } from '../channelSettingsStore';
import { verifySolapiAuthorization } from '../solapiAuthorization';
import {
  type PeerReply,
  type RecordedRequest,
  type RecordingServer,
  startRecordingServer,
} from './startRecordingServer';

export const PEER_API_KEY = 'NCS_TEST_KEY';
export const PEER_API_SECRET = 'test-secret-0123456789';

/** The provider config that points at a peer (`extra` overrides or adds fields). */
export const solapiPeerSettings = (peerUrl: string, extra: Record<string, unknown> = {}) => ({
  provider: 'solapi',
  baseUrl: peerUrl,
  apiKey: PEER_API_KEY,
  apiSecret: PEER_API_SECRET,
  senderNumber: '02-1234-5678',
  kakaoChannelId: 'KA01PF_TEST',
  ...extra,
});

/** Saves the peer as the workspace's SMS and AlimTalk provider. */
export const sendSmsAndAlimtalkThrough = async (
  settings: Pick<ChannelSettingsStore, 'put'>,
  workspaceId: string,
  peerUrl: string,
  extra: Record<string, unknown> = {},
): Promise<void> => {
  for (const channel of ['sms', 'alimtalk'] as const) {
    await settings.put(workspaceId, channel, solapiPeerSettings(peerUrl, extra), null);
  }
};

/** `failedMessageList` code Solapi uses for "recipient doesn't use KakaoTalk". */
export const NOT_KAKAO_USER = { code: '3104', message: '카카오톡 미사용자' };

type SolapiBody = { messages: { type: string; to: string; customFields?: { idempotencyKey?: string } }[] };

export type SolapiPeer = RecordingServer & {
  /** Requests grouped per idempotency key: proves a key reached the provider once. */
  readonly sentKeys: () => string[];
  /** Message types that failed on purpose, e.g. `ATA` to force the AlimTalk fallback. */
  failTypes: Map<string, { code: string; message: string }>;
  /** Files received on `POST /storage/v1/files` (MMS images), decoded. */
  readonly uploads: Buffer[];
};

/**
 * A Solapi-style provider: checks the HMAC header, stores uploaded MMS images (`/storage/v1/files`), then
 * accepts each message (`messageList`) unless its type was told to fail (`failedMessageList`).
 */
export const startSolapiPeer = async (): Promise<SolapiPeer> => {
  const failTypes = new Map<string, { code: string; message: string }>();
  const uploads: Buffer[] = [];
  let counter = 0;
  const reply = (request: RecordedRequest): PeerReply => {
    if (!verifySolapiAuthorization(request.headers.authorization, PEER_API_KEY, PEER_API_SECRET)) {
      return { status: 401, body: { errorCode: 'InvalidApiKey', errorMessage: 'bad signature' } };
    }
    if (request.path === '/storage/v1/files') {
      const upload = request.json as { file?: string; type?: string };
      if (!upload.file || upload.type !== 'MMS')
        return {
          status: 400,
          body: { errorCode: 'ValidationError', errorMessage: 'file and type required' },
        };
      uploads.push(Buffer.from(upload.file, 'base64'));
      return { status: 200, body: { fileId: `ST01FILE${uploads.length}`, type: 'MMS' } };
    }
    const message = (request.json as SolapiBody).messages[0];
    if (!message) return { status: 400, body: { errorCode: 'ValidationError', errorMessage: 'no messages' } };
    const failure = failTypes.get(message.type);
    counter += 1;
    if (failure) {
      return {
        status: 200,
        body: {
          groupInfo: { groupId: `G${counter}` },
          messageList: [],
          failedMessageList: [{ to: message.to, statusCode: failure.code, statusMessage: failure.message }],
        },
      };
    }
    return {
      status: 200,
      body: {
        groupInfo: { groupId: `G${counter}` },
        messageList: [{ messageId: `M${counter}`, statusCode: '2000', to: message.to }],
        failedMessageList: [],
      },
    };
  };
  const server = await startRecordingServer(reply);
  return Object.assign(server, {
    failTypes,
    uploads,
    sentKeys: () =>
      server.requests.flatMap((r) =>
        ((r.json as SolapiBody | undefined)?.messages ?? []).map((m) => m.customFields?.idempotencyKey ?? ''),
      ),
  });
};
