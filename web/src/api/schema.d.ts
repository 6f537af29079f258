// Generated from the server's OpenAPI document by scripts/build-web.ts (npm run api-types). Do not edit.

export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys that verify device certificates (EdDSA, by kid) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ready to serve: 200 when the database answers, 503 otherwise */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/Groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List or find SCIM Groups (excludedAttributes=members leaves members out) */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated attribute paths to return (id and schemas always). */
                    attributes?: string;
                    /** @description Results per page, at most 200; 0 gives totalResults only. */
                    count?: string;
                    /** @description Comma-separated attribute paths to leave out (Groups: members). */
                    excludedAttributes?: string;
                    /** @description A SCIM filter (RFC 7644 §3.4.2.2): eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not, [ ]. */
                    filter?: string;
                    /** @description 1-based index of the first result. */
                    startIndex?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create a Group (its displayName and externalId map to keys like SSO groups) */
        post: {
            parameters: {
                query?: {
                    /** @description Comma-separated attribute paths to return (id and schemas always). */
                    attributes?: string;
                    /** @description Results per page, at most 200; 0 gives totalResults only. */
                    count?: string;
                    /** @description Comma-separated attribute paths to leave out (Groups: members). */
                    excludedAttributes?: string;
                    /** @description A SCIM filter (RFC 7644 §3.4.2.2): eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not, [ ]. */
                    filter?: string;
                    /** @description 1-based index of the first result. */
                    startIndex?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description A SCIM resource or PatchOp, as application/scim+json (or application/json). */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/scim+json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/Groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a Group */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated attribute paths to return (id and schemas always). */
                    attributes?: string;
                    /** @description Results per page, at most 200; 0 gives totalResults only. */
                    count?: string;
                    /** @description Comma-separated attribute paths to leave out (Groups: members). */
                    excludedAttributes?: string;
                    /** @description A SCIM filter (RFC 7644 §3.4.2.2): eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not, [ ]. */
                    filter?: string;
                    /** @description 1-based index of the first result. */
                    startIndex?: string;
                };
                header?: never;
                path: {
                    /** @description The resource's id (a schema's URN for /Schemas). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Replace a Group's attributes and members */
        put: {
            parameters: {
                query?: {
                    /** @description Comma-separated attribute paths to return (id and schemas always). */
                    attributes?: string;
                    /** @description Results per page, at most 200; 0 gives totalResults only. */
                    count?: string;
                    /** @description Comma-separated attribute paths to leave out (Groups: members). */
                    excludedAttributes?: string;
                    /** @description A SCIM filter (RFC 7644 §3.4.2.2): eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not, [ ]. */
                    filter?: string;
                    /** @description 1-based index of the first result. */
                    startIndex?: string;
                };
                header?: never;
                path: {
                    /** @description The resource's id (a schema's URN for /Schemas). */
                    id: string;
                };
                cookie?: never;
            };
            /** @description A SCIM resource or PatchOp, as application/scim+json (or application/json). */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/scim+json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Delete a Group: its members leave it (their keys are re-mapped) */
        delete: {
            parameters: {
                query?: {
                    /** @description Comma-separated attribute paths to return (id and schemas always). */
                    attributes?: string;
                    /** @description Results per page, at most 200; 0 gives totalResults only. */
                    count?: string;
                    /** @description Comma-separated attribute paths to leave out (Groups: members). */
                    excludedAttributes?: string;
                    /** @description A SCIM filter (RFC 7644 §3.4.2.2): eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not, [ ]. */
                    filter?: string;
                    /** @description 1-based index of the first result. */
                    startIndex?: string;
                };
                header?: never;
                path: {
                    /** @description The resource's id (a schema's URN for /Schemas). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a Group: rename, add or remove members (PatchOp) */
        patch: {
            parameters: {
                query?: {
                    /** @description Comma-separated attribute paths to return (id and schemas always). */
                    attributes?: string;
                    /** @description Results per page, at most 200; 0 gives totalResults only. */
                    count?: string;
                    /** @description Comma-separated attribute paths to leave out (Groups: members). */
                    excludedAttributes?: string;
                    /** @description A SCIM filter (RFC 7644 §3.4.2.2): eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not, [ ]. */
                    filter?: string;
                    /** @description 1-based index of the first result. */
                    startIndex?: string;
                };
                header?: never;
                path: {
                    /** @description The resource's id (a schema's URN for /Schemas). */
                    id: string;
                };
                cookie?: never;
            };
            /** @description A SCIM resource or PatchOp, as application/scim+json (or application/json). */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/scim+json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/scim/v2/ResourceTypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The resource types: User and Group */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated attribute paths to return (id and schemas always). */
                    attributes?: string;
                    /** @description Results per page, at most 200; 0 gives totalResults only. */
                    count?: string;
                    /** @description Comma-separated attribute paths to leave out (Groups: members). */
                    excludedAttributes?: string;
                    /** @description A SCIM filter (RFC 7644 §3.4.2.2): eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not, [ ]. */
                    filter?: string;
                    /** @description 1-based index of the first result. */
                    startIndex?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/ResourceTypes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resource type */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated attribute paths to return (id and schemas always). */
                    attributes?: string;
                    /** @description Results per page, at most 200; 0 gives totalResults only. */
                    count?: string;
                    /** @description Comma-separated attribute paths to leave out (Groups: members). */
                    excludedAttributes?: string;
                    /** @description A SCIM filter (RFC 7644 §3.4.2.2): eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not, [ ]. */
                    filter?: string;
                    /** @description 1-based index of the first result. */
                    startIndex?: string;
                };
                header?: never;
                path: {
                    /** @description The resource's id (a schema's URN for /Schemas). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/Schemas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The schemas: core User, enterprise User extension, core Group */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated attribute paths to return (id and schemas always). */
                    attributes?: string;
                    /** @description Results per page, at most 200; 0 gives totalResults only. */
                    count?: string;
                    /** @description Comma-separated attribute paths to leave out (Groups: members). */
                    excludedAttributes?: string;
                    /** @description A SCIM filter (RFC 7644 §3.4.2.2): eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not, [ ]. */
                    filter?: string;
                    /** @description 1-based index of the first result. */
                    startIndex?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/Schemas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A schema, by its URN */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated attribute paths to return (id and schemas always). */
                    attributes?: string;
                    /** @description Results per page, at most 200; 0 gives totalResults only. */
                    count?: string;
                    /** @description Comma-separated attribute paths to leave out (Groups: members). */
                    excludedAttributes?: string;
                    /** @description A SCIM filter (RFC 7644 §3.4.2.2): eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not, [ ]. */
                    filter?: string;
                    /** @description 1-based index of the first result. */
                    startIndex?: string;
                };
                header?: never;
                path: {
                    /** @description The resource's id (a schema's URN for /Schemas). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/ServiceProviderConfig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What this SCIM service supports */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated attribute paths to return (id and schemas always). */
                    attributes?: string;
                    /** @description Results per page, at most 200; 0 gives totalResults only. */
                    count?: string;
                    /** @description Comma-separated attribute paths to leave out (Groups: members). */
                    excludedAttributes?: string;
                    /** @description A SCIM filter (RFC 7644 §3.4.2.2): eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not, [ ]. */
                    filter?: string;
                    /** @description 1-based index of the first result. */
                    startIndex?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/Users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List or find SCIM Users (filter, startIndex, count) */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated attribute paths to return (id and schemas always). */
                    attributes?: string;
                    /** @description Results per page, at most 200; 0 gives totalResults only. */
                    count?: string;
                    /** @description Comma-separated attribute paths to leave out (Groups: members). */
                    excludedAttributes?: string;
                    /** @description A SCIM filter (RFC 7644 §3.4.2.2): eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not, [ ]. */
                    filter?: string;
                    /** @description 1-based index of the first result. */
                    startIndex?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Provision a User (adopts a person who signed in by SSO with that address) */
        post: {
            parameters: {
                query?: {
                    /** @description Comma-separated attribute paths to return (id and schemas always). */
                    attributes?: string;
                    /** @description Results per page, at most 200; 0 gives totalResults only. */
                    count?: string;
                    /** @description Comma-separated attribute paths to leave out (Groups: members). */
                    excludedAttributes?: string;
                    /** @description A SCIM filter (RFC 7644 §3.4.2.2): eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not, [ ]. */
                    filter?: string;
                    /** @description 1-based index of the first result. */
                    startIndex?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description A SCIM resource or PatchOp, as application/scim+json (or application/json). */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/scim+json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scim/v2/Users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a User */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated attribute paths to return (id and schemas always). */
                    attributes?: string;
                    /** @description Results per page, at most 200; 0 gives totalResults only. */
                    count?: string;
                    /** @description Comma-separated attribute paths to leave out (Groups: members). */
                    excludedAttributes?: string;
                    /** @description A SCIM filter (RFC 7644 §3.4.2.2): eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not, [ ]. */
                    filter?: string;
                    /** @description 1-based index of the first result. */
                    startIndex?: string;
                };
                header?: never;
                path: {
                    /** @description The resource's id (a schema's URN for /Schemas). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Replace a User's attributes */
        put: {
            parameters: {
                query?: {
                    /** @description Comma-separated attribute paths to return (id and schemas always). */
                    attributes?: string;
                    /** @description Results per page, at most 200; 0 gives totalResults only. */
                    count?: string;
                    /** @description Comma-separated attribute paths to leave out (Groups: members). */
                    excludedAttributes?: string;
                    /** @description A SCIM filter (RFC 7644 §3.4.2.2): eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not, [ ]. */
                    filter?: string;
                    /** @description 1-based index of the first result. */
                    startIndex?: string;
                };
                header?: never;
                path: {
                    /** @description The resource's id (a schema's URN for /Schemas). */
                    id: string;
                };
                cookie?: never;
            };
            /** @description A SCIM resource or PatchOp, as application/scim+json (or application/json). */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/scim+json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Deprovision a User: their seats are freed, the record stays */
        delete: {
            parameters: {
                query?: {
                    /** @description Comma-separated attribute paths to return (id and schemas always). */
                    attributes?: string;
                    /** @description Results per page, at most 200; 0 gives totalResults only. */
                    count?: string;
                    /** @description Comma-separated attribute paths to leave out (Groups: members). */
                    excludedAttributes?: string;
                    /** @description A SCIM filter (RFC 7644 §3.4.2.2): eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not, [ ]. */
                    filter?: string;
                    /** @description 1-based index of the first result. */
                    startIndex?: string;
                };
                header?: never;
                path: {
                    /** @description The resource's id (a schema's URN for /Schemas). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a User (PatchOp; active: false deactivates and frees their seats) */
        patch: {
            parameters: {
                query?: {
                    /** @description Comma-separated attribute paths to return (id and schemas always). */
                    attributes?: string;
                    /** @description Results per page, at most 200; 0 gives totalResults only. */
                    count?: string;
                    /** @description Comma-separated attribute paths to leave out (Groups: members). */
                    excludedAttributes?: string;
                    /** @description A SCIM filter (RFC 7644 §3.4.2.2): eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not, [ ]. */
                    filter?: string;
                    /** @description 1-based index of the first result. */
                    startIndex?: string;
                };
                header?: never;
                path: {
                    /** @description The resource's id (a schema's URN for /Schemas). */
                    id: string;
                };
                cookie?: never;
            };
            /** @description A SCIM resource or PatchOp, as application/scim+json (or application/json). */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/scim+json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/sso/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A native app's sign-in: 302 to the account's identity provider (the email's verified domain names the account) */
        get: {
            parameters: {
                query: {
                    code_challenge: string;
                    code_challenge_method: string;
                    email: string;
                    product: string;
                    redirect_uri: string;
                    state: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sso/console": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Console sign-in through the account's identity provider: 302 there */
        get: {
            parameters: {
                query: {
                    email: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sso/oidc/{accountId}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OpenID Connect redirect URI: the identity provider sends the browser back here */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    error?: string;
                    error_description?: string;
                    state?: string;
                };
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sso/saml/{accountId}/acs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SAML Assertion Consumer Service (HTTP-POST): the identity provider posts SAMLResponse and RelayState here */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        RelayState?: string;
                        SAMLResponse: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sso/saml/{accountId}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Allot's SAML service-provider metadata for the account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts (an account token sees its own) */
        get: {
            parameters: {
                query?: {
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                name: string;
                            }[];
                            nextCursor?: string;
                            total?: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a business account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            name: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountId}/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's domains, by name */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description An identifier (UUID). */
                                accountId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                /** @description Lower case, without a trailing dot. */
                                domain: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                lastCheck: {
                                    error: string | null;
                                    /** @description The TXT values found at the record’s name (at most 20, each cut at 500 characters). */
                                    found: string[];
                                } | null;
                                lastCheckedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "verified";
                                /** @description The DNS record that proves the domain is the account’s. It may be removed once the domain is verified. */
                                verification: {
                                    /** @description Where to publish the record: _allot-challenge.{domain}. */
                                    name: string;
                                    /** @enum {string} */
                                    type: "TXT";
                                    /** @description The record’s value: allot-domain-verification={token}. */
                                    value: string;
                                };
                                verifiedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a domain: pending until its TXT record is published and verified
         * @description Account Administrators. 409 DOMAIN_EXISTS when the account has it already; 409 DOMAIN_TAKEN when another account has verified it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Such as example.com: kept in lower case, without a trailing dot. No IP address, no wildcard. */
                        domain: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            /** @description Lower case, without a trailing dot. */
                            domain: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            lastCheck: {
                                error: string | null;
                                /** @description The TXT values found at the record’s name (at most 20, each cut at 500 characters). */
                                found: string[];
                            } | null;
                            lastCheckedAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "verified";
                            /** @description The DNS record that proves the domain is the account’s. It may be removed once the domain is verified. */
                            verification: {
                                /** @description Where to publish the record: _allot-challenge.{domain}. */
                                name: string;
                                /** @enum {string} */
                                type: "TXT";
                                /** @description The record’s value: allot-domain-verification={token}. */
                                value: string;
                            };
                            verifiedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountId}/golden-images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account's golden images, by name
         * @description A License Administrator sees the ones their keys use.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description An identifier (UUID). */
                                accountId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                description: string | null;
                                /** @description An identifier (UUID). */
                                id: string;
                                images: {
                                    appleSilicon: {
                                        /** @description Its SHA-256 checksum: 64 hexadecimal digits, lower case. */
                                        sha256: string;
                                        /** @description Where the image is downloaded from (https). */
                                        url: string;
                                    } | null;
                                    intel: {
                                        /** @description Its SHA-256 checksum: 64 hexadecimal digits, lower case. */
                                        sha256: string;
                                        /** @description Where the image is downloaded from (https). */
                                        url: string;
                                    } | null;
                                };
                                /** @description The keys whose devices get it. */
                                keyIds: string[];
                                name: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a golden image: a corporate virtual machine per architecture (at least one)
         * @description Account Administrators. URLs are https; checksums SHA-256 (64 hexadecimal digits).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        /** @description The image of each architecture; null (on PATCH) removes one. At least one remains. */
                        images: {
                            appleSilicon?: {
                                /** @description SHA-256: 64 hexadecimal digits (kept in lower case). */
                                sha256: string;
                                /** @description An https URL. */
                                url: string;
                            } | null;
                            intel?: {
                                /** @description SHA-256: 64 hexadecimal digits (kept in lower case). */
                                sha256: string;
                                /** @description An https URL. */
                                url: string;
                            } | null;
                        };
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            description: string | null;
                            /** @description An identifier (UUID). */
                            id: string;
                            images: {
                                appleSilicon: {
                                    /** @description Its SHA-256 checksum: 64 hexadecimal digits, lower case. */
                                    sha256: string;
                                    /** @description Where the image is downloaded from (https). */
                                    url: string;
                                } | null;
                                intel: {
                                    /** @description Its SHA-256 checksum: 64 hexadecimal digits, lower case. */
                                    sha256: string;
                                    /** @description Where the image is downloaded from (https). */
                                    url: string;
                                } | null;
                            };
                            /** @description The keys whose devices get it. */
                            keyIds: string[];
                            name: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountId}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every key of an account, across its subscriptions (a License Administrator's own) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                available: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                expiresAt: string;
                                expiresWithSubscription: boolean;
                                /** @description The golden image its devices start from (GET /v1/golden-images/{id}); null: none */
                                goldenImageId: string | null;
                                /** @description An identifier (UUID). */
                                id: string;
                                /** @description The license key, 5 × 6 characters. */
                                key: string;
                                maxSeats: number | null;
                                name: string;
                                /** @description Whether the key has a policy of its own; false: it inherits the account default (the primary key is the default: always true) */
                                ownPolicy: boolean;
                                /** @description Identity-provider groups (ids or names) whose people draw their seat on this key */
                                ssoGroups: string[];
                                /** @description A person in several mapped groups gets the key with the lowest priority */
                                ssoPriority: number;
                                /** @enum {string} */
                                status: "active" | "blocked" | "expired";
                                /** @description An identifier (UUID). */
                                subscriptionId: string;
                                /** @enum {string} */
                                type: "primary" | "dynamic" | "reserved";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                updatedAt: string;
                                used: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's members */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description An identifier (UUID). */
                                accountId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                email: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                /** @description A License Administrator's keys */
                                keyIds: string[];
                                lastSignInAt: string | null;
                                name: string;
                                /** @enum {string} */
                                role: "account_admin" | "license_admin" | "member";
                                /** @enum {string} */
                                status: "invited" | "active" | "blocked";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a member: invited by email to choose a password (or, by the operator, with a password) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        keyIds?: string[];
                        name: string;
                        /** @description Operator only: the member is active at once. Otherwise they are emailed a link. */
                        password?: string;
                        /** @enum {string} */
                        role: "account_admin" | "license_admin" | "member";
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            email: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description A License Administrator's keys */
                            keyIds: string[];
                            lastSignInAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "account_admin" | "license_admin" | "member";
                            /** @enum {string} */
                            status: "invited" | "active" | "blocked";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountId}/scim-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an account's SCIM tokens, with the SCIM base URL */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uri
                             * @description The SCIM base URL to give the identity provider.
                             */
                            baseUrl: string;
                            data: {
                                /** @description An identifier (UUID). */
                                accountId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                lastUsedAt: string | null;
                                name: string;
                                /** @description The first characters of the token, to recognise it. */
                                prefix: string;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a SCIM token (shown once) for the identity provider to provision users and groups with
         * @description Account Administrators. The answer carries the token, once, and the SCIM base URL to give the identity provider.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            /** @description The first characters of the token, to recognise it. */
                            prefix: string;
                            revokedAt: string | null;
                        } & {
                            /**
                             * Format: uri
                             * @description The SCIM base URL to give the identity provider.
                             */
                            baseUrl: string;
                            /** @description Shown once; only its hash is stored. The identity provider sends it as Authorization: Bearer <token>. */
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountId}/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The account's identity-provider connection
         * @description With none: 404 SSO_NOT_CONFIGURED, whose details.serviceProvider says what to paste into the identity provider.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            adminGroup: string | null;
                            clientId: string | null;
                            /** @description The secret is stored encrypted and never returned */
                            clientSecretSet: boolean;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            devicesPerUser: number;
                            emailAttribute: string | null;
                            enforce: boolean;
                            groupsAttribute: string | null;
                            idpCertificates: {
                                fingerprintSha256: string;
                                notAfter: string | null;
                                pem: string;
                                subject: string;
                            }[];
                            idpEntityId: string | null;
                            idpSsoUrl: string | null;
                            issuer: string | null;
                            /** @enum {string} */
                            protocol: "saml" | "oidc";
                            serviceProvider: {
                                /** @description SAML: the Reply URL (Assertion Consumer Service, HTTP-POST) */
                                acsUrl: string;
                                /** @description OpenID Connect: the redirect URI (Web platform) */
                                redirectUri: string;
                                /** @description SAML: the Identifier (Entity ID, Audience URI) */
                                spEntityId: string;
                                /** @description SAML: Allot's service-provider metadata */
                                spMetadataUrl: string;
                            };
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        /**
         * Create or replace the account's identity-provider connection (SAML 2.0 or OpenID Connect)
         * @description The answer carries what to paste into the identity provider (serviceProvider). An OpenID Connect issuer is discovered before saving (SSO_DISCOVERY_FAILED).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The identity-provider group whose members are the account's Account Administrators */
                        adminGroup?: string | null;
                        /** @default 5 */
                        devicesPerUser?: number;
                        /** @description Where the email arrives (default: the NameID or the usual email attributes; OIDC: email) */
                        emailAttribute?: string | null;
                        /** @description Refuse password sign-in for addresses of the verified domains (SSO_REQUIRED) */
                        enforce?: boolean;
                        /** @description Where groups arrive (default: groups; for SAML also Entra’s groups claim) */
                        groupsAttribute?: string | null;
                        idpCertificates?: string[];
                        idpEntityId?: string;
                        idpMetadataXml?: string;
                        idpSsoUrl?: string;
                        /** @enum {string} */
                        protocol: "saml";
                    } | {
                        /** @description The identity-provider group whose members are the account's Account Administrators */
                        adminGroup?: string | null;
                        clientId: string;
                        /** @description Kept encrypted, never returned; leave out to keep the stored one */
                        clientSecret?: string;
                        /** @default 5 */
                        devicesPerUser?: number;
                        /** @description Where the email arrives (default: the NameID or the usual email attributes; OIDC: email) */
                        emailAttribute?: string | null;
                        /** @description Refuse password sign-in for addresses of the verified domains (SSO_REQUIRED) */
                        enforce?: boolean;
                        /** @description Where groups arrive (default: groups; for SAML also Entra’s groups claim) */
                        groupsAttribute?: string | null;
                        issuer: string;
                        /** @enum {string} */
                        protocol: "oidc";
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            adminGroup: string | null;
                            clientId: string | null;
                            /** @description The secret is stored encrypted and never returned */
                            clientSecretSet: boolean;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            devicesPerUser: number;
                            emailAttribute: string | null;
                            enforce: boolean;
                            groupsAttribute: string | null;
                            idpCertificates: {
                                fingerprintSha256: string;
                                notAfter: string | null;
                                pem: string;
                                subject: string;
                            }[];
                            idpEntityId: string | null;
                            idpSsoUrl: string | null;
                            issuer: string | null;
                            /** @enum {string} */
                            protocol: "saml" | "oidc";
                            serviceProvider: {
                                /** @description SAML: the Reply URL (Assertion Consumer Service, HTTP-POST) */
                                acsUrl: string;
                                /** @description OpenID Connect: the redirect URI (Web platform) */
                                redirectUri: string;
                                /** @description SAML: the Identifier (Entity ID, Audience URI) */
                                spEntityId: string;
                                /** @description SAML: Allot's service-provider metadata */
                                spMetadataUrl: string;
                            };
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove the account's identity-provider connection */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountId}/sso-users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People who signed in through the identity provider: their key, groups, devices and last sign-in */
        get: {
            parameters: {
                query?: {
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                    limit?: number;
                    search?: string;
                    source?: "scim" | "sign-in";
                    status?: "active" | "deactivated";
                };
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description An identifier (UUID). */
                                accountId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                deactivatedAt: string | null;
                                /** @description Active devices, all subscriptions */
                                devices: number;
                                email: string;
                                groups: string[];
                                /** @description An identifier (UUID). */
                                id: string;
                                lastSignInAt: string | null;
                                name: string | null;
                                provisioning: {
                                    deprovisionedAt: string | null;
                                    externalId: string | null;
                                    /** @description The name of the SCIM token that provisioned the person (the identity provider, as the administrator named it) */
                                    provider: string;
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                     */
                                    provisionedAt: string;
                                    userName: string;
                                } | null;
                                /** @description Per subscription: the key the seat is on, and the devices sharing it */
                                seats: {
                                    /** @description Active devices sharing the seat */
                                    devices: number;
                                    /** @description An identifier (UUID). */
                                    keyId: string;
                                    keyName: string;
                                    /** @description The subscription's product */
                                    productName: string;
                                    /** @description An identifier (UUID). */
                                    subscriptionId: string;
                                }[];
                                /** @enum {string} */
                                status: "active" | "deactivated";
                            }[];
                            nextCursor?: string;
                            total?: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountId}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sell a subscription (creates its primary key) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        autoReleaseDays?: number | null;
                        autoRenew?: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                         */
                        expiresAt: string;
                        gracePeriodDays?: number;
                        /** @description A product code. */
                        product: string;
                        seats: number;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            autoReleaseDays: number | null;
                            autoRenew: boolean;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            expiresAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            graceEndsAt: string;
                            gracePeriodDays: number;
                            /** @description An identifier (UUID). */
                            id: string;
                            product: {
                                code: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                name: string;
                            };
                            /** @description The seat formulas of DOMAIN.md, to the seat. */
                            seats: {
                                /** @description The main pool: total − used − reservedTotal + reservedUsed */
                                availableDynamic: number;
                                /** @description reservedTotal − reservedUsed */
                                availableReserved: number;
                                reservedTotal: number;
                                reservedUsed: number;
                                total: number;
                                /** @description total − used = availableDynamic + availableReserved */
                                unused: number;
                                used: number;
                            };
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            startsAt: string;
                            /** @enum {string} */
                            status: "active" | "expiring" | "grace" | "expired";
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                        } & {
                            primaryKey: {
                                /** @description An identifier (UUID). */
                                id: string;
                                key: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{accountId}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an account's API tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                accountId: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                keyIds: string[];
                                lastUsedAt: string | null;
                                name: string;
                                /** @description The first characters of the token, to recognise it. */
                                prefix: string;
                                revokedAt: string | null;
                                role: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an account's API token (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A License Administrator token's keys. */
                        keyIds?: string[];
                        name: string;
                        /** @enum {string} */
                        role?: "account_admin" | "license_admin" | "member";
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            keyIds: string[];
                            lastUsedAt: string | null;
                            name: string;
                            /** @description The first characters of the token, to recognise it. */
                            prefix: string;
                            revokedAt: string | null;
                            role: string;
                        } & {
                            /** @description Shown once; only its hash is stored. */
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            name: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a device activation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            activatedAt: string;
                            activationType: string;
                            device: {
                                appVersion: string | null;
                                ip: string | null;
                                mac: string | null;
                                name: string;
                                os: string;
                                serial: string | null;
                            };
                            endedAt: string | null;
                            endReason: string | null;
                            fingerprint: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description An identifier (UUID). */
                            keyId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            lastCheckInAt: string;
                            ssoUserId: string | null;
                            /** @enum {string} */
                            status: "active" | "deactivated" | "blacklisted" | "released";
                            /** @description An identifier (UUID). */
                            subscriptionId: string;
                            userEmail: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activations/{id}/blacklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Blacklist a device: deactivated, and it cannot activate again until removed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activationId: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            deviceName: string | null;
                            fingerprint: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            reason: string | null;
                            /** @description An identifier (UUID). */
                            subscriptionId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activations/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a device (its seat returns) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            activatedAt: string;
                            activationType: string;
                            device: {
                                appVersion: string | null;
                                ip: string | null;
                                mac: string | null;
                                name: string;
                                os: string;
                                serial: string | null;
                            };
                            endedAt: string | null;
                            endReason: string | null;
                            fingerprint: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description An identifier (UUID). */
                            keyId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            lastCheckInAt: string;
                            ssoUserId: string | null;
                            /** @enum {string} */
                            status: "active" | "deactivated" | "blacklisted" | "released";
                            /** @description An identifier (UUID). */
                            subscriptionId: string;
                            userEmail: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activations/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a device to another key (its seat moves with it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An identifier (UUID). */
                        keyId: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            activatedAt: string;
                            activationType: string;
                            device: {
                                appVersion: string | null;
                                ip: string | null;
                                mac: string | null;
                                name: string;
                                os: string;
                                serial: string | null;
                            };
                            endedAt: string | null;
                            endReason: string | null;
                            fingerprint: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description An identifier (UUID). */
                            keyId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            lastCheckInAt: string;
                            ssoUserId: string | null;
                            /** @enum {string} */
                            status: "active" | "deactivated" | "blacklisted" | "released";
                            /** @description An identifier (UUID). */
                            subscriptionId: string;
                            userEmail: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blacklist/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a device off the blacklist */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activationId: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            deviceName: string | null;
                            fingerprint: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            reason: string | null;
                            /** @description An identifier (UUID). */
                            subscriptionId: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/client/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a device with a license key or an invitation code
         * @description 201 with a new activation, 200 when the device is already active on the subscription (no second seat). Refusals, in the order checked: INVALID_REQUEST, SSO_CODE_INVALID, KEY_NOT_FOUND, INVITATION_REVOKED, INVITATION_EXPIRED, INVITATION_USED, DEVICE_BLACKLISTED, SSO_USER_DEACTIVATED, SUBSCRIPTION_EXPIRED, KEY_EXPIRED, KEY_BLOCKED, DEVICE_IN_USE, DEVICE_LIMIT_USER, NO_SEATS_KEY, NO_SEATS_POOL. Too many requests from one address, too many unknown keys, activations or fingerprints from it, or too many activations with one key answer 429 RATE_LIMITED with Retry-After; `details.limit` says which (`ip`, `key-guesses`, `key`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        device: {
                            appVersion?: string | null;
                            mac?: string | null;
                            /** @description Computer name */
                            name: string;
                            os: string;
                            serial?: string | null;
                        };
                        /** @description The hardware fingerprint the client computes. */
                        fingerprint: string;
                        key: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activation: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                activatedAt: string;
                                activationType: string;
                                device: {
                                    appVersion: string | null;
                                    ip: string | null;
                                    mac: string | null;
                                    name: string;
                                    os: string;
                                    serial: string | null;
                                };
                                endedAt: string | null;
                                endReason: string | null;
                                fingerprint: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                /** @description An identifier (UUID). */
                                keyId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                lastCheckInAt: string;
                                ssoUserId: string | null;
                                /** @enum {string} */
                                status: "active" | "deactivated" | "blacklisted" | "released";
                                /** @description An identifier (UUID). */
                                subscriptionId: string;
                                userEmail: string | null;
                            };
                            /** @description Compact JWS (EdDSA); verify with /.well-known/jwks.json */
                            certificate: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            checkInBy: string;
                            /** @description e.g. SUBSCRIPTION_IN_GRACE */
                            warnings: string[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activation: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                activatedAt: string;
                                activationType: string;
                                device: {
                                    appVersion: string | null;
                                    ip: string | null;
                                    mac: string | null;
                                    name: string;
                                    os: string;
                                    serial: string | null;
                                };
                                endedAt: string | null;
                                endReason: string | null;
                                fingerprint: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                /** @description An identifier (UUID). */
                                keyId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                lastCheckInAt: string;
                                ssoUserId: string | null;
                                /** @enum {string} */
                                status: "active" | "deactivated" | "blacklisted" | "released";
                                /** @description An identifier (UUID). */
                                subscriptionId: string;
                                userEmail: string | null;
                            };
                            /** @description Compact JWS (EdDSA); verify with /.well-known/jwks.json */
                            certificate: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            checkInBy: string;
                            /** @description e.g. SUBSCRIPTION_IN_GRACE */
                            warnings: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/client/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check in: a fresh certificate, or the reason the device may no longer run
         * @description Too many requests from one address, too many unknown keys, activations or fingerprints from it, or too many activations with one key answer 429 RATE_LIMITED with Retry-After; `details.limit` says which (`ip`, `key-guesses`, `key`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An identifier (UUID). */
                        activationId: string;
                        device?: {
                            appVersion?: string | null;
                            mac?: string | null;
                            /** @description Computer name */
                            name?: string;
                            os?: string;
                            serial?: string | null;
                        };
                        /** @description The hardware fingerprint the client computes. */
                        fingerprint: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Compact JWS (EdDSA); verify with /.well-known/jwks.json */
                            certificate: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            checkInBy: string;
                            /** @description True when the certificate's policy version differs from the one in the device's previous certificate */
                            policyChanged: boolean;
                            /** @description e.g. SUBSCRIPTION_IN_GRACE */
                            warnings: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/client/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate this device (its seat returns)
         * @description Too many requests from one address, too many unknown keys, activations or fingerprints from it, or too many activations with one key answer 429 RATE_LIMITED with Retry-After; `details.limit` says which (`ip`, `key-guesses`, `key`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An identifier (UUID). */
                        activationId: string;
                        /** @description The hardware fingerprint the client computes. */
                        fingerprint: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activation: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                activatedAt: string;
                                activationType: string;
                                device: {
                                    appVersion: string | null;
                                    ip: string | null;
                                    mac: string | null;
                                    name: string;
                                    os: string;
                                    serial: string | null;
                                };
                                endedAt: string | null;
                                endReason: string | null;
                                fingerprint: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                /** @description An identifier (UUID). */
                                keyId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                lastCheckInAt: string;
                                ssoUserId: string | null;
                                /** @enum {string} */
                                status: "active" | "deactivated" | "blacklisted" | "released";
                                /** @description An identifier (UUID). */
                                subscriptionId: string;
                                userEmail: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/client/sso/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a device with the one-time code of its person's SSO sign-in (RFC 8252, PKCE)
         * @description 201 with a new activation, 200 when this device of this person is already active. The code works once, within 5 minutes, with its verifier (else SSO_CODE_INVALID).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** @description The PKCE verifier whose S256 challenge started the sign-in */
                        codeVerifier: string;
                        device: {
                            appVersion?: string | null;
                            mac?: string | null;
                            /** @description Computer name */
                            name: string;
                            os: string;
                            serial?: string | null;
                        };
                        /** @description The hardware fingerprint the client computes. */
                        fingerprint: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activation: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                activatedAt: string;
                                activationType: string;
                                device: {
                                    appVersion: string | null;
                                    ip: string | null;
                                    mac: string | null;
                                    name: string;
                                    os: string;
                                    serial: string | null;
                                };
                                endedAt: string | null;
                                endReason: string | null;
                                fingerprint: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                /** @description An identifier (UUID). */
                                keyId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                lastCheckInAt: string;
                                ssoUserId: string | null;
                                /** @enum {string} */
                                status: "active" | "deactivated" | "blacklisted" | "released";
                                /** @description An identifier (UUID). */
                                subscriptionId: string;
                                userEmail: string | null;
                            };
                            /** @description Compact JWS (EdDSA); verify with /.well-known/jwks.json */
                            certificate: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            checkInBy: string;
                            /** @description e.g. SUBSCRIPTION_IN_GRACE */
                            warnings: string[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activation: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                activatedAt: string;
                                activationType: string;
                                device: {
                                    appVersion: string | null;
                                    ip: string | null;
                                    mac: string | null;
                                    name: string;
                                    os: string;
                                    serial: string | null;
                                };
                                endedAt: string | null;
                                endReason: string | null;
                                fingerprint: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                /** @description An identifier (UUID). */
                                keyId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                lastCheckInAt: string;
                                ssoUserId: string | null;
                                /** @enum {string} */
                                status: "active" | "deactivated" | "blacklisted" | "released";
                                /** @description An identifier (UUID). */
                                subscriptionId: string;
                                userEmail: string | null;
                            };
                            /** @description Compact JWS (EdDSA); verify with /.well-known/jwks.json */
                            certificate: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            checkInBy: string;
                            /** @description e.g. SUBSCRIPTION_IN_GRACE */
                            warnings: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a domain (another account may then verify it) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            /** @description Lower case, without a trailing dot. */
                            domain: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            lastCheck: {
                                error: string | null;
                                /** @description The TXT values found at the record’s name (at most 20, each cut at 500 characters). */
                                found: string[];
                            } | null;
                            lastCheckedAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "verified";
                            /** @description The DNS record that proves the domain is the account’s. It may be removed once the domain is verified. */
                            verification: {
                                /** @description Where to publish the record: _allot-challenge.{domain}. */
                                name: string;
                                /** @enum {string} */
                                type: "TXT";
                                /** @description The record’s value: allot-domain-verification={token}. */
                                value: string;
                            };
                            verifiedAt: string | null;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/domains/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look the TXT record up and, when it is there, mark the domain verified
         * @description The check is recorded (lastCheckedAt, lastCheck) whatever its outcome. 422 DOMAIN_NOT_VERIFIED when the record is not found (details: name, expected, found, error); 409 DOMAIN_TAKEN when another account verified the domain first. A verified domain stays verified when its record is removed later.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            /** @description Lower case, without a trailing dot. */
                            domain: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            lastCheck: {
                                error: string | null;
                                /** @description The TXT values found at the record’s name (at most 20, each cut at 500 characters). */
                                found: string[];
                            } | null;
                            lastCheckedAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "verified";
                            /** @description The DNS record that proves the domain is the account’s. It may be removed once the domain is verified. */
                            verification: {
                                /** @description Where to publish the record: _allot-challenge.{domain}. */
                                name: string;
                                /** @enum {string} */
                                type: "TXT";
                                /** @description The record’s value: allot-domain-verification={token}. */
                                value: string;
                            };
                            verifiedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description An identifier (UUID). */
                    accountId?: string;
                    /** @description An action such as key.created, or a prefix such as key.* */
                    action?: string;
                    actorType?: "operator" | "token" | "member" | "device" | "system" | "scim";
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                    limit?: number;
                    /** @description ISO 8601, e.g. 2027-01-31T00:00:00Z */
                    since?: string;
                    /** @description An identifier (UUID). */
                    subscriptionId?: string;
                    /** @description An identifier (UUID). */
                    targetId?: string;
                    /** @description ISO 8601, e.g. 2027-01-31T00:00:00Z */
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                accountId: string | null;
                                /** @enum {string} */
                                action: "account.created" | "subscription.created" | "subscription.updated" | "subscription.expired" | "subscription.counters_repaired" | "key.created" | "key.updated" | "key.blocked" | "key.unblocked" | "key.regenerated" | "key.deleted" | "key.expired" | "activation.created" | "activation.moved" | "activation.deactivated" | "activation.released" | "activation.blacklisted" | "blacklist.added" | "blacklist.removed" | "invitation.created" | "invitation.resent" | "invitation.revoked" | "invitation.accepted" | "invitation.delivered" | "invitation.delivery_failed" | "member.created" | "member.updated" | "member.blocked" | "member.unblocked" | "member.removed" | "member.left" | "member.invitation_resent" | "member.password_reset_requested" | "member.signed_in" | "member.signed_out" | "member.password_changed" | "member.joined" | "member.password_reset" | "token.created" | "token.revoked" | "product.created" | "product.updated" | "signing_key.rotated" | "sso_connection.saved" | "sso_connection.removed" | "sso_user.created" | "sso_user.groups_changed" | "sso_user.deactivated" | "sso_user.reactivated" | "sso_user.seat_moved" | "scim_token.created" | "scim_token.revoked" | "sso_user.provisioned" | "sso_user.updated" | "sso_user.deprovisioned" | "scim_group.created" | "scim_group.updated" | "scim_group.members_changed" | "scim_group.deleted" | "domain.added" | "domain.verified" | "domain.verification_failed" | "domain.removed" | "key.policy_changed" | "golden_image.created" | "golden_image.updated" | "golden_image.deleted" | "operator.signed_in" | "operator.signed_out" | "operator.created" | "operator.removed" | "account.support_viewed" | "subscription.seats_limit_reached" | "subscription.expiring_soon" | "subscription.in_grace" | "webhook_endpoint.created" | "webhook_endpoint.updated" | "webhook_endpoint.deleted" | "webhook_endpoint.secret_rotated" | "webhook_endpoint.disabled";
                                actor: {
                                    id: string;
                                    name: string | null;
                                    type: string;
                                };
                                after: unknown;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                at: string;
                                before: unknown;
                                /** @description An identifier (UUID). */
                                id: string;
                                requestId: string | null;
                                subscriptionId: string | null;
                                target: {
                                    id: string;
                                    type: string;
                                };
                            }[];
                            nextCursor?: string;
                            total?: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/golden-images/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a golden image */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            description: string | null;
                            /** @description An identifier (UUID). */
                            id: string;
                            images: {
                                appleSilicon: {
                                    /** @description Its SHA-256 checksum: 64 hexadecimal digits, lower case. */
                                    sha256: string;
                                    /** @description Where the image is downloaded from (https). */
                                    url: string;
                                } | null;
                                intel: {
                                    /** @description Its SHA-256 checksum: 64 hexadecimal digits, lower case. */
                                    sha256: string;
                                    /** @description Where the image is downloaded from (https). */
                                    url: string;
                                } | null;
                            };
                            /** @description The keys whose devices get it. */
                            keyIds: string[];
                            name: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a golden image
         * @description 409 GOLDEN_IMAGE_IN_USE while keys use it (details.keyIds), unless ?detach=true: then they lose it.
         */
        delete: {
            parameters: {
                query?: {
                    /** @description Take the image from the keys that use it, rather than refuse (GOLDEN_IMAGE_IN_USE). */
                    detach?: boolean;
                };
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            description: string | null;
                            /** @description An identifier (UUID). */
                            id: string;
                            images: {
                                appleSilicon: {
                                    /** @description Its SHA-256 checksum: 64 hexadecimal digits, lower case. */
                                    sha256: string;
                                    /** @description Where the image is downloaded from (https). */
                                    url: string;
                                } | null;
                                intel: {
                                    /** @description Its SHA-256 checksum: 64 hexadecimal digits, lower case. */
                                    sha256: string;
                                    /** @description Where the image is downloaded from (https). */
                                    url: string;
                                } | null;
                            };
                            /** @description The keys whose devices get it. */
                            keyIds: string[];
                            name: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a golden image: its name, description (null clears it), or images (null removes one; at least one remains)
         * @description Account Administrators. The keys using it deliver the change at their devices’ next check-in.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        /** @description The image of each architecture; null (on PATCH) removes one. At least one remains. */
                        images?: {
                            appleSilicon?: {
                                /** @description SHA-256: 64 hexadecimal digits (kept in lower case). */
                                sha256: string;
                                /** @description An https URL. */
                                url: string;
                            } | null;
                            intel?: {
                                /** @description SHA-256: 64 hexadecimal digits (kept in lower case). */
                                sha256: string;
                                /** @description An https URL. */
                                url: string;
                            } | null;
                        };
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            description: string | null;
                            /** @description An identifier (UUID). */
                            id: string;
                            images: {
                                appleSilicon: {
                                    /** @description Its SHA-256 checksum: 64 hexadecimal digits, lower case. */
                                    sha256: string;
                                    /** @description Where the image is downloaded from (https). */
                                    url: string;
                                } | null;
                                intel: {
                                    /** @description Its SHA-256 checksum: 64 hexadecimal digits, lower case. */
                                    sha256: string;
                                    /** @description Where the image is downloaded from (https). */
                                    url: string;
                                } | null;
                            };
                            /** @description The keys whose devices get it. */
                            keyIds: string[];
                            name: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an invitation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            activationId: string | null;
                            /** @description The personal activation code, 5 × 6 characters. */
                            code: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            delivery: {
                                attempts: number;
                                lastError: string | null;
                                nextAttemptAt: string | null;
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "queued" | "retrying" | "sent" | "failed" | "cancelled";
                            };
                            deviceName: string | null;
                            email: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            expiresAt: string;
                            expiresInDays: number;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description An identifier (UUID). */
                            keyId: string;
                            keyName: string;
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                            revokedAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "expired" | "revoked";
                            /** @description An identifier (UUID). */
                            subscriptionId: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send again with a new code (the old code stops working at once) and a new expiry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            activationId: string | null;
                            /** @description The personal activation code, 5 × 6 characters. */
                            code: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            delivery: {
                                attempts: number;
                                lastError: string | null;
                                nextAttemptAt: string | null;
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "queued" | "retrying" | "sent" | "failed" | "cancelled";
                            };
                            deviceName: string | null;
                            email: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            expiresAt: string;
                            expiresInDays: number;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description An identifier (UUID). */
                            keyId: string;
                            keyName: string;
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                            revokedAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "expired" | "revoked";
                            /** @description An identifier (UUID). */
                            subscriptionId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a pending invitation; its code stops working */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptedAt: string | null;
                            activationId: string | null;
                            /** @description The personal activation code, 5 × 6 characters. */
                            code: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            delivery: {
                                attempts: number;
                                lastError: string | null;
                                nextAttemptAt: string | null;
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "queued" | "retrying" | "sent" | "failed" | "cancelled";
                            };
                            deviceName: string | null;
                            email: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            expiresAt: string;
                            expiresInDays: number;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description An identifier (UUID). */
                            keyId: string;
                            keyName: string;
                            /** @enum {string} */
                            language: "en" | "de" | "fr" | "es" | "ja";
                            revokedAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "expired" | "revoked";
                            /** @description An identifier (UUID). */
                            subscriptionId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a key */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            available: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            expiresAt: string;
                            expiresWithSubscription: boolean;
                            /** @description The golden image its devices start from (GET /v1/golden-images/{id}); null: none */
                            goldenImageId: string | null;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description The license key, 5 × 6 characters. */
                            key: string;
                            maxSeats: number | null;
                            name: string;
                            /** @description Whether the key has a policy of its own; false: it inherits the account default (the primary key is the default: always true) */
                            ownPolicy: boolean;
                            /** @description Identity-provider groups (ids or names) whose people draw their seat on this key */
                            ssoGroups: string[];
                            /** @description A person in several mapped groups gets the key with the lowest priority */
                            ssoPriority: number;
                            /** @enum {string} */
                            status: "active" | "blocked" | "expired";
                            /** @description An identifier (UUID). */
                            subscriptionId: string;
                            /** @enum {string} */
                            type: "primary" | "dynamic" | "reserved";
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                            used: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a sublicense key (with deactivateDevices=true when it has devices) */
        delete: {
            parameters: {
                query?: {
                    deactivateDevices?: boolean;
                };
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deactivatedDevices: number;
                            /** @description An identifier (UUID). */
                            id: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename a key, change its seats, type or expiry */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expiresAt?: string | null;
                        goldenImageId?: string | null;
                        maxSeats?: number;
                        name?: string;
                        /** @description Identity-provider group ids or names (matched trimmed, case-insensitively) */
                        ssoGroups?: string[];
                        /** @description Lowest wins for a person in several mapped groups (default 100) */
                        ssoPriority?: number;
                        /** @enum {string} */
                        type?: "dynamic" | "reserved";
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            available: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            expiresAt: string;
                            expiresWithSubscription: boolean;
                            /** @description The golden image its devices start from (GET /v1/golden-images/{id}); null: none */
                            goldenImageId: string | null;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description The license key, 5 × 6 characters. */
                            key: string;
                            maxSeats: number | null;
                            name: string;
                            /** @description Whether the key has a policy of its own; false: it inherits the account default (the primary key is the default: always true) */
                            ownPolicy: boolean;
                            /** @description Identity-provider groups (ids or names) whose people draw their seat on this key */
                            ssoGroups: string[];
                            /** @description A person in several mapped groups gets the key with the lowest priority */
                            ssoPriority: number;
                            /** @enum {string} */
                            status: "active" | "blocked" | "expired";
                            /** @description An identifier (UUID). */
                            subscriptionId: string;
                            /** @enum {string} */
                            type: "primary" | "dynamic" | "reserved";
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                            used: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/keys/{id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Block a key: no new activations; its devices fail their next check-in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            available: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            expiresAt: string;
                            expiresWithSubscription: boolean;
                            /** @description The golden image its devices start from (GET /v1/golden-images/{id}); null: none */
                            goldenImageId: string | null;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description The license key, 5 × 6 characters. */
                            key: string;
                            maxSeats: number | null;
                            name: string;
                            /** @description Whether the key has a policy of its own; false: it inherits the account default (the primary key is the default: always true) */
                            ownPolicy: boolean;
                            /** @description Identity-provider groups (ids or names) whose people draw their seat on this key */
                            ssoGroups: string[];
                            /** @description A person in several mapped groups gets the key with the lowest priority */
                            ssoPriority: number;
                            /** @enum {string} */
                            status: "active" | "blocked" | "expired";
                            /** @description An identifier (UUID). */
                            subscriptionId: string;
                            /** @enum {string} */
                            type: "primary" | "dynamic" | "reserved";
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                            used: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A key's invitations, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Part of the email address. */
                    q?: string;
                    status?: "pending" | "accepted" | "expired" | "revoked";
                };
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                acceptedAt: string | null;
                                activationId: string | null;
                                /** @description The personal activation code, 5 × 6 characters. */
                                code: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                delivery: {
                                    attempts: number;
                                    lastError: string | null;
                                    nextAttemptAt: string | null;
                                    sentAt: string | null;
                                    /** @enum {string} */
                                    status: "queued" | "retrying" | "sent" | "failed" | "cancelled";
                                };
                                deviceName: string | null;
                                email: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                expiresAt: string;
                                expiresInDays: number;
                                /** @description An identifier (UUID). */
                                id: string;
                                /** @description An identifier (UUID). */
                                keyId: string;
                                keyName: string;
                                /** @enum {string} */
                                language: "en" | "de" | "fr" | "es" | "ja";
                                revokedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "expired" | "revoked";
                                /** @description An identifier (UUID). */
                                subscriptionId: string;
                            }[];
                            nextCursor?: string;
                            total?: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Invite people to activate with this key: a personal code each, by email
         * @description JSON `{emails, language?, expiresInDays?}`, or a CSV file (`text/csv`, one address per line, optional header) with `language` and `expiresInDays` as query parameters. Invalid, repeated and already-invited addresses are reported in `rejected`; the others are invited.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Days until the code expires. */
                    expiresInDays?: 1 | 3 | 7 | 14 | 30;
                    language?: "en" | "de" | "fr" | "es" | "ja";
                };
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Up to 10000 addresses. */
                        emails: string[];
                        /**
                         * @description Days until the code expires.
                         * @enum {integer}
                         */
                        expiresInDays?: 1 | 3 | 7 | 14 | 30;
                        /** @enum {string} */
                        language?: "en" | "de" | "fr" | "es" | "ja";
                    };
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                acceptedAt: string | null;
                                activationId: string | null;
                                /** @description The personal activation code, 5 × 6 characters. */
                                code: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                delivery: {
                                    attempts: number;
                                    lastError: string | null;
                                    nextAttemptAt: string | null;
                                    sentAt: string | null;
                                    /** @enum {string} */
                                    status: "queued" | "retrying" | "sent" | "failed" | "cancelled";
                                };
                                deviceName: string | null;
                                email: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                expiresAt: string;
                                expiresInDays: number;
                                /** @description An identifier (UUID). */
                                id: string;
                                /** @description An identifier (UUID). */
                                keyId: string;
                                keyName: string;
                                /** @enum {string} */
                                language: "en" | "de" | "fr" | "es" | "ja";
                                revokedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "expired" | "revoked";
                                /** @description An identifier (UUID). */
                                subscriptionId: string;
                            }[];
                            rejected: {
                                email: string;
                                /** @description The CSV line (1 is the first line of the file). */
                                line?: number;
                                /** @enum {string} */
                                reason: "invalid_email" | "duplicate" | "already_invited";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{id}/invitations.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the key's invitations as CSV (email, code, status, key, language, expiry, delivery, download URL), filtered as the list is */
        get: {
            parameters: {
                query?: {
                    /** @description Part of the email address. */
                    q?: string;
                    status?: "pending" | "accepted" | "expired" | "revoked";
                };
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description CSV, with a header row */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{id}/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A key's policy (its own or the inherited account default), and the account default
         * @description Whoever may see the key (a License Administrator: their keys).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A policy, as the API answers it and as a certificate carries it (claim `policy`). */
                            accountDefault: {
                                /** @description No upgrade to a new major version of the app. */
                                blockMajorUpgrades: boolean;
                                /** @description Only corporate virtual machines (from the golden image) may run. */
                                corporateVmsOnly: boolean;
                                /** @description Guest tools are not updated automatically. */
                                disableToolsAutoUpdate: boolean;
                                /** @description True when the key has no policy of its own and has the account default (the primary key’s). */
                                inherited: boolean;
                                /** @description The virtual machines' configuration cannot be changed. */
                                lockVmConfiguration: boolean;
                                /** @enum {string} */
                                network: "disconnect" | "shared" | "host-only" | "bridged";
                                /** @description At most one corporate virtual machine per user. */
                                oneCorporateVmPerUser: boolean;
                                /** @description Corporate virtual machines cannot be removed. */
                                preventVmRemoval: boolean;
                                /** @description Developer tools are shown (the default: true). */
                                showDeveloperTools: boolean;
                                /** @description Grows with every change of the policy the key has (its own, or the default it inherits); never goes back. */
                                version: number;
                                /** @enum {string} */
                                vmStartup: "manual" | "background";
                            };
                            /** @description An identifier (UUID). */
                            keyId: string;
                            /** @description A policy, as the API answers it and as a certificate carries it (claim `policy`). */
                            policy: {
                                /** @description No upgrade to a new major version of the app. */
                                blockMajorUpgrades: boolean;
                                /** @description Only corporate virtual machines (from the golden image) may run. */
                                corporateVmsOnly: boolean;
                                /** @description Guest tools are not updated automatically. */
                                disableToolsAutoUpdate: boolean;
                                /** @description True when the key has no policy of its own and has the account default (the primary key’s). */
                                inherited: boolean;
                                /** @description The virtual machines' configuration cannot be changed. */
                                lockVmConfiguration: boolean;
                                /** @enum {string} */
                                network: "disconnect" | "shared" | "host-only" | "bridged";
                                /** @description At most one corporate virtual machine per user. */
                                oneCorporateVmPerUser: boolean;
                                /** @description Corporate virtual machines cannot be removed. */
                                preventVmRemoval: boolean;
                                /** @description Developer tools are shown (the default: true). */
                                showDeveloperTools: boolean;
                                /** @description Grows with every change of the policy the key has (its own, or the default it inherits); never goes back. */
                                version: number;
                                /** @enum {string} */
                                vmStartup: "manual" | "background";
                            };
                            updatedAt: string | null;
                        };
                    };
                };
            };
        };
        /**
         * Set a key's own policy; on the primary key, the account default
         * @description Account Administrators. Every setting, nothing else (400 INVALID_REQUEST names an unknown field). A change bumps the version the devices see at their next check-in; sending the policy the key has changes nothing.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            /** @description A policy: every setting, nothing else. */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description No upgrade to a new major version of the app. */
                        blockMajorUpgrades: boolean;
                        /** @description Only corporate virtual machines (from the golden image) may run. */
                        corporateVmsOnly: boolean;
                        /** @description Guest tools are not updated automatically. */
                        disableToolsAutoUpdate: boolean;
                        /** @description The virtual machines' configuration cannot be changed. */
                        lockVmConfiguration: boolean;
                        /** @enum {string} */
                        network: "disconnect" | "shared" | "host-only" | "bridged";
                        /** @description At most one corporate virtual machine per user. */
                        oneCorporateVmPerUser: boolean;
                        /** @description Corporate virtual machines cannot be removed. */
                        preventVmRemoval: boolean;
                        /** @description Developer tools are shown (the default: true). */
                        showDeveloperTools: boolean;
                        /** @enum {string} */
                        vmStartup: "manual" | "background";
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A policy, as the API answers it and as a certificate carries it (claim `policy`). */
                            accountDefault: {
                                /** @description No upgrade to a new major version of the app. */
                                blockMajorUpgrades: boolean;
                                /** @description Only corporate virtual machines (from the golden image) may run. */
                                corporateVmsOnly: boolean;
                                /** @description Guest tools are not updated automatically. */
                                disableToolsAutoUpdate: boolean;
                                /** @description True when the key has no policy of its own and has the account default (the primary key’s). */
                                inherited: boolean;
                                /** @description The virtual machines' configuration cannot be changed. */
                                lockVmConfiguration: boolean;
                                /** @enum {string} */
                                network: "disconnect" | "shared" | "host-only" | "bridged";
                                /** @description At most one corporate virtual machine per user. */
                                oneCorporateVmPerUser: boolean;
                                /** @description Corporate virtual machines cannot be removed. */
                                preventVmRemoval: boolean;
                                /** @description Developer tools are shown (the default: true). */
                                showDeveloperTools: boolean;
                                /** @description Grows with every change of the policy the key has (its own, or the default it inherits); never goes back. */
                                version: number;
                                /** @enum {string} */
                                vmStartup: "manual" | "background";
                            };
                            /** @description An identifier (UUID). */
                            keyId: string;
                            /** @description A policy, as the API answers it and as a certificate carries it (claim `policy`). */
                            policy: {
                                /** @description No upgrade to a new major version of the app. */
                                blockMajorUpgrades: boolean;
                                /** @description Only corporate virtual machines (from the golden image) may run. */
                                corporateVmsOnly: boolean;
                                /** @description Guest tools are not updated automatically. */
                                disableToolsAutoUpdate: boolean;
                                /** @description True when the key has no policy of its own and has the account default (the primary key’s). */
                                inherited: boolean;
                                /** @description The virtual machines' configuration cannot be changed. */
                                lockVmConfiguration: boolean;
                                /** @enum {string} */
                                network: "disconnect" | "shared" | "host-only" | "bridged";
                                /** @description At most one corporate virtual machine per user. */
                                oneCorporateVmPerUser: boolean;
                                /** @description Corporate virtual machines cannot be removed. */
                                preventVmRemoval: boolean;
                                /** @description Developer tools are shown (the default: true). */
                                showDeveloperTools: boolean;
                                /** @description Grows with every change of the policy the key has (its own, or the default it inherits); never goes back. */
                                version: number;
                                /** @enum {string} */
                                vmStartup: "manual" | "background";
                            };
                            updatedAt: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove a sublicense key’s own policy: it inherits the account default again
         * @description 409 PRIMARY_KEY_IMMUTABLE on the primary key (its policy is the default).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A policy, as the API answers it and as a certificate carries it (claim `policy`). */
                            accountDefault: {
                                /** @description No upgrade to a new major version of the app. */
                                blockMajorUpgrades: boolean;
                                /** @description Only corporate virtual machines (from the golden image) may run. */
                                corporateVmsOnly: boolean;
                                /** @description Guest tools are not updated automatically. */
                                disableToolsAutoUpdate: boolean;
                                /** @description True when the key has no policy of its own and has the account default (the primary key’s). */
                                inherited: boolean;
                                /** @description The virtual machines' configuration cannot be changed. */
                                lockVmConfiguration: boolean;
                                /** @enum {string} */
                                network: "disconnect" | "shared" | "host-only" | "bridged";
                                /** @description At most one corporate virtual machine per user. */
                                oneCorporateVmPerUser: boolean;
                                /** @description Corporate virtual machines cannot be removed. */
                                preventVmRemoval: boolean;
                                /** @description Developer tools are shown (the default: true). */
                                showDeveloperTools: boolean;
                                /** @description Grows with every change of the policy the key has (its own, or the default it inherits); never goes back. */
                                version: number;
                                /** @enum {string} */
                                vmStartup: "manual" | "background";
                            };
                            /** @description An identifier (UUID). */
                            keyId: string;
                            /** @description A policy, as the API answers it and as a certificate carries it (claim `policy`). */
                            policy: {
                                /** @description No upgrade to a new major version of the app. */
                                blockMajorUpgrades: boolean;
                                /** @description Only corporate virtual machines (from the golden image) may run. */
                                corporateVmsOnly: boolean;
                                /** @description Guest tools are not updated automatically. */
                                disableToolsAutoUpdate: boolean;
                                /** @description True when the key has no policy of its own and has the account default (the primary key’s). */
                                inherited: boolean;
                                /** @description The virtual machines' configuration cannot be changed. */
                                lockVmConfiguration: boolean;
                                /** @enum {string} */
                                network: "disconnect" | "shared" | "host-only" | "bridged";
                                /** @description At most one corporate virtual machine per user. */
                                oneCorporateVmPerUser: boolean;
                                /** @description Corporate virtual machines cannot be removed. */
                                preventVmRemoval: boolean;
                                /** @description Developer tools are shown (the default: true). */
                                showDeveloperTools: boolean;
                                /** @description Grows with every change of the policy the key has (its own, or the default it inherits); never goes back. */
                                version: number;
                                /** @enum {string} */
                                vmStartup: "manual" | "background";
                            };
                            updatedAt: string | null;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{id}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the key string; the old one stops working at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            available: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            expiresAt: string;
                            expiresWithSubscription: boolean;
                            /** @description The golden image its devices start from (GET /v1/golden-images/{id}); null: none */
                            goldenImageId: string | null;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description The license key, 5 × 6 characters. */
                            key: string;
                            maxSeats: number | null;
                            name: string;
                            /** @description Whether the key has a policy of its own; false: it inherits the account default (the primary key is the default: always true) */
                            ownPolicy: boolean;
                            /** @description Identity-provider groups (ids or names) whose people draw their seat on this key */
                            ssoGroups: string[];
                            /** @description A person in several mapped groups gets the key with the lowest priority */
                            ssoPriority: number;
                            /** @enum {string} */
                            status: "active" | "blocked" | "expired";
                            /** @description An identifier (UUID). */
                            subscriptionId: string;
                            /** @enum {string} */
                            type: "primary" | "dynamic" | "reserved";
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                            used: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{id}/unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unblock a key */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            available: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            expiresAt: string;
                            expiresWithSubscription: boolean;
                            /** @description The golden image its devices start from (GET /v1/golden-images/{id}); null: none */
                            goldenImageId: string | null;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description The license key, 5 × 6 characters. */
                            key: string;
                            maxSeats: number | null;
                            name: string;
                            /** @description Whether the key has a policy of its own; false: it inherits the account default (the primary key is the default: always true) */
                            ownPolicy: boolean;
                            /** @description Identity-provider groups (ids or names) whose people draw their seat on this key */
                            ssoGroups: string[];
                            /** @description A person in several mapped groups gets the key with the lowest priority */
                            ssoPriority: number;
                            /** @enum {string} */
                            status: "active" | "blocked" | "expired";
                            /** @description An identifier (UUID). */
                            subscriptionId: string;
                            /** @enum {string} */
                            type: "primary" | "dynamic" | "reserved";
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                            used: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member signed in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                name: string;
                            };
                            member: {
                                /** @description An identifier (UUID). */
                                accountId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                email: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                /** @description A License Administrator's keys */
                                keyIds: string[];
                                lastSignInAt: string | null;
                                name: string;
                                /** @enum {string} */
                                role: "account_admin" | "license_admin" | "member";
                                /** @enum {string} */
                                status: "invited" | "active" | "blocked";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your name or your email address
         * @description A new email address needs currentPassword (403 PASSWORD_INCORRECT when it is wrong) and must be no other member's (409 MEMBER_EXISTS). Your own record only: an Account Administrator changes no one else's address.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Required to change the email address. */
                        currentPassword?: string;
                        /** Format: email */
                        email?: string;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            email: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description A License Administrator's keys */
                            keyIds: string[];
                            lastSignInAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "account_admin" | "license_admin" | "member";
                            /** @enum {string} */
                            status: "invited" | "active" | "blocked";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password (your other sessions end) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            email: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description A License Administrator's keys */
                            keyIds: string[];
                            lastSignInAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "account_admin" | "license_admin" | "member";
                            /** @enum {string} */
                            status: "invited" | "active" | "blocked";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove a member (or leave the account: your own id) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            email: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description A License Administrator's keys */
                            keyIds: string[];
                            lastSignInAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "account_admin" | "license_admin" | "member";
                            /** @enum {string} */
                            status: "invited" | "active" | "blocked";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename a member, change their role or a License Administrator's keys */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        keyIds?: string[];
                        name?: string;
                        /** @enum {string} */
                        role?: "account_admin" | "license_admin" | "member";
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            email: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description A License Administrator's keys */
                            keyIds: string[];
                            lastSignInAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "account_admin" | "license_admin" | "member";
                            /** @enum {string} */
                            status: "invited" | "active" | "blocked";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/members/{id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Block a member: they cannot sign in, and their sessions end */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            email: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description A License Administrator's keys */
                            keyIds: string[];
                            lastSignInAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "account_admin" | "license_admin" | "member";
                            /** @enum {string} */
                            status: "invited" | "active" | "blocked";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{id}/resend-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email an invited member a new link (the old one stops working) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            email: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description A License Administrator's keys */
                            keyIds: string[];
                            lastSignInAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "account_admin" | "license_admin" | "member";
                            /** @enum {string} */
                            status: "invited" | "active" | "blocked";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{id}/unblock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unblock a member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            email: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description A License Administrator's keys */
                            keyIds: string[];
                            lastSignInAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "account_admin" | "license_admin" | "member";
                            /** @enum {string} */
                            status: "invited" | "active" | "blocked";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account as support sees it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                name: string;
                            };
                            activeDevices: number;
                            domains: {
                                domain: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                /** @enum {string} */
                                status: "pending" | "verified";
                            }[];
                            members: {
                                email: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                lastSignInAt: string | null;
                                name: string;
                                /** @enum {string} */
                                role: "account_admin" | "license_admin" | "member";
                                /** @enum {string} */
                                status: "invited" | "active" | "blocked";
                            }[];
                            sso: {
                                enforce: boolean;
                                protocol: ("saml" | "oidc") | null;
                                scimTokens: number;
                                ssoUsers: number;
                            };
                            subscriptions: {
                                /** @description An identifier (UUID). */
                                accountId: string;
                                autoReleaseDays: number | null;
                                autoRenew: boolean;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                expiresAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                graceEndsAt: string;
                                gracePeriodDays: number;
                                /** @description An identifier (UUID). */
                                id: string;
                                product: {
                                    code: string;
                                    /** @description An identifier (UUID). */
                                    id: string;
                                    name: string;
                                };
                                /** @description The seat formulas of DOMAIN.md, to the seat. */
                                seats: {
                                    /** @description The main pool: total − used − reservedTotal + reservedUsed */
                                    availableDynamic: number;
                                    /** @description reservedTotal − reservedUsed */
                                    availableReserved: number;
                                    reservedTotal: number;
                                    reservedUsed: number;
                                    total: number;
                                    /** @description total − used = availableDynamic + availableReserved */
                                    unused: number;
                                    used: number;
                                };
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                startsAt: string;
                                /** @enum {string} */
                                status: "active" | "expiring" | "grace" | "expired";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/accounts/{id}/support-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record in the account's audit log that an operator opened its support view */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/accounts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find accounts by name, domain, member address, the start of a license key, or a device fingerprint */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    /** @description A name, a domain, a member's address (or its start), the start of a license key, a fingerprint (or its start, 4 characters or more). */
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                account: {
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                     */
                                    createdAt: string;
                                    /** @description An identifier (UUID). */
                                    id: string;
                                    name: string;
                                };
                                matches: {
                                    /** @enum {string} */
                                    field: "name" | "domain" | "member_email" | "key_prefix" | "device_fingerprint";
                                    /** @description What matched; of a key, only its first group. */
                                    value: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vendor's people who may sign in to the operator console */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                email: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                lastSignInAt: string | null;
                                name: string;
                                /** @enum {string} */
                                status: "active" | "blocked";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add an operator member, with a password
         * @description 409 OPERATOR_EXISTS when the address has one already; the password follows the member rules (400 INVALID_REQUEST).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            email: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            lastSignInAt: string | null;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "blocked";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/members/{id}": {
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
         * Remove an operator member (their sessions end)
         * @description 409 LAST_OPERATOR for the last active one; 404 OPERATOR_NOT_FOUND for an unknown id.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fleet at a glance: figures, subscriptions expiring within 30 days, subscriptions at their limit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description At most 20. */
                            atLimit: {
                                /** @description An identifier (UUID). */
                                accountId: string;
                                accountName: string;
                                productName: string;
                                seats: {
                                    total: number;
                                    used: number;
                                };
                                /** @description An identifier (UUID). */
                                subscriptionId: string;
                            }[];
                            /** @description At most 20, soonest first. */
                            expiringSoon: {
                                /** @description An identifier (UUID). */
                                accountId: string;
                                accountName: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                expiresAt: string;
                                productName: string;
                                seats: {
                                    total: number;
                                    used: number;
                                };
                                /** @description An identifier (UUID). */
                                subscriptionId: string;
                            }[];
                            figures: {
                                accounts: number;
                                /** @description Accounts with a subscription whose pool has no free seat. */
                                accountsAtLimit: number;
                                activeDevices: number;
                                /** @description Seats of the subscriptions that have not expired (grace included). */
                                seatsSold: number;
                                seatsUsed: number;
                                /** @description Expiring in the next 30 days. */
                                subscriptionsExpiringSoon: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which operator member is signed in (the session cookie), with its CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send it as x-csrf-token with every change made with this session. */
                            csrfToken: string;
                            operator: {
                                email: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Sign in as an operator member: a session cookie (its id starts with op.) and its CSRF token
         * @description Every failure answers INVALID_CREDENTIALS alike. Repeated failures for an address, or many attempts from one client, answer RATE_LIMITED.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send it as x-csrf-token with every change made with this session. */
                            csrfToken: string;
                            operator: {
                                email: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        /** Sign out (an operator member) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a link to reset the password (always 202: nobody learns which addresses are members) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a password from an emailed link (a reset, or joining an account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            member: {
                                /** @description An identifier (UUID). */
                                accountId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                email: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                /** @description A License Administrator's keys */
                                keyIds: string[];
                                lastSignInAt: string | null;
                                name: string;
                                /** @enum {string} */
                                role: "account_admin" | "license_admin" | "member";
                                /** @enum {string} */
                                status: "invited" | "active" | "blocked";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                code: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                downloadUrl: string | null;
                                /** @description An identifier (UUID). */
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a product */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        downloadUrl?: string | null;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            downloadUrl: string | null;
                            /** @description An identifier (UUID). */
                            id: string;
                            name: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}": {
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
        /** Rename a product or change its download URL */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        downloadUrl?: string | null;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            downloadUrl: string | null;
                            /** @description An identifier (UUID). */
                            id: string;
                            name: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/scim-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a SCIM token: the identity provider's next request with it is refused */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            /** @description The first characters of the token, to recognise it. */
                            prefix: string;
                            revokedAt: string | null;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in (the session cookie), with its CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                name: string;
                            };
                            /** @description Send it as x-csrf-token on every change made with the session cookie. */
                            csrfToken: string;
                            member: {
                                /** @description An identifier (UUID). */
                                accountId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                email: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                /** @description A License Administrator's keys */
                                keyIds: string[];
                                lastSignInAt: string | null;
                                name: string;
                                /** @enum {string} */
                                role: "account_admin" | "license_admin" | "member";
                                /** @enum {string} */
                                status: "invited" | "active" | "blocked";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Sign in to the console: a session cookie and its CSRF token
         * @description Every failure answers INVALID_CREDENTIALS alike. Repeated failures for an address, or many attempts from one client, answer RATE_LIMITED.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                name: string;
                            };
                            /** @description Send it as x-csrf-token on every change made with the session cookie. */
                            csrfToken: string;
                            member: {
                                /** @description An identifier (UUID). */
                                accountId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                email: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                /** @description A License Administrator's keys */
                                keyIds: string[];
                                lastSignInAt: string | null;
                                name: string;
                                /** @enum {string} */
                                role: "account_admin" | "license_admin" | "member";
                                /** @enum {string} */
                                status: "invited" | "active" | "blocked";
                            };
                        };
                    };
                };
            };
        };
        /** Sign out */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/signing-keys/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the certificate signing key */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            kid: string;
                            retired: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sso-users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One SSO user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            deactivatedAt: string | null;
                            /** @description Active devices, all subscriptions */
                            devices: number;
                            email: string;
                            groups: string[];
                            /** @description An identifier (UUID). */
                            id: string;
                            lastSignInAt: string | null;
                            name: string | null;
                            provisioning: {
                                deprovisionedAt: string | null;
                                externalId: string | null;
                                /** @description The name of the SCIM token that provisioned the person (the identity provider, as the administrator named it) */
                                provider: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                provisionedAt: string;
                                userName: string;
                            } | null;
                            /** @description Per subscription: the key the seat is on, and the devices sharing it */
                            seats: {
                                /** @description Active devices sharing the seat */
                                devices: number;
                                /** @description An identifier (UUID). */
                                keyId: string;
                                keyName: string;
                                /** @description The subscription's product */
                                productName: string;
                                /** @description An identifier (UUID). */
                                subscriptionId: string;
                            }[];
                            /** @enum {string} */
                            status: "active" | "deactivated";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sso-users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate an SSO user: their devices end at once and their seats are freed; their check-ins answer SSO_USER_DEACTIVATED */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            deactivatedAt: string | null;
                            /** @description Active devices, all subscriptions */
                            devices: number;
                            email: string;
                            groups: string[];
                            /** @description An identifier (UUID). */
                            id: string;
                            lastSignInAt: string | null;
                            name: string | null;
                            provisioning: {
                                deprovisionedAt: string | null;
                                externalId: string | null;
                                /** @description The name of the SCIM token that provisioned the person (the identity provider, as the administrator named it) */
                                provider: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                provisionedAt: string;
                                userName: string;
                            } | null;
                            /** @description Per subscription: the key the seat is on, and the devices sharing it */
                            seats: {
                                /** @description Active devices sharing the seat */
                                devices: number;
                                /** @description An identifier (UUID). */
                                keyId: string;
                                keyName: string;
                                /** @description The subscription's product */
                                productName: string;
                                /** @description An identifier (UUID). */
                                subscriptionId: string;
                            }[];
                            /** @enum {string} */
                            status: "active" | "deactivated";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sso-users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a deactivated SSO user activate again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            deactivatedAt: string | null;
                            /** @description Active devices, all subscriptions */
                            devices: number;
                            email: string;
                            groups: string[];
                            /** @description An identifier (UUID). */
                            id: string;
                            lastSignInAt: string | null;
                            name: string | null;
                            provisioning: {
                                deprovisionedAt: string | null;
                                externalId: string | null;
                                /** @description The name of the SCIM token that provisioned the person (the identity provider, as the administrator named it) */
                                provider: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                provisionedAt: string;
                                userName: string;
                            } | null;
                            /** @description Per subscription: the key the seat is on, and the devices sharing it */
                            seats: {
                                /** @description Active devices sharing the seat */
                                devices: number;
                                /** @description An identifier (UUID). */
                                keyId: string;
                                keyName: string;
                                /** @description The subscription's product */
                                productName: string;
                                /** @description An identifier (UUID). */
                                subscriptionId: string;
                            }[];
                            /** @enum {string} */
                            status: "active" | "deactivated";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List subscriptions */
        get: {
            parameters: {
                query?: {
                    /** @description An identifier (UUID). */
                    accountId?: string;
                    /** @description The nextCursor of the previous page. */
                    cursor?: string;
                    limit?: number;
                    status?: "active" | "expiring" | "grace" | "expired";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description An identifier (UUID). */
                                accountId: string;
                                autoReleaseDays: number | null;
                                autoRenew: boolean;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                expiresAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                graceEndsAt: string;
                                gracePeriodDays: number;
                                /** @description An identifier (UUID). */
                                id: string;
                                product: {
                                    code: string;
                                    /** @description An identifier (UUID). */
                                    id: string;
                                    name: string;
                                };
                                /** @description The seat formulas of DOMAIN.md, to the seat. */
                                seats: {
                                    /** @description The main pool: total − used − reservedTotal + reservedUsed */
                                    availableDynamic: number;
                                    /** @description reservedTotal − reservedUsed */
                                    availableReserved: number;
                                    reservedTotal: number;
                                    reservedUsed: number;
                                    total: number;
                                    /** @description total − used = availableDynamic + availableReserved */
                                    unused: number;
                                    used: number;
                                };
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                startsAt: string;
                                /** @enum {string} */
                                status: "active" | "expiring" | "grace" | "expired";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                updatedAt: string;
                            }[];
                            nextCursor?: string;
                            total?: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a subscription with its seats */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            autoReleaseDays: number | null;
                            autoRenew: boolean;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            expiresAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            graceEndsAt: string;
                            gracePeriodDays: number;
                            /** @description An identifier (UUID). */
                            id: string;
                            product: {
                                code: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                name: string;
                            };
                            /** @description The seat formulas of DOMAIN.md, to the seat. */
                            seats: {
                                /** @description The main pool: total − used − reservedTotal + reservedUsed */
                                availableDynamic: number;
                                /** @description reservedTotal − reservedUsed */
                                availableReserved: number;
                                reservedTotal: number;
                                reservedUsed: number;
                                total: number;
                                /** @description total − used = availableDynamic + availableReserved */
                                unused: number;
                                used: number;
                            };
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            startsAt: string;
                            /** @enum {string} */
                            status: "active" | "expiring" | "grace" | "expired";
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Add seats, move the expiry, set auto-renew (operator) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Seats to add to the total as it is then (two additions at once both count); not with seats. */
                        addSeats?: number;
                        autoReleaseDays?: number | null;
                        autoRenew?: boolean;
                        /**
                         * Format: date-time
                         * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                         */
                        expiresAt?: string;
                        gracePeriodDays?: number;
                        seats?: number;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An identifier (UUID). */
                            accountId: string;
                            autoReleaseDays: number | null;
                            autoRenew: boolean;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            expiresAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            graceEndsAt: string;
                            gracePeriodDays: number;
                            /** @description An identifier (UUID). */
                            id: string;
                            product: {
                                code: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                name: string;
                            };
                            /** @description The seat formulas of DOMAIN.md, to the seat. */
                            seats: {
                                /** @description The main pool: total − used − reservedTotal + reservedUsed */
                                availableDynamic: number;
                                /** @description reservedTotal − reservedUsed */
                                availableReserved: number;
                                reservedTotal: number;
                                reservedUsed: number;
                                total: number;
                                /** @description total − used = availableDynamic + availableReserved */
                                unused: number;
                                used: number;
                            };
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            startsAt: string;
                            /** @enum {string} */
                            status: "active" | "expiring" | "grace" | "expired";
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/subscriptions/{id}/activations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List devices: filter, search, sort, page */
        get: {
            parameters: {
                query?: {
                    /** @description How total is counted. exact (default): every matching device. capped: at most 10,000, past which total is that cap and totalIsExact false (what the console asks: flat cost at a million devices). none: no total. */
                    count?: "exact" | "capped" | "none";
                    /** @description The nextCursor of the previous page (same filters, sort and order; no offset): keyset paging, as fast on page 20,000 as on page 1. */
                    cursor?: string;
                    /** @description An identifier (UUID). */
                    keyId?: string;
                    limit?: number;
                    /** @description How q matches. contains (default): a substring of any of those fields; it reads the devices in sort order until the page is full, so a rare match reads them all. prefix: the start of the name, fingerprint or user, read from an index. */
                    match?: "contains" | "prefix";
                    offset?: number;
                    order?: "asc" | "desc";
                    /** @description Search name, serial, MAC, IP, OS, app version, fingerprint, user. */
                    q?: string;
                    sort?: "activatedAt" | "lastCheckInAt" | "name" | "os" | "appVersion" | "ip" | "serial" | "mac";
                    status?: "active" | "deactivated" | "blacklisted" | "released" | "all";
                };
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: ({
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                activatedAt: string;
                                activationType: string;
                                device: {
                                    appVersion: string | null;
                                    ip: string | null;
                                    mac: string | null;
                                    name: string;
                                    os: string;
                                    serial: string | null;
                                };
                                endedAt: string | null;
                                endReason: string | null;
                                fingerprint: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                /** @description An identifier (UUID). */
                                keyId: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                lastCheckInAt: string;
                                ssoUserId: string | null;
                                /** @enum {string} */
                                status: "active" | "deactivated" | "blacklisted" | "released";
                                /** @description An identifier (UUID). */
                                subscriptionId: string;
                                userEmail: string | null;
                            } & {
                                keyName: string;
                            })[];
                            nextCursor?: string;
                            total?: number;
                            /** @description False when total is a lower bound (count=capped, more devices than the cap). */
                            totalIsExact?: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/activations.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export devices to CSV
         * @description The devices the list shows for the same filters, search and sort (every page).
         */
        get: {
            parameters: {
                query?: {
                    /** @description An identifier (UUID). */
                    keyId?: string;
                    /** @description How q matches. contains (default): a substring of any of those fields; it reads the devices in sort order until the page is full, so a rare match reads them all. prefix: the start of the name, fingerprint or user, read from an index. */
                    match?: "contains" | "prefix";
                    order?: "asc" | "desc";
                    /** @description Search name, serial, MAC, IP, OS, app version, fingerprint, user. */
                    q?: string;
                    sort?: "activatedAt" | "lastCheckInAt" | "name" | "os" | "appVersion" | "ip" | "serial" | "mac";
                    status?: "active" | "deactivated" | "blacklisted" | "released" | "all";
                };
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description CSV with a header row */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/activations/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate, blacklist or move many devices at once
         * @description Each device in its own transaction, in the order given, with a result of its own: one refused device does not stop the others. `keyId` is the target of a move; `reason` a blacklisting's.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "deactivate" | "blacklist" | "move";
                        /** @description From 1 to 500 devices. */
                        activationIds: string[];
                        /** @description An identifier (UUID). */
                        keyId?: string;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                activation?: {
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                     */
                                    activatedAt: string;
                                    activationType: string;
                                    device: {
                                        appVersion: string | null;
                                        ip: string | null;
                                        mac: string | null;
                                        name: string;
                                        os: string;
                                        serial: string | null;
                                    };
                                    endedAt: string | null;
                                    endReason: string | null;
                                    fingerprint: string;
                                    /** @description An identifier (UUID). */
                                    id: string;
                                    /** @description An identifier (UUID). */
                                    keyId: string;
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                     */
                                    lastCheckInAt: string;
                                    ssoUserId: string | null;
                                    /** @enum {string} */
                                    status: "active" | "deactivated" | "blacklisted" | "released";
                                    /** @description An identifier (UUID). */
                                    subscriptionId: string;
                                    userEmail: string | null;
                                };
                                /** @description An identifier (UUID). */
                                activationId: string;
                                blacklistEntry?: {
                                    activationId: string | null;
                                    /**
                                     * Format: date-time
                                     * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                     */
                                    createdAt: string;
                                    deviceName: string | null;
                                    fingerprint: string;
                                    /** @description An identifier (UUID). */
                                    id: string;
                                    reason: string | null;
                                    /** @description An identifier (UUID). */
                                    subscriptionId: string;
                                };
                                error?: {
                                    /** @enum {string} */
                                    code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                    message: string;
                                };
                                ok: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/blacklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The blacklist */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                activationId: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                deviceName: string | null;
                                fingerprint: string;
                                /** @description An identifier (UUID). */
                                id: string;
                                reason: string | null;
                                /** @description An identifier (UUID). */
                                subscriptionId: string;
                            }[];
                            nextCursor?: string;
                            total?: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscription's invitations, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description An identifier (UUID). */
                    keyId?: string;
                    limit?: number;
                    offset?: number;
                    /** @description Part of the email address. */
                    q?: string;
                    status?: "pending" | "accepted" | "expired" | "revoked";
                };
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                acceptedAt: string | null;
                                activationId: string | null;
                                /** @description The personal activation code, 5 × 6 characters. */
                                code: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                delivery: {
                                    attempts: number;
                                    lastError: string | null;
                                    nextAttemptAt: string | null;
                                    sentAt: string | null;
                                    /** @enum {string} */
                                    status: "queued" | "retrying" | "sent" | "failed" | "cancelled";
                                };
                                deviceName: string | null;
                                email: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                expiresAt: string;
                                expiresInDays: number;
                                /** @description An identifier (UUID). */
                                id: string;
                                /** @description An identifier (UUID). */
                                keyId: string;
                                keyName: string;
                                /** @enum {string} */
                                language: "en" | "de" | "fr" | "es" | "ja";
                                revokedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "expired" | "revoked";
                                /** @description An identifier (UUID). */
                                subscriptionId: string;
                            }[];
                            nextCursor?: string;
                            total?: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/invitations.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the subscription's invitations as CSV (email, code, status, key, language, expiry, delivery, download URL), filtered as the list is */
        get: {
            parameters: {
                query?: {
                    /** @description An identifier (UUID). */
                    keyId?: string;
                    /** @description Part of the email address. */
                    q?: string;
                    status?: "pending" | "accepted" | "expired" | "revoked";
                };
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description CSV, with a header row */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a subscription's keys */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                available: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                expiresAt: string;
                                expiresWithSubscription: boolean;
                                /** @description The golden image its devices start from (GET /v1/golden-images/{id}); null: none */
                                goldenImageId: string | null;
                                /** @description An identifier (UUID). */
                                id: string;
                                /** @description The license key, 5 × 6 characters. */
                                key: string;
                                maxSeats: number | null;
                                name: string;
                                /** @description Whether the key has a policy of its own; false: it inherits the account default (the primary key is the default: always true) */
                                ownPolicy: boolean;
                                /** @description Identity-provider groups (ids or names) whose people draw their seat on this key */
                                ssoGroups: string[];
                                /** @description A person in several mapped groups gets the key with the lowest priority */
                                ssoPriority: number;
                                /** @enum {string} */
                                status: "active" | "blocked" | "expired";
                                /** @description An identifier (UUID). */
                                subscriptionId: string;
                                /** @enum {string} */
                                type: "primary" | "dynamic" | "reserved";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                updatedAt: string;
                                used: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a sublicense key */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expiresAt?: string | null;
                        maxSeats: number;
                        name: string;
                        /** @description Identity-provider group ids or names (matched trimmed, case-insensitively) */
                        ssoGroups?: string[];
                        /** @description Lowest wins for a person in several mapped groups (default 100) */
                        ssoPriority?: number;
                        /** @enum {string} */
                        type: "dynamic" | "reserved";
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            available: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            expiresAt: string;
                            expiresWithSubscription: boolean;
                            /** @description The golden image its devices start from (GET /v1/golden-images/{id}); null: none */
                            goldenImageId: string | null;
                            /** @description An identifier (UUID). */
                            id: string;
                            /** @description The license key, 5 × 6 characters. */
                            key: string;
                            maxSeats: number | null;
                            name: string;
                            /** @description Whether the key has a policy of its own; false: it inherits the account default (the primary key is the default: always true) */
                            ownPolicy: boolean;
                            /** @description Identity-provider groups (ids or names) whose people draw their seat on this key */
                            ssoGroups: string[];
                            /** @description A person in several mapped groups gets the key with the lowest priority */
                            ssoPriority: number;
                            /** @enum {string} */
                            status: "active" | "blocked" | "expired";
                            /** @description An identifier (UUID). */
                            subscriptionId: string;
                            /** @enum {string} */
                            type: "primary" | "dynamic" | "reserved";
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                            used: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seats in use at the end of each day against the total, for the subscription or one key */
        get: {
            parameters: {
                query?: {
                    days?: 7 | 30 | 90;
                    /** @description An identifier (UUID). */
                    keyId?: string;
                };
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            days: number;
                            /** @description One per UTC day of the window since startedAt, oldest first, the last one today: fewer than `days` for a younger subscription. */
                            points: {
                                /** @description UTC day, YYYY-MM-DD */
                                date: string;
                                total: number;
                                used: number;
                            }[];
                            /**
                             * Format: date-time
                             * @description When the subscription (or the key asked for) was created: the points begin on its UTC day.
                             */
                            startedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/system": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What this server offers: whether it can send email, and whether anyone can sign in yet
         * @description Public, so that the console can say so before anyone signs in (the password reset page).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            mail: {
                                /** @description Whether an SMTP server is configured (ALLOT_SMTP_URL). Without one, emails wait in the outbox until it is. */
                                configured: boolean;
                            };
                            /** @description True while no account has an active Account Administrator: nobody can sign in yet (`npx allot setup` makes the first). */
                            setupNeeded: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            /** @description An identifier (UUID). */
                            id: string;
                            keyIds: string[];
                            lastUsedAt: string | null;
                            name: string;
                            /** @description The first characters of the token, to recognise it. */
                            prefix: string;
                            revokedAt: string | null;
                            role: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An account's webhook endpoints (the operator: an account's, or without accountId its own)
         * @description Account Administrators (their account) and the operator (any account, or operator-wide endpoints).
         */
        get: {
            parameters: {
                query?: {
                    /** @description An identifier (UUID). */
                    accountId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                accountId: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                description: string | null;
                                disabledAt: string | null;
                                disabledReason: string | null;
                                enabled: boolean;
                                events: ("activation.created" | "activation.ended" | "seats.limit_reached" | "subscription.expiring_soon" | "subscription.expired" | "subscription.in_grace" | "key.blocked" | "key.regenerated" | "key.expired" | "invitation.accepted" | "sso_user.deprovisioned" | "webhook.test")[];
                                failureStreak: number;
                                /** @description An identifier (UUID). */
                                id: string;
                                previousSecretUntil: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                updatedAt: string;
                                url: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a webhook endpoint; its signing secret is answered this once
         * @description Account Administrators (their account) and the operator (any account, or operator-wide endpoints). The operator passes accountId, or none for an endpoint that receives every account's events. 400 WEBHOOK_URL_NOT_ALLOWED when the URL's host resolves to a private or reserved address that is not allow-listed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accountId?: string | null;
                        description?: string | null;
                        /** @description The event types it receives. */
                        events: ("activation.created" | "activation.ended" | "seats.limit_reached" | "subscription.expiring_soon" | "subscription.expired" | "subscription.in_grace" | "key.blocked" | "key.regenerated" | "key.expired" | "invitation.accepted" | "sso_user.deprovisioned" | "webhook.test")[];
                        /**
                         * Format: uri
                         * @description https (http only to allow-listed addresses).
                         */
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            endpoint: {
                                accountId: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                description: string | null;
                                disabledAt: string | null;
                                disabledReason: string | null;
                                enabled: boolean;
                                events: ("activation.created" | "activation.ended" | "seats.limit_reached" | "subscription.expiring_soon" | "subscription.expired" | "subscription.in_grace" | "key.blocked" | "key.regenerated" | "key.expired" | "invitation.accepted" | "sso_user.deprovisioned" | "webhook.test")[];
                                failureStreak: number;
                                /** @description An identifier (UUID). */
                                id: string;
                                previousSecretUntil: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                updatedAt: string;
                                url: string;
                            };
                            /** @description The signing secret (whsec_…), shown this once. */
                            secret: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook endpoint (never its secret) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            description: string | null;
                            disabledAt: string | null;
                            disabledReason: string | null;
                            enabled: boolean;
                            events: ("activation.created" | "activation.ended" | "seats.limit_reached" | "subscription.expiring_soon" | "subscription.expired" | "subscription.in_grace" | "key.blocked" | "key.regenerated" | "key.expired" | "invitation.accepted" | "sso_user.deprovisioned" | "webhook.test")[];
                            failureStreak: number;
                            /** @description An identifier (UUID). */
                            id: string;
                            previousSecretUntil: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                            url: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a webhook endpoint and its delivery log */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a webhook endpoint: its URL, events, description, or enable (resets its failure streak) or disable it */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        /** @description true re-enables a disabled endpoint and resets its failure streak; false disables it. */
                        enabled?: boolean;
                        /** @description The event types it receives. */
                        events?: ("activation.created" | "activation.ended" | "seats.limit_reached" | "subscription.expiring_soon" | "subscription.expired" | "subscription.in_grace" | "key.blocked" | "key.regenerated" | "key.expired" | "invitation.accepted" | "sso_user.deprovisioned" | "webhook.test")[];
                        /**
                         * Format: uri
                         * @description https (http only to allow-listed addresses).
                         */
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accountId: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            description: string | null;
                            disabledAt: string | null;
                            disabledReason: string | null;
                            enabled: boolean;
                            events: ("activation.created" | "activation.ended" | "seats.limit_reached" | "subscription.expiring_soon" | "subscription.expired" | "subscription.in_grace" | "key.blocked" | "key.regenerated" | "key.expired" | "invitation.accepted" | "sso_user.deprovisioned" | "webhook.test")[];
                            failureStreak: number;
                            /** @description An identifier (UUID). */
                            id: string;
                            previousSecretUntil: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                            url: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint's delivery log, newest first (pass `next` as `before` for older) */
        get: {
            parameters: {
                query?: {
                    /** @description A delivery: its message id and its endpoint id. */
                    before?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                attempts: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                deliveredAt: string | null;
                                /** @description An identifier (UUID). */
                                endpointId: string;
                                /** @enum {string} */
                                eventType: "activation.created" | "activation.ended" | "seats.limit_reached" | "subscription.expiring_soon" | "subscription.expired" | "subscription.in_grace" | "key.blocked" | "key.regenerated" | "key.expired" | "invitation.accepted" | "sso_user.deprovisioned" | "webhook.test";
                                /** @description A delivery: its message id and its endpoint id. */
                                id: string;
                                lastError: string | null;
                                lastResponse: string | null;
                                lastStatusCode: number | null;
                                messageId: string;
                                nextAttemptAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "delivered" | "retrying" | "failed" | "stopped";
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                updatedAt: string;
                            }[];
                            next: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery: its payload and its attempts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A delivery: its message id and its endpoint id. */
                    deliveryId: string;
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            deliveredAt: string | null;
                            /** @description An identifier (UUID). */
                            endpointId: string;
                            /** @enum {string} */
                            eventType: "activation.created" | "activation.ended" | "seats.limit_reached" | "subscription.expiring_soon" | "subscription.expired" | "subscription.in_grace" | "key.blocked" | "key.regenerated" | "key.expired" | "invitation.accepted" | "sso_user.deprovisioned" | "webhook.test";
                            history: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                at: string;
                                error: string | null;
                                nextAttemptAt: string | null;
                                statusCode: number | null;
                            }[];
                            /** @description A delivery: its message id and its endpoint id. */
                            id: string;
                            lastError: string | null;
                            lastResponse: string | null;
                            lastStatusCode: number | null;
                            messageId: string;
                            nextAttemptAt: string | null;
                            payload: string;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "retrying" | "failed" | "stopped";
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message again, with the same message id (webhook-id)
         * @description A message still being tried is answered as it is.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description A delivery: its message id and its endpoint id. */
                    deliveryId: string;
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            deliveredAt: string | null;
                            /** @description An identifier (UUID). */
                            endpointId: string;
                            /** @enum {string} */
                            eventType: "activation.created" | "activation.ended" | "seats.limit_reached" | "subscription.expiring_soon" | "subscription.expired" | "subscription.in_grace" | "key.blocked" | "key.regenerated" | "key.expired" | "invitation.accepted" | "sso_user.deprovisioned" | "webhook.test";
                            /** @description A delivery: its message id and its endpoint id. */
                            id: string;
                            lastError: string | null;
                            lastResponse: string | null;
                            lastStatusCode: number | null;
                            messageId: string;
                            nextAttemptAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "retrying" | "failed" | "stopped";
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give the endpoint a new signing secret, answered this once; the old one keeps signing beside it for 24 hours */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            endpoint: {
                                accountId: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                createdAt: string;
                                description: string | null;
                                disabledAt: string | null;
                                disabledReason: string | null;
                                enabled: boolean;
                                events: ("activation.created" | "activation.ended" | "seats.limit_reached" | "subscription.expiring_soon" | "subscription.expired" | "subscription.in_grace" | "key.blocked" | "key.regenerated" | "key.expired" | "invitation.accepted" | "sso_user.deprovisioned" | "webhook.test")[];
                                failureStreak: number;
                                /** @description An identifier (UUID). */
                                id: string;
                                previousSecretUntil: string | null;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                                 */
                                updatedAt: string;
                                url: string;
                            };
                            /** @description The signing secret (whsec_…), shown this once. */
                            secret: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the endpoint a webhook.test event */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An identifier (UUID). */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every error: a stable code (see docs/errors.md), a message and the request id. */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "INVALID_REQUEST" | "INVALID_JSON" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "RATE_LIMITED" | "INVALID_CREDENTIALS" | "CSRF_TOKEN_INVALID" | "PRODUCT_NOT_FOUND" | "ACCOUNT_NOT_FOUND" | "SUBSCRIPTION_NOT_FOUND" | "KEY_NOT_FOUND" | "ACTIVATION_NOT_FOUND" | "BLACKLIST_ENTRY_NOT_FOUND" | "TOKEN_NOT_FOUND" | "INVITATION_NOT_FOUND" | "MEMBER_NOT_FOUND" | "DEVICE_BLACKLISTED" | "SUBSCRIPTION_EXPIRED" | "KEY_EXPIRED" | "KEY_BLOCKED" | "FINGERPRINT_MISMATCH" | "NO_SEATS_KEY" | "NO_SEATS_POOL" | "INVITATION_REVOKED" | "INVITATION_EXPIRED" | "INVITATION_USED" | "PRODUCT_EXISTS" | "NOT_ENOUGH_SEATS" | "MAX_BELOW_USED" | "MAX_ABOVE_TOTAL" | "SEATS_BELOW_COMMITTED" | "KEY_HAS_ACTIVATIONS" | "PRIMARY_KEY_IMMUTABLE" | "KEY_EXPIRY_AFTER_SUBSCRIPTION" | "ACTIVATION_NOT_ACTIVE" | "ALREADY_BLACKLISTED" | "SAME_KEY" | "INVITATION_NOT_PENDING" | "MEMBER_EXISTS" | "LAST_ACCOUNT_ADMIN" | "MEMBER_NOT_INVITED" | "PASSWORD_INCORRECT" | "TOKEN_INVALID" | "DOMAIN_NOT_FOUND" | "DOMAIN_EXISTS" | "DOMAIN_TAKEN" | "DOMAIN_NOT_VERIFIED" | "SSO_NOT_CONFIGURED" | "SSO_DISCOVERY_FAILED" | "SSO_IDP_UNREACHABLE" | "INVALID_REDIRECT_URI" | "SSO_REQUEST_UNKNOWN" | "SSO_REPLAYED" | "SSO_SIGNATURE_INVALID" | "SSO_ASSERTION_EXPIRED" | "SSO_AUDIENCE_INVALID" | "SSO_ISSUER_INVALID" | "SSO_RECIPIENT_INVALID" | "SSO_RESPONSE_INVALID" | "SSO_IDP_ERROR" | "SSO_NONCE_INVALID" | "SSO_TOKEN_INVALID" | "SSO_IDENTITY_INCOMPLETE" | "SSO_EMAIL_NOT_ALLOWED" | "SSO_CODE_INVALID" | "SSO_NOT_ADMIN" | "SSO_REQUIRED" | "SSO_USER_NOT_FOUND" | "SSO_USER_DEACTIVATED" | "DEVICE_LIMIT_USER" | "DEVICE_IN_USE" | "SSO_SEAT_BY_GROUP" | "SSO_USER_NOT_PROVISIONED" | "SCIM_TOKEN_NOT_FOUND" | "SCIM_USER_NOT_FOUND" | "SCIM_GROUP_NOT_FOUND" | "SCIM_UNIQUENESS" | "SCIM_INVALID_SYNTAX" | "SCIM_INVALID_VALUE" | "SCIM_INVALID_FILTER" | "SCIM_INVALID_PATH" | "SCIM_NO_TARGET" | "SCIM_MUTABILITY" | "SCIM_TOO_MANY" | "SCIM_UNAUTHORIZED" | "GOLDEN_IMAGE_NOT_FOUND" | "GOLDEN_IMAGE_IN_USE" | "OPERATOR_NOT_FOUND" | "OPERATOR_EXISTS" | "LAST_OPERATOR" | "WEBHOOK_ENDPOINT_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "WEBHOOK_URL_NOT_ALLOWED" | "WEBHOOK_ENDPOINTS_LIMIT" | "WEBHOOK_ENDPOINT_DISABLED" | "INTERNAL_ERROR" | "SERVICE_UNAVAILABLE";
                                details?: unknown;
                                message: string;
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            createdAt: string;
                            deliveredAt: string | null;
                            /** @description An identifier (UUID). */
                            endpointId: string;
                            /** @enum {string} */
                            eventType: "activation.created" | "activation.ended" | "seats.limit_reached" | "subscription.expiring_soon" | "subscription.expired" | "subscription.in_grace" | "key.blocked" | "key.regenerated" | "key.expired" | "invitation.accepted" | "sso_user.deprovisioned" | "webhook.test";
                            /** @description A delivery: its message id and its endpoint id. */
                            id: string;
                            lastError: string | null;
                            lastResponse: string | null;
                            lastStatusCode: number | null;
                            messageId: string;
                            nextAttemptAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "retrying" | "failed" | "stopped";
                            /**
                             * Format: date-time
                             * @description ISO 8601, e.g. 2027-01-31T00:00:00Z
                             */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
