import { describe, expect, it } from 'vitest';
import { createOperationMatcher } from '../src/index.js';

const table = {
  getDossier: { method: 'GET', path: '/dossiers/{dossierId}', retrySafe: true },
  listAllDossiers: { method: 'GET', path: '/dossiers/all', retrySafe: true },
  searchDossiers: { method: 'POST', path: '/dossiers/search', retrySafe: true },
  createDossier: { method: 'POST', path: '/dossiers', retrySafe: false },
};

describe('createOperationMatcher', () => {
  const match = createOperationMatcher(table, 'https://api.example.com/v2/');
  const url = (path: string) => new URL(`https://api.example.com${path}`);

  it('maps method + URL to the operation, under the base path', () => {
    expect(match('GET', url('/v2/dossiers/42'))).toEqual({ operationId: 'getDossier', retrySafe: true });
    expect(match('post', url('/v2/dossiers/search?x=1'))).toEqual({
      operationId: 'searchDossiers',
      retrySafe: true,
    });
    expect(match('POST', url('/v2/dossiers'))).toEqual({ operationId: 'createDossier', retrySafe: false });
  });

  it('literal paths win over templated ones', () => {
    expect(match('GET', url('/v2/dossiers/all'))?.operationId).toBe('listAllDossiers');
  });

  it('unknown method, path or prefix → undefined', () => {
    expect(match('DELETE', url('/v2/dossiers/42'))).toBeUndefined();
    expect(match('GET', url('/v2/dossiers/42/files'))).toBeUndefined();
    expect(match('GET', url('/v1/dossiers/42'))).toBeUndefined();
  });
});
