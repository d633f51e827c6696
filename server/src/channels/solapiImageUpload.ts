import { createHash } from 'node:crypto';
import { isRetryableStatus } from './httpFailure';
import type { SolapiConfig } from './providerConfig';
import { solapiAuthorization } from './solapiAuthorization';

/** Carriers accept MMS images as JPEG up to 200 KB. */
export const MMS_IMAGE_MAX_BYTES = 200 * 1024;

/** Why an image could not be attached, and whether trying again later could help. */
export class ImageUploadError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'ImageUploadError';
  }
}

/** File ids per provider account and image URL: each image is uploaded once per process. */
const uploaded = new Map<string, string>();

const isJpeg = (bytes: Buffer) =>
  bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;

async function download(url: string): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    throw new ImageUploadError(`image ${url} unreachable: ${String(error)}`, true);
  }
  if (!response.ok)
    throw new ImageUploadError(
      `image ${url} answered HTTP ${response.status}`,
      isRetryableStatus(response.status),
    );
  const bytes = Buffer.from(await response.arrayBuffer());
  if (!isJpeg(bytes)) throw new ImageUploadError(`image ${url} is not a JPEG (MMS carries JPEG only)`, false);
  if (bytes.length > MMS_IMAGE_MAX_BYTES)
    throw new ImageUploadError(
      `image ${url} is ${Math.ceil(bytes.length / 1024)} KB; MMS allows ${MMS_IMAGE_MAX_BYTES / 1024} KB`,
      false,
    );
  return bytes;
}

/**
 * The provider file id of an MMS image: the image is fetched from its URL, checked (JPEG, ≤ 200 KB) and
 * uploaded to `POST {baseUrl}/storage/v1/files` (`{ file: base64, name, type: "MMS" }` → `{ fileId }`),
 * as Solapi requires before a message can reference it by `imageId`.
 */
export async function uploadMmsImage(config: SolapiConfig, imageUrl: string): Promise<string> {
  const key = createHash('sha256').update(`${config.baseUrl}\n${config.apiKey}\n${imageUrl}`).digest('hex');
  const known = uploaded.get(key);
  if (known) return known;
  const bytes = await download(imageUrl);
  let response: Response;
  try {
    response = await fetch(new URL('/storage/v1/files', config.baseUrl), {
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
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new ImageUploadError(`image upload failed: ${String(error)}`, true);
  }
  const text = await response.text();
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
