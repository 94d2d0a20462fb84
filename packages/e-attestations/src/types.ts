import type { components, operations, paths } from './generated/schema.js';

type Schemas = components['schemas'];

export type Account = Schemas['Account'];
export type GlobalInformation = Schemas['GlobalInformation'];
export type ThirdpartyRepresentation = Schemas['ThirdpartyRepresentation'];
export type ThirdpartyDetails = Schemas['ThirdpartyDetails'];
export type NewDossier = Schemas['NewDossier'];
export type DossierUpdate = Schemas['DossierUpdate'];
export type Dossier = Schemas['Dossier'];
export type Document = Schemas['Document'];
export type FileInformation = Schemas['FileInformation'];
export type Evidence = Schemas['Evidence'];
export type Requirement = Schemas['Requirement'];
export type DossierRequirement = Schemas['DossierRequirement'];
export type DossierProcess = Schemas['DossierProcess'];
export type ErrorMessage = Schemas['ErrorMessage'];
export type Messages = Schemas['Messages'];
export type CompanyIdType = Schemas['CompanyIdType'];

type Query<O extends keyof operations> = NonNullable<operations[O]['parameters']['query']>;

/** Filters of `GET /account/{accountId}/thirdparties`, without the paging parameters. */
export type ThirdpartyQuery = Omit<Query<'listThirdparties'>, 'page' | 'pageSize'>;
/** Filters of `GET /account/{accountId}/dossiers`, without the paging parameters. */
export type DossierQuery = Omit<Query<'searchDossiers'>, 'page' | 'pageSize'>;

export type { components, operations, paths };
