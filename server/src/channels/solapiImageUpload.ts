import { createHash } from 'node:crypto';
import type { OutboundClient } from '../http/outbound/outboundClient';
import { findOutboundError, type OutboundErrorCode } from '../http/outbound/outboundError';
import { isRetryableStatus } from './httpFailure';
import type { SolapiConfig } from './providerConfig';
import { solapiAuthorization } from './solapiAuthorization';

/** Carriers accept MMS images as JPEG up to 200 KB. */
export const MMS_IMAGE_MAX_BYTES = 200 * 1024;

/** Why an image could not be attached, whether trying again later could help, and the guard's code. */
export class ImageUploadError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly code?: OutboundErrorCode,
  ) {
    super(message);
    this.name = 'ImageUploadError';
  }
}

/** File ids per provider account and image URL: each image is uploaded once per process. */
const uploaded = new Map<string, string>();

const isJpeg = (bytes: Buffer) =>
  bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;

/** Rethrows a guard refusal (blocked address, too large, timeout) as an image error keeping its code. */
const asImageError = (error: unknown, what: string): ImageUploadError => {
  const outbound = findOutboundError(error);
  if (outbound)
    return new ImageUploadError(`${what}: ${outbound.message}`, outbound.retryable, outbound.code);
  return new ImageUploadError(`${what}: ${String(error)}`, true);
};

/** Streams the image and stops at 200 KB + 1 byte: an oversized image is never read whole. */
async function download(outbound: OutboundClient, url: string): Promise<Buffer> {
  let response: Awaited<ReturnType<OutboundClient['request']>>;
  try {
    response = await outbound.request(url, { timeoutMs: 15_000, maxBytes: MMS_IMAGE_MAX_BYTES });
  } catch (error) {
    const failure = asImageError(error, `image ${url}`);
    if (failure.code === 'outbound_too_large')
      throw new ImageUploadError(
        `image ${url} is over ${MMS_IMAGE_MAX_BYTES / 1024} KB; MMS allows ${MMS_IMAGE_MAX_BYTES / 1024} KB`,
        false,
        failure.code,
      );
    throw failure;
  }
  if (!response.ok)
    throw new ImageUploadError(
      `image ${url} answered HTTP ${response.status}`,
      isRetryableStatus(response.status),
    );
  const bytes = response.body;
  if (!isJpeg(bytes)) throw new ImageUploadError(`image ${url} is not a JPEG (MMS carries JPEG only)`, false);
  return bytes;
}

/**
 * The provider file id of an MMS image: the image is fetched from its URL, checked (JPEG, ≤ 200 KB) and
 * uploaded to `POST {baseUrl}/storage/v1/files` (`{ file: base64, name, type: "MMS" }` → `{ fileId }`),
 * as Solapi requires before a message can reference it by `imageId`. Both requests go through the guard.
 */
export async function uploadMmsImage(
  config: SolapiConfig,
  imageUrl: string,
  outbound: OutboundClient,
): Promise<string> {
  const key = createHash('sha256').update(`${config.baseUrl}\n${config.apiKey}\n${imageUrl}`).digest('hex');
  const known = uploaded.get(key);
  if (known) return known;
  const bytes = await download(outbound, imageUrl);
  let response: Awaited<ReturnType<OutboundClient['request']>>;
  try {
    response = await outbound.request(new URL('/storage/v1/files', config.baseUrl), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: solapiAuthorization(config.apiKey, config.apiSecret),
      },
      body: JSON.stringify({
        file: bytes.toString('base64'),
        name: new URL(imageUrl).pathname.split('/').pop() || 'image.jpg',
        type: 'MMS',
      }),
      timeoutMs: 30_000,
    });
  } catch (error) {
    throw asImageError(error, 'image upload failed');
  }
  const text = response.text();
  if (!response.ok)
    throw new ImageUploadError(
      `image upload answered HTTP ${response.status}: ${text.slice(0, 300)}`,
      isRetryableStatus(response.status),
    );
  const fileId = (JSON.parse(text) as { fileId?: string }).fileId;
  if (!fileId) throw new ImageUploadError('image upload answered without fileId', true);
  uploaded.set(key, fileId);
  return fileId;
}
