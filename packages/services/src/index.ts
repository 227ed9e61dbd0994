export * from './serviceContext.ts';
export * from './apiKeys.ts';
export * from './analysisRows.ts';
export * from './submitAnalysis.ts';
export * from './readAnalyses.ts';
export * from './processAnalysis.ts';
