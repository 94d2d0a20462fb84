import type { components, operations, paths, webhooks } from './generated/schema.js';

type Schemas = components['schemas'];

/** An analysis request (consumers usually import it namespaced: `October.Request`). */
export type Request = Schemas['Request'];
export type NewRequest = Schemas['NewRequest'];
export type SirenCode = Schemas['SirenCode'];
export type CompanyCode = Schemas['CompanyCode'];
export type Medium = Schemas['Medium'];
export type NewMedium = Schemas['NewMedium'];
export type MediumUpdate = Schemas['MediumUpdate'];
export type MediumName = Schemas['MediumName'];
export type MediumType = Schemas['MediumType'];
export type MediumStatus = Schemas['MediumStatus'];
export type MediumMeta = Schemas['MediumMeta'];
export type Period = Schemas['Period'];
export type UploadDescriptor = Schemas['UploadDescriptor'];
export type Report = Schemas['Report'];
export type ReportSource = Schemas['ReportSource'];
export type Business = Schemas['Business'];
export type BusinessUpdate = Schemas['BusinessUpdate'];
export type WebhookSetting = Schemas['WebhookSetting'];
export type WebhookSettingInput = Schemas['WebhookSettingInput'];
export type WebhookEventName = Schemas['WebhookEventName'];
/** The `new_report` webhook payload. */
export type NewReportEvent = Schemas['NewReportEvent'];
/** An October error body (its shape is a guess). */
export type ErrorBody = Schemas['Error'];

export type { ClientPaths } from './client-paths.js';
export type { components, operations, paths, webhooks };
