// Registry of the built-in packs by id.
import type { PolicyDocument, ScorecardDocument } from '../schemas.ts';
import { COMPLIANCE_DEFAULT } from './complianceDefault.ts';
import { COMPLIANCE_COLLECTIONS } from './complianceCollections.ts';
import { COMPLIANCE_SPAIN } from './complianceSpain.ts';
import { SCORECARD_DEFAULT } from './scorecardDefault.ts';

export const BUILT_IN_POLICIES: Readonly<Record<string, PolicyDocument>> = Object.freeze({
  default: COMPLIANCE_DEFAULT,
  collections: COMPLIANCE_COLLECTIONS,
  spain: COMPLIANCE_SPAIN,
});

export const BUILT_IN_SCORECARDS: Readonly<Record<string, ScorecardDocument>> = Object.freeze({
  default: SCORECARD_DEFAULT,
});
