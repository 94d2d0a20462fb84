export {
  type ContractFetch,
  type ContractFetchOptions,
  ContractViolationError,
  createContractFetch,
  parseViolations,
  type RecordedViolation,
  type Violation,
} from './contract-fetch.js';
export {
  type Fault,
  type FaultRequest,
  type FaultResponse,
  type FaultServer,
  type FaultStep,
  startFaultServer,
} from './fault-server.js';
export { resolveSpec } from './resolve-spec.js';
export { type RecordedCall, type ScriptedFetch, type ScriptStep, scriptedFetch } from './scripted-fetch.js';
export { freePort, type MockServer, type StartMockOptions, startMock } from './start-mock.js';
export { type StorageServer, type StoredRequest, startStorageServer } from './start-storage-server.js';
export {
  startTokenServer,
  type TokenRequest,
  type TokenServer,
  type TokenServerOptions,
} from './start-token-server.js';
