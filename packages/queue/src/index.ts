export * from './jobQueue.ts';
export * from './jobLoop.ts';
