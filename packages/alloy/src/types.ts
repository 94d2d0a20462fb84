import type { components, operations, paths } from './generated/schema.js';

type Schemas = components['schemas'];

export type AlloyErrorBody = Schemas['AlloyError'];
export type BearerToken = Schemas['BearerToken'];
export type Document = Schemas['Document'];
export type DocumentDescription = Schemas['DocumentDescription'];
export type DocumentUpdate = Schemas['DocumentUpdate'];
export type DocumentType = Schemas['DocumentType'];
export type Note = Schemas['Note'];
export type NoteInput = Schemas['NoteInput'];
export type Person = Schemas['Person'];
export type PersonInput = Schemas['PersonInput'];
export type Business = Schemas['Business'];
export type BusinessInput = Schemas['BusinessInput'];
export type Entity = Schemas['Entity'];
export type Address = Schemas['Address'];
export type Email = Schemas['Email'];
export type Phone = Schemas['Phone'];

export type { components, operations, paths };
