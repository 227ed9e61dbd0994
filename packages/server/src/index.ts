export * from './app.ts';
export * from './startCallCov.ts';
export * from './defaultFeatures.ts';
export * from './analysisThreads.ts';
export { liveRoutes, makeLiveRoutes, LIVE_CLOSE, type LiveRoutesOptions } from './routes/liveRoutes.ts';
