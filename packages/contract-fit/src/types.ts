import type { components, operations, paths } from './generated/schema.js';

type Schemas = components['schemas'];

/** A document and what was extracted from it (`prediction`). */
export type Document = Schemas['DocumentModelGet'];
/** One page of `listInboxDocumentsPaginated`. */
export type DocumentPage = Schemas['DocumentModelPaginated'];
export type StatusData = Schemas['StatusDataModel'];
export type Timings = Schemas['TimingsModelGet'];
export type DocumentFileInfo = Schemas['FileModelGet'];
/** The answer of an upload to an inbox: a processed document, `{id}`, or a field → value map. */
export type UploadResult = Schemas['UploadResult'];
export type SimpleUploadResult = Schemas['SimpleUploadResult'];
export type DocumentAccepted = Schemas['DocumentAccepted'];
/** Field → value, as `key_value_flag=true` answers. */
export type KeyValuePrediction = Schemas['KeyValuePrediction'];
export type Inbox = Schemas['InboxModelGet'];
export type NewInbox = Schemas['InboxModelPost'];
export type Project = Schemas['ProjectModelGet'];
export type User = Schemas['UserModelGet'];
export type NewUser = Schemas['UserModelPost'];
export type UserRole = Schemas['UserRoleModel'];
export type Role = Schemas['RoleModelGet'];
export type Permissions = Schemas['PermissionsModel'];
export type ApiKey = Schemas['APIKeyModel'];
export type TokenReply = Schemas['TokenReplyModel'];
export type Format = Schemas['FormatModelGet'];
export type Integration = Schemas['IntegrationModelGet'];
export type Connection = Schemas['ConnectionModelGet'];
export type Report = Schemas['ReportModelGet'];
/** An error body (all members optional: Flask-RESTX `{message, errors}` or `{code, name, description}`). */
export type ErrorBody = Schemas['ErrorModel'];

/** The query of `GET /inboxes/{inbox_id}/paginated`. */
export type InboxPageQuery = NonNullable<operations['listInboxDocumentsPaginated']['parameters']['query']>;

export type { components, operations, paths };
