import { join, resolve } from 'node:path';
import { parseS3BlobUrl } from '@callcov/core';
import type { BlobStore } from './blobStore.ts';
import { createFileBlobStore } from './fileBlobStore.ts';
import { createS3BlobStore } from './s3BlobStore.ts';

export interface BlobStoreSettings {
  /** '' = files under `dataDir`/blobs; `s3://bucket/prefix` = object storage. */
  blobUrl: string;
  s3Endpoint: string;
  s3ForcePathStyle: boolean;
  dataDir: string;
}

/** The blob store the configuration names (DESIGN.md §1.9). */
export function openBlobStore(settings: BlobStoreSettings): BlobStore {
  const dataDir = resolve(settings.dataDir);
  if (settings.blobUrl === '') return createFileBlobStore(join(dataDir, 'blobs'));
  const target = parseS3BlobUrl(settings.blobUrl);
  if (!target) throw new Error(`not an s3://bucket/prefix URL: '${settings.blobUrl}'`);
  return createS3BlobStore({
    ...target,
    ...(settings.s3Endpoint ? { endpoint: settings.s3Endpoint } : {}),
    forcePathStyle: settings.s3ForcePathStyle,
    tmpDir: join(dataDir, 'tmp'),
  });
}
