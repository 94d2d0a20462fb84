/**
 * GENERATED FILE: do not edit by hand.
 * Source: specs/e-attestations/openapi.yaml
 * Regenerate: pnpm run codegen   (scripts/codegen.ts, openapi-typescript)
 */
export interface paths {
    "/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the account bound to the token
         * @description Returns the account the token belongs to, with its subscriptions. Use its `id` as `accountId` in every other path. (In seed 002, v1.1.0 and v1.3.0.)
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Get the account's monitoring statistics
         * @description Counts of third parties and dossiers of the account, in total and complete, and per compliance indicator. (In seed 002, v1.1.0 and v1.3.0; field names follow the published descriptions, not the seed.)
         */
        get: operations["getAccountStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/thirdparties": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List the account's third parties
         * @description Pages through the account's third parties; every filter is optional and they combine. (In seed 002, v1.1.0 and v1.3.0. The items follow v1.3's ThirdpartyRepresentation, a superset of v1.1's ThirdpartyIdentifier; `q` is v1.3 only.)
         */
        get: operations["listThirdparties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/thirdparties/q": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Search a third party with a free query
         * @description Looks a third party up with a free query over the third-party fields. (v1.3.0 only. v1.3 declares ThirdpartyDetails as the result; guess: it comes inside the usual envelope, as one object rather than a list, and the query syntax is not documented.)
         */
        get: operations["searchThirdparties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/thirdparties/{thirdpartyId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The third-party id.
                 * @example 67890
                 */
                thirdpartyId: components["parameters"]["ThirdpartyId"];
            };
            cookie?: never;
        };
        /**
         * Get a third party's details
         * @description Identity, address, activity, financial data, subscription state and users of one third party. (In seed 002, v1.1.0 and v1.3.0. The fields are flat as in both published descriptions; the seed's nested identity/address/… objects are not followed.)
         */
        get: operations["getThirdparty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * Search the account's dossiers
         * @description Multi-criteria, paginated search over the account's dossiers; every filter is optional. `op` (v1.3 only) turns the `thirdpartyCode` or `dossierReference` filter into a partial match. (In seed 002, v1.1.0 and v1.3.0.)
         */
        get: operations["searchDossiers"];
        put?: never;
        /**
         * Open a monitoring dossier (asynchronous)
         * @description Queues the creation of a dossier for the third party identified by `companyIdType` and `companyIdValue`; the third party is created if the account does not know it yet. The answer only carries a `processId`: poll `getDossierProcess` until `complete` is true. Keep `thirdpartyCode` stable for a given third party (E111/E112 otherwise). Not safe to repeat: each call queues another creation. (In seed 002, v1.1.0 and v1.3.0.)
         */
        post: operations["createDossier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/dossiers/all": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List all the account's dossiers at once
         * @description Every dossier of the account in one unpaginated list ("Account all dossiers ALL"). (guess: this operation is only in the Postman collection, in neither published description; its method, its envelope and its item type, Dossier, are inferred from the neighbouring operations.) Prefer `searchDossiers`, which is documented and paginated.
         */
        get: operations["listAllDossiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/dossiers/{dossierId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
            };
            cookie?: never;
        };
        /**
         * Get a dossier
         * @description One dossier with its indicators and its documents (and, per document, the uploaded evidences). (In seed 002, v1.1.0 and v1.3.0.)
         */
        get: operations["getDossier"];
        put?: never;
        /**
         * Update a dossier
         * @description Sets the given fields of the dossier to the given values; absent fields are left as they are. Repeating the same call leaves the dossier in the same state (E202 may answer a repeat that sets `dossierReference`). v1.1.0 answers with `messages` only; v1.3.0 declares a dossier process result, so `content` is optional here (guess: whether v1.3 really fills it in is unconfirmed).
         */
        post: operations["updateDossier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/dossiers/{dossierId}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop monitoring a dossier
         * @description Ends the monitoring of the dossier (its stopping reason becomes `STOPREQUEST`). No request body. A dossier that is already not monitored gives `400`, so a repeat changes nothing. (In v1.1.0 and v1.3.0.)
         */
        post: operations["stopDossier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/dossiers/{dossierId}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume monitoring a stopped dossier
         * @description Monitors the dossier again until the new `expirationDate`. A dossier that is already monitored (E204) or a date in the past (E205) gives `400`, so a repeat changes nothing. (In v1.1.0 and v1.3.0.)
         */
        post: operations["reactivateDossier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/dossiers/{dossierId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
            };
            cookie?: never;
        };
        /**
         * List a dossier's documents
         * @description One entry per document required in the dossier, present or not. (In v1.1.0 and v1.3.0.)
         */
        get: operations["listDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/dossiers/{dossierId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
                /**
                 * @description The document id, within the dossier.
                 * @example 22222
                 */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        /**
         * Get one document of a dossier
         * @description One document of the dossier. (In v1.1.0 and v1.3.0. v1.3 declares a list of DossierRequirement here, which looks like a copy-paste slip; this follows v1.1's single Document.)
         */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/dossiers/{dossierId}/documents/{documentId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
                /**
                 * @description The document id, within the dossier.
                 * @example 22222
                 */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        /**
         * List the files of a document
         * @description The files uploaded for the document, newest included; use a `fileId` with `downloadFile`. (In v1.3.0 and docs/c-6-files.mdx.)
         */
        get: operations["listFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/dossiers/{dossierId}/documents/{documentId}/evidences": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
                /**
                 * @description The document id, within the dossier.
                 * @example 22222
                 */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        /**
         * List the evidences of a document
         * @description The evidences of the document: each uploaded file with its metadata and the form data entered with it. An evidence `id` is the `fileId` of `downloadFile`. (v1.3.0 only.) (guess: the list comes inside the usual envelope.)
         */
        get: operations["listEvidences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/dossiers/{dossierId}/documents/{documentId}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
                /**
                 * @description The document id, within the dossier.
                 * @example 22222
                 */
                documentId: components["parameters"]["DocumentId"];
                /**
                 * @description The file id (`fileId` of a FileInformation, or `id` of an Evidence).
                 * @example 33333
                 */
                fileId: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        /**
         * Download a file
         * @description The bytes of one file (usually a PDF). Both published descriptions declare `application/octet-stream`; the seed shows `application/pdf`. The file name is in `Content-Disposition`. v1.3 names the last path segment `{id}` (the Evidence id); it is the same value as `fileId`. (In seed 002, v1.1.0 and v1.3.0.)
         */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/requirements": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List the requirements the account may use
         * @description The document types the account can require from its third parties, with French and English descriptions. Their `code` goes into `NewDossier.requiredDocuments` and `addDossierRequirements`. (In seed 002, v1.1.0 and v1.3.0; fields follow the published descriptions, not the seed.)
         */
        get: operations["listAccountRequirements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/dossiers/{dossierId}/requirements": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
            };
            cookie?: never;
        };
        /**
         * List the requirements of a dossier
         * @description The document types required in this dossier. (In v1.1.0, as Requirement, and v1.3.0, as DossierRequirement; this follows v1.3.)
         */
        get: operations["listDossierRequirements"];
        put?: never;
        /**
         * Require more documents in a dossier
         * @description Adds the listed requirement codes to the dossier. A deactivated (E301) or unauthorised (E302) code gives `400`. Not marked safe to repeat: whether a repeat asks the third party again is not documented. (In v1.1.0 and v1.3.0.)
         */
        post: operations["addDossierRequirements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/dossiers/processes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /**
         * List dossier-creation processes since a date
         * @description The dossier-creation processes of the account, for following bulk creations. (In v1.1.0 and v1.3.0.)
         */
        get: operations["listDossierProcesses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/{accountId}/dossiers/process/{processId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The `processId` returned by `createDossier`. A string: the published descriptions say int64 but return string values.
                 * @example 4f0c9a52-7d1e-4b6a-9a53-2c8e1f0b7d64
                 */
                processId: components["parameters"]["ProcessId"];
            };
            cookie?: never;
        };
        /**
         * Get the state of a dossier-creation process
         * @description Poll this after `createDossier` until `complete` is true. Then `success` true means the dossier was created; false means it was not, and `errors` gives the codes (see the Processes tag). (In v1.1.0 and v1.3.0. Both declare `processId` as int64, but the values they return are strings, so it is a string here.)
         */
        get: operations["getDossierProcess"];
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
        /** @description One message of an envelope list. */
        Message: {
            /** @description Machine-readable code; in `error` lists usually an ErrorCode (E001–E302). */
            code?: string;
            /** @description Human-readable text. */
            message: string;
        };
        /** @description The three message lists of every envelope. All three are present, usually empty, in every documented example (guess: declared optional in case one is omitted). */
        Messages: {
            info?: components["schemas"]["Message"][];
            warning?: components["schemas"]["Message"][];
            error?: components["schemas"]["Message"][];
        };
        /** @description An envelope without `content`, returned by operations that only acknowledge an action. */
        MessagesEnvelope: {
            messages: components["schemas"]["Messages"];
        };
        /**
         * @description Business error codes documented in docs/d-2-error-codes.mdx. E0xx: parameter checks; E1xx: dossier creation; E2xx: dossier update; E3xx: requirements.
         * @enum {string}
         */
        ErrorCode: "E001" | "E002" | "E003" | "E010" | "E011" | "E021" | "E022" | "E030" | "E100" | "E101" | "E102" | "E103" | "E104" | "E105" | "E111" | "E112" | "E113" | "E121" | "E122" | "E200" | "E201" | "E202" | "E203" | "E204" | "E205" | "E301" | "E302";
        /** @description A detailed error: an entry of `DossierProcess.errors`, or on its own as an error body. */
        ErrorMessage: {
            /** @description An ErrorCode, or any other string: codes not listed yet (and protocol codes such as `NOT_FOUND`) are accepted. */
            code: components["schemas"]["ErrorCode"] | string;
            message?: string;
            /** @description The request that failed, as the server describes it. */
            request?: string;
            /** @description Extra detail. */
            reason?: string;
        };
        /** @description Spring Boot's default error body, for errors raised before the business layer (routing, conversion, security). */
        ProtocolError: {
            /** @description When it happened, in Spring's `yyyy-MM-dd'T'HH:mm:ss.SSSZ` (offset without a colon, e.g. `+0000`), which is not RFC 3339, hence no `format`. */
            timestamp: string;
            /** @description The HTTP status again. */
            status: number;
            /** @description The HTTP reason phrase. */
            error: string;
            message?: string;
            /** @description The request path, `/api/v1/…` included. */
            path: string;
        };
        /** @description Any of the three error bodies the API is documented to return. */
        ErrorResponse: components["schemas"]["MessagesEnvelope"] | components["schemas"]["ProtocolError"] | components["schemas"]["ErrorMessage"];
        /**
         * @description Kind of company identifier. CIT001 and CIT002 come from the v1.1.0 overview and both published descriptions; CIT003 (DUNS) is added by the EDGE docs (docs/d-1-types.mdx).
         * @enum {string}
         */
        CompanyIdType: "CIT001" | "CIT002" | "CIT003";
        /**
         * @description Why a dossier is no longer monitored. `NA` is not in the published lists but appears in a documentation example (docs/c-3-dossiers.mdx) (guess: it means "not applicable", i.e. the dossier is not stopped).
         * @enum {string}
         */
        StoppingReason: "OUTOFBUSINESS" | "EXPIRATION" | "STOPREQUEST" | "UNKNOWN" | "NA";
        /** @description The account (v1.1.0/v1.3.0 shape; the seed's accountId/accountName/… shape is not used). */
        Account: {
            /**
             * Format: int64
             * @description The account id, used as `accountId` in paths.
             */
            id: number;
            /** @description Account login or code. */
            account?: string;
            /** @description Company that owns the account. */
            company?: string;
            /** @description Account name. */
            name?: string;
            /** Format: date-time */
            creation?: string;
            /**
             * Format: int32
             * @description Maximum number of dossiers the subscription allows.
             */
            maxDossiers?: number;
            /** Format: date-time */
            subscriptionDate?: string;
            /** @description Overall subscription status, e.g. `ACTIVE` (v1.3 only). */
            subscriptionStatus?: string;
            subscriptions?: components["schemas"]["Subscription"][];
        };
        /** @description One product subscription of the account. */
        Subscription: {
            /** Format: int64 */
            accountId?: number;
            /** @description Product key, e.g. `APIEDGE`. */
            key?: string;
            /**
             * Format: date-time
             * @description Start (guess: same format as `Account.subscriptionDate`).
             */
            startSubscriptionDate?: string;
            /**
             * Format: date-time
             * @description End (guess: same format as `Account.subscriptionDate`).
             */
            endSubscriptionDate?: string;
            /** @description e.g. `ACTIVE`. */
            status?: string;
        };
        /** @description Monitoring statistics of the account (published field names; the seed's totalThirdparties/monitoredThirdparties/… are not used). */
        GlobalInformation: {
            /**
             * Format: int64
             * @description v1.3 only.
             */
            accountId?: number;
            numberOfThirdparties?: number;
            numberOfSubscribedThirdparties?: number;
            numberOfCompleteThirdparties?: number;
            numberOfDossiers?: number;
            numberOfCompleteDossiers?: number;
            listIndicatorsStatistics?: components["schemas"]["StatisticsIndicator"][];
        };
        /** @description Counts for one compliance indicator (guess: only `indicatorCode` and a `numberOf…` prefix are known; the two counters below copy GlobalInformation's naming and may differ). */
        StatisticsIndicator: {
            /** @description Indicator code, e.g. `I001` (due diligence, "obligation de vigilance"). */
            indicatorCode?: string;
            /** @description (guess: name and meaning, see above) */
            numberOfDossiers?: number;
            /** @description (guess: name and meaning, see above) */
            numberOfCompleteDossiers?: number;
        };
        /** @description A third party as listed (v1.3). The first four fields are v1.1's ThirdpartyIdentifier. (guess: the legal, activity and address field names are copied from ThirdpartyDetails). */
        ThirdpartyRepresentation: {
            /** Format: int64 */
            thirdpartyId: number;
            companyIdType?: components["schemas"]["CompanyIdType"];
            companyIdValue?: string;
            /** @description The account's own code for the third party. */
            thirdpartyCode?: string;
            name?: string;
            /** @description SIREN (9 digits) for French companies. */
            siren?: string;
            /** @description SIRET (14 digits) for French establishments. */
            siret?: string;
            /** @description EU VAT number. */
            tva?: string;
            /**
             * Format: date
             * @description Company creation date.
             */
            dateCreation?: string;
            legalCategoryCode?: string;
            legalCategoryLabel?: string;
            /** @description Activity code (NAF/APE in France). */
            activityCode?: string;
            activityLabel?: string;
            ceo?: string;
            capital?: number;
            capitalCurrency?: string;
            turnover?: number;
            turnoverCurrency?: string;
            /** Format: date */
            lastBalanceSheetDate?: string;
            /** @description Headcount (guess: the type; it may be a headcount band). */
            workforce?: number | string;
            addressStreet?: string;
            addressPostCode?: string;
            addressCity?: string;
            addressCountryCode?: string;
        };
        /** @description All the account knows about a third party, flat as in both published descriptions (v1.1's key `thirdpartyGlobalState"` has a stray quote; the intended name is used). */
        ThirdpartyDetails: {
            /** Format: int64 */
            thirdpartyId: number;
            /** Format: int64 */
            accountId?: number;
            companyIdType?: components["schemas"]["CompanyIdType"];
            companyIdValue?: string;
            /** @description The account's own code for the third party. */
            thirdpartyCode?: string;
            monitored?: boolean;
            name?: string;
            acronym?: string;
            siren?: string;
            siret?: string;
            tva?: string;
            /**
             * Format: date
             * @description Company creation date (lower-case c, as published).
             */
            datecreation?: string;
            legalCategoryCode?: string;
            legalCategoryLabel?: string;
            activityCode?: string;
            activityLabel?: string;
            ceo?: string;
            capital?: number;
            capitalCurrency?: string;
            turnover?: number;
            turnoverCurrency?: string;
            /** Format: date */
            lastBalanceSheetDate?: string;
            /** @description Headcount (guess: the type; it may be a headcount band). */
            workforce?: number | string;
            addressStreet?: string;
            addressPostCode?: string;
            addressCity?: string;
            addressCountryCode?: string;
            /** @description Whether the third party's subscription is active. */
            subscriptionState?: boolean;
            /** Format: date */
            subscriptionDate?: string;
            subscriptionKey?: string;
            outOfBusiness?: boolean;
            /** @description Whether all the third party's dossiers are complete. */
            thirdpartyGlobalState?: boolean;
            /** Format: date */
            stateLastChangeDate?: string;
            thirdpartyUsers?: components["schemas"]["UserInformation"][];
        };
        /** @description A contact person of the third party. */
        UserInformation: {
            firstname?: string;
            lastname?: string;
            /** Format: email */
            email?: string;
            phone?: string;
        };
        /** @description A dossier to open. `dossierReference` is required by both published descriptions (the seed marks it optional). */
        NewDossier: {
            companyIdType: components["schemas"]["CompanyIdType"];
            /** @description The identifier: a SIRET for CIT001, an EU VAT number for CIT002 (not for French companies, E121), a DUNS for CIT003. */
            companyIdValue: string;
            /** @description Your reference for the dossier, unique per client/supplier pair (E202). */
            dossierReference: string;
            /** @description Your code for the third party; keep it stable (E111, E112). */
            thirdpartyCode?: string;
            description?: string;
            purchasingCategory?: string;
            /**
             * Format: date
             * @description End of monitoring; must not be in the past (E021).
             */
            expirationDate?: string;
            /** @description Requirement codes (see listAccountRequirements). */
            requiredDocuments?: string[];
            /** @description Addresses invited to supply the documents (no email is sent in TEST). */
            thirdpartyEmail?: string[];
            /** @description Addresses of the account's users in charge of the dossier. */
            userInCharge?: string[];
        };
        /** @description The fields to change; absent fields stay as they are. */
        DossierUpdate: {
            dossierReference?: string;
            description?: string;
            purchasingCategory?: string;
            /** Format: date */
            expirationDate?: string;
            thirdpartyCode?: string;
            thirdpartyEmail?: string[];
        };
        /** @description New end of monitoring for a stopped dossier. */
        ReactivateDossierData: {
            /**
             * Format: date
             * @description Must be in the future (E205 otherwise).
             */
            expirationDate: string;
        };
        /** @description Requirement codes to add, e.g. `["KBIS", "URSSAF"]`. */
        RequirementCodes: string[];
        /** @description A monitoring dossier. The `is…` string mirrors and siren/siret/tva are v1.3 additions. (guess: the date fields are plain dates, as in the seed's examples). */
        Dossier: {
            /** Format: int64 */
            dossierId: number;
            /** Format: int64 */
            accountId?: number;
            /** Format: int64 */
            thirdpartyId?: number;
            companyIdType?: components["schemas"]["CompanyIdType"];
            companyIdValue?: string;
            siren?: string;
            siret?: string;
            tva?: string;
            thirdpartyCode?: string;
            /** @description Country of the company. The published description says ISO 3166 alpha-3, its example shows `FR`; expect either. */
            companyCountryCode?: string;
            dossierReference?: string;
            description?: string;
            purchasingCategory?: string;
            monitored?: boolean;
            /** @description `monitored` as a string, "true" or "false" (v1.3). */
            isMonitored?: string;
            /** @description Whether the dossier is complete. */
            state?: boolean;
            /** @description `state` as a string, "true" or "false" (v1.3). */
            isComplete?: string;
            /** Format: date */
            startingDate?: string;
            /** Format: date */
            expirationDate?: string;
            /** Format: date */
            stoppingDate?: string | null;
            /** @description Null (or `NA`) while the dossier is monitored. */
            stoppingReason?: components["schemas"]["StoppingReason"] | null;
            /** Format: date */
            stateLastChangeDate?: string;
            indicators?: components["schemas"]["DossierIndicator"][];
            documents?: components["schemas"]["Document"][];
        };
        /** @description The state of one compliance indicator of a dossier. */
        DossierIndicator: {
            /** @description e.g. `I001` (due diligence). */
            indicatorCode?: string;
            /** @description Whether the indicator is satisfied. */
            state?: boolean;
            /** Format: date */
            lastChangeDate?: string;
        };
        /** @description One required document of a dossier. v1.1 fields: `name`, `listFileInformation`; v1.3 fields: `documentName`, `documentNameEn`, `isPresent`, `evidences`. Expect one set or the other depending on the host. */
        Document: {
            /** Format: int64 */
            documentId: number;
            /** @description Requirement code, e.g. `KBIS`. */
            documentCode?: string;
            /** @description Name (v1.1). */
            name?: string;
            /** @description French name (v1.3). */
            documentName?: string;
            /** @description English name (v1.3). */
            documentNameEn?: string;
            /** Format: date */
            requestDate?: string;
            /** @description Whether a valid file has been supplied. */
            present?: boolean;
            /** @description `present` as a string (v1.3). */
            isPresent?: string;
            /** @description Uploaded files (v1.1). */
            listFileInformation?: components["schemas"]["FileInformation"][];
            /** @description Uploaded files with metadata (v1.3). */
            evidences?: components["schemas"]["Evidence"][];
        };
        /** @description One uploaded file (guess: `fileCreation` is a plain date like the other dates). */
        FileInformation: {
            /**
             * Format: int64
             * @description Use with downloadFile.
             */
            fileId: number;
            /** Format: date */
            uploadDate?: string;
            fileUUID?: string;
            /**
             * Format: date
             * @description Date the document was issued.
             */
            fileCreation?: string;
            /**
             * Format: int64
             * @description Size in bytes.
             */
            fileSize?: number;
            /**
             * Format: date
             * @description End of validity of the document.
             */
            expirationDate?: string;
        };
        /** @description One uploaded file with its metadata and form data (v1.3). */
        Evidence: {
            /**
             * Format: int64
             * @description Use as `fileId` with downloadFile.
             */
            id: number;
            /** Format: date */
            uploadDate?: string;
            fileUUID?: string;
            /** Format: date */
            fileCreation?: string;
            /** Format: int64 */
            fileSize?: number;
            /** Format: date */
            expirationDate?: string;
            /** @description Free key/value metadata. */
            metadata?: {
                [key: string]: string;
            };
            formdata?: components["schemas"]["FormData"][];
        };
        /** @description One form field entered with an evidence. */
        FormData: {
            /** @description Field type. Known values: string, date, decimal, phone, text, amount, textarea; the list is open. */
            type?: string;
            key?: string;
            title?: string;
            order?: number;
            value?: string;
        };
        /** @description Raw file content. */
        FileBytes: string;
        /** @description A document type the account may require (published shape; the seed's documentCode/description/validityPeriod shape is not used). */
        Requirement: {
            /** Format: int64 */
            documentId?: number;
            /** Format: int64 */
            accountId?: number;
            /** @description Requirement code, e.g. `KBIS`. */
            code: string;
            name?: string;
            descriptionCategoryFr?: string;
            descriptionCategoryEn?: string;
            descriptionFr?: string;
            descriptionEn?: string;
        };
        /** @description A document type required in a dossier (v1.3). */
        DossierRequirement: {
            /** Format: int64 */
            documentId?: number;
            /** Format: int64 */
            accountId?: number;
            /** Format: int64 */
            dossierId?: number;
            code: string;
            name?: string;
            nameEn?: string;
        };
        /** @description An asynchronous dossier creation. `success` and `errors` are only meaningful once `complete` is true. */
        DossierProcess: {
            /** @description Process id (a string, although the published descriptions declare int64). */
            processId: string;
            /** @description Whether processing has finished. */
            complete: boolean;
            /** @description `complete` as a string (v1.3). */
            isComplete?: string;
            /** @description Whether the dossier was created (once complete). */
            success?: boolean;
            /** @description `success` as a string (v1.3). */
            isSuccessful?: string;
            /** @description Why the creation failed (see the Processes tag for the codes). */
            errors?: components["schemas"]["ErrorMessage"][];
            /** Format: date-time */
            creation?: string;
            params?: components["schemas"]["DossierProcessParams"];
        };
        /** @description The creation request as the process recorded it (v1.3) (guess: the types; the supplier and user fields may be one address or a list). */
        DossierProcessParams: {
            companyIDType?: components["schemas"]["CompanyIdType"];
            companyIDValue?: string;
            dossierReference?: string;
            /** @description The `thirdpartyCode` of the request. */
            supplierCode?: string;
            description?: string;
            purchasingCategory?: string;
            /** Format: date */
            expirationDate?: string;
            requiredDocuments?: string[];
            /** @description The `thirdpartyEmail` of the request. */
            supplierEmail?: string | string[];
            userInCharge?: string | string[];
        };
        AccountEnvelope: {
            content: components["schemas"]["Account"];
            messages: components["schemas"]["Messages"];
        };
        GlobalInformationEnvelope: {
            content: components["schemas"]["GlobalInformation"];
            messages: components["schemas"]["Messages"];
        };
        /** @description A page of third parties. The v1.1 description calls the page-size key `pageSize`; the seed and docs examples show `size`, which is used here. */
        ThirdpartyPage: {
            content: components["schemas"]["ThirdpartyRepresentation"][];
            messages: components["schemas"]["Messages"];
            /** @description Page number, from 0. */
            page: number;
            /** @description Page size applied. */
            size: number;
            /** @description Matches over all pages. */
            totalElements: number;
        };
        ThirdpartyDetailsEnvelope: {
            content: components["schemas"]["ThirdpartyDetails"];
            messages: components["schemas"]["Messages"];
        };
        DossierProcessEnvelope: {
            content: components["schemas"]["DossierProcess"];
            messages: components["schemas"]["Messages"];
        };
        DossierProcessListEnvelope: {
            content: components["schemas"]["DossierProcess"][];
            messages: components["schemas"]["Messages"];
        };
        /** @description A page of dossiers. */
        DossierPage: {
            content: components["schemas"]["Dossier"][];
            messages: components["schemas"]["Messages"];
            /** @description Page number, from 0. */
            page: number;
            /** @description Page size applied. */
            size: number;
            /** @description Matches over all pages. */
            totalElements: number;
        };
        DossierListEnvelope: {
            content: components["schemas"]["Dossier"][];
            messages: components["schemas"]["Messages"];
        };
        DossierEnvelope: {
            content: components["schemas"]["Dossier"];
            messages: components["schemas"]["Messages"];
        };
        /** @description `messages` always; `content` is the process result v1.3 declares, absent in v1.1. */
        DossierUpdateEnvelope: {
            content?: components["schemas"]["DossierProcess"];
            messages: components["schemas"]["Messages"];
        };
        DocumentListEnvelope: {
            content: components["schemas"]["Document"][];
            messages: components["schemas"]["Messages"];
        };
        DocumentEnvelope: {
            content: components["schemas"]["Document"];
            messages: components["schemas"]["Messages"];
        };
        FileInformationListEnvelope: {
            content: components["schemas"]["FileInformation"][];
            messages: components["schemas"]["Messages"];
        };
        EvidenceListEnvelope: {
            content: components["schemas"]["Evidence"][];
            messages: components["schemas"]["Messages"];
        };
        RequirementListEnvelope: {
            content: components["schemas"]["Requirement"][];
            messages: components["schemas"]["Messages"];
        };
        DossierRequirementListEnvelope: {
            content: components["schemas"]["DossierRequirement"][];
            messages: components["schemas"]["Messages"];
        };
    };
    responses: {
        /** @description The request is malformed or breaks a business rule; the codes are in `messages.error[].code` (see the Processes tag). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The bearer token is missing, invalid or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The token was altered (for example by a change of client IP), the client IP is not allow-listed, or the resource belongs to another account. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "timestamp": "2024-01-15T09:06:15.245+0000",
                 *       "status": 403,
                 *       "error": "Forbidden",
                 *       "message": "Access denied",
                 *       "path": "/api/v1/account/12345/dossiers"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The account, third party, dossier, document, file or process does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Too many requests (listed by the v1.1.0 overview only; no limit is published). */
        TooManyRequests: {
            headers: {
                /**
                 * @description Seconds to wait before retrying (guess: standard HTTP header, not documented by e-Attestations).
                 * @example 30
                 */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "timestamp": "2024-01-15T09:06:15.245+0000",
                 *       "status": 429,
                 *       "error": "Too Many Requests",
                 *       "message": "Request limit exceeded",
                 *       "path": "/api/v1/account/12345/dossiers"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Server-side failure (500) or service temporarily unavailable (503). */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
         * @example 12345
         */
        AccountId: number;
        /**
         * @description The third-party id.
         * @example 67890
         */
        ThirdpartyId: number;
        /**
         * @description The dossier id.
         * @example 11111
         */
        DossierId: number;
        /**
         * @description The document id, within the dossier.
         * @example 22222
         */
        DocumentId: number;
        /**
         * @description The file id (`fileId` of a FileInformation, or `id` of an Evidence).
         * @example 33333
         */
        FileId: number;
        /**
         * @description The `processId` returned by `createDossier`. A string: the published descriptions say int64 but return string values.
         * @example 4f0c9a52-7d1e-4b6a-9a53-2c8e1f0b7d64
         */
        ProcessId: string;
        /** @description Page number, starting at 0. */
        Page: number;
        /** @description Items per page. No maximum is documented. The response reports the applied size as `size`. */
        PageSize: number;
        /** @description Only monitored (`true`) or only unmonitored (`false`) entries. */
        Monitored: boolean;
        /** @description Kind of `companyIdValue`. */
        CompanyIdTypeQuery: components["schemas"]["CompanyIdType"];
        /** @description Company identifier, of the kind given by `companyIdType`. */
        CompanyIdValueQuery: string;
        /** @description Company name. */
        Name: string;
        /** @description French SIREN (9 digits, Luhn key). */
        Siren: string;
        /** @description French SIRET (14 digits, Luhn key). */
        Siret: string;
        /** @description EU VAT number, country prefix included (e.g. `FR44732829320`). */
        Tva: string;
        /** @description Date of the last change of state (guess: entries whose state changed on or after this date; the comparison is not documented). */
        StateLastChangeDate: string;
        /** @description Only third parties whose global compliance state is complete (`true`) or not. */
        ThirdpartyGlobalState: boolean;
        /** @description Only third parties whose subscription is active (`true`) or not. */
        SubscriptionState: boolean;
        /** @description Query operator over the third-party fields (v1.3 only; guess: same free syntax as `search` of `searchThirdparties`, which is not documented). */
        Q: string;
        /**
         * @description Free query over the third-party fields (syntax not documented).
         * @example Fournisseur Exemple
         */
        Search: string;
        /** @description Only the dossiers of this third party. */
        ThirdpartyIdQuery: number;
        /** @description The account's own code for the third party; see `op` for partial matches. */
        ThirdpartyCode: string;
        /** @description The dossier reference; see `op` for partial matches. */
        DossierReference: string;
        /** @description How `thirdpartyCode` or `dossierReference` is matched (v1.3 only): `like` (contains), `starts` (prefix), `ends` (suffix). Absent: exact match. */
        Op: "like" | "starts" | "ends";
        /**
         * @description Only processes created on or after this date (guess: optional, and inclusive; neither is documented).
         * @example 2024-01-15
         */
        FromDate: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": {
                     *         "id": 12345,
                     *         "account": "ACME-ACHATS",
                     *         "company": "ACME Industrie SA",
                     *         "name": "ACME Industrie - Achats",
                     *         "creation": "2019-11-04T10:15:30Z",
                     *         "maxDossiers": 500,
                     *         "subscriptionDate": "2020-01-01T00:00:00Z",
                     *         "subscriptionStatus": "ACTIVE",
                     *         "subscriptions": [
                     *           {
                     *             "accountId": 12345,
                     *             "key": "APIEDGE",
                     *             "startSubscriptionDate": "2020-01-01T00:00:00Z",
                     *             "endSubscriptionDate": "2027-12-31T23:59:59Z",
                     *             "status": "ACTIVE"
                     *           }
                     *         ]
                     *       },
                     *       "messages": {
                     *         "info": [],
                     *         "warning": [],
                     *         "error": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AccountEnvelope"];
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
    getAccountStatistics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": {
                     *         "accountId": 12345,
                     *         "numberOfThirdparties": 150,
                     *         "numberOfSubscribedThirdparties": 120,
                     *         "numberOfCompleteThirdparties": 95,
                     *         "numberOfDossiers": 180,
                     *         "numberOfCompleteDossiers": 110,
                     *         "listIndicatorsStatistics": [
                     *           {
                     *             "indicatorCode": "I001",
                     *             "numberOfDossiers": 180,
                     *             "numberOfCompleteDossiers": 110
                     *           }
                     *         ]
                     *       },
                     *       "messages": {
                     *         "info": [],
                     *         "warning": [],
                     *         "error": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GlobalInformationEnvelope"];
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
    listThirdparties: {
        parameters: {
            query?: {
                /** @description Only monitored (`true`) or only unmonitored (`false`) entries. */
                monitored?: components["parameters"]["Monitored"];
                /** @description Kind of `companyIdValue`. */
                companyIdType?: components["parameters"]["CompanyIdTypeQuery"];
                /** @description Company identifier, of the kind given by `companyIdType`. */
                companyIdValue?: components["parameters"]["CompanyIdValueQuery"];
                /** @description Company name. */
                name?: components["parameters"]["Name"];
                /** @description French SIREN (9 digits, Luhn key). */
                siren?: components["parameters"]["Siren"];
                /** @description French SIRET (14 digits, Luhn key). */
                siret?: components["parameters"]["Siret"];
                /** @description EU VAT number, country prefix included (e.g. `FR44732829320`). */
                tva?: components["parameters"]["Tva"];
                /** @description Date of the last change of state (guess: entries whose state changed on or after this date; the comparison is not documented). */
                stateLastChangeDate?: components["parameters"]["StateLastChangeDate"];
                /** @description Only third parties whose global compliance state is complete (`true`) or not. */
                thirdpartyGlobalState?: components["parameters"]["ThirdpartyGlobalState"];
                /** @description Only third parties whose subscription is active (`true`) or not. */
                subscriptionState?: components["parameters"]["SubscriptionState"];
                /** @description Query operator over the third-party fields (v1.3 only; guess: same free syntax as `search` of `searchThirdparties`, which is not documented). */
                q?: components["parameters"]["Q"];
                /** @description Page number, starting at 0. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. No maximum is documented. The response reports the applied size as `size`. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of third parties. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": [
                     *         {
                     *           "thirdpartyId": 67890,
                     *           "companyIdType": "CIT001",
                     *           "companyIdValue": "73282932000017",
                     *           "thirdpartyCode": "FOURNISSEUR-001",
                     *           "name": "Fournisseur Exemple SAS",
                     *           "siren": "732829320",
                     *           "siret": "73282932000017",
                     *           "tva": "FR44732829320",
                     *           "dateCreation": "2010-05-15",
                     *           "legalCategoryCode": "5710",
                     *           "legalCategoryLabel": "SAS, société par actions simplifiée",
                     *           "activityCode": "6201Z",
                     *           "activityLabel": "Programmation informatique",
                     *           "ceo": "Jean Dupont",
                     *           "capital": 100000,
                     *           "capitalCurrency": "EUR",
                     *           "turnover": 4200000,
                     *           "turnoverCurrency": "EUR",
                     *           "lastBalanceSheetDate": "2023-12-31",
                     *           "workforce": 50,
                     *           "addressStreet": "12 rue de la Paix",
                     *           "addressPostCode": "75002",
                     *           "addressCity": "Paris",
                     *           "addressCountryCode": "FR"
                     *         },
                     *         {
                     *           "thirdpartyId": 67891,
                     *           "companyIdType": "CIT002",
                     *           "companyIdValue": "FR19812345676",
                     *           "thirdpartyCode": "FOURNISSEUR-002",
                     *           "name": "Transports Exemple SARL",
                     *           "siren": "812345676",
                     *           "siret": "81234567600017",
                     *           "tva": "FR19812345676",
                     *           "dateCreation": "2015-09-01",
                     *           "legalCategoryCode": "5499",
                     *           "legalCategoryLabel": "SARL, société à responsabilité limitée",
                     *           "activityCode": "4941A",
                     *           "activityLabel": "Transports routiers de fret interurbains",
                     *           "ceo": "Marie Martin",
                     *           "capital": 20000,
                     *           "capitalCurrency": "EUR",
                     *           "turnover": 1300000,
                     *           "turnoverCurrency": "EUR",
                     *           "lastBalanceSheetDate": "2023-12-31",
                     *           "workforce": 12,
                     *           "addressStreet": "3 avenue Jean Jaurès",
                     *           "addressPostCode": "69007",
                     *           "addressCity": "Lyon",
                     *           "addressCountryCode": "FR"
                     *         }
                     *       ],
                     *       "messages": {
                     *         "info": [],
                     *         "warning": [],
                     *         "error": []
                     *       },
                     *       "page": 0,
                     *       "size": 20,
                     *       "totalElements": 2
                     *     }
                     */
                    "application/json": components["schemas"]["ThirdpartyPage"];
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
    searchThirdparties: {
        parameters: {
            query: {
                /**
                 * @description Free query over the third-party fields (syntax not documented).
                 * @example Fournisseur Exemple
                 */
                search: components["parameters"]["Search"];
            };
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching third party. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThirdpartyDetailsEnvelope"];
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
    getThirdparty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The third-party id.
                 * @example 67890
                 */
                thirdpartyId: components["parameters"]["ThirdpartyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The third party. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThirdpartyDetailsEnvelope"];
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
    searchDossiers: {
        parameters: {
            query?: {
                /** @description Only the dossiers of this third party. */
                thirdpartyId?: components["parameters"]["ThirdpartyIdQuery"];
                /** @description Kind of `companyIdValue`. */
                companyIdType?: components["parameters"]["CompanyIdTypeQuery"];
                /** @description Company identifier, of the kind given by `companyIdType`. */
                companyIdValue?: components["parameters"]["CompanyIdValueQuery"];
                /** @description The account's own code for the third party; see `op` for partial matches. */
                thirdpartyCode?: components["parameters"]["ThirdpartyCode"];
                /** @description The dossier reference; see `op` for partial matches. */
                dossierReference?: components["parameters"]["DossierReference"];
                /** @description How `thirdpartyCode` or `dossierReference` is matched (v1.3 only): `like` (contains), `starts` (prefix), `ends` (suffix). Absent: exact match. */
                op?: components["parameters"]["Op"];
                /** @description Only monitored (`true`) or only unmonitored (`false`) entries. */
                monitored?: components["parameters"]["Monitored"];
                /** @description Date of the last change of state (guess: entries whose state changed on or after this date; the comparison is not documented). */
                stateLastChangeDate?: components["parameters"]["StateLastChangeDate"];
                /** @description French SIREN (9 digits, Luhn key). */
                siren?: components["parameters"]["Siren"];
                /** @description French SIRET (14 digits, Luhn key). */
                siret?: components["parameters"]["Siret"];
                /** @description EU VAT number, country prefix included (e.g. `FR44732829320`). */
                tva?: components["parameters"]["Tva"];
                /** @description Page number, starting at 0. */
                page?: components["parameters"]["Page"];
                /** @description Items per page. No maximum is documented. The response reports the applied size as `size`. */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of dossiers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": [
                     *         {
                     *           "dossierId": 11111,
                     *           "accountId": 12345,
                     *           "thirdpartyId": 67890,
                     *           "companyIdType": "CIT001",
                     *           "companyIdValue": "73282932000017",
                     *           "siren": "732829320",
                     *           "siret": "73282932000017",
                     *           "tva": "FR44732829320",
                     *           "thirdpartyCode": "FOURNISSEUR-001",
                     *           "companyCountryCode": "FR",
                     *           "dossierReference": "DOS-2024-001",
                     *           "description": "Evaluation fournisseur IT",
                     *           "purchasingCategory": "IT",
                     *           "monitored": true,
                     *           "isMonitored": "true",
                     *           "state": false,
                     *           "isComplete": "false",
                     *           "startingDate": "2024-01-15",
                     *           "expirationDate": "2027-12-31",
                     *           "stoppingDate": null,
                     *           "stoppingReason": null,
                     *           "stateLastChangeDate": "2024-01-20",
                     *           "indicators": [
                     *             {
                     *               "indicatorCode": "I001",
                     *               "state": false,
                     *               "lastChangeDate": "2024-01-20"
                     *             }
                     *           ],
                     *           "documents": [
                     *             {
                     *               "documentId": 22222,
                     *               "documentCode": "KBIS",
                     *               "documentName": "Extrait Kbis",
                     *               "documentNameEn": "Kbis extract",
                     *               "requestDate": "2024-01-15",
                     *               "present": true,
                     *               "isPresent": "true",
                     *               "evidences": [
                     *                 {
                     *                   "id": 33333,
                     *                   "uploadDate": "2024-01-20",
                     *                   "fileUUID": "9b2d6c1e-3f4a-4e8b-8c7d-1a2b3c4d5e6f",
                     *                   "fileCreation": "2024-01-18",
                     *                   "fileSize": 125000,
                     *                   "expirationDate": "2024-04-18",
                     *                   "metadata": {
                     *                     "source": "upload"
                     *                   },
                     *                   "formdata": [
                     *                     {
                     *                       "type": "date",
                     *                       "key": "issueDate",
                     *                       "title": "Date de délivrance",
                     *                       "order": 1,
                     *                       "value": "2024-01-18"
                     *                     }
                     *                   ]
                     *                 }
                     *               ]
                     *             },
                     *             {
                     *               "documentId": 22223,
                     *               "documentCode": "URSSAF",
                     *               "documentName": "Attestation de vigilance URSSAF",
                     *               "documentNameEn": "URSSAF due diligence certificate",
                     *               "requestDate": "2024-01-15",
                     *               "present": false,
                     *               "isPresent": "false",
                     *               "evidences": []
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "messages": {
                     *         "info": [],
                     *         "warning": [],
                     *         "error": []
                     *       },
                     *       "page": 0,
                     *       "size": 20,
                     *       "totalElements": 1
                     *     }
                     */
                    "application/json": components["schemas"]["DossierPage"];
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
    createDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "companyIdType": "CIT001",
                 *       "companyIdValue": "73282932000017",
                 *       "dossierReference": "DOS-2024-001",
                 *       "thirdpartyCode": "FOURNISSEUR-001",
                 *       "description": "Evaluation fournisseur IT",
                 *       "purchasingCategory": "IT",
                 *       "expirationDate": "2027-12-31",
                 *       "requiredDocuments": [
                 *         "KBIS",
                 *         "URSSAF"
                 *       ],
                 *       "thirdpartyEmail": [
                 *         "contact@fournisseur-exemple.fr"
                 *       ],
                 *       "userInCharge": [
                 *         "acheteur@acme-industrie.fr"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["NewDossier"];
            };
        };
        responses: {
            /** @description The creation was queued; `content.processId` identifies it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": {
                     *         "processId": "4f0c9a52-7d1e-4b6a-9a53-2c8e1f0b7d64",
                     *         "complete": false,
                     *         "isComplete": "false",
                     *         "creation": "2024-01-15T09:06:15Z",
                     *         "errors": []
                     *       },
                     *       "messages": {
                     *         "info": [
                     *           {
                     *             "message": "Dossier creation in progress"
                     *           }
                     *         ],
                     *         "warning": [],
                     *         "error": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DossierProcessEnvelope"];
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
    listAllDossiers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All dossiers of the account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": [
                     *         {
                     *           "dossierId": 11111,
                     *           "accountId": 12345,
                     *           "thirdpartyId": 67890,
                     *           "companyIdType": "CIT001",
                     *           "companyIdValue": "73282932000017",
                     *           "siren": "732829320",
                     *           "siret": "73282932000017",
                     *           "tva": "FR44732829320",
                     *           "thirdpartyCode": "FOURNISSEUR-001",
                     *           "companyCountryCode": "FR",
                     *           "dossierReference": "DOS-2024-001",
                     *           "description": "Evaluation fournisseur IT",
                     *           "purchasingCategory": "IT",
                     *           "monitored": true,
                     *           "isMonitored": "true",
                     *           "state": false,
                     *           "isComplete": "false",
                     *           "startingDate": "2024-01-15",
                     *           "expirationDate": "2027-12-31",
                     *           "stoppingDate": null,
                     *           "stoppingReason": null,
                     *           "stateLastChangeDate": "2024-01-20",
                     *           "indicators": [
                     *             {
                     *               "indicatorCode": "I001",
                     *               "state": false,
                     *               "lastChangeDate": "2024-01-20"
                     *             }
                     *           ],
                     *           "documents": [
                     *             {
                     *               "documentId": 22222,
                     *               "documentCode": "KBIS",
                     *               "documentName": "Extrait Kbis",
                     *               "documentNameEn": "Kbis extract",
                     *               "requestDate": "2024-01-15",
                     *               "present": true,
                     *               "isPresent": "true",
                     *               "evidences": [
                     *                 {
                     *                   "id": 33333,
                     *                   "uploadDate": "2024-01-20",
                     *                   "fileUUID": "9b2d6c1e-3f4a-4e8b-8c7d-1a2b3c4d5e6f",
                     *                   "fileCreation": "2024-01-18",
                     *                   "fileSize": 125000,
                     *                   "expirationDate": "2024-04-18",
                     *                   "metadata": {
                     *                     "source": "upload"
                     *                   },
                     *                   "formdata": [
                     *                     {
                     *                       "type": "date",
                     *                       "key": "issueDate",
                     *                       "title": "Date de délivrance",
                     *                       "order": 1,
                     *                       "value": "2024-01-18"
                     *                     }
                     *                   ]
                     *                 }
                     *               ]
                     *             },
                     *             {
                     *               "documentId": 22223,
                     *               "documentCode": "URSSAF",
                     *               "documentName": "Attestation de vigilance URSSAF",
                     *               "documentNameEn": "URSSAF due diligence certificate",
                     *               "requestDate": "2024-01-15",
                     *               "present": false,
                     *               "isPresent": "false",
                     *               "evidences": []
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "messages": {
                     *         "info": [],
                     *         "warning": [],
                     *         "error": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DossierListEnvelope"];
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
    getDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dossier. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": {
                     *         "dossierId": 11111,
                     *         "accountId": 12345,
                     *         "thirdpartyId": 67890,
                     *         "companyIdType": "CIT001",
                     *         "companyIdValue": "73282932000017",
                     *         "siren": "732829320",
                     *         "siret": "73282932000017",
                     *         "tva": "FR44732829320",
                     *         "thirdpartyCode": "FOURNISSEUR-001",
                     *         "companyCountryCode": "FR",
                     *         "dossierReference": "DOS-2024-001",
                     *         "description": "Evaluation fournisseur IT",
                     *         "purchasingCategory": "IT",
                     *         "monitored": true,
                     *         "isMonitored": "true",
                     *         "state": false,
                     *         "isComplete": "false",
                     *         "startingDate": "2024-01-15",
                     *         "expirationDate": "2027-12-31",
                     *         "stoppingDate": null,
                     *         "stoppingReason": null,
                     *         "stateLastChangeDate": "2024-01-20",
                     *         "indicators": [
                     *           {
                     *             "indicatorCode": "I001",
                     *             "state": false,
                     *             "lastChangeDate": "2024-01-20"
                     *           }
                     *         ],
                     *         "documents": [
                     *           {
                     *             "documentId": 22222,
                     *             "documentCode": "KBIS",
                     *             "documentName": "Extrait Kbis",
                     *             "documentNameEn": "Kbis extract",
                     *             "requestDate": "2024-01-15",
                     *             "present": true,
                     *             "isPresent": "true",
                     *             "evidences": [
                     *               {
                     *                 "id": 33333,
                     *                 "uploadDate": "2024-01-20",
                     *                 "fileUUID": "9b2d6c1e-3f4a-4e8b-8c7d-1a2b3c4d5e6f",
                     *                 "fileCreation": "2024-01-18",
                     *                 "fileSize": 125000,
                     *                 "expirationDate": "2024-04-18",
                     *                 "metadata": {
                     *                   "source": "upload"
                     *                 },
                     *                 "formdata": [
                     *                   {
                     *                     "type": "date",
                     *                     "key": "issueDate",
                     *                     "title": "Date de délivrance",
                     *                     "order": 1,
                     *                     "value": "2024-01-18"
                     *                   }
                     *                 ]
                     *               }
                     *             ]
                     *           },
                     *           {
                     *             "documentId": 22223,
                     *             "documentCode": "URSSAF",
                     *             "documentName": "Attestation de vigilance URSSAF",
                     *             "documentNameEn": "URSSAF due diligence certificate",
                     *             "requestDate": "2024-01-15",
                     *             "present": false,
                     *             "isPresent": "false",
                     *             "evidences": []
                     *           }
                     *         ]
                     *       },
                     *       "messages": {
                     *         "info": [],
                     *         "warning": [],
                     *         "error": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DossierEnvelope"];
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
    updateDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "description": "Evaluation fournisseur IT - mise à jour",
                 *       "expirationDate": "2028-06-30",
                 *       "thirdpartyEmail": [
                 *         "conformite@fournisseur-exemple.fr"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["DossierUpdate"];
            };
        };
        responses: {
            /** @description The dossier was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierUpdateEnvelope"];
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
    stopDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dossier is no longer monitored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "messages": {
                     *         "info": [
                     *           {
                     *             "message": "Dossier 11111 stopped"
                     *           }
                     *         ],
                     *         "warning": [],
                     *         "error": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["MessagesEnvelope"];
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
    reactivateDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "expirationDate": "2027-12-31"
                 *     }
                 */
                "application/json": components["schemas"]["ReactivateDossierData"];
            };
        };
        responses: {
            /** @description The dossier is monitored again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "messages": {
                     *         "info": [
                     *           {
                     *             "message": "Dossier 11111 reactivated"
                     *           }
                     *         ],
                     *         "warning": [],
                     *         "error": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["MessagesEnvelope"];
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
    listDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
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
                     * @example {
                     *       "content": [
                     *         {
                     *           "documentId": 22222,
                     *           "documentCode": "KBIS",
                     *           "documentName": "Extrait Kbis",
                     *           "documentNameEn": "Kbis extract",
                     *           "requestDate": "2024-01-15",
                     *           "present": true,
                     *           "isPresent": "true",
                     *           "evidences": [
                     *             {
                     *               "id": 33333,
                     *               "uploadDate": "2024-01-20",
                     *               "fileUUID": "9b2d6c1e-3f4a-4e8b-8c7d-1a2b3c4d5e6f",
                     *               "fileCreation": "2024-01-18",
                     *               "fileSize": 125000,
                     *               "expirationDate": "2024-04-18",
                     *               "metadata": {
                     *                 "source": "upload"
                     *               },
                     *               "formdata": [
                     *                 {
                     *                   "type": "date",
                     *                   "key": "issueDate",
                     *                   "title": "Date de délivrance",
                     *                   "order": 1,
                     *                   "value": "2024-01-18"
                     *                 }
                     *               ]
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "documentId": 22223,
                     *           "documentCode": "URSSAF",
                     *           "documentName": "Attestation de vigilance URSSAF",
                     *           "documentNameEn": "URSSAF due diligence certificate",
                     *           "requestDate": "2024-01-15",
                     *           "present": false,
                     *           "isPresent": "false",
                     *           "evidences": []
                     *         }
                     *       ],
                     *       "messages": {
                     *         "info": [],
                     *         "warning": [],
                     *         "error": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentListEnvelope"];
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
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
                /**
                 * @description The document id, within the dossier.
                 * @example 22222
                 */
                documentId: components["parameters"]["DocumentId"];
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
                    /**
                     * @example {
                     *       "content": {
                     *         "documentId": 22222,
                     *         "documentCode": "KBIS",
                     *         "documentName": "Extrait Kbis",
                     *         "documentNameEn": "Kbis extract",
                     *         "requestDate": "2024-01-15",
                     *         "present": true,
                     *         "isPresent": "true",
                     *         "evidences": [
                     *           {
                     *             "id": 33333,
                     *             "uploadDate": "2024-01-20",
                     *             "fileUUID": "9b2d6c1e-3f4a-4e8b-8c7d-1a2b3c4d5e6f",
                     *             "fileCreation": "2024-01-18",
                     *             "fileSize": 125000,
                     *             "expirationDate": "2024-04-18",
                     *             "metadata": {
                     *               "source": "upload"
                     *             },
                     *             "formdata": [
                     *               {
                     *                 "type": "date",
                     *                 "key": "issueDate",
                     *                 "title": "Date de délivrance",
                     *                 "order": 1,
                     *                 "value": "2024-01-18"
                     *               }
                     *             ]
                     *           }
                     *         ]
                     *       },
                     *       "messages": {
                     *         "info": [],
                     *         "warning": [],
                     *         "error": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentEnvelope"];
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
    listFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
                /**
                 * @description The document id, within the dossier.
                 * @example 22222
                 */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": [
                     *         {
                     *           "fileId": 33333,
                     *           "uploadDate": "2024-01-20",
                     *           "fileUUID": "9b2d6c1e-3f4a-4e8b-8c7d-1a2b3c4d5e6f",
                     *           "fileCreation": "2024-01-18",
                     *           "fileSize": 125000,
                     *           "expirationDate": "2024-04-18"
                     *         }
                     *       ],
                     *       "messages": {
                     *         "info": [],
                     *         "warning": [],
                     *         "error": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["FileInformationListEnvelope"];
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
    listEvidences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
                /**
                 * @description The document id, within the dossier.
                 * @example 22222
                 */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evidences. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": [
                     *         {
                     *           "id": 33333,
                     *           "uploadDate": "2024-01-20",
                     *           "fileUUID": "9b2d6c1e-3f4a-4e8b-8c7d-1a2b3c4d5e6f",
                     *           "fileCreation": "2024-01-18",
                     *           "fileSize": 125000,
                     *           "expirationDate": "2024-04-18",
                     *           "metadata": {
                     *             "source": "upload"
                     *           },
                     *           "formdata": [
                     *             {
                     *               "type": "date",
                     *               "key": "issueDate",
                     *               "title": "Date de délivrance",
                     *               "order": 1,
                     *               "value": "2024-01-18"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "messages": {
                     *         "info": [],
                     *         "warning": [],
                     *         "error": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["EvidenceListEnvelope"];
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
    downloadFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
                /**
                 * @description The document id, within the dossier.
                 * @example 22222
                 */
                documentId: components["parameters"]["DocumentId"];
                /**
                 * @description The file id (`fileId` of a FileInformation, or `id` of an Evidence).
                 * @example 33333
                 */
                fileId: components["parameters"]["FileId"];
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
                     * @example attachment; filename="kbis_fournisseur.pdf"
                     */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example %PDF-1.4
                     *     %mock kbis_fournisseur.pdf
                     *     %%EOF
                     */
                    "application/octet-stream": components["schemas"]["FileBytes"];
                    /**
                     * @example %PDF-1.4
                     *     %mock kbis_fournisseur.pdf
                     *     %%EOF
                     */
                    "application/pdf": components["schemas"]["FileBytes"];
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
    listAccountRequirements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requirements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": [
                     *         {
                     *           "documentId": 22222,
                     *           "accountId": 12345,
                     *           "code": "KBIS",
                     *           "name": "Extrait Kbis",
                     *           "descriptionCategoryFr": "Documents légaux",
                     *           "descriptionCategoryEn": "Legal documents",
                     *           "descriptionFr": "Extrait d'immatriculation au RCS de moins de 3 mois",
                     *           "descriptionEn": "Trade register extract less than 3 months old"
                     *         },
                     *         {
                     *           "documentId": 22223,
                     *           "accountId": 12345,
                     *           "code": "URSSAF",
                     *           "name": "Attestation de vigilance URSSAF",
                     *           "descriptionCategoryFr": "Documents sociaux",
                     *           "descriptionCategoryEn": "Social documents",
                     *           "descriptionFr": "Attestation de vigilance de moins de 6 mois",
                     *           "descriptionEn": "Social security due diligence certificate less than 6 months old"
                     *         }
                     *       ],
                     *       "messages": {
                     *         "info": [],
                     *         "warning": [],
                     *         "error": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RequirementListEnvelope"];
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
    listDossierRequirements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dossier's requirements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": [
                     *         {
                     *           "documentId": 22222,
                     *           "accountId": 12345,
                     *           "dossierId": 11111,
                     *           "code": "KBIS",
                     *           "name": "Extrait Kbis",
                     *           "nameEn": "Kbis extract"
                     *         },
                     *         {
                     *           "documentId": 22223,
                     *           "accountId": 12345,
                     *           "dossierId": 11111,
                     *           "code": "URSSAF",
                     *           "name": "Attestation de vigilance URSSAF",
                     *           "nameEn": "URSSAF due diligence certificate"
                     *         }
                     *       ],
                     *       "messages": {
                     *         "info": [],
                     *         "warning": [],
                     *         "error": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DossierRequirementListEnvelope"];
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
    addDossierRequirements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The dossier id.
                 * @example 11111
                 */
                dossierId: components["parameters"]["DossierId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       "KBIS",
                 *       "URSSAF"
                 *     ]
                 */
                "application/json": components["schemas"]["RequirementCodes"];
            };
        };
        responses: {
            /** @description The requirements were added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "messages": {
                     *         "info": [
                     *           {
                     *             "message": "2 requirements added to dossier 11111"
                     *           }
                     *         ],
                     *         "warning": [],
                     *         "error": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["MessagesEnvelope"];
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
    listDossierProcesses: {
        parameters: {
            query?: {
                /**
                 * @description Only processes created on or after this date (guess: optional, and inclusive; neither is documented).
                 * @example 2024-01-15
                 */
                fromDate?: components["parameters"]["FromDate"];
            };
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The processes created since `fromDate`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": [
                     *         {
                     *           "processId": "4f0c9a52-7d1e-4b6a-9a53-2c8e1f0b7d64",
                     *           "complete": true,
                     *           "isComplete": "true",
                     *           "success": true,
                     *           "isSuccessful": "true",
                     *           "creation": "2024-01-15T09:06:15Z",
                     *           "errors": []
                     *         },
                     *         {
                     *           "processId": "8d3e2b71-5a6c-4f90-b1e2-7c9d0a4f3e58",
                     *           "complete": true,
                     *           "isComplete": "true",
                     *           "success": false,
                     *           "isSuccessful": "false",
                     *           "creation": "2024-01-15T09:07:02Z",
                     *           "errors": [
                     *             {
                     *               "code": "E103",
                     *               "message": "The establishment is closed."
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "messages": {
                     *         "info": [],
                     *         "warning": [],
                     *         "error": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DossierProcessListEnvelope"];
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
    getDossierProcess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The account id (`id` from `getAccount`, or the JWT claim `account_ids`).
                 * @example 12345
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description The `processId` returned by `createDossier`. A string: the published descriptions say int64 but return string values.
                 * @example 4f0c9a52-7d1e-4b6a-9a53-2c8e1f0b7d64
                 */
                processId: components["parameters"]["ProcessId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierProcessEnvelope"];
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
}
