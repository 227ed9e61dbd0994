export * from './app.ts';
export * from './startCallCov.ts';
export * from './defaultFeatures.ts';
export * from './analysisThreads.ts';
