export * from './jobQueue.ts';
export * from './jobLoop.ts';
export * from './createWorker.ts';
