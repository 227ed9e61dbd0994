// The built-in check detectors by detector name (policy rules of kind "detector" name one).
import type { DetectorName } from '../schemas.ts';
import type { CheckDetector } from './checkVerdict.ts';
import { detectAgentIdentification } from './agentIdentification.ts';
import { detectRecordingDisclosure } from './recordingDisclosure.ts';
import { detectDataProtectionInformation } from './dataProtectionInformation.ts';
import { detectIdentityVerification } from './identityVerification.ts';
import { detectProhibitedLanguage, detectThreats } from './prohibitedLanguageCheck.ts';
import { detectMiniMiranda } from './miniMiranda.ts';
import { detectPciCardData } from './pciCardData.ts';

export const CHECK_DETECTORS: Partial<Record<DetectorName, CheckDetector>> = {
  recording_disclosure: detectRecordingDisclosure,
  agent_identification: detectAgentIdentification,
  data_protection_information: detectDataProtectionInformation,
  identity_verification: detectIdentityVerification,
  prohibited_language: detectProhibitedLanguage,
  threats: detectThreats,
  mini_miranda: detectMiniMiranda,
  pci_card_data: detectPciCardData,
};
