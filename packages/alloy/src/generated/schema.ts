/**
 * GENERATED FILE: do not edit by hand.
 * Source: specs/alloy/openapi.yaml
 * Regenerate: pnpm run codegen   (scripts/codegen.ts, openapi-typescript)
 */
export interface paths {
    "/oauth/bearer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a bearer token (client credentials)
         * @description Exchanges the API token and secret, sent as HTTP Basic credentials, for a bearer token valid
         *     for one hour (`expires_in: 3600`). The body is JSON, `{"grant_type": "client_credentials"}`,
         *     unlike the form body of RFC 6749. (Alloy's authentication guide; the answer's fields from a
         *     third-party copy of Alloy's own spec.)
         *
         *     A legacy variant, not modelled here, sends `application_token` and `application_secret` in
         *     the body instead of the header and gets `{bearer_token, expires}` back (`expires` in epoch
         *     milliseconds). kybkit always uses the header variant.
         */
        post: operations["createBearerToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a person entity
         * @description Creates an entity of type person and returns it with its new `P-…` token. Give `external_entity_id` in the body, or the `Alloy-External-Entity-ID` header, to map your own id to it. (Alloy's "create an entity token" reference; guess: the answer has the shape of `getPerson`.)
         */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/persons/{entity_token}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
            };
            cookie?: never;
        };
        /**
         * Get a person entity
         * @description The person's data as Alloy holds it, with links. (Alloy's "entities PII" reference.)
         */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a person entity
         * @description Changes the fields given and returns the person. (Alloy's "entities PII" reference; guess: how lists such as `addresses` are merged is not documented, and the answer is assumed to be the updated person.)
         */
        patch: operations["updatePerson"];
        trace?: never;
    };
    "/entities/businesses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a business entity
         * @description Creates an entity of type business and returns it with its new `B-…` token. (Alloy's "create an entity token" reference names the endpoint; guess: the business field names follow Alloy's `business_…` convention and the answer has the shape of `getBusiness`.)
         */
        post: operations["createBusiness"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/businesses/{entity_token}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
            };
            cookie?: never;
        };
        /**
         * Get a business entity
         * @description The business's data as Alloy holds it, with links. (Alloy's "create an entity token" reference names the endpoint; guess: the fields mirror those of a person.)
         */
        get: operations["getBusiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a business entity
         * @description Changes the fields given and returns the business. (Endpoint from Alloy's reference; guess: the body and the answer, as for `updatePerson`.)
         */
        patch: operations["updateBusiness"];
        trace?: never;
    };
    "/entities/{entity_token}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
            };
            cookie?: never;
        };
        /**
         * Get an entity overview
         * @description A person or a business with what Alloy has attached to it: evaluations, documents, reviews and notes. (Third-party copy of Alloy's spec and a generated SDK's operation list; guess: the shapes of evaluations and reviews are not documented and are left open.)
         */
        get: operations["getEntity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{entity_token}/notes": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a note to an entity
         * @description Adds a note, signed by a dashboard user, to the entity. (Third-party copy of Alloy's spec: both fields are required; guess: the answer is the note as stored.)
         */
        post: operations["addEntityNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{entity_token}/documents": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
            };
            cookie?: never;
        };
        /**
         * List an entity's documents
         * @description Every document of the entity, metadata only, as a plain array (no pagination). (Seed 003, Alloy's "Document Upload via API" help article.)
         */
        get: operations["listDocuments"];
        put?: never;
        /**
         * Describe a document before uploading it
         * @description Step 1 of an upload: announces a file (name, extension, type, an optional note) and returns a document with a new `document_token` and `uploaded: false`. Send the bytes with `uploadDocument`. (Seed 003.) Each call creates another document.
         */
        post: operations["describeDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{entity_token}/documents/{document_token}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
                /**
                 * @description The document's token, returned by the describe step. (guess: every token seen has letters and digits after `D-`; `_` and `-` are allowed too, in case.)
                 * @example D-9aRk2Vt5Lm8Qw3Zx7Jc1
                 */
                document_token: components["parameters"]["DocumentToken"];
            };
            cookie?: never;
        };
        /**
         * Download the file of a document
         * @description The bytes of the uploaded file. (Seed 003 says the call downloads the document; guess: the media type Alloy sends is not documented, `application/octet-stream` is declared, and whether a `Content-Disposition` file name comes with it is unknown.)
         */
        get: operations["downloadDocument"];
        /**
         * Upload the file of a described document
         * @description Step 2 of an upload: the raw bytes of the file as the request body, with `Content-Type: application/octet-stream`. Returns the same document with `uploaded: true`. (Seed 003. A third-party copy of Alloy's spec declares an array of documents as the answer and a multipart body; this follows the help article: one document, raw bytes.)
         */
        put: operations["uploadDocument"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a document's metadata
         * @description Approves or rejects a document, renames it or changes its type; returns the document. (The endpoint is in a generated SDK's operation list; guess: its body is not documented, the fields here are those of the document that a reviewer changes.)
         */
        patch: operations["updateDocument"];
        trace?: never;
    };
    "/entities/{entity_token}/documents/{document_token}/notes": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
                /**
                 * @description The document's token, returned by the describe step. (guess: every token seen has letters and digits after `D-`; `_` and `-` are allowed too, in case.)
                 * @example D-9aRk2Vt5Lm8Qw3Zx7Jc1
                 */
                document_token: components["parameters"]["DocumentToken"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a note to a document
         * @description Adds a note, signed by a dashboard user, to the document. (The endpoint is in a generated SDK's operation list; guess: the answer is the document with all its notes.)
         */
        post: operations["addDocumentNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Describe a document before its entity exists
         * @description Step 1 of an upload made before the entity is created, with the body of `describeDocument`; returns a document with a new `document_token`. (The endpoint is in a generated SDK's operation list; guess: body and answer are those of `describeDocument`, and how the document is later tied to an entity is not documented.)
         */
        post: operations["describeDocumentWithoutEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{document_token}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document's token, returned by the describe step. (guess: every token seen has letters and digits after `D-`; `_` and `-` are allowed too, in case.)
                 * @example D-9aRk2Vt5Lm8Qw3Zx7Jc1
                 */
                document_token: components["parameters"]["DocumentToken"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Upload the file of a document described without an entity
         * @description Step 2 for a document described with `describeDocumentWithoutEntity`: the raw bytes as the body. (The endpoint is in a generated SDK's operation list; guess: the body is raw `application/octet-stream` as for `uploadDocument`, and the answer is the document.)
         */
        put: operations["uploadDocumentWithoutEntity"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Format: int64
         * @description Milliseconds since the Unix epoch (UTC).
         */
        Timestamp: number;
        /** @description Raw file content. */
        FileBytes: string;
        /** @description The body of every error response. The tokens at the end name the evaluation, entity and application involved, or are null. */
        AlloyError: {
            /** @description The HTTP status, repeated. */
            status_code: number;
            error: components["schemas"]["AlloyErrorDetail"];
            timestamp?: components["schemas"]["Timestamp"];
            evaluation_token?: string | null;
            entity_token?: string | null;
            application_token?: string | null;
            /** @description (guess: its type is not documented; only null was seen.) */
            application_version_id?: number | string | null;
        };
        /** @description What went wrong. */
        AlloyErrorDetail: {
            /** @description Unique to each handled error: 4001 header validation failure, 4002 body validation failure, 4011 unauthorized, 4012 expired bearer token. The full table is not published. */
            minor_code: number;
            /** @description A short name of the error, e.g. `Unauthorized`. */
            type: string;
            /** @description Human-readable text. */
            message: string;
            /** @description More about the error, e.g. the fields that failed validation (guess: an object, or null when there is nothing to add). */
            details?: {
                [key: string]: unknown;
            } | null;
            /** @description An id of this occurrence of the error, to quote to Alloy support. */
            error_token?: string;
        };
        /** @description The client credentials grant, as JSON. */
        BearerTokenRequest: {
            /** @enum {string} */
            grant_type: "client_credentials";
        };
        /** @description A bearer token and its lifetime. */
        BearerToken: {
            /** @description A JWT, to send as `Authorization: Bearer <access_token>`. */
            access_token: string;
            /** @enum {string} */
            token_type: "bearer";
            /** @description Lifetime in seconds; 3600 (one hour). */
            expires_in: number;
        };
        /**
         * @description What a document is. The help article calls these the allowed types; kybkit refuses others before sending.
         * @enum {string}
         */
        DocumentType: "contract" | "license" | "passport" | "utility" | "other" | "internal";
        /** @description A note on an entity or a document, signed by an Alloy dashboard user. */
        Note: {
            note: string;
            /** @description The email of the Alloy dashboard user who wrote it. */
            note_author_agent_email?: string;
            created_at?: components["schemas"]["Timestamp"];
            updated_at?: components["schemas"]["Timestamp"];
        };
        /** @description A new note. */
        NoteInput: {
            note: string;
            /**
             * Format: email
             * @description Must be the email of a user of your Alloy dashboard.
             */
            note_author_agent_email: string;
        };
        /** @description A document of an entity and its review state. Only metadata; the file is downloaded apart. */
        Document: {
            /** @description `D-…` (guess: letters, digits, `_` or `-` after the prefix). */
            document_token: string;
            type: components["schemas"]["DocumentType"];
            /** @description The file's name, without the extension. */
            name: string;
            /** @description The file type, e.g. `pdf` or `jpg`. */
            extension: string;
            /** @description False after the describe step, true once the file was sent. */
            uploaded: boolean;
            timestamp: components["schemas"]["Timestamp"];
            /** @description Null until a reviewer decides. */
            approved?: boolean | null;
            approval_agent_email?: string | null;
            /** @description When the review decision was made, or null. */
            approval_timestamp?: components["schemas"]["Timestamp"] | null;
            notes?: components["schemas"]["Note"][];
        };
        /** @description Step 1 of an upload. */
        DocumentDescription: {
            /** @description The file's name, without the extension. */
            name: string;
            /** @description The file type without a dot, e.g. `pdf`, `jpg`. (guess: the accepted values are not published; letters and digits only.) */
            extension: string;
            type: components["schemas"]["DocumentType"];
            /** @description A note stored with the document. */
            note?: string;
            /**
             * Format: email
             * @description The author of the note; must be the email of a user of your Alloy dashboard.
             */
            note_author_agent_email?: string;
        };
        /** @description Metadata to change. (guess: the body is not documented; these are the document's fields a reviewer changes.) */
        DocumentUpdate: {
            approved?: boolean;
            /** Format: email */
            approval_agent_email?: string;
            name?: string;
            type?: components["schemas"]["DocumentType"];
        };
        Email: {
            /** Format: email */
            email_address: string;
        };
        Phone: {
            phone_number: string;
            /** @description `cell`, `home` or `fax`, as far as documented. */
            type?: string;
        };
        Address: {
            address_line_1?: string;
            /** @description (guess: not in the examples read, named after `address_line_1`.) */
            address_line_2?: string;
            address_city?: string;
            address_state?: string;
            address_postal_code?: string;
            /** @description ISO 3166-1 alpha-2, e.g. `US`. */
            address_country_code?: string;
            /** @description `primary`, `secondary`, `previous`, or a `business_…` type. */
            type?: string;
        };
        /** @description Hypermedia links (HAL). */
        Links: {
            self?: {
                href?: string;
            };
        };
        /** @description A person's data. Alloy accepts more fields than these (the documented ones are listed); every field is optional on update. */
        PersonInput: {
            /** @description Your id for this person; it may then replace the entity token in paths. */
            external_entity_id?: string;
            name_first?: string;
            name_last?: string;
            /** Format: date */
            birth_date?: string;
            /** @description US social security number, digits only. */
            document_ssn?: string;
            emails?: components["schemas"]["Email"][];
            phones?: components["schemas"]["Phone"][];
            addresses?: components["schemas"]["Address"][];
        };
        /** @description A person entity as Alloy returns it. */
        Person: {
            /** @description `P-…`. */
            entity_token: string;
            external_entity_id?: string | null;
            /** @enum {string} */
            type: "person";
            created_at?: components["schemas"]["Timestamp"];
            person_details_updated_at?: components["schemas"]["Timestamp"];
            name_first?: string | null;
            name_last?: string | null;
            birth_date?: string | null;
            document_ssn?: string | null;
            emails?: components["schemas"]["Email"][];
            phones?: components["schemas"]["Phone"][];
            addresses?: components["schemas"]["Address"][];
            _embedded?: {
                [key: string]: unknown;
            };
            _links?: components["schemas"]["Links"];
        };
        /** @description A business's data. (guess: only the endpoint is documented; these field names follow Alloy's `business_…` convention.) */
        BusinessInput: {
            /** @description Your id for this business; it may then replace the entity token in paths. */
            external_entity_id?: string;
            business_name?: string;
            /** @description US employer identification number, digits only. */
            business_federal_ein?: string;
            emails?: components["schemas"]["Email"][];
            phones?: components["schemas"]["Phone"][];
            addresses?: components["schemas"]["Address"][];
        };
        /** @description A business entity as Alloy returns it. (guess: the fields mirror those of a person.) */
        Business: {
            /** @description `B-…`. */
            entity_token: string;
            external_entity_id?: string | null;
            /** @enum {string} */
            type: "business";
            created_at?: components["schemas"]["Timestamp"];
            business_details_updated_at?: components["schemas"]["Timestamp"];
            business_name?: string | null;
            business_federal_ein?: string | null;
            emails?: components["schemas"]["Email"][];
            phones?: components["schemas"]["Phone"][];
            addresses?: components["schemas"]["Address"][];
            _embedded?: {
                [key: string]: unknown;
            };
            _links?: components["schemas"]["Links"];
        };
        /** @description An entity with what is attached to it. */
        Entity: {
            entity_token: string;
            name?: string | null;
            /** @enum {string} */
            type: "person" | "business";
            archived?: boolean;
            created?: components["schemas"]["Timestamp"];
            /** @description (guess: the item shape is not documented.) */
            evaluations?: {
                [key: string]: unknown;
            }[];
            documents?: components["schemas"]["Document"][];
            /** @description (guess: the item shape is not documented.) */
            reviews?: {
                [key: string]: unknown;
            }[];
            notes?: components["schemas"]["Note"][];
        };
    };
    responses: {
        /** @description The request was refused: minor code `4001` for a header that failed validation, `4002` for a body that failed validation. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AlloyError"];
            };
        };
        /** @description The credentials are missing or wrong (minor code `4011`), or the bearer token has expired (`4012`: get a new one and send the request again). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AlloyError"];
            };
        };
        /** @description No entity or document has this token (or external id). (guess: the minor code is not published; the example's `4041` follows the pattern of the known codes.) */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status_code": 404,
                 *       "error": {
                 *         "minor_code": 4041,
                 *         "type": "Not Found",
                 *         "message": "No document with this token exists for this entity.",
                 *         "details": {},
                 *         "error_token": "9d4b7e13-6a2c-4f8e-a5d1-2c8e0b6f9a37"
                 *       },
                 *       "timestamp": 1733045520000,
                 *       "evaluation_token": null,
                 *       "entity_token": "P-3bq5UeZ8xKc2Lw9NtR4m",
                 *       "application_token": null,
                 *       "application_version_id": null
                 *     }
                 */
                "application/json": components["schemas"]["AlloyError"];
            };
        };
        /** @description Too many requests. Alloy publishes no limit; production limits are contractual. (guess: the status, the header and the minor code come from a third-party listing or follow the pattern of the known codes.) */
        TooManyRequests: {
            headers: {
                /**
                 * @description Seconds to wait before sending the request again.
                 * @example 30
                 */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "status_code": 429,
                 *       "error": {
                 *         "minor_code": 4291,
                 *         "type": "Too Many Requests",
                 *         "message": "Slow down and try again later.",
                 *         "details": {},
                 *         "error_token": "1f7c3a9e-8b2d-4e6f-9a04-6d3b8e1c5f72"
                 *       },
                 *       "timestamp": 1733045520000,
                 *       "evaluation_token": null,
                 *       "entity_token": null,
                 *       "application_token": null,
                 *       "application_version_id": null
                 *     }
                 */
                "application/json": components["schemas"]["AlloyError"];
            };
        };
        /** @description Alloy failed (500) or is unavailable (503). (guess: the minor codes are not published.) */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AlloyError"];
            };
        };
    };
    parameters: {
        /**
         * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
         * @example P-3bq5UeZ8xKc2Lw9NtR4m
         */
        EntityToken: string;
        /**
         * @description The document's token, returned by the describe step. (guess: every token seen has letters and digits after `D-`; `_` and `-` are allowed too, in case.)
         * @example D-9aRk2Vt5Lm8Qw3Zx7Jc1
         */
        DocumentToken: string;
        /**
         * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
         * @example cust-000042
         */
        ExternalEntityId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createBearerToken: {
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
                 *       "grant_type": "client_credentials"
                 *     }
                 */
                "application/json": components["schemas"]["BearerTokenRequest"];
            };
        };
        responses: {
            /** @description A bearer token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJleGFtcGxlLXRva2VuIn0.c2lnbmF0dXJl",
                     *       "token_type": "bearer",
                     *       "expires_in": 3600
                     *     }
                     */
                    "application/json": components["schemas"]["BearerToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "external_entity_id": "cust-000042",
                 *       "name_first": "Jane",
                 *       "name_last": "Doe",
                 *       "birth_date": "1990-04-12",
                 *       "document_ssn": "111223333",
                 *       "emails": [
                 *         {
                 *           "email_address": "jane.doe@example.com"
                 *         }
                 *       ],
                 *       "phones": [
                 *         {
                 *           "phone_number": "+15555550142"
                 *         }
                 *       ],
                 *       "addresses": [
                 *         {
                 *           "address_line_1": "41 Elm Street",
                 *           "address_city": "Brooklyn",
                 *           "address_state": "NY",
                 *           "address_postal_code": "11201",
                 *           "address_country_code": "US",
                 *           "type": "primary"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PersonInput"];
            };
        };
        responses: {
            /** @description The person entity. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entity_token": "P-3bq5UeZ8xKc2Lw9NtR4m",
                     *       "external_entity_id": "cust-000042",
                     *       "type": "person",
                     *       "created_at": 1733045400000,
                     *       "person_details_updated_at": 1733045400000,
                     *       "name_first": "Jane",
                     *       "name_last": "Doe",
                     *       "birth_date": "1990-04-12",
                     *       "document_ssn": "111223333",
                     *       "emails": [
                     *         {
                     *           "email_address": "jane.doe@example.com"
                     *         }
                     *       ],
                     *       "phones": [
                     *         {
                     *           "phone_number": "+15555550142",
                     *           "type": "cell"
                     *         }
                     *       ],
                     *       "addresses": [
                     *         {
                     *           "address_line_1": "41 Elm Street",
                     *           "address_city": "Brooklyn",
                     *           "address_state": "NY",
                     *           "address_postal_code": "11201",
                     *           "address_country_code": "US",
                     *           "type": "primary"
                     *         }
                     *       ],
                     *       "_embedded": {},
                     *       "_links": {
                     *         "self": {
                     *           "href": "/v1/entities/persons/P-3bq5UeZ8xKc2Lw9NtR4m"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getPerson: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person entity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entity_token": "P-3bq5UeZ8xKc2Lw9NtR4m",
                     *       "external_entity_id": "cust-000042",
                     *       "type": "person",
                     *       "created_at": 1733045400000,
                     *       "person_details_updated_at": 1733045400000,
                     *       "name_first": "Jane",
                     *       "name_last": "Doe",
                     *       "birth_date": "1990-04-12",
                     *       "document_ssn": "111223333",
                     *       "emails": [
                     *         {
                     *           "email_address": "jane.doe@example.com"
                     *         }
                     *       ],
                     *       "phones": [
                     *         {
                     *           "phone_number": "+15555550142",
                     *           "type": "cell"
                     *         }
                     *       ],
                     *       "addresses": [
                     *         {
                     *           "address_line_1": "41 Elm Street",
                     *           "address_city": "Brooklyn",
                     *           "address_state": "NY",
                     *           "address_postal_code": "11201",
                     *           "address_country_code": "US",
                     *           "type": "primary"
                     *         }
                     *       ],
                     *       "_embedded": {},
                     *       "_links": {
                     *         "self": {
                     *           "href": "/v1/entities/persons/P-3bq5UeZ8xKc2Lw9NtR4m"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updatePerson: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "emails": [
                 *         {
                 *           "email_address": "jane.doe@example.org"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PersonInput"];
            };
        };
        responses: {
            /** @description The updated person entity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entity_token": "P-3bq5UeZ8xKc2Lw9NtR4m",
                     *       "external_entity_id": "cust-000042",
                     *       "type": "person",
                     *       "created_at": 1733045400000,
                     *       "person_details_updated_at": 1733045400000,
                     *       "name_first": "Jane",
                     *       "name_last": "Doe",
                     *       "birth_date": "1990-04-12",
                     *       "document_ssn": "111223333",
                     *       "emails": [
                     *         {
                     *           "email_address": "jane.doe@example.com"
                     *         }
                     *       ],
                     *       "phones": [
                     *         {
                     *           "phone_number": "+15555550142",
                     *           "type": "cell"
                     *         }
                     *       ],
                     *       "addresses": [
                     *         {
                     *           "address_line_1": "41 Elm Street",
                     *           "address_city": "Brooklyn",
                     *           "address_state": "NY",
                     *           "address_postal_code": "11201",
                     *           "address_country_code": "US",
                     *           "type": "primary"
                     *         }
                     *       ],
                     *       "_embedded": {},
                     *       "_links": {
                     *         "self": {
                     *           "href": "/v1/entities/persons/P-3bq5UeZ8xKc2Lw9NtR4m"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Person"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createBusiness: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "external_entity_id": "biz-000007",
                 *       "business_name": "Doe Bakery LLC",
                 *       "business_federal_ein": "123456789",
                 *       "addresses": [
                 *         {
                 *           "address_line_1": "12 Market Street",
                 *           "address_city": "Brooklyn",
                 *           "address_state": "NY",
                 *           "address_postal_code": "11201",
                 *           "address_country_code": "US",
                 *           "type": "primary"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BusinessInput"];
            };
        };
        responses: {
            /** @description The business entity. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entity_token": "B-7Hd2Qp9LxWz4Ks1Vn6Ty",
                     *       "external_entity_id": "biz-000007",
                     *       "type": "business",
                     *       "created_at": 1733045460000,
                     *       "business_details_updated_at": 1733045460000,
                     *       "business_name": "Doe Bakery LLC",
                     *       "business_federal_ein": "123456789",
                     *       "emails": [],
                     *       "phones": [],
                     *       "addresses": [
                     *         {
                     *           "address_line_1": "12 Market Street",
                     *           "address_city": "Brooklyn",
                     *           "address_state": "NY",
                     *           "address_postal_code": "11201",
                     *           "address_country_code": "US",
                     *           "type": "primary"
                     *         }
                     *       ],
                     *       "_embedded": {},
                     *       "_links": {
                     *         "self": {
                     *           "href": "/v1/entities/businesses/B-7Hd2Qp9LxWz4Ks1Vn6Ty"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Business"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getBusiness: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The business entity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entity_token": "B-7Hd2Qp9LxWz4Ks1Vn6Ty",
                     *       "external_entity_id": "biz-000007",
                     *       "type": "business",
                     *       "created_at": 1733045460000,
                     *       "business_details_updated_at": 1733045460000,
                     *       "business_name": "Doe Bakery LLC",
                     *       "business_federal_ein": "123456789",
                     *       "emails": [],
                     *       "phones": [],
                     *       "addresses": [
                     *         {
                     *           "address_line_1": "12 Market Street",
                     *           "address_city": "Brooklyn",
                     *           "address_state": "NY",
                     *           "address_postal_code": "11201",
                     *           "address_country_code": "US",
                     *           "type": "primary"
                     *         }
                     *       ],
                     *       "_embedded": {},
                     *       "_links": {
                     *         "self": {
                     *           "href": "/v1/entities/businesses/B-7Hd2Qp9LxWz4Ks1Vn6Ty"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Business"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateBusiness: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "business_name": "Doe Bakery & Cafe LLC"
                 *     }
                 */
                "application/json": components["schemas"]["BusinessInput"];
            };
        };
        responses: {
            /** @description The updated business entity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entity_token": "B-7Hd2Qp9LxWz4Ks1Vn6Ty",
                     *       "external_entity_id": "biz-000007",
                     *       "type": "business",
                     *       "created_at": 1733045460000,
                     *       "business_details_updated_at": 1733045460000,
                     *       "business_name": "Doe Bakery LLC",
                     *       "business_federal_ein": "123456789",
                     *       "emails": [],
                     *       "phones": [],
                     *       "addresses": [
                     *         {
                     *           "address_line_1": "12 Market Street",
                     *           "address_city": "Brooklyn",
                     *           "address_state": "NY",
                     *           "address_postal_code": "11201",
                     *           "address_country_code": "US",
                     *           "type": "primary"
                     *         }
                     *       ],
                     *       "_embedded": {},
                     *       "_links": {
                     *         "self": {
                     *           "href": "/v1/entities/businesses/B-7Hd2Qp9LxWz4Ks1Vn6Ty"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Business"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getEntity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entity_token": "P-3bq5UeZ8xKc2Lw9NtR4m",
                     *       "name": "Jane Doe",
                     *       "type": "person",
                     *       "archived": false,
                     *       "created": 1733045400000,
                     *       "evaluations": [],
                     *       "documents": [
                     *         {
                     *           "document_token": "D-9aRk2Vt5Lm8Qw3Zx7Jc1",
                     *           "type": "license",
                     *           "name": "driver_license",
                     *           "extension": "pdf",
                     *           "uploaded": true,
                     *           "timestamp": 1733045520000,
                     *           "approved": null,
                     *           "approval_agent_email": null,
                     *           "approval_timestamp": null,
                     *           "notes": [
                     *             {
                     *               "note": "Sent by the customer by email",
                     *               "note_author_agent_email": "reviewer@example.com",
                     *               "created_at": 1733045520000,
                     *               "updated_at": 1733045520000
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "reviews": [],
                     *       "notes": [
                     *         {
                     *           "note": "Customer asked for a callback",
                     *           "note_author_agent_email": "reviewer@example.com",
                     *           "created_at": 1733045700000,
                     *           "updated_at": 1733045700000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Entity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    addEntityNote: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "Customer asked for a callback",
                 *       "note_author_agent_email": "reviewer@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["NoteInput"];
            };
        };
        responses: {
            /** @description The note. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "note": "Customer asked for a callback",
                     *       "note_author_agent_email": "reviewer@example.com",
                     *       "created_at": 1733045700000,
                     *       "updated_at": 1733045700000
                     *     }
                     */
                    "application/json": components["schemas"]["Note"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listDocuments: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "document_token": "D-9aRk2Vt5Lm8Qw3Zx7Jc1",
                     *         "type": "license",
                     *         "name": "driver_license",
                     *         "extension": "pdf",
                     *         "uploaded": true,
                     *         "timestamp": 1733045520000,
                     *         "approved": null,
                     *         "approval_agent_email": null,
                     *         "approval_timestamp": null,
                     *         "notes": [
                     *           {
                     *             "note": "Sent by the customer by email",
                     *             "note_author_agent_email": "reviewer@example.com",
                     *             "created_at": 1733045520000,
                     *             "updated_at": 1733045520000
                     *           }
                     *         ]
                     *       },
                     *       {
                     *         "document_token": "D-4Np6Ys2Hb9Ek5Ud8Gf3a",
                     *         "type": "utility",
                     *         "name": "utility_bill_november",
                     *         "extension": "pdf",
                     *         "uploaded": true,
                     *         "timestamp": 1733045580000,
                     *         "approved": true,
                     *         "approval_agent_email": "reviewer@example.com",
                     *         "approval_timestamp": 1733045640000,
                     *         "notes": [
                     *           {
                     *             "note": "Address matches the application",
                     *             "note_author_agent_email": "reviewer@example.com",
                     *             "created_at": 1733045640000,
                     *             "updated_at": 1733045640000
                     *           }
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Document"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    describeDocument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "driver_license",
                 *       "extension": "pdf",
                 *       "type": "license",
                 *       "note": "Sent by the customer by email",
                 *       "note_author_agent_email": "reviewer@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["DocumentDescription"];
            };
        };
        responses: {
            /** @description The described document, not uploaded yet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "document_token": "D-9aRk2Vt5Lm8Qw3Zx7Jc1",
                     *       "type": "license",
                     *       "name": "driver_license",
                     *       "extension": "pdf",
                     *       "uploaded": false,
                     *       "timestamp": 1733045520000,
                     *       "approved": null,
                     *       "approval_agent_email": null,
                     *       "approval_timestamp": null,
                     *       "notes": [
                     *         {
                     *           "note": "Sent by the customer by email",
                     *           "note_author_agent_email": "reviewer@example.com",
                     *           "created_at": 1733045520000,
                     *           "updated_at": 1733045520000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Document"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    downloadDocument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
                /**
                 * @description The document's token, returned by the describe step. (guess: every token seen has letters and digits after `D-`; `_` and `-` are allowed too, in case.)
                 * @example D-9aRk2Vt5Lm8Qw3Zx7Jc1
                 */
                document_token: components["parameters"]["DocumentToken"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    /**
                     * @description `attachment` with a file name (guess: not documented by Alloy; read it when sent).
                     * @example attachment; filename="driver_license.pdf"
                     */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example %PDF-1.4
                     *     %mock driver_license.pdf
                     *     %%EOF
                     */
                    "application/octet-stream": components["schemas"]["FileBytes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    uploadDocument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
                /**
                 * @description The document's token, returned by the describe step. (guess: every token seen has letters and digits after `D-`; `_` and `-` are allowed too, in case.)
                 * @example D-9aRk2Vt5Lm8Qw3Zx7Jc1
                 */
                document_token: components["parameters"]["DocumentToken"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["FileBytes"];
            };
        };
        responses: {
            /** @description The document, now uploaded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "document_token": "D-9aRk2Vt5Lm8Qw3Zx7Jc1",
                     *       "type": "license",
                     *       "name": "driver_license",
                     *       "extension": "pdf",
                     *       "uploaded": true,
                     *       "timestamp": 1733045520000,
                     *       "approved": null,
                     *       "approval_agent_email": null,
                     *       "approval_timestamp": null,
                     *       "notes": [
                     *         {
                     *           "note": "Sent by the customer by email",
                     *           "note_author_agent_email": "reviewer@example.com",
                     *           "created_at": 1733045520000,
                     *           "updated_at": 1733045520000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Document"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateDocument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
                /**
                 * @description The document's token, returned by the describe step. (guess: every token seen has letters and digits after `D-`; `_` and `-` are allowed too, in case.)
                 * @example D-9aRk2Vt5Lm8Qw3Zx7Jc1
                 */
                document_token: components["parameters"]["DocumentToken"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "approved": true,
                 *       "approval_agent_email": "reviewer@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["DocumentUpdate"];
            };
        };
        responses: {
            /** @description The updated document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "document_token": "D-9aRk2Vt5Lm8Qw3Zx7Jc1",
                     *       "type": "license",
                     *       "name": "driver_license",
                     *       "extension": "pdf",
                     *       "uploaded": true,
                     *       "timestamp": 1733045520000,
                     *       "approved": true,
                     *       "approval_agent_email": "reviewer@example.com",
                     *       "approval_timestamp": 1733045760000,
                     *       "notes": [
                     *         {
                     *           "note": "Sent by the customer by email",
                     *           "note_author_agent_email": "reviewer@example.com",
                     *           "created_at": 1733045520000,
                     *           "updated_at": 1733045520000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Document"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    addDocumentNote: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Your own id for the entity. On creation it is mapped to the new entity token; afterwards it may replace the entity token in the path, with this header sent alongside.
                 * @example cust-000042
                 */
                "Alloy-External-Entity-ID"?: components["parameters"]["ExternalEntityId"];
            };
            path: {
                /**
                 * @description The entity's token (`P-…` for a person, `B-…` for a business), or your external entity id once it has been mapped to the entity (then send `Alloy-External-Entity-ID` too). No pattern is imposed, because of the external ids.
                 * @example P-3bq5UeZ8xKc2Lw9NtR4m
                 */
                entity_token: components["parameters"]["EntityToken"];
                /**
                 * @description The document's token, returned by the describe step. (guess: every token seen has letters and digits after `D-`; `_` and `-` are allowed too, in case.)
                 * @example D-9aRk2Vt5Lm8Qw3Zx7Jc1
                 */
                document_token: components["parameters"]["DocumentToken"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "Checked against the application",
                 *       "note_author_agent_email": "reviewer@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["NoteInput"];
            };
        };
        responses: {
            /** @description The document with its notes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "document_token": "D-9aRk2Vt5Lm8Qw3Zx7Jc1",
                     *       "type": "license",
                     *       "name": "driver_license",
                     *       "extension": "pdf",
                     *       "uploaded": true,
                     *       "timestamp": 1733045520000,
                     *       "approved": null,
                     *       "approval_agent_email": null,
                     *       "approval_timestamp": null,
                     *       "notes": [
                     *         {
                     *           "note": "Sent by the customer by email",
                     *           "note_author_agent_email": "reviewer@example.com",
                     *           "created_at": 1733045520000,
                     *           "updated_at": 1733045520000
                     *         },
                     *         {
                     *           "note": "Checked against the application",
                     *           "note_author_agent_email": "reviewer@example.com",
                     *           "created_at": 1733045820000,
                     *           "updated_at": 1733045820000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Document"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    describeDocumentWithoutEntity: {
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
                 *       "name": "driver_license",
                 *       "extension": "pdf",
                 *       "type": "license",
                 *       "note": "Sent by the customer by email",
                 *       "note_author_agent_email": "reviewer@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["DocumentDescription"];
            };
        };
        responses: {
            /** @description The described document, not uploaded yet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "document_token": "D-9aRk2Vt5Lm8Qw3Zx7Jc1",
                     *       "type": "license",
                     *       "name": "driver_license",
                     *       "extension": "pdf",
                     *       "uploaded": false,
                     *       "timestamp": 1733045520000,
                     *       "approved": null,
                     *       "approval_agent_email": null,
                     *       "approval_timestamp": null,
                     *       "notes": [
                     *         {
                     *           "note": "Sent by the customer by email",
                     *           "note_author_agent_email": "reviewer@example.com",
                     *           "created_at": 1733045520000,
                     *           "updated_at": 1733045520000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Document"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    uploadDocumentWithoutEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document's token, returned by the describe step. (guess: every token seen has letters and digits after `D-`; `_` and `-` are allowed too, in case.)
                 * @example D-9aRk2Vt5Lm8Qw3Zx7Jc1
                 */
                document_token: components["parameters"]["DocumentToken"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["FileBytes"];
            };
        };
        responses: {
            /** @description The document, now uploaded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "document_token": "D-9aRk2Vt5Lm8Qw3Zx7Jc1",
                     *       "type": "license",
                     *       "name": "driver_license",
                     *       "extension": "pdf",
                     *       "uploaded": true,
                     *       "timestamp": 1733045520000,
                     *       "approved": null,
                     *       "approval_agent_email": null,
                     *       "approval_timestamp": null,
                     *       "notes": [
                     *         {
                     *           "note": "Sent by the customer by email",
                     *           "note_author_agent_email": "reviewer@example.com",
                     *           "created_at": 1733045520000,
                     *           "updated_at": 1733045520000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Document"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
