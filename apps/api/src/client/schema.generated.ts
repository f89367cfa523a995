// Generated from the API's OpenAPI document by `pnpm --filter @plan/api generate:client`. Do not edit.
export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: 200 {"status":"ok"} while the server runs */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Up */
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
    "/api/v1/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan: metadata, regions and tables (without indicator rows) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The plan */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: components["schemas"]["LocalizedText"];
                            /** @description The region whose government issued the plan */
                            issuer: string;
                            period: {
                                start: number;
                                end: number;
                            };
                            baselineYear: number;
                            targetYear: number;
                            /** @description The region the plan sets targets for */
                            subjectRegion: string;
                            /** @description The region whose values the tables print beside it */
                            benchmarkRegion: string;
                            /** @default [] */
                            notes: components["schemas"]["DataNote"][];
                            regions: components["schemas"]["Region"][];
                            tables: components["schemas"]["IndicatorTable"][];
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
    "/api/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All 61 indicators with names (zh, en), units, directions and the four printed values */
        get: {
            parameters: {
                query?: {
                    table?: "education" | "vocational" | "sports";
                    /** @description A category id; includes indicators in its subcategories */
                    category?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The indicators in printed order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Indicator"][];
                        };
                    };
                };
                /** @description Invalid input; `errors` lists each offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
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
    "/api/v1/indicators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One indicator */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The indicator */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Indicator"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
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
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 鄂尔多斯市, its nine 旗区, and 内蒙古自治区 (the benchmark) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Regions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Region"][];
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
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 20 major projects (附表1, 专栏1–20) with their measures */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Projects in order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Project"][];
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
    "/api/v1/projects/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One project with its measures and the quantified targets of its box */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The project */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            project: components["schemas"]["Project"];
                            targets: components["schemas"]["Target"][];
                        };
                    };
                };
                /** @description Invalid input; `errors` lists each offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
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
    "/api/v1/measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One measure (工作举措), e.g. P07-M3 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The measure */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Measure"];
                    };
                };
                /** @description Invalid input; `errors` lists each offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
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
    "/api/v1/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quantified targets of the plan’s text, filtered by indicator, deadline year or project */
        get: {
            parameters: {
                query?: {
                    indicatorId?: string;
                    year?: number;
                    project?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Targets in the order of the text */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Target"][];
                        };
                    };
                };
                /** @description Invalid input; `errors` lists each offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
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
    "/api/v1/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan consistency report: where the plan contradicts itself or its tables, with both readings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsistencyReport"];
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
    "/api/v1/observations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import observations from CSV or XLSX (editor): all or nothing; dryRun=true reports row by row and writes nothing
         * @description Columns: indicator_id, region (default ordos), year or date, value (63.5, a ratio 38:62, or parts secondary=59;higher=52), source, note. Send the file as the body with Content-Type text/csv or the XLSX type, or as the field "file" of multipart/form-data (not validated by the schema below, read by the handler). Rows equal to stored ones are left alone, so re-sending an import creates no duplicates; an Idempotency-Key makes a retried request answer as the first did.
         */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                    /** @description Source for rows that give none (default "import") */
                    source?: string;
                };
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example indicator_id,region,year,date,value,source,note
                     *     regular-exercise-share,ordos,2023,,44.1,statistics-bureau,
                     */
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            responses: {
                /** @description The import report (dry run, or the rows written) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReport"];
                    };
                };
                /** @description Invalid input; `errors` lists each offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, a malformed one, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token’s role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with stored data */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many writes */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
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
    "/api/v1/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List observations (official only unless includeIllustrative=true); CSV and XLSX export with format= */
        get: {
            parameters: {
                query?: {
                    indicatorId?: string;
                    region?: string;
                    source?: string;
                    /** @description Include illustrative demo figures (示例数据); default false */
                    includeIllustrative?: "true" | "false";
                    from?: string;
                    to?: string;
                    /** @description json (default), csv or xlsx */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Observations, sorted by indicator, region and date */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Observation"][];
                            dataVersion: number;
                        };
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Invalid input; `errors` lists each offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Record an observed value (editor) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ObservationInput"];
                };
            };
            responses: {
                /** @description The stored observation; ETag and Location headers name it */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Observation"];
                    };
                };
                /** @description Invalid input; `errors` lists each offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, a malformed one, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token’s role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflicts with stored data */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is larger than the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many writes */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
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
    "/api/v1/observations/illustrative": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove every illustrative demo observation (示例数据) in one call (admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description How many were removed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            removed: number;
                        };
                    };
                };
                /** @description No token, a malformed one, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token’s role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many writes */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/observations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One observation, with its ETag for a later If-Match */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The observation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Observation"];
                    };
                };
                /** @description Invalid input; `errors` lists each offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an observation (editor); needs If-Match; the history keeps the value */
        delete: {
            parameters: {
                query?: {
                    reason?: string;
                };
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input; `errors` lists each offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, a malformed one, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token’s role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match does not match the current version */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many writes */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Correct an observation (editor); needs If-Match, answers 412 if it changed meanwhile */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ObservationPatch"];
                };
            };
            responses: {
                /** @description The corrected observation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Observation"];
                    };
                };
                /** @description Invalid input; `errors` lists each offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, a malformed one, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token’s role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match does not match the current version */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description If-Match is required */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many writes */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/observations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every revision of an observation: who, when, old, new, why (also after a delete) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revisions, oldest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Revision"][];
                        };
                    };
                };
                /** @description Invalid input; `errors` lists each offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
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
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The role of the bearer token sent (for sign-in checks); anonymous without one */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Who you are */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string | null;
                            role: components["schemas"]["Role"];
                        };
                    };
                };
                /** @description No token, a malformed one, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
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
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tokens (admin); never their values */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tokens */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TokenInfo"][];
                        };
                    };
                };
                /** @description No token, a malformed one, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token’s role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a token (admin); its value is shown in this response only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewToken"];
                };
            };
            responses: {
                /** @description The new token; store it now, it cannot be shown again */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            role: components["schemas"]["Role"];
                            createdAt: string;
                            createdBy: string;
                            revokedAt: string | null;
                            token: string;
                        };
                    };
                };
                /** @description Invalid input; `errors` lists each offending field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, a malformed one, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token’s role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many writes */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
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
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token (admin); it is refused from then on */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The revoked token */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TokenInfo"];
                    };
                };
                /** @description No token, a malformed one, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token’s role does not allow this */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such resource */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many writes */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        LocalizedText: {
            zh: string;
            en: string;
        };
        DataNote: {
            /** @enum {string} */
            kind: "inferred" | "ambiguity" | "source";
            text: components["schemas"]["LocalizedText"];
        };
        Region: {
            id: string;
            name: components["schemas"]["LocalizedText"];
            level: components["schemas"]["RegionLevel"];
            parent?: string;
            divisionCode?: string;
        };
        /** @enum {string} */
        RegionLevel: "province" | "city" | "district" | "banner" | "county";
        IndicatorTable: {
            id: string;
            title: components["schemas"]["LocalizedText"];
            categories: components["schemas"]["Category"][];
            /** @description The rows of the table, in printed order */
            indicatorIds: string[];
            footnote?: components["schemas"]["LocalizedText"];
        };
        Category: {
            id: string;
            /** @description The category cell as printed (line breaks joined), with `*` */
            printed: string;
            name: components["schemas"]["LocalizedText"];
            localAddition: boolean;
            children: components["schemas"]["Category"][];
        };
        Indicator: {
            id: string;
            /** @description The id of the table the row sits in */
            table: string;
            /** @description Row number within its table, from 1 */
            order: number;
            /** @description Category ids from the top of the table down */
            categoryPath: string[];
            /** @description The name cell exactly as printed, with `*` and unit */
            printed: string;
            name: components["schemas"]["LocalizedText"];
            unit: components["schemas"]["Unit"];
            direction: components["schemas"]["Direction"];
            band?: components["schemas"]["Band"];
            /** @description The `*` flag: an indicator the city added itself (on the row or on its category) */
            localAddition: boolean;
            parts?: components["schemas"]["IndicatorPart"][];
            values: {
                /** @description The city the plan is for (鄂尔多斯市) */
                subject: {
                    baseline: components["schemas"]["PlanValue"];
                    target: components["schemas"]["PlanValue"];
                };
                /** @description The benchmark region (内蒙古自治区) */
                benchmark: {
                    baseline: components["schemas"]["PlanValue"];
                    target: components["schemas"]["PlanValue"];
                };
            };
            /** @default [] */
            notes: components["schemas"]["DataNote"][];
        };
        Unit: {
            zh: string;
            en: string;
            kind: components["schemas"]["UnitKind"];
            /**
             * @description true when the table prints no unit and we inferred it (the note says from what)
             * @default false
             */
            inferred: boolean;
        };
        /** @enum {string} */
        UnitKind: "percent" | "count" | "amount" | "ratio";
        /** @enum {string} */
        Direction: "increase" | "decrease" | "band";
        Band: {
            lower: number;
            upper: number;
            /** @description What the band is measured on, e.g. the vocational share of a ratio */
            scoredOn: {
                zh: string;
                en: string;
            };
            /** @description For a ratio: the index of the part scored */
            ratioPart?: number;
            /** @description Where each end of the band comes from */
            source: {
                zh: string;
                en: string;
            };
        };
        IndicatorPart: {
            id: string;
            label: components["schemas"]["LocalizedText"];
        };
        PlanValue: components["schemas"]["NumberValue"] | components["schemas"]["ComparatorValue"] | components["schemas"]["RatioValue"] | components["schemas"]["SplitValue"] | components["schemas"]["AbsentValue"];
        NumberValue: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "number";
            /** @description The cell exactly as the plan prints it */
            printed: string;
            value: number;
            decimals: number;
        };
        ComparatorValue: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "comparator";
            /** @description The cell exactly as the plan prints it */
            printed: string;
            comparator: components["schemas"]["Comparator"];
            value: number;
            decimals: number;
        };
        /** @enum {string} */
        Comparator: "eq" | "gte" | "gt" | "lte" | "lt" | "about";
        RatioValue: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "ratio";
            /** @description The cell exactly as the plan prints it */
            printed: string;
            parts: number[];
        };
        SplitValue: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "split";
            /** @description The part cells as printed, joined with " / " */
            printed: string;
            parts: components["schemas"]["SplitPart"][];
        };
        SplitPart: {
            /** @description The part's id, one of the indicator's `parts` */
            part: string;
            value: components["schemas"]["NumberValue"] | components["schemas"]["ComparatorValue"] | components["schemas"]["AbsentValue"];
        };
        AbsentValue: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "absent";
            /** @enum {string} */
            printed: "" | "—" | "-";
        };
        Problem: {
            /** @description A URI naming the kind of problem; about:blank when the status says it all */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            errors?: components["schemas"]["FieldError"][];
        };
        FieldError: {
            /** @description Dotted path of the field, e.g. "value" or "rows.3.date" */
            path: string;
            message: string;
        };
        Project: {
            number: number;
            /** @description zh verbatim from 附表1, trimmed (附表1 prints three names with a leading space) */
            name: {
                zh: string;
                en: string;
            };
            /** @description The line of the name in 附表1 */
            annexLine: number;
            box: components["schemas"]["Box"];
            chapter: components["schemas"]["Heading"];
            section: components["schemas"]["Heading"];
            subsection: components["schemas"]["Heading"];
            measures: components["schemas"]["Measure"][];
        };
        Box: {
            number: number;
            /** @description The box heading as printed, e.g. "专栏1  铸牢中华民族共同体意识教育工程" */
            printed: string;
            /** @description The title as printed in the box; compared with 附表1 by checkConsistency */
            title: {
                zh: string;
                en: string;
            };
            line: number;
        };
        Heading: {
            number: number;
            numberPrinted: boolean;
            /** @description The heading line as printed, trimmed */
            printed: string;
            /** @description The title without its number; zh verbatim */
            title: {
                zh: string;
                en: string;
            };
            line: number;
        };
        Measure: {
            id: components["schemas"]["MeasureId"];
            /** @description Its place in the box, from 1; the id uses it */
            position: number;
            /** @description The number as printed, "（3）"; null where the plan prints none */
            number: string | null;
            /** @description The paragraph verbatim, without its printed number and the spaces around it; a paragraph the source breaks over lines is joined without the break */
            text: string;
            summary: {
                en: string;
            };
            /** @description First and last line of the paragraph in the plan text */
            lines: {
                start: number;
                end: number;
            };
            /** @description The targets it states, in order */
            targetIds: components["schemas"]["TargetId"][];
        };
        MeasureId: string;
        TargetId: string;
        Target: components["schemas"]["LevelTarget"] | components["schemas"]["CumulativeTarget"] | components["schemas"]["PaceTarget"] | components["schemas"]["PerUnitTarget"];
        LevelTarget: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "level";
            id: components["schemas"]["TargetId"];
            /** @description What is measured; zh is a verbatim substring of `text` */
            metric: {
                zh: string;
                en: string;
            };
            /** @description The clause or sentence that states the target, verbatim */
            text: string;
            comparator: components["schemas"]["TargetComparator"];
            value: number;
            /** @description The upper end, for `between` */
            upper?: number;
            /** @description The number as printed in `text`: 85, 10-15, 三, 一半 */
            printedValue: string;
            unit: components["schemas"]["LocalizedText"];
            deadline: components["schemas"]["Deadline"];
            location: components["schemas"]["TargetLocation"];
            /**
             * @description The indicator this target measures, if any
             * @enum {string}
             */
            indicatorId?: "preschool-enrolment-rate" | "compulsory-education-retention-rate" | "upper-secondary-gross-enrolment-rate" | "quality-balanced-counties-share" | "public-kindergarten-enrolment-share" | "inclusive-kindergarten-coverage" | "working-age-years-of-schooling" | "student-fitness-pass-rate" | "student-myopia-rate" | "student-obesity-rate" | "public-school-doctor-staffing-rate" | "preschool-teachers-trained-share" | "compulsory-teachers-bachelor-share" | "smart-campus-coverage" | "school-bandwidth" | "big-data-teaching-coverage" | "online-courses-per-100k-students" | "vocational-general-ratio" | "secondary-vocational-enrolment" | "new-secondary-vocational-schools" | "regional-quality-secondary-vocational-schools" | "undergraduate-institutions" | "higher-education-enrolment" | "regional-double-high-colleges" | "regional-double-first-class-universities" | "new-higher-vocational-colleges" | "quality-secondary-vocational-programmes" | "regional-double-first-class-undergraduate-programmes" | "regional-high-level-programme-clusters" | "national-high-level-programme-clusters" | "dual-qualified-teachers-share" | "part-time-teachers-share" | "graduates-dual-certificate-rate" | "non-degree-training-to-enrolment" | "vocational-education-groups" | "comprehensive-training-bases" | "modern-industry-colleges" | "in-region-partner-institutions" | "out-of-region-partner-institutions" | "regular-exercise-share" | "sports-ground-area-per-capita" | "physical-fitness-standard-pass-rate" | "national-sports-parks" | "first-grade-athletes" | "second-grade-athletes" | "senior-title-coaches" | "national-first-grade-referees" | "national-second-grade-referees" | "traditional-sports-schools" | "youth-sports-organisations" | "city-youth-brand-events" | "grassroots-coaches-trained" | "registered-youth-athletes" | "reserve-talent-bases" | "youth-training-centres" | "sports-industry-gdp-share" | "urban-sports-complexes" | "sports-tourism-projects" | "registered-football-players" | "certified-football-coaches" | "certified-football-referees";
            /** @description The part of a split indicator (双师型: secondary, higher) */
            indicatorPart?: string;
            /** @description Multiply `value` by this to get the indicator's unit (5 G → 5000 Mbps: 1000) */
            indicatorScale?: number;
            /** @description 力争 / 争取 / 努力: the plan only strives for it */
            aspirational: boolean;
            note?: components["schemas"]["Remark"];
        };
        /** @enum {string} */
        TargetComparator: "eq" | "gte" | "gt" | "lte" | "lt" | "about" | "between";
        Deadline: {
            year: number;
            /**
             * Format: date
             * @description ISO YYYY-MM-DD, where the text states a day
             */
            date?: string;
            inferred: boolean;
        };
        TargetLocation: {
            /** @description 第N章; absent for the annex */
            chapter: number;
            /** @description 第N节 within the chapter */
            section?: number;
            /** @description 一、二、… within the section */
            subsection?: number;
            /** @description 专栏N */
            box?: number;
            measure?: components["schemas"]["MeasureId"];
            /** @description An indicator table id of @plan/indicators, or "annex-1" for 附表1 */
            table?: string;
            line: number;
        };
        Remark: {
            zh?: string;
            en: string;
        };
        CumulativeTarget: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "cumulative";
            id: components["schemas"]["TargetId"];
            /** @description What is measured; zh is a verbatim substring of `text` */
            metric: {
                zh: string;
                en: string;
            };
            /** @description The clause or sentence that states the target, verbatim */
            text: string;
            comparator: components["schemas"]["TargetComparator"];
            value: number;
            /** @description The upper end, for `between` */
            upper?: number;
            /** @description The number as printed in `text`: 85, 10-15, 三, 一半 */
            printedValue: string;
            unit: components["schemas"]["LocalizedText"];
            deadline: components["schemas"]["Deadline"];
            location: components["schemas"]["TargetLocation"];
            /**
             * @description The indicator this target measures, if any
             * @enum {string}
             */
            indicatorId?: "preschool-enrolment-rate" | "compulsory-education-retention-rate" | "upper-secondary-gross-enrolment-rate" | "quality-balanced-counties-share" | "public-kindergarten-enrolment-share" | "inclusive-kindergarten-coverage" | "working-age-years-of-schooling" | "student-fitness-pass-rate" | "student-myopia-rate" | "student-obesity-rate" | "public-school-doctor-staffing-rate" | "preschool-teachers-trained-share" | "compulsory-teachers-bachelor-share" | "smart-campus-coverage" | "school-bandwidth" | "big-data-teaching-coverage" | "online-courses-per-100k-students" | "vocational-general-ratio" | "secondary-vocational-enrolment" | "new-secondary-vocational-schools" | "regional-quality-secondary-vocational-schools" | "undergraduate-institutions" | "higher-education-enrolment" | "regional-double-high-colleges" | "regional-double-first-class-universities" | "new-higher-vocational-colleges" | "quality-secondary-vocational-programmes" | "regional-double-first-class-undergraduate-programmes" | "regional-high-level-programme-clusters" | "national-high-level-programme-clusters" | "dual-qualified-teachers-share" | "part-time-teachers-share" | "graduates-dual-certificate-rate" | "non-degree-training-to-enrolment" | "vocational-education-groups" | "comprehensive-training-bases" | "modern-industry-colleges" | "in-region-partner-institutions" | "out-of-region-partner-institutions" | "regular-exercise-share" | "sports-ground-area-per-capita" | "physical-fitness-standard-pass-rate" | "national-sports-parks" | "first-grade-athletes" | "second-grade-athletes" | "senior-title-coaches" | "national-first-grade-referees" | "national-second-grade-referees" | "traditional-sports-schools" | "youth-sports-organisations" | "city-youth-brand-events" | "grassroots-coaches-trained" | "registered-youth-athletes" | "reserve-talent-bases" | "youth-training-centres" | "sports-industry-gdp-share" | "urban-sports-complexes" | "sports-tourism-projects" | "registered-football-players" | "certified-football-coaches" | "certified-football-referees";
            /** @description The part of a split indicator (双师型: secondary, higher) */
            indicatorPart?: string;
            /** @description Multiply `value` by this to get the indicator's unit (5 G → 5000 Mbps: 1000) */
            indicatorScale?: number;
            /** @description 力争 / 争取 / 努力: the plan only strives for it */
            aspirational: boolean;
            note?: components["schemas"]["Remark"];
        };
        PaceTarget: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "pace";
            id: components["schemas"]["TargetId"];
            /** @description What is measured; zh is a verbatim substring of `text` */
            metric: {
                zh: string;
                en: string;
            };
            /** @description The clause or sentence that states the target, verbatim */
            text: string;
            comparator: components["schemas"]["TargetComparator"];
            value: number;
            /** @description The upper end, for `between` */
            upper?: number;
            /** @description The number as printed in `text`: 85, 10-15, 三, 一半 */
            printedValue: string;
            unit: components["schemas"]["LocalizedText"];
            deadline: components["schemas"]["Deadline"];
            location: components["schemas"]["TargetLocation"];
            /**
             * @description The indicator this target measures, if any
             * @enum {string}
             */
            indicatorId?: "preschool-enrolment-rate" | "compulsory-education-retention-rate" | "upper-secondary-gross-enrolment-rate" | "quality-balanced-counties-share" | "public-kindergarten-enrolment-share" | "inclusive-kindergarten-coverage" | "working-age-years-of-schooling" | "student-fitness-pass-rate" | "student-myopia-rate" | "student-obesity-rate" | "public-school-doctor-staffing-rate" | "preschool-teachers-trained-share" | "compulsory-teachers-bachelor-share" | "smart-campus-coverage" | "school-bandwidth" | "big-data-teaching-coverage" | "online-courses-per-100k-students" | "vocational-general-ratio" | "secondary-vocational-enrolment" | "new-secondary-vocational-schools" | "regional-quality-secondary-vocational-schools" | "undergraduate-institutions" | "higher-education-enrolment" | "regional-double-high-colleges" | "regional-double-first-class-universities" | "new-higher-vocational-colleges" | "quality-secondary-vocational-programmes" | "regional-double-first-class-undergraduate-programmes" | "regional-high-level-programme-clusters" | "national-high-level-programme-clusters" | "dual-qualified-teachers-share" | "part-time-teachers-share" | "graduates-dual-certificate-rate" | "non-degree-training-to-enrolment" | "vocational-education-groups" | "comprehensive-training-bases" | "modern-industry-colleges" | "in-region-partner-institutions" | "out-of-region-partner-institutions" | "regular-exercise-share" | "sports-ground-area-per-capita" | "physical-fitness-standard-pass-rate" | "national-sports-parks" | "first-grade-athletes" | "second-grade-athletes" | "senior-title-coaches" | "national-first-grade-referees" | "national-second-grade-referees" | "traditional-sports-schools" | "youth-sports-organisations" | "city-youth-brand-events" | "grassroots-coaches-trained" | "registered-youth-athletes" | "reserve-talent-bases" | "youth-training-centres" | "sports-industry-gdp-share" | "urban-sports-complexes" | "sports-tourism-projects" | "registered-football-players" | "certified-football-coaches" | "certified-football-referees";
            /** @description The part of a split indicator (双师型: secondary, higher) */
            indicatorPart?: string;
            /** @description Multiply `value` by this to get the indicator's unit (5 G → 5000 Mbps: 1000) */
            indicatorScale?: number;
            /** @description 力争 / 争取 / 努力: the plan only strives for it */
            aspirational: boolean;
            note?: components["schemas"]["Remark"];
            /** @enum {string} */
            per: "year";
            /**
             * @description Which way the yearly change goes
             * @enum {string}
             */
            change: "increase" | "decrease";
        };
        PerUnitTarget: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "per-unit";
            id: components["schemas"]["TargetId"];
            /** @description What is measured; zh is a verbatim substring of `text` */
            metric: {
                zh: string;
                en: string;
            };
            /** @description The clause or sentence that states the target, verbatim */
            text: string;
            comparator: components["schemas"]["TargetComparator"];
            value: number;
            /** @description The upper end, for `between` */
            upper?: number;
            /** @description The number as printed in `text`: 85, 10-15, 三, 一半 */
            printedValue: string;
            unit: components["schemas"]["LocalizedText"];
            deadline: components["schemas"]["Deadline"];
            location: components["schemas"]["TargetLocation"];
            /**
             * @description The indicator this target measures, if any
             * @enum {string}
             */
            indicatorId?: "preschool-enrolment-rate" | "compulsory-education-retention-rate" | "upper-secondary-gross-enrolment-rate" | "quality-balanced-counties-share" | "public-kindergarten-enrolment-share" | "inclusive-kindergarten-coverage" | "working-age-years-of-schooling" | "student-fitness-pass-rate" | "student-myopia-rate" | "student-obesity-rate" | "public-school-doctor-staffing-rate" | "preschool-teachers-trained-share" | "compulsory-teachers-bachelor-share" | "smart-campus-coverage" | "school-bandwidth" | "big-data-teaching-coverage" | "online-courses-per-100k-students" | "vocational-general-ratio" | "secondary-vocational-enrolment" | "new-secondary-vocational-schools" | "regional-quality-secondary-vocational-schools" | "undergraduate-institutions" | "higher-education-enrolment" | "regional-double-high-colleges" | "regional-double-first-class-universities" | "new-higher-vocational-colleges" | "quality-secondary-vocational-programmes" | "regional-double-first-class-undergraduate-programmes" | "regional-high-level-programme-clusters" | "national-high-level-programme-clusters" | "dual-qualified-teachers-share" | "part-time-teachers-share" | "graduates-dual-certificate-rate" | "non-degree-training-to-enrolment" | "vocational-education-groups" | "comprehensive-training-bases" | "modern-industry-colleges" | "in-region-partner-institutions" | "out-of-region-partner-institutions" | "regular-exercise-share" | "sports-ground-area-per-capita" | "physical-fitness-standard-pass-rate" | "national-sports-parks" | "first-grade-athletes" | "second-grade-athletes" | "senior-title-coaches" | "national-first-grade-referees" | "national-second-grade-referees" | "traditional-sports-schools" | "youth-sports-organisations" | "city-youth-brand-events" | "grassroots-coaches-trained" | "registered-youth-athletes" | "reserve-talent-bases" | "youth-training-centres" | "sports-industry-gdp-share" | "urban-sports-complexes" | "sports-tourism-projects" | "registered-football-players" | "certified-football-coaches" | "certified-football-referees";
            /** @description The part of a split indicator (双师型: secondary, higher) */
            indicatorPart?: string;
            /** @description Multiply `value` by this to get the indicator's unit (5 G → 5000 Mbps: 1000) */
            indicatorScale?: number;
            /** @description 力争 / 争取 / 努力: the plan only strives for it */
            aspirational: boolean;
            note?: components["schemas"]["Remark"];
            /** @description The unit each value applies to, zh verbatim: 每个旗区, 每所学校, 每周 */
            per: {
                zh: string;
                en: string;
            };
            /** @description How many units the plan implies, e.g. 9 for 每个旗区 (the plan counts nine 旗区) */
            unitCount?: number;
        };
        ConsistencyReport: {
            findings: components["schemas"]["ConsistencyFinding"][];
            checks: components["schemas"]["ConsistencyCheck"][];
        };
        ConsistencyFinding: {
            id: string;
            kind: components["schemas"]["FindingKind"];
            severity: components["schemas"]["Severity"];
            /**
             * @description derived: found by checkConsistency; curated: needed a human reading of the text
             * @enum {string}
             */
            origin: "derived" | "curated";
            title: components["schemas"]["LocalizedText"];
            readings: components["schemas"]["Reading"][];
            explanation: components["schemas"]["Remark"];
            indicatorIds: components["schemas"]["IndicatorRef"][];
            targetIds: components["schemas"]["TargetId"][];
            projects: number[];
        };
        /** @enum {string} */
        FindingKind: "table-vs-text" | "text-vs-text" | "comparator-mismatch" | "count-claim" | "name-mismatch" | "numbering" | "sum-mismatch" | "ambiguity";
        /** @enum {string} */
        Severity: "high" | "medium" | "low";
        Reading: components["schemas"]["PrintedReading"] | components["schemas"]["DerivedReading"];
        PrintedReading: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            basis: "printed";
            text: string;
            /** @description What this reading is of, e.g. the indicator or the metric */
            label?: {
                zh: string;
                en: string;
            };
            printedValue?: string;
            value?: number;
            upper?: number;
            comparator?: components["schemas"]["TargetComparator"];
            location: components["schemas"]["Location"];
            targetId?: components["schemas"]["TargetId"];
            factId?: components["schemas"]["BaselineFactId"];
            indicatorId?: components["schemas"]["IndicatorRef"];
            indicatorPart?: string;
        };
        Location: {
            /** @description 第N章; absent for the annex */
            chapter?: number;
            /** @description 第N节 within the chapter */
            section?: number;
            /** @description 一、二、… within the section */
            subsection?: number;
            /** @description 专栏N */
            box?: number;
            measure?: components["schemas"]["MeasureId"];
            /** @description An indicator table id of @plan/indicators, or "annex-1" for 附表1 */
            table?: string;
            line: number;
        };
        BaselineFactId: string;
        /** @enum {string} */
        IndicatorRef: "preschool-enrolment-rate" | "compulsory-education-retention-rate" | "upper-secondary-gross-enrolment-rate" | "quality-balanced-counties-share" | "public-kindergarten-enrolment-share" | "inclusive-kindergarten-coverage" | "working-age-years-of-schooling" | "student-fitness-pass-rate" | "student-myopia-rate" | "student-obesity-rate" | "public-school-doctor-staffing-rate" | "preschool-teachers-trained-share" | "compulsory-teachers-bachelor-share" | "smart-campus-coverage" | "school-bandwidth" | "big-data-teaching-coverage" | "online-courses-per-100k-students" | "vocational-general-ratio" | "secondary-vocational-enrolment" | "new-secondary-vocational-schools" | "regional-quality-secondary-vocational-schools" | "undergraduate-institutions" | "higher-education-enrolment" | "regional-double-high-colleges" | "regional-double-first-class-universities" | "new-higher-vocational-colleges" | "quality-secondary-vocational-programmes" | "regional-double-first-class-undergraduate-programmes" | "regional-high-level-programme-clusters" | "national-high-level-programme-clusters" | "dual-qualified-teachers-share" | "part-time-teachers-share" | "graduates-dual-certificate-rate" | "non-degree-training-to-enrolment" | "vocational-education-groups" | "comprehensive-training-bases" | "modern-industry-colleges" | "in-region-partner-institutions" | "out-of-region-partner-institutions" | "regular-exercise-share" | "sports-ground-area-per-capita" | "physical-fitness-standard-pass-rate" | "national-sports-parks" | "first-grade-athletes" | "second-grade-athletes" | "senior-title-coaches" | "national-first-grade-referees" | "national-second-grade-referees" | "traditional-sports-schools" | "youth-sports-organisations" | "city-youth-brand-events" | "grassroots-coaches-trained" | "registered-youth-athletes" | "reserve-talent-bases" | "youth-training-centres" | "sports-industry-gdp-share" | "urban-sports-complexes" | "sports-tourism-projects" | "registered-football-players" | "certified-football-coaches" | "certified-football-referees";
        DerivedReading: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            basis: "derived";
            description: components["schemas"]["LocalizedText"];
            /** @description What this reading is of, e.g. the indicator or the metric */
            label?: {
                zh: string;
                en: string;
            };
            printedValue?: string;
            value?: number;
            upper?: number;
            comparator?: components["schemas"]["TargetComparator"];
            location?: components["schemas"]["Location"];
        };
        ConsistencyCheck: {
            id: string;
            title: components["schemas"]["Remark"];
            /** @enum {string} */
            outcome: "agrees" | "disagrees";
            detail: components["schemas"]["Remark"];
            findingIds: string[];
        };
        ImportReport: {
            dryRun: boolean;
            /** @description false when any row has a problem: then nothing is written */
            ok: boolean;
            rows: number;
            /** @description New observations (in a dry run: that a real run would create) */
            created: number;
            /** @description Rows equal to stored observations: left as they are */
            unchanged: number;
            problems: components["schemas"]["RowProblem"][];
        };
        RowProblem: {
            /** @description Spreadsheet row: the header is row 1; 0 for the file as a whole */
            row: number;
            column: string;
            problem: string;
        };
        Observation: {
            id: string;
            indicatorId: string;
            region: string;
            year: number;
            /** @description The day the value refers to; a yearly value is dated 31 December */
            date: string;
            /** @enum {string} */
            period: "year" | "date";
            value: components["schemas"]["ObservationValue"];
            source: string;
            /** @description true for demo figures (示例数据), never official */
            illustrative: boolean;
            note: string | null;
            /** @description Why it was recorded: "import", the plan’s 2020 values, 示例数据 … */
            createdReason: string | null;
            version: number;
            createdAt: string;
            createdBy: string;
            updatedAt: string;
            updatedBy: string;
        };
        ObservationValue: number | {
            ratio: number[];
        } | {
            parts: {
                [key: string]: number;
            };
        };
        ObservationInput: {
            indicatorId: string;
            /** @description Region id; default 鄂尔多斯市 (ordos) */
            region?: string;
            year?: number;
            date?: string;
            value: components["schemas"]["ObservationValue"];
            /** @description Where the figure comes from (default "api"); "demo" marks illustrative data (示例数据) */
            source?: string;
            note?: string | null;
        };
        ObservationPatch: {
            value?: components["schemas"]["ObservationValue"];
            note?: string | null;
            source?: string;
            /** @description Why the value changed; kept in the history */
            reason?: string;
        };
        Revision: {
            revision: number;
            /** @enum {string} */
            action: "create" | "update" | "delete";
            /** @description The name of the token that made the change */
            actor: string;
            at: string;
            old: components["schemas"]["Observation"] & (Record<string, never> | null);
            new: components["schemas"]["Observation"] & (Record<string, never> | null);
            reason: string | null;
        };
        /** @enum {string|null} */
        Role: "viewer" | "editor" | "admin" | null;
        TokenInfo: {
            id: string;
            name: string;
            role: components["schemas"]["Role"];
            createdAt: string;
            createdBy: string;
            revokedAt: string | null;
        };
        NewToken: {
            /** @description Who or what uses the token, e.g. "statistics-bureau-sync" */
            name: string;
            role: components["schemas"]["Role"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
