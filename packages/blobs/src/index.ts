export * from './fileBlobStore.ts';
