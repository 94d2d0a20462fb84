/**
 * GENERATED FILE: do not edit by hand.
 * Source: specs/october/openapi.yaml
 * Regenerate: pnpm run codegen   (scripts/codegen.ts, openapi-typescript)
 */
export interface paths {
    "/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an analysis request on a company
         * @description Opens a request on the company whose SIREN is given. Every field is required unless marked optional. (Seeds 000 and 001, "Making your first request"; the Generate X-Ray guides show the wrapped answer; "Set custom request name" and "Add a creator to your request" pages, whose content was not retrieved.)
         */
        post: operations["createRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The request id (24 hex characters).
                 * @example 635107e452436f15d3b39d87
                 */
                requestId: components["parameters"]["RequestId"];
            };
            cookie?: never;
        };
        /**
         * Get a request
         * @description The latest state of a request. Some pages write the path in the singular (`/request/{id}`); this file follows the plural of "Making your first request" and the guides. (Seeds 000 and 001.)
         */
        get: operations["getRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a medium and get its upload descriptor
         * @description Step 1 of the upload: declares the document (its kind, and the original file's name, size and MIME type) and attaches it to a request. The medium starts as `draft`; the answer's `upload` says where and how to send the bytes. The file must not exceed 20 MB. ("Uploading a media" page; seed 000.)
         */
        post: operations["createMedium"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/media/{mediumId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The medium id, from `createMedium` (24 hex characters).
                 * @example 6412f0bc1a2b3c4d5e6f7a81
                 */
                mediumId: components["parameters"]["MediumId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a medium online, with its period and date
         * @description Step 3 of the upload, once the storage accepted the bytes: sets `status` to `online`, optionally with the period the document covers and its date. October then starts the X-Rays the document feeds. (Seed 000, "Uploading a media" and "Medium" pages.) Safe to repeat: it sets values, it adds nothing.
         */
        post: operations["updateMedium"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the reports of a request
         * @description Every report October has produced so far for the request, optionally only those of one source (`source=esg`). (Seeds 000 and 001; the Generate ESG X-Ray guide for `source`.)
         */
        get: operations["listReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/businesses/{businessId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The business id (24 hex characters). Where a caller reads it is not documented (guess: from the October web app's organisation settings).
                 * @example 5f9b2c3d4e5f6a7b8c9d0e1f
                 */
                businessId: components["parameters"]["BusinessId"];
            };
            cookie?: never;
        };
        /**
         * Get the business and its webhook settings
         * @description The partner organisation, with its webhook settings under `settings.webhooks`. (Webhooks page.)
         */
        get: operations["getBusiness"];
        put?: never;
        /**
         * Create, change or remove webhook settings
         * @description Writes the business's webhook settings: add one (url and events), change one, or leave one out to remove it. October generates each setting's `key`. The page shows one setting object `{events, url}`; where it sits in the body is a guess (here: the whole `settings.webhooks` list, which replaces the current one). (Webhooks page.)
         */
        post: operations["updateBusiness"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    new_report: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new report was created
         * @description October POSTs this to every webhook setting subscribed to `new_report` when it has created a report. It carries ids only: fetch the report with `listReports` (or the request with `getRequest`), which also authenticates the data. The signature scheme (header, algorithm) is not published; the setting's `key` is said to serve for validation. The Webhooks page's own setup example subscribes to `update_request`, an event it does not describe. (Seed 001, Webhooks page.)
         */
        post: operations["newReportEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description A resource id, 24 lowercase hex characters (a MongoDB ObjectId; guess on the format).
         * @example 635107e452436f15d3b39d87
         */
        ObjectId: string;
        /** @description An error body (guess: not documented). Clients should rely on the HTTP status and read `code` and `message` when present. */
        Error: {
            /** @description A machine-readable code, when October sends one. */
            code?: string;
            /** @description A human-readable text. */
            message?: string;
        };
        /** @description What `createRequest` takes. */
        NewRequest: {
            code: components["schemas"]["SirenCode"];
            /** @description Optional. A custom name for the request, shown instead of the company's name ("Set custom request name"). */
            businessName?: string;
            /**
             * Format: email
             * @description Optional. Assigns the request to the user with this email address ("Add a creator to your request"; guess: the field name and that it holds the email, as the page was not retrieved).
             */
            creator?: string;
        };
        /** @description The company's identifier as `createRequest` takes it. */
        SirenCode: {
            /**
             * @description `siren` is the only documented type (guess: the only one accepted).
             * @enum {string}
             */
            type: "siren";
            /** @description The 9-digit SIREN; its last digit is a Luhn check digit. */
            id: string;
        };
        /** @description The company's identifier as a request returns it. `type` is an open string: `siren` is the only documented value. */
        CompanyCode: {
            /** @example siren */
            type: string;
            /** @example 732829320 */
            id: string;
        };
        /** @description An analysis request. Only `id`, `code`, `status` and `stage` are documented; more fields come back ("…" in the seeds). `status` and `stage` are open strings: only `pending_analysis` and `1.1` are documented. */
        Request: {
            id: components["schemas"]["ObjectId"];
            code: components["schemas"]["CompanyCode"];
            /**
             * @description The request's status, e.g. `pending_analysis` (the full list is not published).
             * @example pending_analysis
             */
            status: string;
            /**
             * @description The analysis stage, e.g. `1.1` (not described further).
             * @example 1.1
             */
            stage?: string;
            /** @description The custom name, when one was given. */
            businessName?: string;
            /** @description The creator given at creation (guess). */
            creator?: string;
            /**
             * Format: date-time
             * @description When the request was created (guess: named like a medium's `creation`).
             */
            creation?: string;
            /** @description The user who created the request (guess). */
            user?: components["schemas"]["ObjectId"];
        };
        RequestEnvelope: {
            request: components["schemas"]["Request"];
        };
        /**
         * @description What the document is. Bank X-Ray reads `bank_statement`; Financial X-Ray reads `certified_financial_statement` and `interim_financial_statement`; `other` feeds either.
         * @enum {string}
         */
        MediumName: "certified_financial_statement" | "bank_statement" | "interim_financial_statement" | "other";
        /**
         * @description The kind of file: `document` is documented; `image` is a guess from the Medium page's example URL (`image-….jpg`).
         * @enum {string}
         */
        MediumType: "document" | "image";
        /**
         * @description `draft`: created, no file yet; `online`: uploaded and available to October; `pending_extraction`: its content is being extracted.
         * @enum {string}
         */
        MediumStatus: "draft" | "online" | "pending_extraction";
        /**
         * @description The period the document covers: `year` for a `certified_financial_statement`; `month`, `quarter` or `semester` for a `bank_statement`.
         * @enum {string}
         */
        Period: "year" | "month" | "quarter" | "semester";
        /** @description The uploaded file, as declared at creation. */
        FileMeta: {
            /** @description The original file name. */
            name: string;
            /** @description Its size in bytes, at most 20 MB (guess: 20 × 1024 × 1024 bytes; the docs say "20 MB"). */
            size: number;
            /**
             * @description Its MIME type, e.g. `application/pdf`. The accepted types are only listed in the non-public Media API Reference (guess: PDF and common images).
             * @example application/pdf
             */
            type: string;
        };
        /** @description The file's name, size and type from creation, and the period and date set when it went online. */
        MediumMeta: {
            name?: string;
            size?: number;
            type?: string;
            period?: components["schemas"]["Period"];
            /**
             * Format: date
             * @description The document's date (guess: an ISO date; the format is not documented).
             */
            date?: string;
        };
        /** @description Where and how to send the file's bytes (guess: the docs page is cut off where it describes this field). Two shapes are modelled. A presigned POST has `url` and `fields`: POST a multipart/form-data body with every field first and the file last, as `file`. A presigned PUT has `url` (signed in its query), `method: PUT` and the `headers` to send. Never send the October headers to this URL. */
        UploadDescriptor: {
            /**
             * Format: uri
             * @description The storage URL (an AWS S3 endpoint).
             */
            url?: string;
            /**
             * @description `POST` (form upload) or `PUT` (raw bytes). When absent: POST if `fields` is present, PUT otherwise (guess).
             * @example POST
             * @example PUT
             */
            method?: string;
            /** @description The form fields of a presigned POST (key, policy, signature, …), in order. */
            fields?: {
                [key: string]: string;
            };
            /** @description Headers a presigned PUT must carry (e.g. the signed `Content-Type`). */
            headers?: {
                [key: string]: string;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description A document attached to a request. */
        Medium: {
            id: components["schemas"]["ObjectId"];
            /** Format: date-time */
            creation?: string;
            name: components["schemas"]["MediumName"];
            status: components["schemas"]["MediumStatus"];
            type: components["schemas"]["MediumType"];
            /** @description The file's path on October's CDN, signed in its query: prepend `https://cdn.october.eu/` to read it. */
            url?: string;
            /** @description The user who created the medium. */
            user?: components["schemas"]["ObjectId"];
            /** @description The request the medium belongs to (guess: echoed back). */
            request?: components["schemas"]["ObjectId"];
            meta?: components["schemas"]["MediumMeta"];
            upload?: components["schemas"]["UploadDescriptor"];
        };
        /** @description What `createMedium` takes. */
        NewMedium: {
            name: components["schemas"]["MediumName"];
            type: components["schemas"]["MediumType"];
            meta: components["schemas"]["FileMeta"];
            /** @description The request the document belongs to. */
            request: components["schemas"]["ObjectId"];
        };
        /** @description What `updateMedium` takes. */
        MediumUpdate: {
            /**
             * @description Always `online`, once the storage accepted the file.
             * @enum {string}
             */
            status: "online";
            /** @description Optional. The period and date of the document (guess: under `meta`, where the medium keeps them; the seed only says "optionally add the period and date"). */
            meta?: {
                period?: components["schemas"]["Period"];
                /**
                 * Format: date
                 * @description The document's date (guess: an ISO date).
                 */
                date?: string;
            };
        };
        MediumEnvelope: {
            medium: components["schemas"]["Medium"];
        };
        /**
         * @description Which X-Ray produced a report. `esg` is documented; `doc`, `bank`, `financial` and `manager` are guesses. Open: any string.
         * @example esg
         * @example doc
         * @example bank
         * @example financial
         * @example manager
         */
        ReportSource: string;
        /** @description An X-Ray report (guess: the shape is not published; the fields besides `data` follow the other resources). */
        Report: {
            id: components["schemas"]["ObjectId"];
            request: components["schemas"]["ObjectId"];
            source: components["schemas"]["ReportSource"];
            /** Format: date-time */
            creation?: string;
            /** @description The report's content; its structure depends on the X-Ray and is not published. */
            data?: {
                [key: string]: unknown;
            };
        };
        ReportList: {
            reports: components["schemas"]["Report"][];
        };
        /**
         * @description An event a webhook setting subscribes to. `new_report` is documented; `update_request` appears in the setup example only. Open: any string.
         * @example new_report
         * @example update_request
         */
        WebhookEventName: string;
        /** @description One webhook of the business. */
        WebhookSetting: {
            /** @description The setting's id (guess). */
            id?: components["schemas"]["ObjectId"];
            /**
             * Format: uri
             * @description Where October POSTs the events.
             */
            url: string;
            events: components["schemas"]["WebhookEventName"][];
            /** @description Generated by October, for checking the deliveries (how is not published). A secret: never log it. */
            key?: string;
        };
        /** @description A webhook setting as `updateBusiness` takes it (October generates the key). */
        WebhookSettingInput: {
            /** @description The id of an existing setting to change (guess). */
            id?: components["schemas"]["ObjectId"];
            /** Format: uri */
            url: string;
            events: components["schemas"]["WebhookEventName"][];
        };
        /** @description The business's settings; only `webhooks` is documented. */
        BusinessSettings: {
            webhooks?: components["schemas"]["WebhookSetting"][];
        };
        /** @description The partner organisation. */
        Business: {
            id: components["schemas"]["ObjectId"];
            /** @description The organisation's name (guess). */
            name?: string;
            settings?: components["schemas"]["BusinessSettings"];
        };
        BusinessEnvelope: {
            business: components["schemas"]["Business"];
        };
        /** @description What `updateBusiness` takes (guess: the placement of the setting objects). */
        BusinessUpdate: {
            settings: {
                /** @description The complete list of webhook settings after the change. */
                webhooks: components["schemas"]["WebhookSettingInput"][];
            };
        };
        /** @description The `new_report` webhook payload. Extra fields are allowed, because October adds fields without a new version. */
        NewReportEvent: {
            /** @constant */
            event: "new_report";
            requestId: components["schemas"]["ObjectId"];
            reportId: components["schemas"]["ObjectId"];
        };
    };
    responses: {
        /** @description The request is malformed: a missing field, an invalid SIREN, a file over 20 MB. (guess: the status and the body.) */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "invalid_request",
                 *       "message": "code.id must be a valid SIREN"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description `userId` or `sessionToken` is missing or refused. (The status is documented; the body is a guess.) */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "unauthorized",
                 *       "message": "Missing or invalid authentication headers"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The user's role does not allow the action (Analysts work on their own requests; webhook settings need an Administrator or the Owner). (guess: the status and the body.) */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "forbidden",
                 *       "message": "This user cannot change the organisation settings"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such request, medium or business. (guess: the status and the body.) */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "not_found",
                 *       "message": "Request not found"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests. (guess: no limit is published.) */
        TooManyRequests: {
            headers: {
                /**
                 * @description Seconds to wait before retrying (guess: the standard HTTP header).
                 * @example 30
                 */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "rate_limited",
                 *       "message": "Too many requests"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A failure on October's side (500) or the service is unavailable (503). (guess: the body.) */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description The API version, named after its release date. `2024-01-25` is the latest documented; `2023-06-01` appears in older examples. Not an enum: new versions appear over time. */
        OctoberVersion: string;
        /**
         * @description The request id (24 hex characters).
         * @example 635107e452436f15d3b39d87
         */
        RequestId: components["schemas"]["ObjectId"];
        /**
         * @description The medium id, from `createMedium` (24 hex characters).
         * @example 6412f0bc1a2b3c4d5e6f7a81
         */
        MediumId: components["schemas"]["ObjectId"];
        /**
         * @description The business id (24 hex characters). Where a caller reads it is not documented (guess: from the October web app's organisation settings).
         * @example 5f9b2c3d4e5f6a7b8c9d0e1f
         */
        BusinessId: components["schemas"]["ObjectId"];
        /**
         * @description The request whose reports are listed.
         * @example 635107e452436f15d3b39d87
         */
        RequestQuery: components["schemas"]["ObjectId"];
        /**
         * @description Only the reports of this source. `esg` is documented; `doc`, `bank`, `financial` and `manager` are guesses from the X-Ray names. Open: other values are passed as given.
         * @example esg
         */
        SourceQuery: components["schemas"]["ReportSource"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createRequest: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, named after its release date. `2024-01-25` is the latest documented; `2023-06-01` appears in older examples. Not an enum: new versions appear over time. */
                "October-Version": components["parameters"]["OctoberVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": {
                 *         "type": "siren",
                 *         "id": "732829320"
                 *       },
                 *       "businessName": "Exemple Industrie - dossier de financement"
                 *     }
                 */
                "application/json": components["schemas"]["NewRequest"];
            };
        };
        responses: {
            /** @description The request, with the fields October adds (`id`, `status`, `stage`, …). (guess: the status code; the guides show a body only.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "request": {
                     *         "id": "635107e452436f15d3b39d87",
                     *         "code": {
                     *           "type": "siren",
                     *           "id": "732829320"
                     *         },
                     *         "status": "pending_analysis",
                     *         "stage": "1.1",
                     *         "businessName": "Exemple Industrie - dossier de financement",
                     *         "creation": "2024-03-18T09:12:44.000Z",
                     *         "user": "63f4a1b2c3d4e5f6a7b8c9d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RequestEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getRequest: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, named after its release date. `2024-01-25` is the latest documented; `2023-06-01` appears in older examples. Not an enum: new versions appear over time. */
                "October-Version": components["parameters"]["OctoberVersion"];
            };
            path: {
                /**
                 * @description The request id (24 hex characters).
                 * @example 635107e452436f15d3b39d87
                 */
                requestId: components["parameters"]["RequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "request": {
                     *         "id": "635107e452436f15d3b39d87",
                     *         "code": {
                     *           "type": "siren",
                     *           "id": "732829320"
                     *         },
                     *         "status": "pending_analysis",
                     *         "stage": "1.1",
                     *         "businessName": "Exemple Industrie - dossier de financement",
                     *         "creation": "2024-03-18T09:12:44.000Z",
                     *         "user": "63f4a1b2c3d4e5f6a7b8c9d0"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RequestEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createMedium: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, named after its release date. `2024-01-25` is the latest documented; `2023-06-01` appears in older examples. Not an enum: new versions appear over time. */
                "October-Version": components["parameters"]["OctoberVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "bank_statement",
                 *       "type": "document",
                 *       "meta": {
                 *         "name": "releve-2024-02.pdf",
                 *         "size": 48213,
                 *         "type": "application/pdf"
                 *       },
                 *       "request": "635107e452436f15d3b39d87"
                 *     }
                 */
                "application/json": components["schemas"]["NewMedium"];
            };
        };
        responses: {
            /** @description The draft medium with its `upload` descriptor. (guess: the status code, and both shapes of `upload`; see UploadDescriptor.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediumEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateMedium: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, named after its release date. `2024-01-25` is the latest documented; `2023-06-01` appears in older examples. Not an enum: new versions appear over time. */
                "October-Version": components["parameters"]["OctoberVersion"];
            };
            path: {
                /**
                 * @description The medium id, from `createMedium` (24 hex characters).
                 * @example 6412f0bc1a2b3c4d5e6f7a81
                 */
                mediumId: components["parameters"]["MediumId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "online",
                 *       "meta": {
                 *         "period": "month",
                 *         "date": "2024-02-29"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["MediumUpdate"];
            };
        };
        responses: {
            /** @description The medium, now online. (guess: the status code and the wrapped answer.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "medium": {
                     *         "id": "6412f0bc1a2b3c4d5e6f7a81",
                     *         "creation": "2024-03-18T09:14:02.000Z",
                     *         "name": "bank_statement",
                     *         "status": "online",
                     *         "type": "document",
                     *         "url": "requests/635107e452436f15d3b39d87/document-3f3d9a1c7b.pdf?Expires=1710756842&Key-Pair-Id=K2EXAMPLEKEYPAIR&Signature=c2lnbmF0dXJlLWV4YW1wbGU",
                     *         "user": "63f4a1b2c3d4e5f6a7b8c9d0",
                     *         "request": "635107e452436f15d3b39d87",
                     *         "meta": {
                     *           "name": "releve-2024-02.pdf",
                     *           "size": 48213,
                     *           "type": "application/pdf",
                     *           "period": "month",
                     *           "date": "2024-02-29"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["MediumEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listReports: {
        parameters: {
            query: {
                /**
                 * @description The request whose reports are listed.
                 * @example 635107e452436f15d3b39d87
                 */
                request: components["parameters"]["RequestQuery"];
                /**
                 * @description Only the reports of this source. `esg` is documented; `doc`, `bank`, `financial` and `manager` are guesses from the X-Ray names. Open: other values are passed as given.
                 * @example esg
                 */
                source?: components["parameters"]["SourceQuery"];
            };
            header: {
                /** @description The API version, named after its release date. `2024-01-25` is the latest documented; `2023-06-01` appears in older examples. Not an enum: new versions appear over time. */
                "October-Version": components["parameters"]["OctoberVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reports, possibly none yet. (guess: the `reports` wrapper and the report fields.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reports": [
                     *         {
                     *           "id": "6413a0d2e4f5a6b7c8d9e0f1",
                     *           "request": "635107e452436f15d3b39d87",
                     *           "source": "esg",
                     *           "creation": "2024-03-18T09:20:31.000Z",
                     *           "data": {
                     *             "score": 62,
                     *             "summary": "Politique environnementale publiée, pas de bilan carbone."
                     *           }
                     *         },
                     *         {
                     *           "id": "6413a0d2e4f5a6b7c8d9e0f2",
                     *           "request": "635107e452436f15d3b39d87",
                     *           "source": "bank",
                     *           "creation": "2024-03-18T09:31:05.000Z",
                     *           "data": {
                     *             "period": "month",
                     *             "averageBalance": 18250.4,
                     *             "currency": "EUR"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ReportList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getBusiness: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, named after its release date. `2024-01-25` is the latest documented; `2023-06-01` appears in older examples. Not an enum: new versions appear over time. */
                "October-Version": components["parameters"]["OctoberVersion"];
            };
            path: {
                /**
                 * @description The business id (24 hex characters). Where a caller reads it is not documented (guess: from the October web app's organisation settings).
                 * @example 5f9b2c3d4e5f6a7b8c9d0e1f
                 */
                businessId: components["parameters"]["BusinessId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The business. (guess: the status code and every field but `settings.webhooks`.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "business": {
                     *         "id": "5f9b2c3d4e5f6a7b8c9d0e1f",
                     *         "name": "Banque Exemple Financement",
                     *         "settings": {
                     *           "webhooks": [
                     *             {
                     *               "id": "64a1b2c3d4e5f6a7b8c9d0e2",
                     *               "url": "https://hooks.banque-exemple.fr/october",
                     *               "events": [
                     *                 "new_report"
                     *               ],
                     *               "key": "whk_example_6f1d2c9b8a7e4f3d"
                     *             }
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["BusinessEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateBusiness: {
        parameters: {
            query?: never;
            header: {
                /** @description The API version, named after its release date. `2024-01-25` is the latest documented; `2023-06-01` appears in older examples. Not an enum: new versions appear over time. */
                "October-Version": components["parameters"]["OctoberVersion"];
            };
            path: {
                /**
                 * @description The business id (24 hex characters). Where a caller reads it is not documented (guess: from the October web app's organisation settings).
                 * @example 5f9b2c3d4e5f6a7b8c9d0e1f
                 */
                businessId: components["parameters"]["BusinessId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "settings": {
                 *         "webhooks": [
                 *           {
                 *             "url": "https://hooks.banque-exemple.fr/october",
                 *             "events": [
                 *               "new_report"
                 *             ]
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["BusinessUpdate"];
            };
        };
        responses: {
            /** @description The business with its new settings. (guess: the status code and shape.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "business": {
                     *         "id": "5f9b2c3d4e5f6a7b8c9d0e1f",
                     *         "name": "Banque Exemple Financement",
                     *         "settings": {
                     *           "webhooks": [
                     *             {
                     *               "id": "64a1b2c3d4e5f6a7b8c9d0e2",
                     *               "url": "https://hooks.banque-exemple.fr/october",
                     *               "events": [
                     *                 "new_report"
                     *               ],
                     *               "key": "whk_example_6f1d2c9b8a7e4f3d"
                     *             }
                     *           ]
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["BusinessEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    newReportEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event": "new_report",
                 *       "requestId": "635107e452436f15d3b39d87",
                 *       "reportId": "6413a0d2e4f5a6b7c8d9e0f1"
                 *     }
                 */
                "application/json": components["schemas"]["NewReportEvent"];
            };
        };
        responses: {
            /** @description Received. (guess: any 2xx acknowledges the delivery; retries on failure are not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver refused the delivery, because it is malformed or its check failed (guess: what October does with a refusal is not documented). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
