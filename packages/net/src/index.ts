/** @callcov/net — CallCov's one shared outbound HTTP client with SSRF protection. See ../README.md. */
export { classifyAddress, describeClassification, normalizeIpLiteral } from './classifyAddress.ts';
export type { AddressCategory, AddressClassification, EmbeddedIpv4Form } from './classifyAddress.ts';
export { compileAddressPolicy, isAddressAllowed, InvalidAllowNetworkError } from './addressPolicy.ts';
export type { AddressDecision, AddressPolicy, AddressPolicyOptions, OutboundEnv } from './addressPolicy.ts';
export { BlockedAddressError, BLOCKED_ADDRESS_CODE } from './blockedAddressError.ts';
export { classifyOutboundError, OutboundTimeoutError, RedirectNotFollowedError } from './classifyOutboundError.ts';
export type { ClassifiedOutboundError, OutboundErrorClass } from './classifyOutboundError.ts';
export { createCheckedLookup, createPolicyConnector, resolveWithSystemResolver } from './createPolicyConnector.ts';
export type { PolicyConnectorOptions, ProxySettings, ResolveHost, ResolvedAddress } from './createPolicyConnector.ts';
export { shouldBypassProxy } from './shouldBypassProxy.ts';
export { connectThroughProxy, ProxyConnectError } from './connectThroughProxy.ts';
export { createOutboundClient } from './createOutboundClient.ts';
export type { OutboundClient, OutboundClientOptions, OutboundFetch, PostOptions, PostResult } from './createOutboundClient.ts';
export { readBodyExcerpt } from './readBodyExcerpt.ts';
export type { BodyExcerpt } from './readBodyExcerpt.ts';
