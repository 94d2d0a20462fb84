/**
 * GENERATED FILE: do not edit by hand.
 * Source: specs/contract-fit/openapi.yaml
 * Regenerate: pnpm run codegen   (scripts/codegen.ts, openapi-typescript)
 */
export interface paths {
    "/auth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with a username and password
         * @description Exchanges a username and password for an authentication token, to send in the `Authorization` header afterwards (scheme `token`). Needs no other credentials (`security: []`, see SOURCES.md). A wrong username or password gives 401. Safe to repeat: each call only issues another token. Published as `post_auth`.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/api-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the API keys
         * @description The tenant's API keys. (guess: needs the permission `view_api_keys`.) Published as `get_api_keys_resource`.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates an API key for a user, with the roles it carries. The answer holds the key (`token`); send it in the `X-API-Key` header or the `api_key` query parameter. Not safe to repeat: each call creates another key. Published as `post_api_keys_resource`.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/api-key/inbox/{inbox_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        /**
         * List the API keys of an inbox
         * @description The API keys whose roles are restricted to this inbox. Published as `get_api_keys_inbox_resource`.
         */
        get: operations["listInboxApiKeys"];
        put?: never;
        /**
         * Create an API key for an inbox
         * @description Creates an API key whose roles apply to this inbox, typically for an uploading system. Not safe to repeat: each call creates another key. Published as `post_api_keys_inbox_resource`.
         */
        post: operations["createInboxApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/api-key/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key itself (APIKeyModel.token). It is a secret: it ends up in URLs, and so in access logs. (guess: the reference only says "key"; it may also be an id of the key.)
                 * @example cf8d2e4a6b1c3f5e7a9d0b2c4e6f8a1b
                 */
                key: components["parameters"]["ApiKey"];
            };
            cookie?: never;
        };
        /**
         * Get an API key
         * @description One API key, its user, roles and expiry. (guess: needs the permission `view_api_keys`.) Published as `get_api_key_resource`.
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Delete an API key
         * @description Revokes an API key. Published as `delete_api_key_resource`.
         */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        /**
         * Update an API key
         * @description Changes an API key. The reference declares no request body; the optional body here (activation, expiry, roles) is a guess (guess: see APIKeyPatch). Published as `patch_api_key_resource`.
         */
        patch: operations["updateApiKey"];
        trace?: never;
    };
    "/auth/ephemeral": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a short-lived token
         * @description Issues a short-lived token for the caller, without a request body. (guess: "ephemeral" is taken to mean short-lived, e.g. for a browser session; the lifetime is not published.) Published as `post_ephemeral_token_resource`.
         */
        post: operations["createEphemeralToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/get_JWT": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a JWT for a user and roles
         * @description Issues a JWT for the named user, carrying the given roles (optionally restricted to an inbox or a document). (guess: meant for an administrator handing a scoped token to another system.) Published as `post_get_jwt_resource`.
         */
        post: operations["getJwt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out
         * @description Ends the session of the token sent. (guess: 400 when there is no session to end, e.g. with HTTP Basic.) Published as `post_logout_resource`.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/reset_password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a password
         * @description Starts a password reset. (guess: the user receives an e-mail.) Published as `post_reset_password`.
         */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a token for a user and roles
         * @description Issues a token for the named user with the given roles, like `getJwt`. (guess: the difference between the two is not published.) Published as `post_token_resource`.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a document and wait for the result (simple)
         * @description The simplest upload: always synchronous, fewer settings than `uploadDocument`. The call blocks until the document is processed, so it may time out under load. By default (`key_value_flag=true`) the answer is only the field → value map; the inbox is the tenant's invoice inbox unless `inbox_id` is sent. The path keeps its trailing slash, as published. Not safe to repeat: each call creates another document. Published as `post_simple_documents_resource`.
         */
        post: operations["uploadDocumentSimple"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/custom_output": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Render documents in the custom output format
         * @description Renders data in the tenant's custom output format. (guess: the request fields are not published; not marked safe to repeat because it is not known whether anything is stored.) Published as `post_document_custom_output_resource`.
         */
        post: operations["generateCustomOutput"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/enrich": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enrich extracted data
         * @description Completes extracted data with reference data (for example supplier master data). (guess: the purpose is inferred from the name; the fields are not published.) Published as `post_enrichment_resource`.
         */
        post: operations["enrichDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/file_query/{data_type}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The kind of data to return for the documents. (guess: the accepted values are not published.)
                 * @example prediction
                 */
                data_type: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get one kind of data for a set of documents
         * @description Returns the data of type `data_type` for the listed documents. It reads and changes nothing, so it is marked safe to repeat (guess: read-only, inferred from "query"). Published as `post_document_data_resource`.
         */
        post: operations["queryDocumentData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/query/{query_type}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The kind of query. (guess: the accepted values are not published.)
                 * @example aggregate
                 */
                query_type: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query the documents
         * @description Runs a query (an aggregation pipeline) over the tenant's documents. It changes nothing, so it is marked safe to repeat (guess: read-only, inferred from "query"). Published as `post_document_query`.
         */
        post: operations["queryDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a document
         * @description The document with its prediction and workflow state. Poll it after an asynchronous upload until it is processed (see `timings.done_time` and `last_version`). The 2023 reference declares only a 403 here; the 200 body is the 2021 reference's DocumentModelGet. Published as `get_document_delete_resource`.
         */
        get: operations["getDocument"];
        put?: never;
        /**
         * Upload a document to an inbox
         * @description The recommended upload. With `sync=false` (recommended) the call only queues the document and returns its id; poll `getDocument` (or wait for a webhook) for the result. With `sync=true` (the default) it blocks until the document is processed and may time out under load, leaving the document unprocessed. `key_value_flag=true` returns only the field → value map. Sending `Accept: application/vnd.cf.custom` returns the custom output format (guess: the reference says "mimetype" without naming the header). Here the path segment is the **inbox** id. Not safe to repeat: each call creates another document. Published as `post_documents_resource`.
         */
        post: operations["uploadDocument"];
        /**
         * Delete a document
         * @description Deletes the document (`how=FULL`) or only its source files (`how=SOURCE_FILES`). The reference gives `how` the default `predicted`, which is not one of its values; this spec gives no default (see SOURCES.md). Published as `delete_document_delete_resource`.
         */
        delete: operations["deleteDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{document_id}/custom_output": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        /**
         * Get a document in the custom output format
         * @description The document transformed into the tenant's custom output format. Published as `get_document_transform_resource`.
         */
        get: operations["getDocumentCustomOutput"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{document_id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the reviewed version of a document
         * @description Sends a reviewed version of the prediction back, to be evaluated against what was predicted. Not marked safe to repeat: a repeat may store another version. Published as `post_document_submit_eval_resource`.
         */
        post: operations["submitDocumentFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{document_id}/last_version": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        /**
         * Get the latest version of a document
         * @description The most recent version of the document's data, optionally the latest one with a given name or source, or the latest evaluated one. The reference declares only a 403; the 200 body is a guess (DocumentVersion). Published as `get_document_last_version_resource`.
         */
        get: operations["getDocumentLastVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{document_id}/original_file": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        /**
         * Download the uploaded file
         * @description The file as it was uploaded. The server answers with the file's own media type (PDF, image, e-mail …), so clients should accept any; the name is in `Content-Disposition`. (guess: the reference declares a 200 without content; the media types and the header are inferred.) Published as `get_document_original_file_resource`.
         */
        get: operations["downloadOriginalFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{document_id}/page/{page_range}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
                /**
                 * @description One page or a range of pages, e.g. `1` or `1-2`. (guess: the syntax and whether pages count from 0 or 1 are not published.)
                 * @example 1
                 */
                page_range: components["parameters"]["PageRange"];
            };
            cookie?: never;
        };
        /**
         * Get the image of pages
         * @description The pages rendered as an image. (guess: the reference declares a 200 without content; PNG or JPEG is inferred.) Published as `get_document_page_image_resource`.
         */
        get: operations["getDocumentPageImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{document_id}/page_thumbnail/{page_range}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
                /**
                 * @description One page or a range of pages, e.g. `1` or `1-2`. (guess: the syntax and whether pages count from 0 or 1 are not published.)
                 * @example 1
                 */
                page_range: components["parameters"]["PageRange"];
            };
            cookie?: never;
        };
        /**
         * Get a thumbnail of pages
         * @description A small image of the pages. (guess: the reference declares a 200 without content; PNG or JPEG is inferred.) Published as `get_document_page_image_thumbnail_resource`.
         */
        get: operations["getDocumentPageThumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{document_id}/process_table_annotation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read a table annotated on a document
         * @description Extracts the rows of a table whose position was annotated by a reviewer. (guess: the purpose is inferred from the name; the fields are not published.) Published as `post_document_process_table_annotation`.
         */
        post: operations["processTableAnnotation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{document_id}/reprocess": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reprocess a document
         * @description Schedules another processing of the document (always asynchronous) and returns the document as it stands; the new version, named `name`, arrives later (poll `getDocument` or wait for a webhook). Not safe to repeat: each call schedules another run. Published as `post_reprocess_document_resource`.
         */
        post: operations["reprocessDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{document_id}/reverse/{page_range}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
                /**
                 * @description One page or a range of pages, e.g. `1` or `1-2`. (guess: the syntax and whether pages count from 0 or 1 are not published.)
                 * @example 1
                 */
                page_range: components["parameters"]["PageRange"];
            };
            cookie?: never;
        };
        /**
         * Get the reverse view of pages
         * @description Published as `get_document_reverse_resource`, with a 200 that has no content. (guess: neither the purpose nor the body is known; a JSON object, or an image like its neighbours `page` and `page_thumbnail`.)
         */
        get: operations["getDocumentReverse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{document_id}/status_data": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set status flags of a document
         * @description Sets workflow flags of the document (ready, submitted, rejected …) and returns it. Not marked safe to repeat: StatusDataModel keeps attempt counters that a repeat may increase. Published as `post_document_status_data_resource`.
         */
        post: operations["updateDocumentStatusData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{document_id}/text": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        /**
         * Get the text of a document
         * @description The text read from the document. The reference declares only a 403; the 200 body is a guess (DocumentText). Published as `get_document_text_resource`.
         */
        get: operations["getDocumentText"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{document_id}/workflow": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        /**
         * Get the workflow state of a document
         * @description Where the document stands in the review workflow. Published as `get_document_workflow_resource`.
         */
        get: operations["getDocumentWorkflow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{inbox_id}/copy_inbox": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox the documents are copied to.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d2f
                 */
                inbox_id: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Copy documents to another inbox
         * @description Copies the listed documents into this inbox. Not safe to repeat: each call makes more copies. Published as `patch_document_copy_resource`.
         */
        patch: operations["copyDocumentsToInbox"];
        trace?: never;
    };
    "/documents/{inbox_id}/move_inbox": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox the documents are moved to.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d2f
                 */
                inbox_id: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Move documents to another inbox
         * @description Moves the listed documents into this inbox. Safe to repeat: a second move leaves them where the first one put them. Published as `patch_document_move_resource`.
         */
        patch: operations["moveDocumentsToInbox"];
        trace?: never;
    };
    "/inboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the inboxes
         * @description The inboxes the credentials can see. Published as `get_inboxes_resource`.
         */
        get: operations["listInboxes"];
        put?: never;
        /**
         * Create an inbox
         * @description Creates an inbox in a project (404 when the project does not exist). Not safe to repeat: each call creates another inbox. Published as `post_inboxes_resource`.
         */
        post: operations["createInbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inbox_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        /**
         * Get an inbox
         * @description One inbox. Published as `get_inbox_resource`.
         */
        get: operations["getInbox"];
        put?: never;
        post?: never;
        /**
         * Delete an inbox
         * @description Deletes an inbox. Published as `delete_inbox_resource`.
         */
        delete: operations["deleteInbox"];
        options?: never;
        head?: never;
        /**
         * Update an inbox
         * @description Renames an inbox or moves it to another project. Safe to repeat: it sets the given members to the given values. Published as `patch_inbox_resource`.
         */
        patch: operations["updateInbox"];
        trace?: never;
    };
    "/inboxes/{inbox_id}/compare_versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Compare versions of an inbox's documents
         * @description Compares two versions (e.g. `predicted` against `submitted`) across the inbox's documents. It changes nothing, so it is marked safe to repeat (guess: read-only, inferred from "compare"). Published as `post_inbox_compare_resource`.
         */
        post: operations["compareInboxVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inbox_id}/document_versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        /**
         * List the version names of an inbox's documents
         * @description The names of the versions found on the inbox's documents. Published as `get_inbox_document_versions_resource`.
         */
        get: operations["listInboxDocumentVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inbox_id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        /**
         * List all documents of an inbox
         * @description Every document of the inbox, in one answer (no paging; see `listInboxDocumentsPaginated`). Published as `get_inbox_document_resource`.
         */
        get: operations["listInboxDocuments"];
        put?: never;
        post?: never;
        /**
         * Delete documents of an inbox
         * @description Deletes the inbox's documents (all of them, or only the processed ones), optionally only those received in a period. Published as `delete_inbox_document_resource`.
         */
        delete: operations["deleteInboxDocuments"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inbox_id}/paginated": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        /**
         * List the documents of an inbox, one page at a time
         * @description One page of the inbox's documents, with the total count. The reference declares the answer as a list of pages; this spec declares one page object (see SOURCES.md). Published as `get_inbox_paginated_resource`.
         */
        get: operations["listInboxDocumentsPaginated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inboxes/{inbox_id}/reprocess": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reprocess the documents of an inbox
         * @description Schedules another processing of the inbox's documents, optionally with hints per field. Asynchronous. Not safe to repeat: each call schedules another run. Published as `post_inbox_reprocess_resource`.
         */
        post: operations["reprocessInbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the users
         * @description The tenant's users with their roles. (guess: needs the permission `edit_users`.) Published as `get_users_resource`.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Creates a user with roles (each optionally restricted to an inbox or a document). 404 when a role or an inbox does not exist; 406 when the user cannot be created as sent. Not safe to repeat: each call tries to create another user. Published as `post_users_resource`.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signed-in user
         * @description The user the credentials belong to, with its roles. Published as `get_me`.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/me/change_password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the signed-in user's password
         * @description Sets a new password for the user the credentials belong to. Not marked safe to repeat: once the first call has gone through, a repeat with the old password fails. Published as `post_change_password`.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user id.
                 * @example 5d3c4b5a6f7e8d9c0b1a2f3e
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Get a user
         * @description One user with its roles. Published as `get_user_resource`.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description Deletes a user. Published as `delete_user_resource`.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Update a user
         * @description Renames a user or changes its roles. Not marked safe to repeat: it is not published whether `roles` replaces the user's roles or is added to them. Published as `patch_user_resource`.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the roles
         * @description The tenant's roles and their permissions. Published as `get_roles_resource`.
         */
        get: operations["listRoles"];
        put?: never;
        /**
         * Create a role
         * @description Creates a role with a set of permissions; permissions left out are `false`. Not safe to repeat: each call creates another role. Published as `post_roles_resource`.
         */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The role id.
                 * @example 5c4b5a6f7e8d9c0b1a2f3e4d
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        /**
         * Get a role
         * @description One role and its permissions. Published as `get_role_resource`.
         */
        get: operations["getRole"];
        put?: never;
        post?: never;
        /**
         * Delete a role
         * @description Deletes a role. Published as `delete_role_resource`.
         */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        /**
         * Update a role
         * @description Renames a role or changes its permissions. Safe to repeat: it sets the given members to the given values. Published as `patch_role_resource`.
         */
        patch: operations["updateRole"];
        trace?: never;
    };
    "/formats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the formats
         * @description The formats (field layouts of document types) the tenant can use in projects. (guess: a list of FormatModelGet; the reference declares a 200 without a body.) Published as `get_formats_resource`.
         */
        get: operations["listFormats"];
        put?: never;
        /**
         * Create a format
         * @description Creates a format. The reference declares only a 403; the 201 answer is a guess, like the other creations. Not safe to repeat: each call creates another format. Published as `post_formats_resource`.
         */
        post: operations["createFormat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/formats/document_types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the document types
         * @description The document types formats can describe. The reference declares one DocumentTypeModelGet (not a list). Published as `get_formats_doc_types_resource`.
         */
        get: operations["listDocumentTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/formats/{format_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The format id.
                 * @example 5b5a6f7e8d9c0b1a2f3e4d5c
                 */
                format_id: components["parameters"]["FormatId"];
            };
            cookie?: never;
        };
        /**
         * Get a format
         * @description One format. The reference declares only a 403; the 200 body is a guess (FormatModelGet). Published as `get_format_resource`.
         */
        get: operations["getFormat"];
        put?: never;
        post?: never;
        /**
         * Delete a format
         * @description Deletes a format. Published as `delete_format_resource`.
         */
        delete: operations["deleteFormat"];
        options?: never;
        head?: never;
        /**
         * Update a format
         * @description Changes a format. Safe to repeat: it sets the given members to the given values. Published as `patch_format_resource`.
         */
        patch: operations["updateFormat"];
        trace?: never;
    };
    "/formats/{scope}/tag_fields": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        /**
         * Get the taggable fields of a scope
         * @description The fields of the scope's formats that reviewers can tag on a document. Published as `get_format_tag_fields_resource`.
         */
        get: operations["getFormatTagFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the connections
         * @description The connections: which document event goes to which integration. (guess: needs the permission `edit_integrations`.) Published as `get_connections_resource`.
         */
        get: operations["listConnections"];
        put?: never;
        /**
         * Create a connection
         * @description Sends a document event (`event`) of a project or inbox (`scope`) to an integration. Not safe to repeat: each call creates another connection, and the event would then be delivered twice. Published as `post_connections_resource`.
         */
        post: operations["createConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connections/{connection_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The connection id.
                 * @example 5a7e8d9c0b1a2f3e4d5c6b7a
                 */
                connection_id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        /**
         * Get a connection
         * @description One connection. Published as `get_connection_resource`.
         */
        get: operations["getConnection"];
        put?: never;
        post?: never;
        /**
         * Delete a connection
         * @description Deletes a connection. Published as `delete_connection_resource`.
         */
        delete: operations["deleteConnection"];
        options?: never;
        head?: never;
        /**
         * Update a connection
         * @description Replaces a connection's settings (the body is a whole ConnectionModelPost, as published). Safe to repeat: it sets the given members to the given values. Published as `patch_connection_resource`.
         */
        patch: operations["updateConnection"];
        trace?: never;
    };
    "/integrations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the integrations
         * @description The tenant's integrations. (guess: a list of IntegrationModelGet; the reference declares a 200 without a body.) The path keeps its trailing slash, as published. Published as `get_integration_resources`.
         */
        get: operations["listIntegrations"];
        put?: never;
        /**
         * Create an integration
         * @description Creates an integration of one `type` (webhook, dropbox, office365, email, imap, sftp, smtp, service_bus). Its settings depend on the type and are not published. The answer is 200, as published (guess: the created integration). Not safe to repeat: each call creates another integration. The path keeps its trailing slash. Published as `post_integration_resources`.
         */
        post: operations["createIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/{integration_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration id.
                 * @example 5a6f7e8d9c0b1a2f3e4d5c6b
                 */
                integration_id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        /**
         * Get an integration
         * @description One integration. (guess: an IntegrationModelGet; the reference declares a 200 without a body.) Published as `get_integration_resource`.
         */
        get: operations["getIntegration"];
        put?: never;
        post?: never;
        /**
         * Delete an integration
         * @description Deletes an integration. Published as `delete_integration_resource`.
         */
        delete: operations["deleteIntegration"];
        options?: never;
        head?: never;
        /**
         * Update an integration
         * @description Changes an integration's settings. Safe to repeat: it sets the given members to the given values. Published as `patch_integration_resource`.
         */
        patch: operations["updateIntegration"];
        trace?: never;
    };
    "/integrations/{integration_id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration id.
                 * @example 5a6f7e8d9c0b1a2f3e4d5c6b
                 */
                integration_id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        /**
         * Activate an e-mail integration
         * @description The link sent to confirm an e-mail integration: with the right `secret` it activates the integration and redirects (302) to the portal. (guess: the redirect target is not published.) Published as `get_email_integration_activation_resource`.
         */
        get: operations["activateEmailIntegration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the projects
         * @description The tenant's projects. (guess: a list of ProjectModelGet; the reference declares a 200 without a body.) Published as `get_projects_resource`.
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a project
         * @description Creates a project: the formats it extracts and how documents are split. 404 when a format does not exist. The reference declares only 403 and 404; the 201 answer is a guess, like the other creations. Not safe to repeat: each call creates another project. Published as `post_projects_resource`.
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{project_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project id.
                 * @example 5e2d3c4b5a6f7e8d9c0b1a2f
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * Get a project
         * @description One project. The reference declares only a 404; the 200 body is a guess. Published as `get_project_resource`.
         */
        get: operations["getProject"];
        put?: never;
        post?: never;
        /**
         * Delete a project
         * @description Deletes a project. Published as `delete_project_resource`.
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        /**
         * Update a project
         * @description Changes a project's settings. Safe to repeat: it sets the given members to the given values. The reference declares only 403 and 404; the 200 body is a guess. Published as `patch_project_resource`.
         */
        patch: operations["updateProject"];
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
         * List the report definitions
         * @description The tenant's saved report definitions. Published as `get_reports_resource`.
         */
        get: operations["listReports"];
        put?: never;
        /**
         * Save a report definition
         * @description Saves a report definition, to generate later with `generateReportById`. Not safe to repeat: each call saves another definition. Published as `post_reports_resource`.
         */
        post: operations["createReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a report without saving it
         * @description Generates a report from a full definition sent in the body. The reference declares only a 403. (guess: 200 with the file when it is downloaded, 204 when it is sent by e-mail, as for `generateReportById`; the file is taken to be an Excel workbook.) Not safe to repeat: a repeat may e-mail the report again. Published as `post_generate_report_resource`.
         */
        post: operations["generateReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{report_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The report id.
                 * @example 5b8d9c0b1a2f3e4d5c6b7a8f
                 */
                report_id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        /**
         * Get a report definition
         * @description One saved report definition. Published as `get_report_resource`.
         */
        get: operations["getReport"];
        put?: never;
        post?: never;
        /**
         * Delete a report definition
         * @description Deletes a saved report definition. Published as `delete_report_resource`.
         */
        delete: operations["deleteReport"];
        options?: never;
        head?: never;
        /**
         * Update a report definition
         * @description Changes a saved report definition. The answer is a ReportModelPost, as published (without the id). Safe to repeat: it sets the given members to the given values. Published as `patch_report_resource`.
         */
        patch: operations["updateReport"];
        trace?: never;
    };
    "/reports/{report_id}/generate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The report id.
                 * @example 5b8d9c0b1a2f3e4d5c6b7a8f
                 */
                report_id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a saved report
         * @description Generates a saved report for a period and downloads it or e-mails it. The reference declares only 403 and 404. (guess: 200 with the file for `download`, 204 for `email`; the file is taken to be an Excel workbook.) Not safe to repeat: a repeat may e-mail the report again. Published as `post_generate_report_id_resource`.
         */
        post: operations["generateReportById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_retention_settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the data retention settings
         * @description Every data retention setting, at every level. Published as `get_data_retention_resource`.
         */
        get: operations["listDataRetentionSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data_retention_settings/{level}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The level of the setting. (guess: `tenant`, `project` or `inbox`; the reference types it as a plain string.)
                 * @example inbox
                 */
                level: components["parameters"]["RetentionLevel"];
                /**
                 * @description The id of the tenant, project or inbox the setting belongs to.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                id: components["parameters"]["RetentionId"];
            };
            cookie?: never;
        };
        /**
         * Get a data retention setting
         * @description The data retention setting of one tenant, project or inbox. The reference gives this operation no operationId; the name is ours.
         */
        get: operations["getDataRetentionSetting"];
        put?: never;
        post?: never;
        /**
         * Delete a data retention setting
         * @description Removes the setting of this level, which then inherits the level above. (guess: the inheritance is inferred.) Published as `delete_data_retention_resource`.
         */
        delete: operations["deleteDataRetentionSetting"];
        options?: never;
        head?: never;
        /**
         * Update a data retention setting
         * @description Changes how long documents are kept at this level. Safe to repeat: it sets the given members to the given values. Published as `patch_data_retention_resource`.
         */
        patch: operations["updateDataRetentionSetting"];
        trace?: never;
    };
    "/predictor_settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the predictor settings
         * @description The predictor settings of every scope. Published as `get_predictor_settings_resource`.
         */
        get: operations["listPredictorSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/predictor_settings/{scope}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        /**
         * Get the predictor settings of a scope
         * @description Published as `get_predictor_setting_resource`.
         */
        get: operations["getPredictorSetting"];
        put?: never;
        post?: never;
        /**
         * Delete the predictor settings of a scope
         * @description Published as `delete_predictor_setting_resource`.
         */
        delete: operations["deletePredictorSetting"];
        options?: never;
        head?: never;
        /**
         * Update the predictor settings of a scope
         * @description Safe to repeat: it sets the given members to the given values. Published as `patch_predictor_setting_resource`.
         */
        patch: operations["updatePredictorSetting"];
        trace?: never;
    };
    "/rule_config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the rule configurations
         * @description The rules of every scope. Published as `get_rule_configs_resource`.
         */
        get: operations["listRuleConfigs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rule_config/rule_entity/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Try a rule entity
         * @description Evaluates a rule entity on the data sent, to debug a rule. The reference declares only a 403; the 200 body is a guess. Not marked safe to repeat: it is not known whether anything is stored. The path keeps its trailing slash, as published. Published as `post_debug_rule_entity_resource`.
         */
        post: operations["debugRuleEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rule_config/rule_entity/{document_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Try a rule entity on a document
         * @description Evaluates a rule entity on one document, to debug a rule. The reference declares only a 403; the 200 body is a guess. Not marked safe to repeat (unknown side effects). Published as `post_debug_rule_entity_document_resource`.
         */
        post: operations["debugDocumentRuleEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rule_config/where_to_search/{document_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Show where a rule searches a document
         * @description Shows which parts of the document a rule would search, to debug it. The reference declares only a 403; the 200 body is a guess. Not marked safe to repeat (unknown side effects). Published as `post_debug_where_to_search`.
         */
        post: operations["debugWhereToSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rule_config/{scope}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        /**
         * Get the rules of a scope
         * @description Published as `get_rule_config_resource`.
         */
        get: operations["getRuleConfig"];
        put?: never;
        post?: never;
        /**
         * Delete the rules of a scope
         * @description Published as `delete_rule_config_resource`.
         */
        delete: operations["deleteRuleConfig"];
        options?: never;
        head?: never;
        /**
         * Update the rules of a scope
         * @description Safe to repeat: it sets the given members to the given values. Published as `patch_rule_config_resource`.
         */
        patch: operations["updateRuleConfig"];
        trace?: never;
    };
    "/sampling_settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the sampling settings
         * @description The sampling settings of every scope. Published as `get_setting_samplings_resource`.
         */
        get: operations["listSamplingSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sampling_settings/{scope}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        /**
         * Get the sampling settings of a scope
         * @description Published as `get_setting_sampling_resource`.
         */
        get: operations["getSamplingSetting"];
        put?: never;
        post?: never;
        /**
         * Delete the sampling settings of a scope
         * @description Published as `delete_setting_sampling_resource`.
         */
        delete: operations["deleteSamplingSetting"];
        options?: never;
        head?: never;
        /**
         * Update the sampling settings of a scope
         * @description Safe to repeat: it sets the given members to the given values. Published as `patch_setting_sampling_resource`.
         */
        patch: operations["updateSamplingSetting"];
        trace?: never;
    };
    "/settings/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the dashboard settings
         * @description Published as `get_dashboard_settings_atomic_resource`.
         */
        get: operations["getDashboardSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the dashboard settings
         * @description Safe to repeat: it sets the given members to the given values. Published as `patch_dashboard_settings_atomic_resource`.
         */
        patch: operations["updateDashboardSettings"];
        trace?: never;
    };
    "/settings/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the review settings
         * @description Published as `get_review_settings_atomic_resource`.
         */
        get: operations["getReviewSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update the review settings
         * @description Safe to repeat: it sets the given members to the given values. Published as `patch_review_settings_atomic_resource`.
         */
        patch: operations["updateReviewSettings"];
        trace?: never;
    };
    "/threshold_settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the threshold settings
         * @description The confidence thresholds of every scope. Published as `get_settings_threshold_resource`.
         */
        get: operations["listThresholdSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/threshold_settings/{scope}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        /**
         * Get the thresholds of a scope
         * @description Published as `get_setting_threshold_resource`.
         */
        get: operations["getThresholdSetting"];
        put?: never;
        post?: never;
        /**
         * Delete the thresholds of a scope
         * @description Published as `delete_setting_threshold_resource`.
         */
        delete: operations["deleteThresholdSetting"];
        options?: never;
        head?: never;
        /**
         * Update the thresholds of a scope
         * @description Safe to repeat: it sets the given members to the given values. Published as `patch_setting_threshold_resource`.
         */
        patch: operations["updateThresholdSetting"];
        trace?: never;
    };
    "/stats/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get usage statistics
         * @description Pages and documents processed in a period, for the tenant or one inbox, as JSON or as an Excel workbook (`excel_output=true`). Both dates are required; the reference gives them defaults frozen at its export time, which are dropped. Published as `get_usage_stats_resource`.
         */
        get: operations["getUsageStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/{inbox_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        /**
         * Get the field statistics of an inbox
         * @description Statistics of the inbox's fields over a period, optionally for one field and one version. Published as `get_stats_resource`.
         */
        get: operations["getInboxStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/{inbox_id}/automation_blockers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        /**
         * Get what blocks automation in an inbox
         * @description Why documents of the inbox could not go straight through (fields under threshold, failed rules …). The reference declares only 400 and 403; the 200 body is a guess. Published as `get_automation_blockers_stats`.
         */
        get: operations["getAutomationBlockersStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/{inbox_id}/blue_dots": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the blue dots statistics of an inbox
         * @description A statistics query whose parameters are sent as a form. It only reads, so it is marked safe to repeat (guess: read-only, like every other statistics operation; the form holds only short text fields, never a stream). Published as `post_blue_dots_resource`.
         */
        post: operations["getBlueDotsStats"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/{inbox_id}/evaluated_versions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        /**
         * List the evaluated versions of an inbox
         * @description The evaluated versions of the inbox's documents over a period. Published as `get_evaluated_versions`.
         */
        get: operations["listEvaluatedVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/{inbox_id}/processing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        /**
         * Get the processing volumes of an inbox
         * @description How much the inbox processed over a period. The reference declares only 400 and 403; the 200 body is a guess. Published as `get_processing_stats`.
         */
        get: operations["getProcessingStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/{inbox_id}/volume": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        /**
         * Get the document counts of an inbox
         * @description How many documents of the inbox are in a status, optionally for one user. The reference declares only 400 and 403; the 200 body is a guess. Published as `get_volume_stats`.
         */
        get: operations["getVolumeStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/{scope}/accuracy": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        /**
         * Get the extraction accuracy of a scope
         * @description Published as `get_accuracy_resource`.
         */
        get: operations["getAccuracyStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stats/{scope}/stp": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        /**
         * Get the straight-through processing rate of a scope
         * @description Published as `get_stp_resource`.
         */
        get: operations["getStpStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/style/custom.css": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the custom style sheet
         * @description The tenant's CSS for the portal; 204 when none was uploaded. (guess: the reference declares a 200 without content; `text/css` is inferred.) Published as `get_style_sheet_resource`.
         */
        get: operations["getStyleSheet"];
        put?: never;
        /**
         * Upload the custom style sheet
         * @description Replaces the tenant's CSS (422 when the file is not usable). Published as `post_style_sheet_resource`.
         */
        post: operations["uploadStyleSheet"];
        /**
         * Delete the custom style sheet
         * @description Goes back to the default look. Published as `delete_style_sheet_resource`.
         */
        delete: operations["deleteStyleSheet"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/style/logo.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the logo
         * @description The tenant's logo. (guess: the reference declares a 200 without content; `image/png` is inferred from the path.) Published as `get_style_logo_resource`.
         */
        get: operations["getLogo"];
        put?: never;
        /**
         * Upload the logo
         * @description Replaces the tenant's logo, a PNG file (422 when the file is not usable). Published as `post_style_logo_resource`.
         */
        post: operations["uploadLogo"];
        /**
         * Delete the logo
         * @description Goes back to the default logo. Published as `delete_style_logo_resource`.
         */
        delete: operations["deleteLogo"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sso/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the single sign-on configuration
         * @description The tenant's SSO configuration (one object, as published). Published as `get_sso_config_resources`.
         */
        get: operations["getSsoConfig"];
        put?: never;
        /**
         * Create a single sign-on configuration
         * @description Configures an identity provider for the tenant. The answer is 200, as published (guess: the stored configuration). Not safe to repeat: each call may store another configuration. Published as `post_sso_config_resources`.
         */
        post: operations["createSsoConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sso/config/{sso_config_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SSO configuration id.
                 * @example 5c9c0b1a2f3e4d5c6b7a8f9e
                 */
                sso_config_id: components["parameters"]["SsoConfigId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a single sign-on configuration
         * @description Published as `delete_sso_config_resources`.
         */
        delete: operations["deleteSsoConfig"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sso/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with single sign-on
         * @description Exchanges what the identity provider returned for a Contract.fit token. Needs no other credentials (`security: []`; guess: the reference applies its global security here, but a user signing in has none yet). The answer is taken to be a TokenReplyModel, like `login` (guess: the reference declares a 200 without a body). Not marked safe to repeat: an authorization code can usually be used once. Published as `post_oauth_login_resource`.
         */
        post: operations["loginSso"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete the tenant
         * @description Deletes the tenant the credentials belong to, with all its data. Irreversible. Published as `delete_tenant_resource`.
         */
        delete: operations["deleteTenant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Activate the tenant
         * @description Activates the tenant (405 when that is not allowed in its state, guess: e.g. already active). Not marked safe to repeat. Published as `patch_activate_tenant_resource`.
         */
        patch: operations["activateTenant"];
        trace?: never;
    };
    "/about/release_notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the release notes
         * @description The platform's release notes. (guess: the reference declares a 200 without a body; the shape is left open.) Published as `get_release_notes`.
         */
        get: operations["getReleaseNotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/about/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the backend version
         * @description The version of the backend that answers. (guess: the reference declares a 200 without a body; a `version` member is inferred.) Published as `get_version`.
         */
        get: operations["getVersion"];
        put?: never;
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
         * @description A 24-character id (a MongoDB ObjectId in practice). The published reference writes the pattern as `[A-z0-9]`, a range that also lets through `[`, `\`, `]`, `^`, `_` and the backtick; this spec uses `[A-Za-z0-9]`.
         * @example 5f1a2b3c4d5e6f7a8b9c0d1e
         */
        ObjectId: string;
        /** @description An error body. The published reference declares its error responses (AlfredException, ConflictError, Exception, MaskError, ParseError) without any body. (guess: Flask-RESTX answers `{message}` for `abort()` and `{message, errors}` for payload validation failures; the handler documented as "return JSON instead of HTML for HTTP errors" is the Flask recipe that answers `{code, name, description}`. All members are optional so that any of these shapes validates.) */
        ErrorModel: {
            /** @description Human-readable text, e.g. `Permission insufficient`. */
            message?: string;
            /** @description Field name → what is wrong with it (payload validation failures). */
            errors?: {
                [key: string]: unknown;
            };
            /** @description The HTTP status (Flask's JSON error recipe). */
            code?: number;
            /** @description The HTTP reason phrase (Flask's JSON error recipe). */
            name?: string;
            /** @description A longer explanation (Flask's JSON error recipe). */
            description?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The running backend version. (name is ours; guess: the reference declares a 200 without a body, the `version` member is inferred.) */
        VersionInfo: {
            version?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The release notes of the platform. (name is ours; guess: the reference declares a 200 without a body; the shape is not known and left open.) */
        ReleaseNotes: {
            [key: string]: unknown;
        };
        /** @description Username and password, exchanged for a token by `login`. */
        AuthModel: {
            username: string;
            /** Format: password */
            password: string;
        };
        /** @description An authentication token. Send it back in the `Authorization` header (scheme `token`; the exact header format is not published, see the scheme's description). */
        TokenReplyModel: {
            /** @description The token (a JWT). */
            authentication_token: string;
        };
        /** @description A role granted to a token or an API key, optionally restricted to one inbox or one document. */
        TokenRoleModel: {
            role: components["schemas"]["ObjectId"];
            /** @description Restrict the role to this inbox. */
            inbox?: components["schemas"]["ObjectId"];
            /** @description Restrict the role to this document. */
            document_id?: components["schemas"]["ObjectId"];
        };
        /** @description The user a token is issued for, and the roles it carries. */
        TokenModelBase: {
            username: string;
            roles?: components["schemas"]["TokenRoleModel"][];
        };
        /** @description Asks for a password reset. (guess: the fields are not in the project's notes; `username` is inferred from AuthModel.) */
        ResetPasswordModelPost: {
            username?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A new API key. Unknown members are rejected (`additionalProperties: false`, as published). */
        APIKeyRequest: {
            /** @description The user the key acts for. (guess: the user's id, as in UserModelGet.id; the reference types it as a plain string.) */
            user: string;
            /** @description The roles the key carries. (guess: the same shape as a token's roles.) */
            roles: components["schemas"]["TokenRoleModel"][];
            active?: boolean;
            /** Format: date-time */
            expire_at?: string;
        };
        /** @description Changes to an API key. (name is ours; guess: the reference declares `PATCH /auth/api-key/{key}` without a request body; these members are taken from APIKeyRequest.) */
        APIKeyPatch: {
            active?: boolean;
            /** Format: date-time */
            expire_at?: string;
            roles?: components["schemas"]["TokenRoleModel"][];
        };
        /** @description An API key. Send `token` in the `X-API-Key` header or the `api_key` query parameter. */
        APIKeyModel: {
            token: string;
            user: string;
            active: boolean;
            roles?: components["schemas"]["TokenRoleModel"][];
            /** Format: date-time */
            expire_at?: string;
        };
        /** @description A role granted to a user, optionally restricted to one inbox or one document. */
        UserRoleModel: {
            role: components["schemas"]["ObjectId"];
            /** @description Restrict the role to this inbox. */
            inbox?: components["schemas"]["ObjectId"];
            /** @description Restrict the role to this document. */
            document_id?: components["schemas"]["ObjectId"];
        };
        /** @description A role of a user, as sent in an update. */
        UserRoleModelPatch: {
            role?: components["schemas"]["ObjectId"];
            inbox?: components["schemas"]["ObjectId"];
        };
        /** @description A new user. */
        UserModelPost: {
            username: string;
            active: boolean;
            roles: components["schemas"]["UserRoleModel"][];
            /** Format: password */
            password?: string;
        };
        /** @description A user. */
        UserModelGet: {
            id: components["schemas"]["ObjectId"];
            username: string;
            active: boolean;
            roles: components["schemas"]["UserRoleModel"][];
            /**
             * Format: date-time
             * @description When the user confirmed the account; `null` until then (guess).
             */
            confirmed_at?: string | null;
        };
        /** @description Changes to a user; members left out are kept. */
        UserModelPatch: {
            username?: string;
            roles?: components["schemas"]["UserRoleModelPatch"][];
        };
        /** @description A new password for the signed-in user. (guess: the fields are not in the project's notes; `old_password` and `new_password` are inferred.) */
        ChangePasswordModelPost: {
            /** Format: password */
            old_password?: string;
            /** Format: password */
            new_password?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description What a role allows. Every permission is a boolean, `false` unless granted (the reference's default for each; it is not written as `default` here, so that generated request types keep the members optional). The reference lists about 50; the project's notes name the ones below, and operation descriptions end with "Permission required: <name>". Any other name is accepted as long as its value is a boolean (`additionalProperties`), so a real role still validates. */
        PermissionsModel: {
            /** @description Upload documents. */
            upload?: boolean;
            /** @description Review the predictions of documents. */
            review?: boolean;
            /** @description Submit reviewed documents. */
            submit?: boolean;
            /** @description See the lists of documents. */
            view_list?: boolean;
            /** @description Create, change and delete users. */
            edit_users?: boolean;
            /** @description Create, change and delete integrations and connections. */
            edit_integrations?: boolean;
            /** @description See API keys. */
            view_api_keys?: boolean;
            /** @description Change backend settings (predictor, thresholds, sampling, rules, retention). */
            edit_backend_settings?: boolean;
        } & {
            [key: string]: boolean;
        };
        /** @description A new role. */
        RoleModelPost: {
            name: string;
            permissions: components["schemas"]["PermissionsModel"];
        };
        /** @description A role. */
        RoleModelGet: {
            id: components["schemas"]["ObjectId"];
            name: string;
            permissions: components["schemas"]["PermissionsModel"];
        };
        /** @description Changes to a role; members left out are kept. */
        RoleModelPatch: {
            name?: string;
            permissions?: components["schemas"]["PermissionsModel"];
        };
        /** @description A new project, the settings its inboxes share. */
        ProjectModelPost: {
            name: string;
            /** @description Ids of the formats (document types) the project extracts. */
            formats: components["schemas"]["ObjectId"][];
            /** @default true */
            split_into_sections: boolean;
            /** @default false */
            sub_page_splitting: boolean;
            default_document_type?: string;
            /** @deprecated */
            default_format?: string;
            /** @description Processing timeout. (guess: in seconds; the unit is not published.) */
            timeout?: number;
        };
        /** @description A project. (name is ours; guess: the reference declares no response body for projects; this is ProjectModelPost plus its `id`.) */
        ProjectModelGet: components["schemas"]["ProjectModelPost"] & {
            id: components["schemas"]["ObjectId"];
        };
        /** @description Changes to a project; members left out are kept. (guess: the members of ProjectModelPost.) */
        ProjectModelPatch: {
            name?: string;
            formats?: components["schemas"]["ObjectId"][];
            split_into_sections?: boolean;
            sub_page_splitting?: boolean;
            default_document_type?: string;
            timeout?: number;
        };
        /** @description A new inbox, where documents of one project are uploaded. */
        InboxModelPost: {
            name: string;
            project: components["schemas"]["ObjectId"];
        };
        /** @description An inbox. */
        InboxModelGet: {
            id: components["schemas"]["ObjectId"];
            name: string;
            project: components["schemas"]["ObjectId"];
        };
        /** @description Changes to an inbox; members left out are kept. */
        InboxModelPatch: {
            name?: string;
            project?: components["schemas"]["ObjectId"];
        };
        /** @description Which versions of the inbox's documents to compare. (guess: the fields are not in the project's notes; the shape is left open.) */
        VersionCompare: {
            [key: string]: unknown;
        };
        /** @description The result of a version comparison. (name is ours; guess: the reference declares a 200 without a body; the shape is left open.) */
        VersionComparison: {
            [key: string]: unknown;
        };
        /** @description The version names found on the inbox's documents (`predicted`, `submitted`, `reprocessed`, …). (name is ours; guess: the reference declares a 200 without a body; a list of names is inferred.) */
        DocumentVersionNames: string[];
        /** @description The answer to an inbox reprocessing request. (name is ours; guess: the reference declares a 200 without a body; the shape is left open.) */
        ReprocessAccepted: {
            [key: string]: unknown;
        };
        /** @description A state of a document (locked, escalated, rejected, submitted, opened) and who set it when. */
        StateModelGet: {
            /** @description The user who set the state. */
            by?: components["schemas"]["ObjectId"];
            /** Format: date-time */
            since?: string;
            value?: boolean;
        };
        /** @description One file of a document: the upload itself, or a file found inside it (an attachment, a section after splitting). (guess: member types are inferred from their names.) */
        FileModelGet: {
            embedded_attachment?: boolean;
            filehash?: string;
            filename?: string;
            leaf?: boolean;
            page?: number;
            page_count?: number;
        };
        /** @description Workflow flags and counters of a document. (guess: member types are inferred from their names: `*_attempts` are counters, `data` is an object, the others are booleans.) */
        StatusDataModel: {
            archived?: boolean;
            data?: {
                [key: string]: unknown;
            };
            escalate?: boolean;
            feedback?: boolean;
            lock?: boolean;
            ready_accepted?: boolean;
            ready_attempts?: number;
            reject?: boolean;
            reject_accepted?: boolean;
            reject_attempts?: number;
            sampling?: boolean;
            submit_accepted?: boolean;
            submit_attempts?: number;
            success?: boolean;
        };
        /** @description When a document went through each step. */
        TimingsModelGet: {
            /** Format: date-time */
            receive_time?: string;
            /** Format: date-time */
            start_time?: string;
            /** Format: date-time */
            done_time?: string;
            /** Format: date-time */
            feedback_time?: string;
            /** Format: date-time */
            submit_time?: string;
            /** @description Processing duration. (guess: in seconds.) */
            processing_period?: number;
        };
        /** @description A document and what was extracted from it. */
        DocumentModelGet: {
            id: components["schemas"]["ObjectId"];
            inbox: components["schemas"]["ObjectId"];
            original_filename: string;
            page_count: number;
            escalate?: components["schemas"]["StateModelGet"];
            lock?: components["schemas"]["StateModelGet"];
            reject?: components["schemas"]["StateModelGet"];
            submitted?: components["schemas"]["StateModelGet"];
            opened_by?: components["schemas"]["StateModelGet"][];
            feedback?: {
                [key: string]: unknown;
            };
            files?: components["schemas"]["FileModelGet"][];
            flag_for_review?: boolean;
            /** @description Name of the latest version, e.g. `predicted` or `submitted`. (guess: a name.) */
            last_version?: string;
            meta_information?: {
                [key: string]: unknown;
            };
            /** @description The extracted fields. Their names depend on the document's format. */
            prediction?: {
                [key: string]: unknown;
            };
            status_data?: components["schemas"]["StatusDataModel"];
            timings?: components["schemas"]["TimingsModelGet"];
            usage_data?: {
                [key: string]: unknown;
            };
            versions?: {
                [key: string]: unknown;
            }[];
        };
        /** @description One page of an inbox's documents. The reference declares the answer as a list of these; this spec declares one object (see SOURCES.md). */
        DocumentModelPaginated: {
            page: number;
            per_page: number;
            /** @description Number of documents across all pages. */
            total: number;
            results: components["schemas"]["DocumentModelGet"][];
        };
        /** @description The answer to an asynchronous upload (`sync=false`): the id of the document that was queued. (name is ours; guess: the reference only says the call "returns the document ID"; the member name `id` is inferred from DocumentModelGet.) */
        DocumentAccepted: {
            id: components["schemas"]["ObjectId"];
        } & {
            [key: string]: unknown;
        };
        /** @description The answer to an upload with `key_value_flag=true`: a map from each predicted field to its value, without the rest of the document. (name is ours; guess: value types depend on the field.) */
        KeyValuePrediction: {
            [key: string]: unknown;
        };
        /** @description The answer to an upload to an inbox. With `sync=true` (the default): the processed document (DocumentModelGet), or with `key_value_flag=true` the field → value map (KeyValuePrediction). With `sync=false`: the queued document's id (DocumentAccepted). Tell them apart by the request you sent. (name is ours; guess: the reference declares no response body.) */
        UploadResult: components["schemas"]["DocumentModelGet"] | components["schemas"]["DocumentAccepted"] | components["schemas"]["KeyValuePrediction"];
        /** @description The answer to the simple upload (always synchronous): the field → value map by default (`key_value_flag=true`), the processed document with `key_value_flag=false`. (name is ours; guess: the reference declares no response body.) */
        SimpleUploadResult: components["schemas"]["KeyValuePrediction"] | components["schemas"]["DocumentModelGet"];
        /** @description A document in the tenant's custom output format. Its shape is configured per tenant, so it is left open. (name is ours.) */
        CustomOutput: {
            [key: string]: unknown;
        };
        /** @description A document in the custom output format, as the server sends it with `Accept: application/vnd.cf.custom`. The format (JSON, XML, CSV …) is configured per tenant, so it is kept as text. (name is ours.) */
        CustomOutputRaw: string;
        /** @description What to render in the custom output format. (guess: fields not in the project's notes.) */
        CustomOutputPost: {
            [key: string]: unknown;
        };
        /** @description What to enrich. (guess: fields not in the project's notes.) */
        EnrichmentModelPost: {
            [key: string]: unknown;
        };
        /** @description The result of an enrichment. (name is ours; guess: the reference declares a 200 without a body.) */
        EnrichmentResult: {
            [key: string]: unknown;
        };
        /** @description A set of documents. (guess: the member name `document_ids` is inferred from the model's name.) */
        DocumentIds: {
            document_ids: components["schemas"]["ObjectId"][];
        } & {
            [key: string]: unknown;
        };
        /** @description The data of type `data_type` for the given documents. (name is ours; guess: the reference declares a 200 without a body; the shape is left open.) */
        DocumentData: {
            [key: string]: unknown;
        };
        /** @description A query over the tenant's documents, as an aggregation pipeline. (guess: a `pipeline` list of stages, MongoDB style, inferred from the model's name.) */
        AggregationPipelinePost: {
            pipeline?: {
                [key: string]: unknown;
            }[];
        } & {
            [key: string]: unknown;
        };
        /** @description The rows the query produced. (name is ours; guess: the reference declares a 200 without a body.) */
        QueryResult: {
            [key: string]: unknown;
        }[];
        /** @description The answer to a copy or a move of documents to another inbox. (name is ours; guess: the reference declares a 200 without a body; the shape is left open.) */
        DocumentInboxChange: {
            [key: string]: unknown;
        };
        /** @description The answer to a document deletion. (name is ours; guess: the reference declares a 200 without a body; the shape is left open.) */
        DocumentDeleted: {
            [key: string]: unknown;
        };
        /** @description A reviewed version of a document's prediction, sent as feedback. (guess: fields not in the project's notes; `name` and `prediction` are inferred from DocumentModelGet.) */
        VersionPost: {
            name?: string;
            prediction?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description The answer to a feedback submission. (name is ours; guess: the reference declares a 200 without a body.) */
        FeedbackResult: {
            [key: string]: unknown;
        };
        /** @description One version of a document's data (e.g. `predicted`, `submitted`). (name is ours; guess: the reference declares only a 403 for `last_version`; these members are inferred from its query parameters.) */
        DocumentVersion: {
            name?: string;
            source?: string;
            is_evaluated?: boolean;
            prediction?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description The text read from a document. (name is ours; guess: the reference declares only a 403; a `text` member and a per-page list are inferred.) */
        DocumentText: {
            text?: string;
            pages?: string[];
        } & {
            [key: string]: unknown;
        };
        /** @description What `reverse/{page_range}` returns for the pages. (name is ours; guess: neither its purpose nor its body is published.) */
        DocumentReverse: {
            [key: string]: unknown;
        };
        /** @description A table annotated on a document. (guess: fields not in the project's notes.) */
        TableAnnotationPost: {
            [key: string]: unknown;
        };
        /** @description The rows read from an annotated table. (name is ours; guess: the reference declares a 200 without a body.) */
        TableAnnotationResult: {
            [key: string]: unknown;
        };
        /** @description Status flags to set on a document. (guess: fields not in the project's notes; the members of StatusDataModel are likely.) */
        StatusDataPost: {
            [key: string]: unknown;
        };
        /** @description Where a document stands in the review workflow. (guess: fields not in the project's notes.) */
        WorkflowModel: {
            [key: string]: unknown;
        };
        /** @description Raw file content. */
        FileBytes: string;
        /** @description An image (one page, a thumbnail, the logo). */
        ImageBytes: string;
        /** @description A CSS style sheet. */
        StyleSheet: string;
        /** @description An upload to an inbox. */
        DocumentUpload: {
            /** @description The document (PDF, image, e-mail …). */
            file: string;
            /** @description Default `true`. `true`: wait until the document is processed (may time out under load, leaving it unprocessed). `false`: only queue it and return its id (recommended). */
            sync?: boolean;
            /** @description Default `false`. `true`: return only the field → value map instead of the whole document. */
            key_value_flag?: boolean;
            /** @description Use the experimental processing. (guess: off when left out; no default is published.) */
            experimental?: boolean;
        };
        /** @description A simple (always synchronous) upload. */
        SimpleDocumentUpload: {
            /** @description The document (PDF, image, e-mail …). */
            file: string;
            /** @description The inbox to upload to; the tenant's invoice inbox when left out. */
            inbox_id?: components["schemas"]["ObjectId"];
            /** @description Default `true` on this endpoint. `true`: return only the field → value map; `false`: the whole document. */
            key_value_flag?: boolean;
            /** @description Use the experimental processing. (guess: off when left out; no default is published.) */
            experimental?: boolean;
        };
        /** @description Optional hints for an inbox reprocessing. */
        InboxReprocessForm: {
            /** @description A JSON object in a string, per field, e.g. `{"VAT_number": {"blacklist": "…", "whitelist": ["…"]}}` (the 2021 format; the 2023 reference only says "hints"). */
            hints?: string;
        };
        /** @description A file for the tenant's style (a CSS sheet or a PNG logo). */
        StyleUpload: {
            file: string;
        };
        /** @description A new format (the field layout of one document type). (guess: fields not in the project's notes; `name` is inferred.) */
        FormatModelPost: {
            name?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A format. (guess: only `id` is certain, projects refer to formats by id.) */
        FormatModelGet: {
            id: components["schemas"]["ObjectId"];
            name?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Changes to a format. (guess: fields not in the project's notes.) */
        FormatModelPatch: {
            name?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The document types formats can describe. (guess: fields not in the project's notes.) */
        DocumentTypeModelGet: {
            [key: string]: unknown;
        };
        /** @description The fields that can be tagged in a scope. (guess: fields not in the project's notes.) */
        TagFieldModelGet: {
            [key: string]: unknown;
        };
        /**
         * @description Kinds of integration. (name is ours.)
         * @enum {string}
         */
        IntegrationType: "webhook" | "dropbox" | "office365" | "email" | "imap" | "sftp" | "smtp" | "service_bus";
        /** @description An integration: a channel documents come in through or results go out to. The reference uses this model for the request bodies too, so `id` is optional. The settings depend on `type` and are not in the project's notes (open object). */
        IntegrationModelGet: {
            id?: components["schemas"]["ObjectId"];
            type?: components["schemas"]["IntegrationType"];
            /** @description (guess: a display name.) */
            name?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The document events a connection reacts to. (name is ours.)
         * @enum {string}
         */
        ConnectionEvent: "document_predict" | "document_evaluate" | "document_text" | "document_split" | "document_delete";
        /**
         * @description What a connection sends. (name is ours.)
         * @enum {string}
         */
        ConnectionWhat: "original" | "reply_to" | "ready" | "submit";
        /** @description A routing rule of a connection. (name is ours; guess: member types are inferred.) */
        RoutingModel: {
            and_conditions?: {
                [key: string]: unknown;
            }[];
            target?: string;
        };
        /** @description A connection sends a document event to an integration. */
        ConnectionModelPost: {
            event: components["schemas"]["ConnectionEvent"];
            integration: components["schemas"]["ObjectId"];
            what: components["schemas"]["ConnectionWhat"];
            /** @description The project or inbox the connection applies to. */
            scope?: components["schemas"]["ObjectId"];
            routing?: components["schemas"]["RoutingModel"][];
        };
        /** @description A connection. */
        ConnectionModelGet: components["schemas"]["ConnectionModelPost"] & {
            id: components["schemas"]["ObjectId"];
        };
        /** @description A report definition. (guess: fields not in the project's notes; `name` is inferred.) */
        ReportModelPost: {
            name?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A report definition. (guess: `id` and `name` are inferred.) */
        ReportModelGet: {
            id: components["schemas"]["ObjectId"];
            name?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A full report definition to generate at once, without saving it. (guess: fields not in the project's notes.) */
        ReportModelFullGenerate: {
            [key: string]: unknown;
        };
        /** @description How long documents are kept at one level (tenant, project, inbox). (guess: fields not in the project's notes; the shape is left open.) */
        DataRetentionModel: {
            [key: string]: unknown;
        };
        /** @description Changes to a data retention setting. (guess: fields not in the project's notes.) */
        DataRetentionModelPatch: {
            [key: string]: unknown;
        };
        /** @description The predictor (extraction engine) settings of a scope. (guess: fields not in the project's notes.) */
        PredictorModelGet: {
            [key: string]: unknown;
        };
        /** @description Changes to the predictor settings of a scope. (guess: fields not in the project's notes.) */
        PredictorSettingModel: {
            [key: string]: unknown;
        };
        /** @description The validation and extraction rules of a scope. (guess: fields not in the project's notes.) */
        RuleConfigModelGet: {
            [key: string]: unknown;
        };
        /** @description Changes to the rules of a scope. (guess: fields not in the project's notes.) */
        RuleConfigModel: {
            [key: string]: unknown;
        };
        /** @description The input of a rule debugging call; the reference types it as a plain dictionary. (name is ours.) */
        RuleDebugRequest: {
            [key: string]: unknown;
        };
        /** @description The output of a rule debugging call. (name is ours; guess: the reference declares only a 403.) */
        RuleDebugResult: {
            [key: string]: unknown;
        };
        /** @description Which share of documents is sent to review as a sample, in a scope. (guess: fields not in the project's notes.) */
        SamplingModelGet: {
            [key: string]: unknown;
        };
        /** @description Changes to the sampling settings of a scope. (guess: fields not in the project's notes.) */
        SamplingModelPatch: {
            [key: string]: unknown;
        };
        /** @description The confidence thresholds under which a field goes to review, in a scope. (guess: fields not in the project's notes.) */
        SettingThresholdModelGet: {
            [key: string]: unknown;
        };
        /** @description Changes to the thresholds of a scope. (guess: fields not in the project's notes.) */
        SettingThresholdModelPatch: {
            [key: string]: unknown;
        };
        /** @description Dashboard settings. (guess: fields not in the project's notes.) */
        DashboardSettingsModelGet: {
            [key: string]: unknown;
        };
        /** @description Changes to the dashboard settings. (guess: fields not in the project's notes.) */
        DashboardSettingsModelPatch: {
            [key: string]: unknown;
        };
        /** @description Review screen settings. (guess: fields not in the project's notes.) */
        ReviewSettingsModelGet: {
            [key: string]: unknown;
        };
        /** @description Changes to the review settings. (guess: fields not in the project's notes.) */
        ReviewSettingsModelPatch: {
            [key: string]: unknown;
        };
        /** @description A single sign-on configuration. (guess: fields not in the project's notes.) */
        SsoConfigModel: {
            [key: string]: unknown;
        };
        /** @description The tenant's single sign-on configuration. (guess: fields not in the project's notes.) */
        SsoConfigModelGet: {
            [key: string]: unknown;
        };
        /** @description What the identity provider returned, exchanged for a Contract.fit token. (guess: fields not in the project's notes.) */
        SsoModel: {
            [key: string]: unknown;
        };
        /** @description Activation data of a tenant. (guess: fields not in the project's notes.) */
        TenantModelPatch: {
            [key: string]: unknown;
        };
        /** @description A tenant. (guess: fields not in the project's notes.) */
        TenantModelGet: {
            [key: string]: unknown;
        };
        /** @description Pages and documents processed in the period. (name is ours; guess: the reference declares a 200 without a body.) */
        UsageStats: {
            [key: string]: unknown;
        };
        /** @description Field statistics of an inbox. (name is ours; guess: shape not published.) */
        InboxStats: {
            [key: string]: unknown;
        };
        /** @description What kept documents from straight-through processing. (name is ours; guess: the reference declares only 400 and 403.) */
        AutomationBlockersStats: {
            [key: string]: unknown;
        };
        /** @description The "blue dots" statistics of an inbox. (name is ours; guess: shape not published.) */
        BlueDotsStats: {
            [key: string]: unknown;
        };
        /** @description The parameters of the blue dots statistics, sent as a form. The reference gives the dates defaults frozen at its export time (2023); they are dropped here. The other defaults are stated in the descriptions (see SOURCES.md on `default` in shared schemas). */
        BlueDotsQuery: {
            /** Format: date-time */
            start_date?: string;
            /** Format: date-time */
            end_date?: string;
            /** @description Default `submitted`. */
            version_name?: string;
            /** @description Default `file`. */
            level?: string;
            /** @description Default the empty string. */
            fields_to_exclude?: string;
            /** @description Default the empty string. */
            option_level_fields?: string;
        };
        /** @description The evaluated versions of an inbox's documents. (name is ours; guess: shape not published.) */
        EvaluatedVersions: {
            [key: string]: unknown;
        };
        /** @description Processing volumes, grouped by `group_by`. (name is ours; guess: the reference declares only 400 and 403.) */
        ProcessingStats: {
            [key: string]: unknown;
        };
        /** @description Document counts per status and user. (name is ours; guess: the reference declares only 400 and 403.) */
        VolumeStats: {
            [key: string]: unknown;
        };
        /** @description Extraction accuracy in a scope. (name is ours; guess: shape not published.) */
        AccuracyStats: {
            [key: string]: unknown;
        };
        /** @description Straight-through processing rate in a scope. (name is ours; guess: shape not published.) */
        StpStats: {
            [key: string]: unknown;
        };
        /** @description An Excel workbook (usage statistics, downloaded reports). (name is ours.) */
        SpreadsheetBytes: string;
    };
    responses: {
        /** @description The request could not be read: a body that does not parse or fails validation (Flask-RESTX ParseError), a malformed `X-Fields` mask (MaskError), or a parameter the operation refuses. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorModel"];
            };
        };
        /** @description No credentials, or credentials that are wrong or expired (HTTP Basic, token or API key). For `login`: the username or password is wrong. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Invalid credentials"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorModel"];
            };
        };
        /** @description The credentials are valid but none of their roles grants the permission the operation needs ("Permission insufficient"), in the scope (inbox, document) of the request. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Permission insufficient"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorModel"];
            };
        };
        /** @description The resource in the path does not exist, or is not visible with these credentials. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorModel"];
            };
        };
        /** @description The operation is not allowed in this state of the tenant (declared by the reference for `createRole`, `createReport` and `activateTenant`; guess: e.g. a tenant that is already active, or a role name reserved by the platform). */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Operation not allowed"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorModel"];
            };
        };
        /** @description The user cannot be created as sent (declared by the reference for `createUser`; guess: for example a username that is not an acceptable e-mail address or a password that is too weak). */
        NotAcceptable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Password does not meet the requirements"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorModel"];
            };
        };
        /** @description The resource already exists (Flask-RESTX ConflictError). The reference registers this error but attaches it to no operation; this spec declares it on creations (guess). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "A resource with this name already exists"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorModel"];
            };
        };
        /** @description The file could not be read as a document ("Image Recognition Error" in the reference): an unsupported or damaged file. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Image Recognition Error"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorModel"];
            };
        };
        /** @description The request was understood but its content cannot be used (e.g. a file of the wrong kind). */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "The file is not a valid PNG image"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorModel"];
            };
        };
        /** @description A failure on the server. The reference's `Exception` handler answers JSON instead of HTML. (guess: its `AlfredException`, the application's own error whose status is not published, is counted here too.) */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorModel"];
            };
        };
    };
    parameters: {
        /**
         * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
         * @example {id,name}
         */
        XFields: string;
        /**
         * @description The inbox id.
         * @example 5f1a2b3c4d5e6f7a8b9c0d1e
         */
        InboxId: components["schemas"]["ObjectId"];
        /**
         * @description The document id.
         * @example 6a1b2c3d4e5f6a7b8c9d0e1f
         */
        DocumentId: components["schemas"]["ObjectId"];
        /**
         * @description The **document** id. The reference names this segment `document_id` for GET and DELETE and `inbox_id` for POST on the same path; this spec names it `id` for all three (see SOURCES.md).
         * @example 6a1b2c3d4e5f6a7b8c9d0e1f
         */
        DocumentIdAsId: components["schemas"]["ObjectId"];
        /**
         * @description The **inbox** id to upload to. The reference names this segment `inbox_id`; it shares the path `/documents/{id}` with `getDocument` and `deleteDocument`, where it is a document id (see SOURCES.md).
         * @example 5f1a2b3c4d5e6f7a8b9c0d1e
         */
        InboxIdAsId: components["schemas"]["ObjectId"];
        /**
         * @description The project id.
         * @example 5e2d3c4b5a6f7e8d9c0b1a2f
         */
        ProjectId: components["schemas"]["ObjectId"];
        /**
         * @description The user id.
         * @example 5d3c4b5a6f7e8d9c0b1a2f3e
         */
        UserId: components["schemas"]["ObjectId"];
        /**
         * @description The role id.
         * @example 5c4b5a6f7e8d9c0b1a2f3e4d
         */
        RoleId: components["schemas"]["ObjectId"];
        /**
         * @description The format id.
         * @example 5b5a6f7e8d9c0b1a2f3e4d5c
         */
        FormatId: components["schemas"]["ObjectId"];
        /**
         * @description The integration id.
         * @example 5a6f7e8d9c0b1a2f3e4d5c6b
         */
        IntegrationId: components["schemas"]["ObjectId"];
        /**
         * @description The connection id.
         * @example 5a7e8d9c0b1a2f3e4d5c6b7a
         */
        ConnectionId: components["schemas"]["ObjectId"];
        /**
         * @description The report id.
         * @example 5b8d9c0b1a2f3e4d5c6b7a8f
         */
        ReportId: components["schemas"]["ObjectId"];
        /**
         * @description The SSO configuration id.
         * @example 5c9c0b1a2f3e4d5c6b7a8f9e
         */
        SsoConfigId: components["schemas"]["ObjectId"];
        /**
         * @description The API key itself (APIKeyModel.token). It is a secret: it ends up in URLs, and so in access logs. (guess: the reference only says "key"; it may also be an id of the key.)
         * @example cf8d2e4a6b1c3f5e7a9d0b2c4e6f8a1b
         */
        ApiKey: string;
        /**
         * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
         * @example 5f1a2b3c4d5e6f7a8b9c0d1e
         */
        Scope: string;
        /**
         * @description One page or a range of pages, e.g. `1` or `1-2`. (guess: the syntax and whether pages count from 0 or 1 are not published.)
         * @example 1
         */
        PageRange: string;
        /**
         * @description The level of the setting. (guess: `tenant`, `project` or `inbox`; the reference types it as a plain string.)
         * @example inbox
         */
        RetentionLevel: string;
        /**
         * @description The id of the tenant, project or inbox the setting belongs to.
         * @example 5f1a2b3c4d5e6f7a8b9c0d1e
         */
        RetentionId: string;
        /** @description Who the new version is attributed to. */
        Reviewer: "Human" | "Machine";
        /**
         * @description Start of the period (RFC 3339 date-time). Most statistics operations are published with a default frozen at the reference's export time (2023-02-28 08:47:25); it is dropped here. (guess: when left out, the server measures the last 30 days, the span of the frozen defaults.)
         * @example 2026-11-01T00:00:00Z
         */
        StartDate: string;
        /**
         * @description End of the period (RFC 3339 date-time). Most statistics operations are published with a default frozen at the reference's export time (2023-03-30 08:47:25); it is dropped here. (guess: when left out, the server measures up to now.)
         * @example 2026-12-01T00:00:00Z
         */
        EndDate: string;
        /**
         * @description The document version to measure, e.g. `predicted` or `submitted`.
         * @example submitted
         */
        StatsVersionName: string;
        /** @description A filter on the measured documents. (guess: the syntax is not published.) */
        FilterBy: string;
        /**
         * @description A project or inbox id; the tenant-wide settings when left out. (guess: the meaning of an absent scope is inferred.)
         * @example 5e2d3c4b5a6f7e8d9c0b1a2f
         */
        SettingsScopeQuery: string;
        /** @description `true`: the effective settings, merged from every level. (guess: the meaning is inferred from the name.) */
        FullSettings: boolean;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "ap.manager@example.com",
                 *       "password": "correct-horse-battery-staple"
                 *     }
                 */
                "application/json": components["schemas"]["AuthModel"];
            };
        };
        responses: {
            /** @description The token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenReplyModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "token": "cf8d2e4a6b1c3f5e7a9d0b2c4e6f8a1b",
                     *         "user": "5d3c4b5a6f7e8d9c0b1a2f3e",
                     *         "active": true,
                     *         "roles": [
                     *           {
                     *             "role": "5c4b5a6f7e8d9c0b1a2f3e5c",
                     *             "inbox": "5f1a2b3c4d5e6f7a8b9c0d1e"
                     *           }
                     *         ],
                     *         "expire_at": "2027-12-01T00:00:00Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["APIKeyModel"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "user": "5d3c4b5a6f7e8d9c0b1a2f3e",
                 *       "roles": [
                 *         {
                 *           "role": "5c4b5a6f7e8d9c0b1a2f3e5c",
                 *           "inbox": "5f1a2b3c4d5e6f7a8b9c0d1e"
                 *         }
                 *       ],
                 *       "active": true,
                 *       "expire_at": "2027-12-01T00:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["APIKeyRequest"];
            };
        };
        responses: {
            /** @description The new API key. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APIKeyModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listInboxApiKeys: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "token": "cf8d2e4a6b1c3f5e7a9d0b2c4e6f8a1b",
                     *         "user": "5d3c4b5a6f7e8d9c0b1a2f3e",
                     *         "active": true,
                     *         "roles": [
                     *           {
                     *             "role": "5c4b5a6f7e8d9c0b1a2f3e5c",
                     *             "inbox": "5f1a2b3c4d5e6f7a8b9c0d1e"
                     *           }
                     *         ],
                     *         "expire_at": "2027-12-01T00:00:00Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["APIKeyModel"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createInboxApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "user": "5d3c4b5a6f7e8d9c0b1a2f3e",
                 *       "roles": [
                 *         {
                 *           "role": "5c4b5a6f7e8d9c0b1a2f3e5c"
                 *         }
                 *       ],
                 *       "active": true
                 *     }
                 */
                "application/json": components["schemas"]["APIKeyRequest"];
            };
        };
        responses: {
            /** @description The new API key. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APIKeyModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The API key itself (APIKeyModel.token). It is a secret: it ends up in URLs, and so in access logs. (guess: the reference only says "key"; it may also be an id of the key.)
                 * @example cf8d2e4a6b1c3f5e7a9d0b2c4e6f8a1b
                 */
                key: components["parameters"]["ApiKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["APIKeyModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key itself (APIKeyModel.token). It is a secret: it ends up in URLs, and so in access logs. (guess: the reference only says "key"; it may also be an id of the key.)
                 * @example cf8d2e4a6b1c3f5e7a9d0b2c4e6f8a1b
                 */
                key: components["parameters"]["ApiKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The API key itself (APIKeyModel.token). It is a secret: it ends up in URLs, and so in access logs. (guess: the reference only says "key"; it may also be an id of the key.)
                 * @example cf8d2e4a6b1c3f5e7a9d0b2c4e6f8a1b
                 */
                key: components["parameters"]["ApiKey"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "active": false
                 *     }
                 */
                "application/json": components["schemas"]["APIKeyPatch"];
            };
        };
        responses: {
            /** @description The API key as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "cf8d2e4a6b1c3f5e7a9d0b2c4e6f8a1b",
                     *       "user": "5d3c4b5a6f7e8d9c0b1a2f3e",
                     *       "active": false,
                     *       "roles": [
                     *         {
                     *           "role": "5c4b5a6f7e8d9c0b1a2f3e5c",
                     *           "inbox": "5f1a2b3c4d5e6f7a8b9c0d1e"
                     *         }
                     *       ],
                     *       "expire_at": "2027-12-01T00:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["APIKeyModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createEphemeralToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenReplyModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getJwt: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "ap.manager@example.com",
                 *       "roles": [
                 *         {
                 *           "role": "5c4b5a6f7e8d9c0b1a2f3e5c",
                 *           "document_id": "6a1b2c3d4e5f6a7b8c9d0e1f"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TokenModelBase"];
            };
        };
        responses: {
            /** @description The token. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenReplyModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    resetPassword: {
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
                 *       "username": "ap.manager@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["ResetPasswordModelPost"];
            };
        };
        responses: {
            /** @description The reset was started. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "ap.manager@example.com",
                 *       "roles": [
                 *         {
                 *           "role": "5c4b5a6f7e8d9c0b1a2f3e5c",
                 *           "inbox": "5f1a2b3c4d5e6f7a8b9c0d1e"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TokenModelBase"];
            };
        };
        responses: {
            /** @description The token. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenReplyModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    uploadDocumentSimple: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["SimpleDocumentUpload"];
            };
        };
        responses: {
            /** @description The result: the field → value map (default), or the processed document with `key_value_flag=false`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimpleUploadResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    generateCustomOutput: {
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
                 *       "document_ids": [
                 *         "6a1b2c3d4e5f6a7b8c9d0e1f"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CustomOutputPost"];
            };
        };
        responses: {
            /** @description The custom output. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "InvoiceNumber": "INV-2026-0042",
                     *       "InvoiceDate": "2026-11-28",
                     *       "Supplier": "Acme Office Supplies NV",
                     *       "Total": "1210.00",
                     *       "Currency": "EUR"
                     *     }
                     */
                    "application/json": components["schemas"]["CustomOutput"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    enrichDocuments: {
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
                 *       "document_id": "6a1b2c3d4e5f6a7b8c9d0e1f"
                 *     }
                 */
                "application/json": components["schemas"]["EnrichmentModelPost"];
            };
        };
        responses: {
            /** @description The enriched data. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "document_id": "6a1b2c3d4e5f6a7b8c9d0e1f",
                     *       "supplier_name": "Acme Office Supplies NV",
                     *       "supplier_id": "SUP-00042"
                     *     }
                     */
                    "application/json": components["schemas"]["EnrichmentResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    queryDocumentData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The kind of data to return for the documents. (guess: the accepted values are not published.)
                 * @example prediction
                 */
                data_type: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "document_ids": [
                 *         "6a1b2c3d4e5f6a7b8c9d0e1f",
                 *         "6a1b2c3d4e5f6a7b8c9d0e2a"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DocumentIds"];
            };
        };
        responses: {
            /** @description The data, per document. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "6a1b2c3d4e5f6a7b8c9d0e1f": {
                     *         "invoice_number": "INV-2026-0042"
                     *       },
                     *       "6a1b2c3d4e5f6a7b8c9d0e2a": {
                     *         "invoice_number": "INV-2026-0043"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentData"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    queryDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The kind of query. (guess: the accepted values are not published.)
                 * @example aggregate
                 */
                query_type: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "pipeline": [
                 *         {
                 *           "$match": {
                 *             "inbox": "5f1a2b3c4d5e6f7a8b9c0d1e"
                 *           }
                 *         },
                 *         {
                 *           "$group": {
                 *             "_id": "$prediction.currency",
                 *             "count": {
                 *               "$sum": 1
                 *             }
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AggregationPipelinePost"];
            };
        };
        responses: {
            /** @description The rows. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "_id": "EUR",
                     *         "count": 42
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["QueryResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The **document** id. The reference names this segment `document_id` for GET and DELETE and `inbox_id` for POST on the same path; this spec names it `id` for all three (see SOURCES.md).
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                id: components["parameters"]["DocumentIdAsId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    uploadDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The **inbox** id to upload to. The reference names this segment `inbox_id`; it shares the path `/documents/{id}` with `getDocument` and `deleteDocument`, where it is a document id (see SOURCES.md).
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                id: components["parameters"]["InboxIdAsId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["DocumentUpload"];
            };
        };
        responses: {
            /** @description `sync=true`: the processed document (or its field → value map); `sync=false`: the id of the queued document. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadResult"];
                    /** @example {"InvoiceNumber": "INV-2026-0042", "InvoiceDate": "2026-11-28", "Supplier": "Acme Office Supplies NV", "Total": "1210.00", "Currency": "EUR"} */
                    "application/vnd.cf.custom": components["schemas"]["CustomOutputRaw"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteDocument: {
        parameters: {
            query?: {
                /** @description `FULL`: the document and everything about it; `SOURCE_FILES`: only the uploaded files. Left out, the server decides (guess: `FULL`, the default of `deleteInboxDocuments`). */
                how?: "FULL" | "SOURCE_FILES";
            };
            header?: never;
            path: {
                /**
                 * @description The **document** id. The reference names this segment `document_id` for GET and DELETE and `inbox_id` for POST on the same path; this spec names it `id` for all three (see SOURCES.md).
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                id: components["parameters"]["DocumentIdAsId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document was deleted. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Document 6a1b2c3d4e5f6a7b8c9d0e1f deleted"
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentDeleted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getDocumentCustomOutput: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The custom output. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "InvoiceNumber": "INV-2026-0042",
                     *       "InvoiceDate": "2026-11-28",
                     *       "Supplier": "Acme Office Supplies NV",
                     *       "Total": "1210.00",
                     *       "Currency": "EUR"
                     *     }
                     */
                    "application/json": components["schemas"]["CustomOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    submitDocumentFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "submitted",
                 *       "prediction": {
                 *         "invoice_number": "INV-2026-0042",
                 *         "total_amount": 1210,
                 *         "currency": "EUR"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["VersionPost"];
            };
        };
        responses: {
            /** @description The feedback was stored. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Feedback saved"
                     *     }
                     */
                    "application/json": components["schemas"]["FeedbackResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getDocumentLastVersion: {
        parameters: {
            query?: {
                /** @description Only versions with this name, e.g. `submitted`. */
                name?: string;
                /** @description Only versions from this source. (guess: e.g. `Human` or `Machine`.) */
                source?: string;
                /** @description Only evaluated versions. */
                is_evaluated?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "predicted",
                     *       "source": "Machine",
                     *       "is_evaluated": false,
                     *       "prediction": {
                     *         "invoice_number": "INV-2026-0042",
                     *         "total_amount": 1210,
                     *         "currency": "EUR"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentVersion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    downloadOriginalFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    /**
                     * @description `attachment` with the original file name.
                     * @example attachment; filename="invoice-2026-0042.pdf"
                     */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example %PDF-1.7
                     *     %mock invoice-2026-0042.pdf
                     *     %%EOF
                     */
                    "application/octet-stream": components["schemas"]["FileBytes"];
                    /**
                     * @example %PDF-1.7
                     *     %mock invoice-2026-0042.pdf
                     *     %%EOF
                     */
                    "application/pdf": components["schemas"]["FileBytes"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getDocumentPageImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
                /**
                 * @description One page or a range of pages, e.g. `1` or `1-2`. (guess: the syntax and whether pages count from 0 or 1 are not published.)
                 * @example 1
                 */
                page_range: components["parameters"]["PageRange"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example (mock PNG page image) */
                    "image/png": components["schemas"]["ImageBytes"];
                    /** @example (mock JPEG page image) */
                    "image/jpeg": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getDocumentPageThumbnail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
                /**
                 * @description One page or a range of pages, e.g. `1` or `1-2`. (guess: the syntax and whether pages count from 0 or 1 are not published.)
                 * @example 1
                 */
                page_range: components["parameters"]["PageRange"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thumbnail. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example (mock PNG page image) */
                    "image/png": components["schemas"]["ImageBytes"];
                    /** @example (mock JPEG page image) */
                    "image/jpeg": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    processTableAnnotation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "page": 1,
                 *       "columns": [
                 *         "description",
                 *         "quantity",
                 *         "unit_price"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["TableAnnotationPost"];
            };
        };
        responses: {
            /** @description The table. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "rows": [
                     *         {
                     *           "description": "Printer paper A4",
                     *           "quantity": "10",
                     *           "unit_price": "12.50"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TableAnnotationResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    reprocessDocument: {
        parameters: {
            query?: {
                /** @description Name of the version the reprocessing produces. */
                name?: string;
                /** @description Who the new version is attributed to. */
                reviewer?: components["parameters"]["Reviewer"];
            };
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document, with the reprocessing scheduled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getDocumentReverse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
                /**
                 * @description One page or a range of pages, e.g. `1` or `1-2`. (guess: the syntax and whether pages count from 0 or 1 are not published.)
                 * @example 1
                 */
                page_range: components["parameters"]["PageRange"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reverse view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "page_range": "1",
                     *       "pages": [
                     *         1
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentReverse"];
                    /** @example (mock PNG page image) */
                    "image/png": components["schemas"]["ImageBytes"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateDocumentStatusData: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "archived": true
                 *     }
                 */
                "application/json": components["schemas"]["StatusDataPost"];
            };
        };
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getDocumentText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The text. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "text": "Acme Office Supplies NV\nInvoice INV-2026-0042\nTotal EUR 1,210.00",
                     *       "pages": [
                     *         "Acme Office Supplies NV\nInvoice INV-2026-0042",
                     *         "Total EUR 1,210.00"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentText"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getDocumentWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "step": "review",
                     *       "ready": false,
                     *       "submitted": false
                     *     }
                     */
                    "application/json": components["schemas"]["WorkflowModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    copyDocumentsToInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox the documents are copied to.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d2f
                 */
                inbox_id: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "document_ids": [
                 *         "6a1b2c3d4e5f6a7b8c9d0e1f"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DocumentIds"];
            };
        };
        responses: {
            /** @description The documents were copied. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "inbox": "5f1a2b3c4d5e6f7a8b9c0d2f",
                     *       "document_ids": [
                     *         "6a1b2c3d4e5f6a7b8c9d0e2a"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentInboxChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    moveDocumentsToInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox the documents are moved to.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d2f
                 */
                inbox_id: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "document_ids": [
                 *         "6a1b2c3d4e5f6a7b8c9d0e1f"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DocumentIds"];
            };
        };
        responses: {
            /** @description The documents were moved. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "inbox": "5f1a2b3c4d5e6f7a8b9c0d2f",
                     *       "document_ids": [
                     *         "6a1b2c3d4e5f6a7b8c9d0e1f"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentInboxChange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listInboxes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inboxes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *         "name": "Supplier invoices",
                     *         "project": "5e2d3c4b5a6f7e8d9c0b1a2f"
                     *       },
                     *       {
                     *         "id": "5f1a2b3c4d5e6f7a8b9c0d2f",
                     *         "name": "Credit notes",
                     *         "project": "5e2d3c4b5a6f7e8d9c0b1a2f"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["InboxModelGet"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createInbox: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Supplier invoices",
                 *       "project": "5e2d3c4b5a6f7e8d9c0b1a2f"
                 *     }
                 */
                "application/json": components["schemas"]["InboxModelPost"];
            };
        };
        responses: {
            /** @description The new inbox. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getInbox: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inbox. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inbox was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateInbox: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Supplier invoices 2027"
                 *     }
                 */
                "application/json": components["schemas"]["InboxModelPatch"];
            };
        };
        responses: {
            /** @description The inbox as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *       "name": "Supplier invoices 2027",
                     *       "project": "5e2d3c4b5a6f7e8d9c0b1a2f"
                     *     }
                     */
                    "application/json": components["schemas"]["InboxModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    compareInboxVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "versions": [
                 *         "predicted",
                 *         "submitted"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["VersionCompare"];
            };
        };
        responses: {
            /** @description The comparison. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "documents": 42,
                     *       "fields": {
                     *         "invoice_number": {
                     *           "equal": 41,
                     *           "different": 1
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["VersionComparison"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listInboxDocumentVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version names. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       "predicted",
                     *       "submitted",
                     *       "reprocessed"
                     *     ]
                     */
                    "application/json": components["schemas"]["DocumentVersionNames"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listInboxDocuments: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
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
                     *         "id": "6a1b2c3d4e5f6a7b8c9d0e1f",
                     *         "inbox": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *         "original_filename": "invoice-2026-0042.pdf",
                     *         "page_count": 2,
                     *         "flag_for_review": false,
                     *         "last_version": "predicted",
                     *         "prediction": {
                     *           "document_type": "invoice",
                     *           "invoice_number": "INV-2026-0042",
                     *           "total_amount": 1210,
                     *           "currency": "EUR"
                     *         },
                     *         "timings": {
                     *           "receive_time": "2026-11-30T09:12:03Z",
                     *           "start_time": "2026-11-30T09:12:04Z",
                     *           "done_time": "2026-11-30T09:12:11Z",
                     *           "processing_period": 7.4
                     *         }
                     *       },
                     *       {
                     *         "id": "6a1b2c3d4e5f6a7b8c9d0e2a",
                     *         "inbox": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *         "original_filename": "invoice-2026-0043.pdf",
                     *         "page_count": 1,
                     *         "flag_for_review": true,
                     *         "timings": {
                     *           "receive_time": "2026-11-30T09:20:45Z"
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["DocumentModelGet"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteInboxDocuments: {
        parameters: {
            query?: {
                /** @description `FULL`: the documents and everything about them; `SOURCE_FILES`: only the uploaded files. */
                how?: "FULL" | "SOURCE_FILES";
                /** @description `ALL` documents, or only those that are `DONE`. */
                what?: "ALL" | "DONE";
                /**
                 * @description Only documents received from this time on. (guess: compared with the receive time.)
                 * @example 2026-01-01T00:00:00Z
                 */
                start_date?: string;
                /**
                 * @description Only documents received up to this time. (guess: compared with the receive time.)
                 * @example 2026-06-30T23:59:59Z
                 */
                end_date?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The documents were deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listInboxDocumentsPaginated: {
        parameters: {
            query?: {
                /** @description Page number, starting at 1. */
                page?: number;
                /** @description Documents per page. No maximum is published. */
                per_page?: number;
                /**
                 * @description Only documents received from this time on.
                 * @example 2026-11-01T00:00:00Z
                 */
                start_receive_date?: string;
                /**
                 * @description Only documents received up to this time.
                 * @example 2026-12-01T00:00:00Z
                 */
                end_receive_date?: string;
                /** @description Sort key. (guess: a document member such as `receive_time`, perhaps with a `-` prefix for descending order; the syntax is not published.) */
                order_by?: string;
            };
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "page": 1,
                     *       "per_page": 20,
                     *       "total": 2,
                     *       "results": [
                     *         {
                     *           "id": "6a1b2c3d4e5f6a7b8c9d0e1f",
                     *           "inbox": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *           "original_filename": "invoice-2026-0042.pdf",
                     *           "page_count": 2,
                     *           "flag_for_review": false,
                     *           "last_version": "predicted",
                     *           "prediction": {
                     *             "document_type": "invoice",
                     *             "invoice_number": "INV-2026-0042",
                     *             "total_amount": 1210,
                     *             "currency": "EUR"
                     *           },
                     *           "timings": {
                     *             "receive_time": "2026-11-30T09:12:03Z",
                     *             "start_time": "2026-11-30T09:12:04Z",
                     *             "done_time": "2026-11-30T09:12:11Z",
                     *             "processing_period": 7.4
                     *           }
                     *         },
                     *         {
                     *           "id": "6a1b2c3d4e5f6a7b8c9d0e2a",
                     *           "inbox": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *           "original_filename": "invoice-2026-0043.pdf",
                     *           "page_count": 1,
                     *           "flag_for_review": true,
                     *           "timings": {
                     *             "receive_time": "2026-11-30T09:20:45Z"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentModelPaginated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    reprocessInbox: {
        parameters: {
            query?: {
                /** @description Name of the version the reprocessing produces. */
                name?: string;
                /** @description Who the new version is attributed to. */
                reviewer?: components["parameters"]["Reviewer"];
            };
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": components["schemas"]["InboxReprocessForm"];
            };
        };
        responses: {
            /** @description The reprocessing was scheduled. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scheduled": 42
                     *     }
                     */
                    "application/json": components["schemas"]["ReprocessAccepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "5d3c4b5a6f7e8d9c0b1a2f3e",
                     *         "username": "ap.manager@example.com",
                     *         "active": true,
                     *         "confirmed_at": "2026-10-02T08:30:00Z",
                     *         "roles": [
                     *           {
                     *             "role": "5c4b5a6f7e8d9c0b1a2f3e4d"
                     *           },
                     *           {
                     *             "role": "5c4b5a6f7e8d9c0b1a2f3e5c",
                     *             "inbox": "5f1a2b3c4d5e6f7a8b9c0d1e"
                     *           }
                     *         ]
                     *       },
                     *       {
                     *         "id": "5d3c4b5a6f7e8d9c0b1a2f4d",
                     *         "username": "reviewer@example.com",
                     *         "active": true,
                     *         "confirmed_at": null,
                     *         "roles": [
                     *           {
                     *             "role": "5c4b5a6f7e8d9c0b1a2f3e5c",
                     *             "inbox": "5f1a2b3c4d5e6f7a8b9c0d1e"
                     *           }
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["UserModelGet"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "reviewer@example.com",
                 *       "active": true,
                 *       "password": "a-long-initial-password",
                 *       "roles": [
                 *         {
                 *           "role": "5c4b5a6f7e8d9c0b1a2f3e5c",
                 *           "inbox": "5f1a2b3c4d5e6f7a8b9c0d1e"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UserModelPost"];
            };
        };
        responses: {
            /** @description The new user. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5d3c4b5a6f7e8d9c0b1a2f4d",
                     *       "username": "reviewer@example.com",
                     *       "active": true,
                     *       "confirmed_at": null,
                     *       "roles": [
                     *         {
                     *           "role": "5c4b5a6f7e8d9c0b1a2f3e5c",
                     *           "inbox": "5f1a2b3c4d5e6f7a8b9c0d1e"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UserModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    changePassword: {
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
                 *       "old_password": "a-long-initial-password",
                 *       "new_password": "an-even-longer-new-password"
                 *     }
                 */
                "application/json": components["schemas"]["ChangePasswordModelPost"];
            };
        };
        responses: {
            /** @description The password was changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The user id.
                 * @example 5d3c4b5a6f7e8d9c0b1a2f3e
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user id.
                 * @example 5d3c4b5a6f7e8d9c0b1a2f3e
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The user id.
                 * @example 5d3c4b5a6f7e8d9c0b1a2f3e
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "roles": [
                 *         {
                 *           "role": "5c4b5a6f7e8d9c0b1a2f3e4d"
                 *         },
                 *         {
                 *           "role": "5c4b5a6f7e8d9c0b1a2f3e5c",
                 *           "inbox": "5f1a2b3c4d5e6f7a8b9c0d1e"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UserModelPatch"];
            };
        };
        responses: {
            /** @description The user as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The roles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "5c4b5a6f7e8d9c0b1a2f3e4d",
                     *         "name": "Administrator",
                     *         "permissions": {
                     *           "upload": true,
                     *           "review": true,
                     *           "submit": true,
                     *           "view_list": true,
                     *           "edit_users": true,
                     *           "edit_integrations": true,
                     *           "view_api_keys": true,
                     *           "edit_backend_settings": true
                     *         }
                     *       },
                     *       {
                     *         "id": "5c4b5a6f7e8d9c0b1a2f3e5c",
                     *         "name": "Reviewer",
                     *         "permissions": {
                     *           "upload": true,
                     *           "review": true,
                     *           "submit": true,
                     *           "view_list": true,
                     *           "edit_users": false,
                     *           "edit_integrations": false,
                     *           "view_api_keys": false,
                     *           "edit_backend_settings": false
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["RoleModelGet"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createRole: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Reviewer",
                 *       "permissions": {
                 *         "upload": true,
                 *         "review": true,
                 *         "submit": true,
                 *         "view_list": true
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["RoleModelPost"];
            };
        };
        responses: {
            /** @description The new role. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5c4b5a6f7e8d9c0b1a2f3e5c",
                     *       "name": "Reviewer",
                     *       "permissions": {
                     *         "upload": true,
                     *         "review": true,
                     *         "submit": true,
                     *         "view_list": true,
                     *         "edit_users": false,
                     *         "edit_integrations": false,
                     *         "view_api_keys": false,
                     *         "edit_backend_settings": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RoleModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getRole: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The role id.
                 * @example 5c4b5a6f7e8d9c0b1a2f3e4d
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The role id.
                 * @example 5c4b5a6f7e8d9c0b1a2f3e4d
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateRole: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The role id.
                 * @example 5c4b5a6f7e8d9c0b1a2f3e4d
                 */
                role_id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "permissions": {
                 *         "upload": false
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["RoleModelPatch"];
            };
        };
        responses: {
            /** @description The role as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5c4b5a6f7e8d9c0b1a2f3e5c",
                     *       "name": "Reviewer",
                     *       "permissions": {
                     *         "upload": false,
                     *         "review": true,
                     *         "submit": true,
                     *         "view_list": true,
                     *         "edit_users": false,
                     *         "edit_integrations": false,
                     *         "view_api_keys": false,
                     *         "edit_backend_settings": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RoleModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listFormats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The formats. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "5b5a6f7e8d9c0b1a2f3e4d5c",
                     *         "name": "Invoice",
                     *         "document_type": "invoice",
                     *         "fields": [
                     *           "invoice_number",
                     *           "invoice_date",
                     *           "supplier_name",
                     *           "VAT_number",
                     *           "total_amount",
                     *           "currency"
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["FormatModelGet"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createFormat: {
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
                 *       "name": "Invoice",
                 *       "document_type": "invoice",
                 *       "fields": [
                 *         "invoice_number",
                 *         "invoice_date",
                 *         "supplier_name",
                 *         "VAT_number",
                 *         "total_amount",
                 *         "currency"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FormatModelPost"];
            };
        };
        responses: {
            /** @description The new format. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormatModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listDocumentTypes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "document_types": [
                     *         "invoice",
                     *         "credit_note",
                     *         "receipt",
                     *         "purchase_order"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentTypeModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getFormat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The format id.
                 * @example 5b5a6f7e8d9c0b1a2f3e4d5c
                 */
                format_id: components["parameters"]["FormatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormatModelGet"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteFormat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The format id.
                 * @example 5b5a6f7e8d9c0b1a2f3e4d5c
                 */
                format_id: components["parameters"]["FormatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The format was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateFormat: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The format id.
                 * @example 5b5a6f7e8d9c0b1a2f3e4d5c
                 */
                format_id: components["parameters"]["FormatId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Supplier invoice"
                 *     }
                 */
                "application/json": components["schemas"]["FormatModelPatch"];
            };
        };
        responses: {
            /** @description The format as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5b5a6f7e8d9c0b1a2f3e4d5c",
                     *       "name": "Supplier invoice",
                     *       "document_type": "invoice",
                     *       "fields": [
                     *         "invoice_number",
                     *         "invoice_date",
                     *         "supplier_name",
                     *         "VAT_number",
                     *         "total_amount",
                     *         "currency"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["FormatModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getFormatTagFields: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "fields": [
                     *         "invoice_number",
                     *         "invoice_date",
                     *         "supplier_name",
                     *         "VAT_number",
                     *         "total_amount",
                     *         "currency"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TagFieldModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listConnections: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "5a7e8d9c0b1a2f3e4d5c6b7a",
                     *         "event": "document_predict",
                     *         "integration": "5a6f7e8d9c0b1a2f3e4d5c6b",
                     *         "what": "ready",
                     *         "scope": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *         "routing": []
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ConnectionModelGet"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createConnection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event": "document_predict",
                 *       "integration": "5a6f7e8d9c0b1a2f3e4d5c6b",
                 *       "what": "ready",
                 *       "scope": "5f1a2b3c4d5e6f7a8b9c0d1e"
                 *     }
                 */
                "application/json": components["schemas"]["ConnectionModelPost"];
            };
        };
        responses: {
            /** @description The new connection. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getConnection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The connection id.
                 * @example 5a7e8d9c0b1a2f3e4d5c6b7a
                 */
                connection_id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectionModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The connection id.
                 * @example 5a7e8d9c0b1a2f3e4d5c6b7a
                 */
                connection_id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateConnection: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The connection id.
                 * @example 5a7e8d9c0b1a2f3e4d5c6b7a
                 */
                connection_id: components["parameters"]["ConnectionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event": "document_evaluate",
                 *       "integration": "5a6f7e8d9c0b1a2f3e4d5c6b",
                 *       "what": "submit",
                 *       "scope": "5f1a2b3c4d5e6f7a8b9c0d1e"
                 *     }
                 */
                "application/json": components["schemas"]["ConnectionModelPost"];
            };
        };
        responses: {
            /** @description The connection as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5a7e8d9c0b1a2f3e4d5c6b7a",
                     *       "event": "document_evaluate",
                     *       "integration": "5a6f7e8d9c0b1a2f3e4d5c6b",
                     *       "what": "submit",
                     *       "scope": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *       "routing": []
                     *     }
                     */
                    "application/json": components["schemas"]["ConnectionModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listIntegrations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integrations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "5a6f7e8d9c0b1a2f3e4d5c6b",
                     *         "type": "webhook",
                     *         "name": "ERP webhook",
                     *         "url": "https://erp.example.com/hooks/contract-fit"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["IntegrationModelGet"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createIntegration: {
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
                 *       "type": "webhook",
                 *       "name": "ERP webhook",
                 *       "url": "https://erp.example.com/hooks/contract-fit"
                 *     }
                 */
                "application/json": components["schemas"]["IntegrationModelGet"];
            };
        };
        responses: {
            /** @description The new integration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration id.
                 * @example 5a6f7e8d9c0b1a2f3e4d5c6b
                 */
                integration_id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationModelGet"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration id.
                 * @example 5a6f7e8d9c0b1a2f3e4d5c6b
                 */
                integration_id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The integration id.
                 * @example 5a6f7e8d9c0b1a2f3e4d5c6b
                 */
                integration_id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://erp.example.com/hooks/contract-fit-v2"
                 *     }
                 */
                "application/json": components["schemas"]["IntegrationModelGet"];
            };
        };
        responses: {
            /** @description The integration as it is now. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5a6f7e8d9c0b1a2f3e4d5c6b",
                     *       "type": "webhook",
                     *       "name": "ERP webhook",
                     *       "url": "https://erp.example.com/hooks/contract-fit-v2"
                     *     }
                     */
                    "application/json": components["schemas"]["IntegrationModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    activateEmailIntegration: {
        parameters: {
            query: {
                /**
                 * @description The activation secret from the confirmation e-mail. It is a secret; it ends up in access logs.
                 * @example 7c1e9a4b2d6f8e0a3c5b7d9f1e2a4c6b
                 */
                secret: string;
            };
            header?: never;
            path: {
                /**
                 * @description The integration id.
                 * @example 5a6f7e8d9c0b1a2f3e4d5c6b
                 */
                integration_id: components["parameters"]["IntegrationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Activated; redirects to the portal. */
            302: {
                headers: {
                    /**
                     * @description Where the browser goes next. (guess: a page of the portal.)
                     * @example https://cfportal.contract-p.fit/
                     */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "5e2d3c4b5a6f7e8d9c0b1a2f",
                     *         "name": "Accounts payable",
                     *         "formats": [
                     *           "5b5a6f7e8d9c0b1a2f3e4d5c"
                     *         ],
                     *         "split_into_sections": true,
                     *         "sub_page_splitting": false,
                     *         "default_document_type": "invoice",
                     *         "timeout": 300
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ProjectModelGet"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createProject: {
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
                 *       "name": "Accounts payable",
                 *       "formats": [
                 *         "5b5a6f7e8d9c0b1a2f3e4d5c"
                 *       ],
                 *       "split_into_sections": true,
                 *       "sub_page_splitting": false,
                 *       "default_document_type": "invoice",
                 *       "timeout": 300
                 *     }
                 */
                "application/json": components["schemas"]["ProjectModelPost"];
            };
        };
        responses: {
            /** @description The new project. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project id.
                 * @example 5e2d3c4b5a6f7e8d9c0b1a2f
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectModelGet"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project id.
                 * @example 5e2d3c4b5a6f7e8d9c0b1a2f
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project id.
                 * @example 5e2d3c4b5a6f7e8d9c0b1a2f
                 */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "timeout": 600
                 *     }
                 */
                "application/json": components["schemas"]["ProjectModelPatch"];
            };
        };
        responses: {
            /** @description The project as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5e2d3c4b5a6f7e8d9c0b1a2f",
                     *       "name": "Accounts payable",
                     *       "formats": [
                     *         "5b5a6f7e8d9c0b1a2f3e4d5c"
                     *       ],
                     *       "split_into_sections": true,
                     *       "sub_page_splitting": false,
                     *       "default_document_type": "invoice",
                     *       "timeout": 600
                     *     }
                     */
                    "application/json": components["schemas"]["ProjectModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listReports: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report definitions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "5b8d9c0b1a2f3e4d5c6b7a8f",
                     *         "name": "Monthly processing",
                     *         "scope": "5e2d3c4b5a6f7e8d9c0b1a2f",
                     *         "frequency": "monthly",
                     *         "recipients": [
                     *           "ap.manager@example.com"
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ReportModelGet"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createReport: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Monthly processing",
                 *       "scope": "5e2d3c4b5a6f7e8d9c0b1a2f",
                 *       "frequency": "monthly",
                 *       "recipients": [
                 *         "ap.manager@example.com"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ReportModelPost"];
            };
        };
        responses: {
            /** @description The saved definition. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    generateReport: {
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
                 *       "name": "Ad hoc processing",
                 *       "scope": "5e2d3c4b5a6f7e8d9c0b1a2f",
                 *       "delivery_method": "download",
                 *       "start_date": "2026-11-01T00:00:00Z",
                 *       "end_date": "2026-12-01T00:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["ReportModelFullGenerate"];
            };
        };
        responses: {
            /** @description The report file. */
            200: {
                headers: {
                    /**
                     * @description `attachment` with the report's file name. (guess)
                     * @example attachment; filename="ad-hoc-processing.xlsx"
                     */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /** @example PK(mock xlsx workbook) */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["SpreadsheetBytes"];
                };
            };
            /** @description The report was sent by e-mail. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getReport: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The report id.
                 * @example 5b8d9c0b1a2f3e4d5c6b7a8f
                 */
                report_id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report definition. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The report id.
                 * @example 5b8d9c0b1a2f3e4d5c6b7a8f
                 */
                report_id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The definition was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateReport: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The report id.
                 * @example 5b8d9c0b1a2f3e4d5c6b7a8f
                 */
                report_id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "frequency": "weekly"
                 *     }
                 */
                "application/json": components["schemas"]["ReportModelPost"];
            };
        };
        responses: {
            /** @description The definition as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Monthly processing",
                     *       "scope": "5e2d3c4b5a6f7e8d9c0b1a2f",
                     *       "frequency": "weekly",
                     *       "recipients": [
                     *         "ap.manager@example.com"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ReportModelPost"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    generateReportById: {
        parameters: {
            query: {
                /** @description `download`: the answer is the file; `email`: it is sent to `email`. */
                delivery_method: "download" | "email";
                /**
                 * @description Where to send the report (with `delivery_method=email`).
                 * @example ap.manager@example.com
                 */
                email?: string;
                /**
                 * @description Start of the reported period.
                 * @example 2026-11-01T00:00:00Z
                 */
                start_date?: string;
                /**
                 * @description End of the reported period.
                 * @example 2026-12-01T00:00:00Z
                 */
                end_date?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The report id.
                 * @example 5b8d9c0b1a2f3e4d5c6b7a8f
                 */
                report_id: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report file. */
            200: {
                headers: {
                    /**
                     * @description `attachment` with the report's file name. (guess)
                     * @example attachment; filename="monthly-processing.xlsx"
                     */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /** @example PK(mock xlsx workbook) */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["SpreadsheetBytes"];
                };
            };
            /** @description The report was sent by e-mail. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listDataRetentionSettings: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "level": "inbox",
                     *         "id": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *         "retention_days": 90,
                     *         "how": "SOURCE_FILES"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["DataRetentionModel"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getDataRetentionSetting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The level of the setting. (guess: `tenant`, `project` or `inbox`; the reference types it as a plain string.)
                 * @example inbox
                 */
                level: components["parameters"]["RetentionLevel"];
                /**
                 * @description The id of the tenant, project or inbox the setting belongs to.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                id: components["parameters"]["RetentionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The setting. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "level": "inbox",
                     *       "id": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *       "retention_days": 90,
                     *       "how": "SOURCE_FILES"
                     *     }
                     */
                    "application/json": components["schemas"]["DataRetentionModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteDataRetentionSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The level of the setting. (guess: `tenant`, `project` or `inbox`; the reference types it as a plain string.)
                 * @example inbox
                 */
                level: components["parameters"]["RetentionLevel"];
                /**
                 * @description The id of the tenant, project or inbox the setting belongs to.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                id: components["parameters"]["RetentionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The setting was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateDataRetentionSetting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The level of the setting. (guess: `tenant`, `project` or `inbox`; the reference types it as a plain string.)
                 * @example inbox
                 */
                level: components["parameters"]["RetentionLevel"];
                /**
                 * @description The id of the tenant, project or inbox the setting belongs to.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                id: components["parameters"]["RetentionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "retention_days": 30
                 *     }
                 */
                "application/json": components["schemas"]["DataRetentionModelPatch"];
            };
        };
        responses: {
            /** @description The setting as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "level": "inbox",
                     *       "id": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *       "retention_days": 30,
                     *       "how": "SOURCE_FILES"
                     *     }
                     */
                    "application/json": components["schemas"]["DataRetentionModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listPredictorSettings: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "scope": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *         "languages": [
                     *           "en",
                     *           "fr",
                     *           "nl"
                     *         ],
                     *         "use_supplier_memory": true
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["PredictorModelGet"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getPredictorSetting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scope": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *       "languages": [
                     *         "en",
                     *         "fr",
                     *         "nl"
                     *       ],
                     *       "use_supplier_memory": true
                     *     }
                     */
                    "application/json": components["schemas"]["PredictorModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deletePredictorSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings were deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updatePredictorSetting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "languages": [
                 *         "en",
                 *         "fr",
                 *         "nl",
                 *         "de"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PredictorSettingModel"];
            };
        };
        responses: {
            /** @description The settings as they are now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scope": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *       "languages": [
                     *         "en",
                     *         "fr",
                     *         "nl",
                     *         "de"
                     *       ],
                     *       "use_supplier_memory": true
                     *     }
                     */
                    "application/json": components["schemas"]["PredictorModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listRuleConfigs: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule configurations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "scope": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *         "rules": [
                     *           {
                     *             "field": "VAT_number",
                     *             "check": "vat_number_valid"
                     *           },
                     *           {
                     *             "field": "total_amount",
                     *             "check": "sum_of_lines"
                     *           }
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["RuleConfigModelGet"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    debugRuleEntity: {
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
                 *       "entity": "VAT_number",
                 *       "text": "VAT BE 0123.456.749"
                 *     }
                 */
                "application/json": components["schemas"]["RuleDebugRequest"];
            };
        };
        responses: {
            /** @description The result of the rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entity": "VAT_number",
                     *       "matches": [
                     *         "BE0123456749"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RuleDebugResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    debugDocumentRuleEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "entity": "VAT_number"
                 *     }
                 */
                "application/json": components["schemas"]["RuleDebugRequest"];
            };
        };
        responses: {
            /** @description The result of the rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entity": "VAT_number",
                     *       "matches": [
                     *         "BE0123456749"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RuleDebugResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    debugWhereToSearch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id.
                 * @example 6a1b2c3d4e5f6a7b8c9d0e1f
                 */
                document_id: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "entity": "VAT_number"
                 *     }
                 */
                "application/json": components["schemas"]["RuleDebugRequest"];
            };
        };
        responses: {
            /** @description Where the rule searches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entity": "VAT_number",
                     *       "pages": [
                     *         1
                     *       ],
                     *       "zones": [
                     *         "header"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RuleDebugResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getRuleConfig: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scope": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *       "rules": [
                     *         {
                     *           "field": "VAT_number",
                     *           "check": "vat_number_valid"
                     *         },
                     *         {
                     *           "field": "total_amount",
                     *           "check": "sum_of_lines"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RuleConfigModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteRuleConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule configuration was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateRuleConfig: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rules": [
                 *         {
                 *           "field": "VAT_number",
                 *           "check": "vat_number_valid"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RuleConfigModel"];
            };
        };
        responses: {
            /** @description The rule configuration as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scope": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *       "rules": [
                     *         {
                     *           "field": "VAT_number",
                     *           "check": "vat_number_valid"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RuleConfigModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSamplingSettings: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "scope": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *         "sampling_rate": 0.05
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["SamplingModelGet"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getSamplingSetting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scope": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *       "sampling_rate": 0.05
                     *     }
                     */
                    "application/json": components["schemas"]["SamplingModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteSamplingSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings were deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateSamplingSetting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sampling_rate": 0.1
                 *     }
                 */
                "application/json": components["schemas"]["SamplingModelPatch"];
            };
        };
        responses: {
            /** @description The settings as they are now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scope": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *       "sampling_rate": 0.1
                     *     }
                     */
                    "application/json": components["schemas"]["SamplingModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getDashboardSettings: {
        parameters: {
            query?: {
                /**
                 * @description A project or inbox id; the tenant-wide settings when left out. (guess: the meaning of an absent scope is inferred.)
                 * @example 5e2d3c4b5a6f7e8d9c0b1a2f
                 */
                scope?: components["parameters"]["SettingsScopeQuery"];
                /** @description `true`: the effective settings, merged from every level. (guess: the meaning is inferred from the name.) */
                full?: components["parameters"]["FullSettings"];
            };
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scope": "5e2d3c4b5a6f7e8d9c0b1a2f",
                     *       "widgets": [
                     *         "volume",
                     *         "stp",
                     *         "accuracy"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DashboardSettingsModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateDashboardSettings: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "scope": "5e2d3c4b5a6f7e8d9c0b1a2f",
                 *       "widgets": [
                 *         "volume",
                 *         "stp"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DashboardSettingsModelPatch"];
            };
        };
        responses: {
            /** @description The settings as they are now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scope": "5e2d3c4b5a6f7e8d9c0b1a2f",
                     *       "widgets": [
                     *         "volume",
                     *         "stp"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DashboardSettingsModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getReviewSettings: {
        parameters: {
            query?: {
                /**
                 * @description A project or inbox id; the tenant-wide settings when left out. (guess: the meaning of an absent scope is inferred.)
                 * @example 5e2d3c4b5a6f7e8d9c0b1a2f
                 */
                scope?: components["parameters"]["SettingsScopeQuery"];
                /** @description `true`: the effective settings, merged from every level. (guess: the meaning is inferred from the name.) */
                full?: components["parameters"]["FullSettings"];
            };
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scope": "5e2d3c4b5a6f7e8d9c0b1a2f",
                     *       "auto_submit": false,
                     *       "show_confidence": true
                     *     }
                     */
                    "application/json": components["schemas"]["ReviewSettingsModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateReviewSettings: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "scope": "5e2d3c4b5a6f7e8d9c0b1a2f",
                 *       "auto_submit": true
                 *     }
                 */
                "application/json": components["schemas"]["ReviewSettingsModelPatch"];
            };
        };
        responses: {
            /** @description The settings as they are now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scope": "5e2d3c4b5a6f7e8d9c0b1a2f",
                     *       "auto_submit": true,
                     *       "show_confidence": true
                     *     }
                     */
                    "application/json": components["schemas"]["ReviewSettingsModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listThresholdSettings: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "scope": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *         "thresholds": {
                     *           "invoice_number": 0.9,
                     *           "total_amount": 0.95
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["SettingThresholdModelGet"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getThresholdSetting: {
        parameters: {
            query?: {
                /** @description `true`: the platform defaults instead of the scope's own values. (guess: the meaning is inferred from the name.) */
                default?: boolean;
            };
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scope": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *       "thresholds": {
                     *         "invoice_number": 0.9,
                     *         "total_amount": 0.95
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SettingThresholdModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteThresholdSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings were deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateThresholdSetting: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "thresholds": {
                 *         "total_amount": 0.97
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SettingThresholdModelPatch"];
            };
        };
        responses: {
            /** @description The settings as they are now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "scope": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *       "thresholds": {
                     *         "invoice_number": 0.9,
                     *         "total_amount": 0.97
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SettingThresholdModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUsageStats: {
        parameters: {
            query: {
                /**
                 * @description Only this inbox; the whole tenant when left out.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id?: components["schemas"]["ObjectId"];
                /**
                 * @description Start of the period (RFC 3339 date-time).
                 * @example 2026-11-01T00:00:00Z
                 */
                start_date: string;
                /**
                 * @description End of the period (RFC 3339 date-time).
                 * @example 2026-12-01T00:00:00Z
                 */
                end_date: string;
                /** @description `true`: answer with an Excel workbook instead of JSON. */
                excel_output?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The usage. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "start_date": "2026-11-01T00:00:00Z",
                     *       "end_date": "2026-12-01T00:00:00Z",
                     *       "documents": 1250,
                     *       "pages": 2980
                     *     }
                     */
                    "application/json": components["schemas"]["UsageStats"];
                    /** @example PK(mock xlsx usage workbook) */
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["SpreadsheetBytes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getInboxStats: {
        parameters: {
            query?: {
                /**
                 * @description Only this field, e.g. `invoice_number`.
                 * @example invoice_number
                 */
                field_name?: string;
                /**
                 * @description Start of the period (RFC 3339 date-time). Most statistics operations are published with a default frozen at the reference's export time (2023-02-28 08:47:25); it is dropped here. (guess: when left out, the server measures the last 30 days, the span of the frozen defaults.)
                 * @example 2026-11-01T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description End of the period (RFC 3339 date-time). Most statistics operations are published with a default frozen at the reference's export time (2023-03-30 08:47:25); it is dropped here. (guess: when left out, the server measures up to now.)
                 * @example 2026-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /**
                 * @description The document version to measure, e.g. `predicted` or `submitted`.
                 * @example submitted
                 */
                version_name?: components["parameters"]["StatsVersionName"];
            };
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistics. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "inbox": "5f1a2b3c4d5e6f7a8b9c0d1e",
                     *       "fields": {
                     *         "invoice_number": {
                     *           "documents": 42,
                     *           "filled": 41
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["InboxStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getAutomationBlockersStats: {
        parameters: {
            query?: {
                /**
                 * @description Start of the period (RFC 3339 date-time). Most statistics operations are published with a default frozen at the reference's export time (2023-02-28 08:47:25); it is dropped here. (guess: when left out, the server measures the last 30 days, the span of the frozen defaults.)
                 * @example 2026-11-01T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description End of the period (RFC 3339 date-time). Most statistics operations are published with a default frozen at the reference's export time (2023-03-30 08:47:25); it is dropped here. (guess: when left out, the server measures up to now.)
                 * @example 2026-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /** @description The document version to measure. */
                version_name?: string;
                /** @description `true`: add the details per document. */
                include_detail?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The blockers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "documents": 42,
                     *       "blocked": 9,
                     *       "blockers": {
                     *         "total_amount": 6,
                     *         "VAT_number": 3
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AutomationBlockersStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getBlueDotsStats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": components["schemas"]["BlueDotsQuery"];
            };
        };
        responses: {
            /** @description The statistics. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "level": "file",
                     *       "version_name": "submitted",
                     *       "points": [
                     *         {
                     *           "field": "total_amount",
                     *           "accuracy": 0.97,
                     *           "automation": 0.88
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BlueDotsStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listEvaluatedVersions: {
        parameters: {
            query?: {
                /**
                 * @description Start of the period (RFC 3339 date-time). Most statistics operations are published with a default frozen at the reference's export time (2023-02-28 08:47:25); it is dropped here. (guess: when left out, the server measures the last 30 days, the span of the frozen defaults.)
                 * @example 2026-11-01T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description End of the period (RFC 3339 date-time). Most statistics operations are published with a default frozen at the reference's export time (2023-03-30 08:47:25); it is dropped here. (guess: when left out, the server measures up to now.)
                 * @example 2026-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /** @description Only the versions named by `version_name`. (guess) */
                filter_versions?: boolean;
                /** @description Only the latest evaluated version of each document. */
                last_one_only?: boolean;
                /**
                 * @description The document version to measure, e.g. `predicted` or `submitted`.
                 * @example submitted
                 */
                version_name?: components["parameters"]["StatsVersionName"];
            };
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "versions": [
                     *         {
                     *           "document": "6a1b2c3d4e5f6a7b8c9d0e1f",
                     *           "name": "submitted",
                     *           "evaluated_at": "2026-11-30T10:02:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EvaluatedVersions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getProcessingStats: {
        parameters: {
            query?: {
                /**
                 * @description Start of the period (RFC 3339 date-time). Most statistics operations are published with a default frozen at the reference's export time (2023-02-28 08:47:25); it is dropped here. (guess: when left out, the server measures the last 30 days, the span of the frozen defaults.)
                 * @example 2026-11-01T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description End of the period (RFC 3339 date-time). Most statistics operations are published with a default frozen at the reference's export time (2023-03-30 08:47:25); it is dropped here. (guess: when left out, the server measures up to now.)
                 * @example 2026-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /** @description What to count. (guess: `pages` or `documents`.) */
                group_by?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The volumes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "group_by": "pages",
                     *       "total": 2980,
                     *       "per_day": {
                     *         "2026-11-30": 112
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ProcessingStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getVolumeStats: {
        parameters: {
            query?: {
                /**
                 * @description Start of the period (RFC 3339 date-time). Most statistics operations are published with a default frozen at the reference's export time (2023-02-28 08:47:25); it is dropped here. (guess: when left out, the server measures the last 30 days, the span of the frozen defaults.)
                 * @example 2026-11-01T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description End of the period (RFC 3339 date-time). Most statistics operations are published with a default frozen at the reference's export time (2023-03-30 08:47:25); it is dropped here. (guess: when left out, the server measures up to now.)
                 * @example 2026-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /** @description The status to count. (guess: `to_review` and other workflow states.) */
                status?: string;
                /**
                 * @description Only documents of this user. (guess: a user id.)
                 * @example 5d3c4b5a6f7e8d9c0b1a2f4d
                 */
                user?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The inbox id.
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                inbox_id: components["parameters"]["InboxId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "to_review",
                     *       "documents": 9
                     *     }
                     */
                    "application/json": components["schemas"]["VolumeStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getAccuracyStats: {
        parameters: {
            query?: {
                /**
                 * @description Start of the period (RFC 3339 date-time). Most statistics operations are published with a default frozen at the reference's export time (2023-02-28 08:47:25); it is dropped here. (guess: when left out, the server measures the last 30 days, the span of the frozen defaults.)
                 * @example 2026-11-01T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description End of the period (RFC 3339 date-time). Most statistics operations are published with a default frozen at the reference's export time (2023-03-30 08:47:25); it is dropped here. (guess: when left out, the server measures up to now.)
                 * @example 2026-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /** @description Only documents that went straight through. */
                stp_files_only?: boolean;
                /** @description Only fields that went straight through. */
                stp_fields_only?: boolean;
                /**
                 * @description The document version to measure, e.g. `predicted` or `submitted`.
                 * @example submitted
                 */
                version_name?: components["parameters"]["StatsVersionName"];
                /** @description A filter on the measured documents. (guess: the syntax is not published.) */
                filter_by?: components["parameters"]["FilterBy"];
            };
            header?: never;
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The accuracy. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accuracy": 0.962,
                     *       "fields": {
                     *         "invoice_number": 0.99,
                     *         "total_amount": 0.97
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AccuracyStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getStpStats: {
        parameters: {
            query?: {
                /**
                 * @description Start of the period (RFC 3339 date-time). Most statistics operations are published with a default frozen at the reference's export time (2023-02-28 08:47:25); it is dropped here. (guess: when left out, the server measures the last 30 days, the span of the frozen defaults.)
                 * @example 2026-11-01T00:00:00Z
                 */
                start_date?: components["parameters"]["StartDate"];
                /**
                 * @description End of the period (RFC 3339 date-time). Most statistics operations are published with a default frozen at the reference's export time (2023-03-30 08:47:25); it is dropped here. (guess: when left out, the server measures up to now.)
                 * @example 2026-12-01T00:00:00Z
                 */
                end_date?: components["parameters"]["EndDate"];
                /** @description The document version to measure. */
                version_name?: string;
                /** @description A filter on the measured documents. (guess: the syntax is not published.) */
                filter_by?: components["parameters"]["FilterBy"];
            };
            header?: never;
            path: {
                /**
                 * @description The scope of a setting: a project or an inbox id. (guess: scopes are 24-character ids, as the `scope` of a connection; no pattern is enforced because other scope values, such as a tenant-wide one, may exist.)
                 * @example 5f1a2b3c4d5e6f7a8b9c0d1e
                 */
                scope: components["parameters"]["Scope"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rate. (guess: the reference declares no body.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "documents": 42,
                     *       "straight_through": 33,
                     *       "stp_rate": 0.786
                     *     }
                     */
                    "application/json": components["schemas"]["StpStats"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getStyleSheet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The style sheet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example .header { background-color: #0b3d91; } */
                    "text/css": components["schemas"]["StyleSheet"];
                };
            };
            /** @description No custom style sheet was uploaded. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    uploadStyleSheet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["StyleUpload"];
            };
        };
        responses: {
            /** @description The style sheet was stored. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteStyleSheet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The style sheet was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getLogo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The logo. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example (mock PNG logo) */
                    "image/png": components["schemas"]["ImageBytes"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    uploadLogo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["StyleUpload"];
            };
        };
        responses: {
            /** @description The logo was stored. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteLogo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The logo was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getSsoConfig: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5c9c0b1a2f3e4d5c6b7a8f9e",
                     *       "provider": "azure_ad",
                     *       "client_id": "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
                     *       "domain": "example.com"
                     *     }
                     */
                    "application/json": components["schemas"]["SsoConfigModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createSsoConfig: {
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
                 *       "provider": "azure_ad",
                 *       "client_id": "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
                 *       "domain": "example.com"
                 *     }
                 */
                "application/json": components["schemas"]["SsoConfigModel"];
            };
        };
        responses: {
            /** @description The stored configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5c9c0b1a2f3e4d5c6b7a8f9e",
                     *       "provider": "azure_ad",
                     *       "client_id": "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
                     *       "domain": "example.com"
                     *     }
                     */
                    "application/json": components["schemas"]["SsoConfigModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteSsoConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The SSO configuration id.
                 * @example 5c9c0b1a2f3e4d5c6b7a8f9e
                 */
                sso_config_id: components["parameters"]["SsoConfigId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    loginSso: {
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
                 *       "provider": "azure_ad",
                 *       "code": "0.AAAA-mock-authorization-code",
                 *       "redirect_uri": "https://cfportal.contract-p.fit/sso/callback"
                 *     }
                 */
                "application/json": components["schemas"]["SsoModel"];
            };
        };
        responses: {
            /** @description The token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenReplyModel"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    activateTenant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A field mask (Flask-RESTX): only the listed members of the answer are returned, e.g. `{id,inbox,original_filename}` or `id,name`. Nested members use braces. A malformed mask gives 400.
                 * @example {id,name}
                 */
                "X-Fields"?: components["parameters"]["XFields"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "activation_code": "4F7K-9Q2M"
                 *     }
                 */
                "application/json": components["schemas"]["TenantModelPatch"];
            };
        };
        responses: {
            /** @description The tenant. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "example",
                     *       "active": true,
                     *       "host": "example.contract-p.fit"
                     *     }
                     */
                    "application/json": components["schemas"]["TenantModelGet"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getReleaseNotes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The release notes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "releases": [
                     *         {
                     *           "version": "2026.11.2",
                     *           "date": "2026-11-24",
                     *           "notes": "Faster table extraction."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ReleaseNotes"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "2026.11.2"
                     *     }
                     */
                    "application/json": components["schemas"]["VersionInfo"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
