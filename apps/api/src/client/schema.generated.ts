// Generated from the API's OpenAPI document by `pnpm --filter @plan/api generate:client`. Do not edit.
export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: 200 {"status":"ok"} while the server runs
         * @description Answers while the server runs; needs no token and reads nothing from the store.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plans of this deployment: the built-in Ordos plan and those added since
         * @description Each plan’s resources are under /api/v1/plans/{planId}/… (indicators, projects, targets, observations, imports, assessments, milestones, consistency); the paths without /plans/{planId} serve the default plan. A short list: not paged.
         */
        get: operations["listPlans"];
        put?: never;
        /**
         * Add a plan from its plan file or plan workbook (admin); dryRun=true checks it and writes nothing
         * @description The body is a plan file (JSON), or the plan workbook (XLSX, as the template of @plan/plans/xlsx; not validated by the schema below, read by the handler). It is read by parsePlan of @plan/plans: an invalid file answers 400 listing every problem with its path in the file (`errors[].path`, e.g. `tables.0.indicators.3.values`), or for a workbook its sheet, row and column; an id already taken (a built-in plan’s too) answers 409. The plan is stored as a plan file with its baseline values (source "plan"). With dryRun=true the same checks run and nothing is written (200).
         */
        post: operations["createPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One plan as its plan file: JSON that POST /api/v1/plans and parsePlan accept as it is
         * @description One plan as its plan file: JSON that POST /api/v1/plans and parsePlan accept as it is
         */
        get: operations["getPlanFile"];
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
        /**
         * The plan: metadata, regions and tables (without indicator rows)
         * @description The plan’s metadata (title, period, issuing body), its regions and its indicator tables, without the indicator rows. Never changes while the server runs (cached for 5 minutes, revalidated by ETag). Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/plan.
         */
        get: operations["getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plan: metadata, regions and tables (without indicator rows)
         * @description The plan’s metadata (title, period, issuing body), its regions and its indicator tables, without the indicator rows. Never changes while the server runs (cached for 5 minutes, revalidated by ETag). Of the plan {planId}.
         */
        get: operations["getPlanInPlan"];
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
        /**
         * All indicators (61 in the Ordos plan) with names (zh, en), units, directions and the printed values
         * @description The 61 indicators of the plan in printed order, optionally one table’s or one category’s (with its subcategories). A fixed list: not paged. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/indicators.
         */
        get: operations["listIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All indicators (61 in the Ordos plan) with names (zh, en), units, directions and the printed values
         * @description The 61 indicators of the plan in printed order, optionally one table’s or one category’s (with its subcategories). A fixed list: not paged. Of the plan {planId}.
         */
        get: operations["listIndicatorsInPlan"];
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
        /**
         * One indicator
         * @description One indicator by its id, with its printed baseline and target values. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/indicators/{id}.
         */
        get: operations["getIndicator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/indicators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One indicator
         * @description One indicator by its id, with its printed baseline and target values. Of the plan {planId}.
         */
        get: operations["getIndicatorInPlan"];
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
        /**
         * The plan’s regions: in the Ordos plan 鄂尔多斯市, its nine 旗区, and 内蒙古自治区 (the benchmark)
         * @description The city, its nine banners and districts, and the region used as benchmark. A fixed list: not paged. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/regions.
         */
        get: operations["listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plan’s regions: in the Ordos plan 鄂尔多斯市, its nine 旗区, and 内蒙古自治区 (the benchmark)
         * @description The city, its nine banners and districts, and the region used as benchmark. A fixed list: not paged. Of the plan {planId}.
         */
        get: operations["listRegionsInPlan"];
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
        /**
         * The plan’s major projects with their measures (in the Ordos plan the 20 of 附表1, 专栏1–20)
         * @description The plan’s projects (专栏) with their measures and milestones. A fixed list: not paged. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/projects.
         */
        get: operations["listProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plan’s major projects with their measures (in the Ordos plan the 20 of 附表1, 专栏1–20)
         * @description The plan’s projects (专栏) with their measures and milestones. A fixed list: not paged. Of the plan {planId}.
         */
        get: operations["listProjectsInPlan"];
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
        /**
         * One project with its measures and the quantified targets of its box
         * @description One project by its number in the plan. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/projects/{number}.
         */
        get: operations["getProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/projects/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One project with its measures and the quantified targets of its box
         * @description One project by its number in the plan. Of the plan {planId}.
         */
        get: operations["getProjectInPlan"];
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
        /**
         * One measure (工作举措), e.g. P07-M3
         * @description One measure of a project, with its milestones and the indicators it serves. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/measures/{id}.
         */
        get: operations["getMeasure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One measure (工作举措), e.g. P07-M3
         * @description One measure of a project, with its milestones and the indicators it serves. Of the plan {planId}.
         */
        get: operations["getMeasureInPlan"];
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
        /**
         * The plan consistency report: where the plan contradicts itself or its tables, with both readings
         * @description Checks that the plan’s projects, measures and targets agree with its indicator tables. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/consistency.
         */
        get: operations["getConsistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The plan consistency report: where the plan contradicts itself or its tables, with both readings
         * @description Checks that the plan’s projects, measures and targets agree with its indicator tables. Of the plan {planId}.
         */
        get: operations["getConsistencyInPlan"];
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
         * @description Columns: indicator_id (or target_id, for a quantified target’s own figure: a plain number in its unit; a target linked to an indicator takes the indicator’s figures), region (default: the subject region of the plan, ordos in the Ordos plan), year or date, value (63.5, a ratio 38:62, or parts secondary=59;higher=52), source, note. Send the file as the body with Content-Type text/csv or the XLSX type, or as the field "file" of multipart/form-data (not validated by the schema below, read by the handler). Rows equal to stored ones are left alone, so re-sending an import creates no duplicates; an Idempotency-Key makes a retried request answer as the first did. Limits (server settings; defaults shown), checked while the file is read, so nothing is written and a dry run is refused too: at most 64 columns (a cell beyond column BL refuses the file), 2000000 CSV rows, 200000 XLSX rows, 16000000 cells, 10000 characters a cell, 1000000 shared strings, an XLSX of 20971520 bytes that inflates (as declared and as read) to 134217728 bytes in 1000 ZIP entries and 64 sheets (the first is read), 60 s of reading. A file beyond a size limit (bytes, rows, cells, time) is answered 413, one of the wrong shape or encoding (too many columns or sheets, a cell too long, not UTF-8, NUL bytes, not a workbook) 422; the problem names the limit in errors[0].code. A spreadsheet cell shown as a percentage (0.441 formatted as 44.1%) is read as 44.1, the figure a person sees. Under a token confined to regions every row must be inside its scope, else 403 naming the rows outside and nothing is written (a dry run too); a district’s (region-scoped) rows are recorded `approval: "submitted"`, for the city to approve. Alias for the default plan (the built-in Ordos plan) of POST /api/v1/plans/{planId}/observations/import.
         */
        post: operations["importObservations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/observations/import": {
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
         * @description Columns: indicator_id (or target_id, for a quantified target’s own figure: a plain number in its unit; a target linked to an indicator takes the indicator’s figures), region (default: the subject region of the plan, ordos in the Ordos plan), year or date, value (63.5, a ratio 38:62, or parts secondary=59;higher=52), source, note. Send the file as the body with Content-Type text/csv or the XLSX type, or as the field "file" of multipart/form-data (not validated by the schema below, read by the handler). Rows equal to stored ones are left alone, so re-sending an import creates no duplicates; an Idempotency-Key makes a retried request answer as the first did. Limits (server settings; defaults shown), checked while the file is read, so nothing is written and a dry run is refused too: at most 64 columns (a cell beyond column BL refuses the file), 2000000 CSV rows, 200000 XLSX rows, 16000000 cells, 10000 characters a cell, 1000000 shared strings, an XLSX of 20971520 bytes that inflates (as declared and as read) to 134217728 bytes in 1000 ZIP entries and 64 sheets (the first is read), 60 s of reading. A file beyond a size limit (bytes, rows, cells, time) is answered 413, one of the wrong shape or encoding (too many columns or sheets, a cell too long, not UTF-8, NUL bytes, not a workbook) 422; the problem names the limit in errors[0].code. A spreadsheet cell shown as a percentage (0.441 formatted as 44.1%) is read as 44.1, the figure a person sees. Under a token confined to regions every row must be inside its scope, else 403 naming the rows outside and nothing is written (a dry run too); a district’s (region-scoped) rows are recorded `approval: "submitted"`, for the city to approve.
         */
        post: operations["importObservationsInPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/observations/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the import template (数据导入模板): XLSX or CSV (UTF-8 or GB18030), prefilled for a district or a unit
         * @description The import’s columns under their Chinese headers (指标名称, 目标编号, 地区, 年份, 日期, 数值, 来源, 备注), which POST /api/v1/observations/import reads back; rows left without value, year and date are skipped there. The XLSX has drop-down lists of the plan’s indicator names, target ids and region names (sheet 列表) and instructions in Chinese and English (sheet 说明). `region` prefills a row per indicator judged in that region; `unit` a row per target the unit is responsible for (lead or cooperating, from the responsibility list) that takes figures of its own; both: the unit’s targets in that region. An unknown region or unit is answered 422 naming it. Content-Disposition gives an ASCII file name and the Chinese one (filename*, RFC 6266/5987). Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/observations/template.
         */
        get: operations["importTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/observations/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the import template (数据导入模板): XLSX or CSV (UTF-8 or GB18030), prefilled for a district or a unit
         * @description The import’s columns under their Chinese headers (指标名称, 目标编号, 地区, 年份, 日期, 数值, 来源, 备注), which POST /api/v1/observations/import reads back; rows left without value, year and date are skipped there. The XLSX has drop-down lists of the plan’s indicator names, target ids and region names (sheet 列表) and instructions in Chinese and English (sheet 说明). `region` prefills a row per indicator judged in that region; `unit` a row per target the unit is responsible for (lead or cooperating, from the responsibility list) that takes figures of its own; both: the unit’s targets in that region. An unknown region or unit is answered 422 naming it. Content-Disposition gives an ASCII file name and the Chinese one (filename*, RFC 6266/5987).
         */
        get: operations["importTemplateInPlan"];
        put?: never;
        post?: never;
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
        /**
         * List observations, a page at a time; or export them all as CSV or XLSX
         * @description Official figures only unless includeIllustrative=true. The list comes a page at a time: at most `limit` items (default 5000, at most 10000); while `nextCursor` is not null, ask again with `cursor=<nextCursor>` and the same filters and sort (the `Link` header names that URL). `format=csv` or `format=xlsx` streams every matching row instead (no `limit` or `cursor`). Unknown query parameters are refused with 400 naming them. The ETag follows the store’s data version: `If-None-Match` answers 304 without reading the rows. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/observations.
         */
        get: operations["listObservations"];
        put?: never;
        /**
         * Record an observed value (editor): an indicator’s figure, or a target’s own (targetId)
         * @description Give `indicatorId` for an indicator’s figure, or `targetId` for a quantified target’s own figure (a plain number in the target’s printed unit: level → the value now; cumulative → done so far since the plan’s start; per-旗区 → that district’s figure, region = the district; other per-unit → the least unit’s value; pace → the year’s change). A target linked to an indicator takes the indicator’s figures: its targetId is refused (422 naming the indicator). A token reporting for a unit (scope.unit) writes only figures of targets its unit leads or cooperates on, and indicator figures only of indicators such a target is linked to (403 naming the item and the unit). A token confined to regions (see POST /api/v1/tokens) writes only inside its scope (403 naming it otherwise); the benchmark region’s figures are an admin’s. A district’s (region-scoped) figure is recorded `approval: "submitted"` and counts in assessments once the city approves it; every other figure is `"approved"`. Alias for the default plan (the built-in Ordos plan) of POST /api/v1/plans/{planId}/observations.
         */
        post: operations["createObservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List observations, a page at a time; or export them all as CSV or XLSX
         * @description Official figures only unless includeIllustrative=true. The list comes a page at a time: at most `limit` items (default 5000, at most 10000); while `nextCursor` is not null, ask again with `cursor=<nextCursor>` and the same filters and sort (the `Link` header names that URL). `format=csv` or `format=xlsx` streams every matching row instead (no `limit` or `cursor`). Unknown query parameters are refused with 400 naming them. The ETag follows the store’s data version: `If-None-Match` answers 304 without reading the rows.
         */
        get: operations["listObservationsInPlan"];
        put?: never;
        /**
         * Record an observed value (editor): an indicator’s figure, or a target’s own (targetId)
         * @description Give `indicatorId` for an indicator’s figure, or `targetId` for a quantified target’s own figure (a plain number in the target’s printed unit: level → the value now; cumulative → done so far since the plan’s start; per-旗区 → that district’s figure, region = the district; other per-unit → the least unit’s value; pace → the year’s change). A target linked to an indicator takes the indicator’s figures: its targetId is refused (422 naming the indicator). A token reporting for a unit (scope.unit) writes only figures of targets its unit leads or cooperates on, and indicator figures only of indicators such a target is linked to (403 naming the item and the unit). A token confined to regions (see POST /api/v1/tokens) writes only inside its scope (403 naming it otherwise); the benchmark region’s figures are an admin’s. A district’s (region-scoped) figure is recorded `approval: "submitted"` and counts in assessments once the city approves it; every other figure is `"approved"`.
         */
        post: operations["createObservationInPlan"];
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
        /**
         * Remove every illustrative demo observation (示例数据) in one call (admin)
         * @description Removes every illustrative demo figure (示例数据) at once (admin); the history keeps them. Alias for the default plan (the built-in Ordos plan) of DELETE /api/v1/plans/{planId}/observations/illustrative.
         */
        delete: operations["deleteIllustrativeObservations"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/observations/illustrative": {
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
         * Remove every illustrative demo observation (示例数据) in one call (admin)
         * @description Removes every illustrative demo figure (示例数据) at once (admin); the history keeps them. Of the plan {planId}.
         */
        delete: operations["deleteIllustrativeObservationsInPlan"];
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
        /**
         * One observation, with its ETag for a later If-Match
         * @description One observation; its ETag is what PATCH and DELETE expect in If-Match. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/observations/{id}.
         */
        get: operations["getObservation"];
        put?: never;
        post?: never;
        /**
         * Delete an observation (editor); needs If-Match; the history keeps the value
         * @description The plan's own rows (source "plan") cannot be deleted (403), nor rows outside the token's scope (403 naming it); a district token cannot delete an approved figure (409). Alias for the default plan (the built-in Ordos plan) of DELETE /api/v1/plans/{planId}/observations/{id}.
         */
        delete: operations["deleteObservation"];
        options?: never;
        head?: never;
        /**
         * Correct an observation (editor); needs If-Match, answers 412 if it changed meanwhile
         * @description The plan's own rows (source "plan") cannot be changed (403), nor rows outside the token's scope (403 naming it). A district (region-scoped) token cannot change an approved figure (409: the city returns it first); its correction of a submitted or returned figure submits it again. Moving a figure between illustrative (source "demo") and official is an admin act and needs a reason, kept in the history (403 for an editor, 400 without a reason). A new source that gives a second value for the same indicator, region and date answers 409 naming the observation already there. Alias for the default plan (the built-in Ordos plan) of PATCH /api/v1/plans/{planId}/observations/{id}.
         */
        patch: operations["updateObservation"];
        trace?: never;
    };
    "/api/v1/plans/{planId}/observations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One observation, with its ETag for a later If-Match
         * @description One observation; its ETag is what PATCH and DELETE expect in If-Match. Of the plan {planId}.
         */
        get: operations["getObservationInPlan"];
        put?: never;
        post?: never;
        /**
         * Delete an observation (editor); needs If-Match; the history keeps the value
         * @description The plan's own rows (source "plan") cannot be deleted (403), nor rows outside the token's scope (403 naming it); a district token cannot delete an approved figure (409).
         */
        delete: operations["deleteObservationInPlan"];
        options?: never;
        head?: never;
        /**
         * Correct an observation (editor); needs If-Match, answers 412 if it changed meanwhile
         * @description The plan's own rows (source "plan") cannot be changed (403), nor rows outside the token's scope (403 naming it). A district (region-scoped) token cannot change an approved figure (409: the city returns it first); its correction of a submitted or returned figure submits it again. Moving a figure between illustrative (source "demo") and official is an admin act and needs a reason, kept in the history (403 for an editor, 400 without a reason). A new source that gives a second value for the same indicator, region and date answers 409 naming the observation already there.
         */
        patch: operations["updateObservationInPlan"];
        trace?: never;
    };
    "/api/v1/observations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every revision of an observation: who, when, old, new, why (also after a delete)
         * @description Needs a token (any role): the history names the tokens that wrote. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/observations/{id}/history.
         */
        get: operations["getObservationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/observations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every revision of an observation: who, when, old, new, why (also after a delete)
         * @description Needs a token (any role): the history names the tokens that wrote.
         */
        get: operations["getObservationHistoryInPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/observations/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a district’s submitted figure (a city-scoped editor or admin)
         * @description From then on the figure counts in assessments. A district (region-scoped) token is refused with 403; a figure that is not `submitted` answers 409. The step is kept in the history (action "approve"). Alias for the default plan (the built-in Ordos plan) of POST /api/v1/plans/{planId}/observations/{id}/approve.
         */
        post: operations["approveObservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/observations/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a district’s submitted figure (a city-scoped editor or admin)
         * @description From then on the figure counts in assessments. A district (region-scoped) token is refused with 403; a figure that is not `submitted` answers 409. The step is kept in the history (action "approve").
         */
        post: operations["approveObservationInPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/observations/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a district’s submitted figure with a reason (a city-scoped editor or admin)
         * @description The district sees the reason (`approvalReason`), corrects the figure and so submits it again. A district token is refused with 403; a figure that is not `submitted` answers 409. Kept in the history (action "return"). Alias for the default plan (the built-in Ordos plan) of POST /api/v1/plans/{planId}/observations/{id}/return.
         */
        post: operations["returnObservation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/observations/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a district’s submitted figure with a reason (a city-scoped editor or admin)
         * @description The district sees the reason (`approvalReason`), corrects the figure and so submits it again. A district token is refused with 403; a figure that is not `submitted` answers 409. Kept in the history (action "return").
         */
        post: operations["returnObservationInPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve every submitted figure of a district, optionally of one year and some indicators (a city-scoped editor or admin)
         * @description Returned figures are left as they are (the district has yet to correct them). Each approval is kept in its figure’s history. Alias for the default plan (the built-in Ordos plan) of POST /api/v1/plans/{planId}/approvals.
         */
        post: operations["approveSubmitted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve every submitted figure of a district, optionally of one year and some indicators (a city-scoped editor or admin)
         * @description Returned figures are left as they are (the district has yet to correct them). Each approval is kept in its figure’s history.
         */
        post: operations["approveSubmittedInPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every indicator assessed by one method as of a date, with the calculation, and the roll-ups
         * @description Every indicator assessed as of a date, from the observations that count for it; CSV and XLSX with format=. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/assessments.
         */
        get: operations["listAssessments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every indicator assessed by one method as of a date, with the calculation, and the roll-ups
         * @description Every indicator assessed as of a date, from the observations that count for it; CSV and XLSX with format=. Of the plan {planId}.
         */
        get: operations["listAssessmentsInPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One indicator judged by all five methods side by side, with its observations and linked targets
         * @description One indicator assessed as of a date, with the observations used. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/indicators/{id}/assessment.
         */
        get: operations["getIndicatorAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/indicators/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One indicator judged by all five methods side by side, with its observations and linked targets
         * @description One indicator assessed as of a date, with the observations used. Of the plan {planId}.
         */
        get: operations["getIndicatorAssessmentInPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every quantified target of the plan’s text: met, on track, due soon, overdue or no data, as of a date
         * @description The projects’ milestones judged as of a date. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/milestones.
         */
        get: operations["listMilestones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every quantified target of the plan’s text: met, on track, due soon, overdue or no data, as of a date
         * @description The projects’ milestones judged as of a date. Of the plan {planId}.
         */
        get: operations["listMilestonesInPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stateless: assess one series by one method (the `assess` of @plan/scoring over HTTP)
         * @description At most 5000 points in the series (more: 422) and 256 KiB of body (more: 413).
         */
        post: operations["assess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/region-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The district targets the bureau has set, each with its source
         * @description The plan sets targets for the city only; a district is judged against its own target where one is set here, else against the city’s ("city target applied"). Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/region-targets.
         */
        get: operations["listRegionTargets"];
        put?: never;
        /**
         * Import the bureau’s district targets at once (a city-scoped editor or admin): all or nothing
         * @description At most 5000 targets. Every target is checked as PUT checks one (its indicator, its district, the token's scope, its value against the indicator); any problem refuses the whole import, listing every problem with its path (items.N.field), and nothing is written. Each target replaces the one there was. `dryRun=true` checks and writes nothing. Alias for the default plan (the built-in Ordos plan) of POST /api/v1/plans/{planId}/region-targets.
         */
        post: operations["importRegionTargets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/region-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The district targets the bureau has set, each with its source
         * @description The plan sets targets for the city only; a district is judged against its own target where one is set here, else against the city’s ("city target applied").
         */
        get: operations["listRegionTargetsInPlan"];
        put?: never;
        /**
         * Import the bureau’s district targets at once (a city-scoped editor or admin): all or nothing
         * @description At most 5000 targets. Every target is checked as PUT checks one (its indicator, its district, the token's scope, its value against the indicator); any problem refuses the whole import, listing every problem with its path (items.N.field), and nothing is written. Each target replaces the one there was. `dryRun=true` checks and writes nothing.
         */
        post: operations["importRegionTargetsInPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/region-targets/{indicatorId}/{region}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a district’s target for an indicator (a city-scoped editor or admin); `source` required
         * @description The value takes the shape of the plan’s own targets (a number, ≥ a number, a ratio, one value per part) and must fit the indicator (a band indicator takes none). Setting it again replaces it; the source names the document that set it. A district token is refused (403). Alias for the default plan (the built-in Ordos plan) of PUT /api/v1/plans/{planId}/region-targets/{indicatorId}/{region}.
         */
        put: operations["putRegionTarget"];
        post?: never;
        /**
         * Remove a district’s target (a city-scoped editor or admin): the city’s target applies again
         * @description Remove a district’s target (a city-scoped editor or admin): the city’s target applies again Alias for the default plan (the built-in Ordos plan) of DELETE /api/v1/plans/{planId}/region-targets/{indicatorId}/{region}.
         */
        delete: operations["deleteRegionTarget"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/region-targets/{indicatorId}/{region}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a district’s target for an indicator (a city-scoped editor or admin); `source` required
         * @description The value takes the shape of the plan’s own targets (a number, ≥ a number, a ratio, one value per part) and must fit the indicator (a band indicator takes none). Setting it again replaces it; the source names the document that set it. A district token is refused (403).
         */
        put: operations["putRegionTargetInPlan"];
        post?: never;
        /**
         * Remove a district’s target (a city-scoped editor or admin): the city’s target applies again
         * @description Remove a district’s target (a city-scoped editor or admin): the city’s target applies again
         */
        delete: operations["deleteRegionTargetInPlan"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The districts side by side (compareRegions of @plan/scoring): matrix, ranking with its method, completeness, outliers, additive checks
         * @description Every region under the plan’s subject region (the nine 旗区 of Ordos), each indicator judged fairly: from the district’s own base-year value, against its district target or the city’s ("city target applied"); indicators about the city as a whole are not scored per district. The ranking states its method and weights; a district below the coverage floor is unranked and says why. Completeness is DHIS2-style (reported ÷ expected per year). Outliers are flagged for review, never changed; additive checks compare the districts’ sum with the city’s own figure. Approved figures only unless includeSubmitted=true. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/comparison.
         */
        get: operations["compareRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The districts side by side (compareRegions of @plan/scoring): matrix, ranking with its method, completeness, outliers, additive checks
         * @description Every region under the plan’s subject region (the nine 旗区 of Ordos), each indicator judged fairly: from the district’s own base-year value, against its district target or the city’s ("city target applied"); indicators about the city as a whole are not scored per district. The ranking states its method and weights; a district below the coverage floor is unranked and says why. Completeness is DHIS2-style (reported ÷ expected per year). Outliers are flagged for review, never changed; additive checks compare the districts’ sum with the city’s own figure. Approved figures only unless includeSubmitted=true.
         */
        get: operations["compareRegionsInPlan"];
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
        /**
         * The quantified targets of the plan’s text, each with how it stands as of a day (status 已完成/按计划推进/存在风险/逾期未完成/未报告), filtered by indicator, deadline year or project
         * @description All targets (150 in the Ordos plan) in the order of the text. A level target linked to an indicator is judged from the indicator’s approved figures; every other target from its own figures (POST /observations with targetId). `owner` is the responsibility list’s (the target’s own, else its measure’s). The ETag follows the data version. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/targets.
         */
        get: operations["listTargets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The quantified targets of the plan’s text, each with how it stands as of a day (status 已完成/按计划推进/存在风险/逾期未完成/未报告), filtered by indicator, deadline year or project
         * @description All targets (150 in the Ordos plan) in the order of the text. A level target linked to an indicator is judged from the indicator’s approved figures; every other target from its own figures (POST /observations with targetId). `owner` is the responsibility list’s (the target’s own, else its measure’s). The ETag follows the data version.
         */
        get: operations["listTargetsInPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every measure (工作举措) of the plan’s projects with its status, owner and latest report as of a day
         * @description All measures (91 in the Ordos plan). A measure with targets takes its status from them; one without (出台《…》, 制定…方案) from its latest report; a reported status that contradicts the targets is kept and flagged in `conflict`. `project` filters by project number. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/measures.
         */
        get: operations["listMeasures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every measure (工作举措) of the plan’s projects with its status, owner and latest report as of a day
         * @description All measures (91 in the Ordos plan). A measure with targets takes its status from them; one without (出台《…》, 制定…方案) from its latest report; a reported status that contradicts the targets is kept and flagged in `conflict`. `project` filters by project number.
         */
        get: operations["listMeasuresInPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reporting-cycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How often units report on their measures: year (default), half or quarter
         * @description How often units report on their measures: year (default), half or quarter Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/reporting-cycle.
         */
        get: operations["getReportingCycle"];
        /**
         * Set the reporting cycle (admin): an item not updated within its cycle is listed for supervision
         * @description Set the reporting cycle (admin): an item not updated within its cycle is listed for supervision Alias for the default plan (the built-in Ordos plan) of PUT /api/v1/plans/{planId}/reporting-cycle.
         */
        put: operations["putReportingCycle"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/reporting-cycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How often units report on their measures: year (default), half or quarter
         * @description How often units report on their measures: year (default), half or quarter
         */
        get: operations["getReportingCycleInPlan"];
        /**
         * Set the reporting cycle (admin): an item not updated within its cycle is listed for supervision
         * @description Set the reporting cycle (admin): an item not updated within its cycle is listed for supervision
         */
        put: operations["putReportingCycleInPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measures/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A measure’s progress reports, oldest first, each with its evidence
         * @description A measure’s progress reports, oldest first, each with its evidence Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/measures/{id}/reports.
         */
        get: operations["listMeasureReports"];
        put?: never;
        /**
         * Report progress on a measure for a period (editor): status, optional percent, narrative in Chinese, a deliverable
         * @description A token reporting for a unit (scope.unit) reports only on measures its unit leads or cooperates on (403 naming the measure and the unit otherwise); the report records that unit. The bureau’s editors and admins (no unit) may report on any measure. Evidence is attached afterwards (POST …/reports/{reportId}/evidence). Alias for the default plan (the built-in Ordos plan) of POST /api/v1/plans/{planId}/measures/{id}/reports.
         */
        post: operations["addMeasureReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/measures/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A measure’s progress reports, oldest first, each with its evidence
         * @description A measure’s progress reports, oldest first, each with its evidence
         */
        get: operations["listMeasureReportsInPlan"];
        put?: never;
        /**
         * Report progress on a measure for a period (editor): status, optional percent, narrative in Chinese, a deliverable
         * @description A token reporting for a unit (scope.unit) reports only on measures its unit leads or cooperates on (403 naming the measure and the unit otherwise); the report records that unit. The bureau’s editors and admins (no unit) may report on any measure. Evidence is attached afterwards (POST …/reports/{reportId}/evidence).
         */
        post: operations["addMeasureReportInPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measures/{id}/reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace what a report says (editor of its unit, the bureau for its own reports, or an admin); needs If-Match
         * @description A report sent with a mistake is corrected in place: period, status, percent, narrative and deliverable are replaced; its unit, reporter, time sent and evidence stay. Send If-Match: "<reportId>.v<version>" with the version you read (428 without it; 409 with the current ETag when it changed meanwhile, nothing written). Only the report’s author’s scope changes it: a unit’s token its unit’s reports, a city-bureau editor the bureau’s own, an admin any (403 otherwise). The report as it was is kept in its history (GET …/history) with the optional reason. A withdrawn report is not there (404). Alias for the default plan (the built-in Ordos plan) of PUT /api/v1/plans/{planId}/measures/{id}/reports/{reportId}.
         */
        put: operations["replaceMeasureReport"];
        post?: never;
        /**
         * Withdraw a report (editor of its unit, the bureau for its own reports, or an admin); needs If-Match; kept, never erased
         * @description A report sent by mistake is taken back: it leaves the measure’s reports, its status and the supervision list, and its evidence is no longer served (an admin still reads both, and its history). Nothing is erased: the report and who withdrew it, when and why, are kept. Same If-Match and author’s-scope rules as PUT. To correct a report instead, replace it (PUT) or send a new one. Alias for the default plan (the built-in Ordos plan) of DELETE /api/v1/plans/{planId}/measures/{id}/reports/{reportId}.
         */
        delete: operations["withdrawMeasureReport"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/measures/{id}/reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace what a report says (editor of its unit, the bureau for its own reports, or an admin); needs If-Match
         * @description A report sent with a mistake is corrected in place: period, status, percent, narrative and deliverable are replaced; its unit, reporter, time sent and evidence stay. Send If-Match: "<reportId>.v<version>" with the version you read (428 without it; 409 with the current ETag when it changed meanwhile, nothing written). Only the report’s author’s scope changes it: a unit’s token its unit’s reports, a city-bureau editor the bureau’s own, an admin any (403 otherwise). The report as it was is kept in its history (GET …/history) with the optional reason. A withdrawn report is not there (404).
         */
        put: operations["replaceMeasureReportInPlan"];
        post?: never;
        /**
         * Withdraw a report (editor of its unit, the bureau for its own reports, or an admin); needs If-Match; kept, never erased
         * @description A report sent by mistake is taken back: it leaves the measure’s reports, its status and the supervision list, and its evidence is no longer served (an admin still reads both, and its history). Nothing is erased: the report and who withdrew it, when and why, are kept. Same If-Match and author’s-scope rules as PUT. To correct a report instead, replace it (PUT) or send a new one.
         */
        delete: operations["withdrawMeasureReportInPlan"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measures/{id}/reports/{reportId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A report’s replacements and withdrawal, oldest first (its author’s scope or an admin)
         * @description Each change with the report before and after (null after a withdrawal), who made it, when and why; empty for a report never changed. Read by those who may change the report (its unit’s tokens, the bureau for its own reports) and by admins; a withdrawn report’s history by admins only (404 for others, as for a report that is not there). Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/measures/{id}/reports/{reportId}/history.
         */
        get: operations["measureReportHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/measures/{id}/reports/{reportId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A report’s replacements and withdrawal, oldest first (its author’s scope or an admin)
         * @description Each change with the report before and after (null after a withdrawal), who made it, when and why; empty for a report never changed. Read by those who may change the report (its unit’s tokens, the bureau for its own reports) and by admins; a withdrawn report’s history by admins only (404 for others, as for a report that is not there).
         */
        get: operations["measureReportHistoryInPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/measures/{id}/reports/{reportId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach evidence to a report (editor): a file (the raw body, ?name=) or a link (JSON {kind:"link", name, url})
         * @description A file is the request body as it is, with `?name=` giving its name; at most 10485760 bytes (10 MB; more: 413, counted while the body is read, and nothing is kept). Its type is read from its first bytes, never taken from Content-Type: pdf, docx, xlsx, png, jpeg, ofd, txt (OFD: the national e-document format). Anything else is refused (415), as is a file whose declared type is another of these (422). A link is http(s) only. The same unit rule as reports: a unit’s token attaches only to reports on its own measures. Alias for the default plan (the built-in Ordos plan) of POST /api/v1/plans/{planId}/measures/{id}/reports/{reportId}/evidence.
         */
        post: operations["addEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/measures/{id}/reports/{reportId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach evidence to a report (editor): a file (the raw body, ?name=) or a link (JSON {kind:"link", name, url})
         * @description A file is the request body as it is, with `?name=` giving its name; at most 10485760 bytes (10 MB; more: 413, counted while the body is read, and nothing is kept). Its type is read from its first bytes, never taken from Content-Type: pdf, docx, xlsx, png, jpeg, ofd, txt (OFD: the national e-document format). Anything else is refused (415), as is a file whose declared type is another of these (422). A link is http(s) only. The same unit rule as reports: a unit’s token attaches only to reports on its own measures.
         */
        post: operations["addEvidenceInPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an evidence file (as an attachment, never shown inline); a link’s evidence answers its record
         * @description Whoever may read the report the evidence is attached to may download it, and nobody else: the same rule as the reports’ list (GET /api/v1/measures/{id}/reports), which is public — so the evidence of a live report is served to anyone, signed in or not. A withdrawn report’s evidence is served to admins only; anyone else gets 404, the same answer as for an id that does not exist, so an answer never confirms that an id exists. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/evidence/{id}.
         */
        get: operations["getEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an evidence file (as an attachment, never shown inline); a link’s evidence answers its record
         * @description Whoever may read the report the evidence is attached to may download it, and nobody else: the same rule as the reports’ list (GET /api/v1/measures/{id}/reports), which is public — so the evidence of a live report is served to anyone, signed in or not. A withdrawn report’s evidence is served to admins only; anyone else gets 404, the same answer as for an id that does not exist, so an answer never confirms that an id exists.
         */
        get: operations["getEvidenceInPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responsibilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The responsibility list (责任清单): each assigned item’s lead unit (牵头单位) and cooperating units (配合单位)
         * @description Only items the bureau has assigned; a target not listed takes its measure’s units. The plan names no units. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/responsibilities.
         */
        get: operations["listResponsibilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/responsibilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The responsibility list (责任清单): each assigned item’s lead unit (牵头单位) and cooperating units (配合单位)
         * @description Only items the bureau has assigned; a target not listed takes its measure’s units. The plan names no units.
         */
        get: operations["listResponsibilitiesInPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responsibilities/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Assign an item’s lead and cooperating units (admin); a reassignment is kept in the history with its reason
         * @description A unit is named by its id and must exist (400 otherwise). When another change to the same item lands at the same moment, this one is refused with 409 and nothing is written: read the item again and retry. Alias for the default plan (the built-in Ordos plan) of PUT /api/v1/plans/{planId}/responsibilities/{itemId}.
         */
        put: operations["putResponsibility"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/responsibilities/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Assign an item’s lead and cooperating units (admin); a reassignment is kept in the history with its reason
         * @description A unit is named by its id and must exist (400 otherwise). When another change to the same item lands at the same moment, this one is refused with 409 and nothing is written: read the item again and retry.
         */
        put: operations["putResponsibilityInPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responsibilities/{itemId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every assignment of an item, oldest first: who, when, before, after, why
         * @description Every assignment of an item, oldest first: who, when, before, after, why Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/responsibilities/{itemId}/history.
         */
        get: operations["responsibilityHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/responsibilities/{itemId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every assignment of an item, oldest first: who, when, before, after, why
         * @description Every assignment of an item, oldest first: who, when, before, after, why
         */
        get: operations["responsibilityHistoryInPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responsibilities/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the responsibility list from CSV or XLSX (admin): all or nothing, every problem with its row; dryRun=true writes nothing
         * @description Columns: itemId (事项编号), lead (牵头单位), cooperating (配合单位: several separated by 、 or ;), optional reason (原因). A unit is named by its id or its Chinese name and must exist (POST /api/v1/units). Send the file as the body with Content-Type text/csv or the XLSX type; at most 1048576 bytes. Any problem refuses the whole file (400 listing each row's; in a dry run, 200 with ok false) and nothing is written; so does another change to a listed item landing at the same moment (409: read the list again and retry). Alias for the default plan (the built-in Ordos plan) of POST /api/v1/plans/{planId}/responsibilities/import.
         */
        post: operations["importResponsibilities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/responsibilities/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the responsibility list from CSV or XLSX (admin): all or nothing, every problem with its row; dryRun=true writes nothing
         * @description Columns: itemId (事项编号), lead (牵头单位), cooperating (配合单位: several separated by 、 or ;), optional reason (原因). A unit is named by its id or its Chinese name and must exist (POST /api/v1/units). Send the file as the body with Content-Type text/csv or the XLSX type; at most 1048576 bytes. Any problem refuses the whole file (400 listing each row's; in a dry run, 200 with ok false) and nothing is written; so does another change to a listed item landing at the same moment (409: read the list again and retry).
         */
        post: operations["importResponsibilitiesInPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The supervision list (督办清单): every target and measure overdue, at risk, or not updated within its reporting cycle, with why
         * @description Each item names its kind (target or measure), its status, the reasons it is listed, since when, its lead and cooperating units and its last update. Filter by unit, project or 旗区. An item leaves the list once it is done or back on track and reported. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/supervision.
         */
        get: operations["listSupervision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/supervision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The supervision list (督办清单): every target and measure overdue, at risk, or not updated within its reporting cycle, with why
         * @description Each item names its kind (target or measure), its status, the reasons it is listed, since when, its lead and cooperating units and its last update. Filter by unit, project or 旗区. An item leaves the list once it is done or back on track and reported.
         */
        get: operations["listSupervisionInPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/circular": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The circular (督办通报) generated from the supervision list: what lags, whose it is, since when, what was reported; HTML or Markdown
         * @description The same filters as GET /supervision. Every text a user entered (unit names, narratives, reporters) is escaped. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/supervision/circular.
         */
        get: operations["getSupervisionCircular"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/supervision/circular": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The circular (督办通报) generated from the supervision list: what lags, whose it is, since when, what was reported; HTML or Markdown
         * @description The same filters as GET /supervision. Every text a user entered (unit names, narratives, reporters) is escaped.
         */
        get: operations["getSupervisionCircularInPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My tasks (我的任务): the items the token’s unit leads or cooperates on with status and what is due next
         * @description Needs a token reporting for a unit (scope.unit); any other token is answered 400. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/me/tasks.
         */
        get: operations["myTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My tasks (我的任务): the items the token’s unit leads or cooperates on with status and what is due next
         * @description Needs a token reporting for a unit (scope.unit); any other token is answered 400.
         */
        get: operations["myTasksInPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{kind}/{period}/narrative": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A report’s written sections (成效, 问题, 下一步): the stored text, or a draft from the figures marked draft
         * @description The report’s time base (reportTimeBase): annual YYYY → that year’s end; midterm → the end of the plan’s midpoint year; final → the plan’s end. A draft uses only counts, names and completion figures of the city’s official data as of that day. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/reports/{kind}/{period}/narrative.
         */
        get: operations["getReportNarrative"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/reports/{kind}/{period}/narrative": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A report’s written sections (成效, 问题, 下一步): the stored text, or a draft from the figures marked draft
         * @description The report’s time base (reportTimeBase): annual YYYY → that year’s end; midterm → the end of the plan’s midpoint year; final → the plan’s end. A draft uses only counts, names and completion figures of the city’s official data as of that day.
         */
        get: operations["getReportNarrativeInPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{kind}/{period}/narrative/{section}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Write one section of a report (an editor or admin of the city), at the version you edited
         * @description Send the version you read as expectedVersion (0 for a section never written) or If-Match: "<section>.v<version>"; a section changed meanwhile answers 409 and nothing is written. At most 20000 characters. Every version is kept. Alias for the default plan (the built-in Ordos plan) of PUT /api/v1/plans/{planId}/reports/{kind}/{period}/narrative/{section}.
         */
        put: operations["putReportNarrative"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/reports/{kind}/{period}/narrative/{section}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Write one section of a report (an editor or admin of the city), at the version you edited
         * @description Send the version you read as expectedVersion (0 for a section never written) or If-Match: "<section>.v<version>"; a section changed meanwhile answers 409 and nothing is written. At most 20000 characters. Every version is kept.
         */
        put: operations["putReportNarrativeInPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the report (年度监测报告, 中期评估报告 or 总结评估报告) as DOCX, PDF, HTML, Markdown or XLSX
         * @description The report of the plan for a kind and period (each kind has its time base: annual YYYY judges that year’s end, midterm the middle year’s end, final the plan’s last day): cover with the reporting unit, kind, period and dates; table of contents; page numbers; numbered tables and figures with their sources; the written sections 成效、问题、下一步 (stored, else a draft marked 草稿). In the request’s language (?lang= or Accept-Language). 501 when the server was started without a report renderer. Alias for the default plan (the built-in Ordos plan) of GET /api/v1/plans/{planId}/report.
         */
        get: operations["reportDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the report (年度监测报告, 中期评估报告 or 总结评估报告) as DOCX, PDF, HTML, Markdown or XLSX
         * @description The report of the plan for a kind and period (each kind has its time base: annual YYYY judges that year’s end, midterm the middle year’s end, final the plan’s last day): cover with the reporting unit, kind, period and dates; table of contents; page numbers; numbered tables and figures with their sources; the written sections 成效、问题、下一步 (stored, else a draft marked 草稿). In the request’s language (?lang= or Accept-Language). 501 when the server was started without a report renderer.
         */
        get: operations["reportDocumentInPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The units that lead or cooperate on items (牵头单位, 配合单位), by id
         * @description The units that lead or cooperate on items (牵头单位, 配合单位), by id
         */
        get: operations["listUnits"];
        put?: never;
        /**
         * Add a unit (admin): its id (a slug) and Chinese name, each unique
         * @description Add a unit (admin): its id (a slug) and Chinese name, each unique
         */
        post: operations["createUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}": {
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
         * Delete a unit nothing names (admin); needs If-Match
         * @description For a unit created by mistake. A unit that anything names — a responsibility, a token (revoked ones too), a measure report (withdrawn ones too) or a responsibility change in the history — is never deleted: 409 naming what names it (retire it instead). Same If-Match rule as PATCH. The deletion is kept in the unit’s history.
         */
        delete: operations["deleteUnit"];
        options?: never;
        head?: never;
        /**
         * Rename a unit, retire it or put it back in service (admin); needs If-Match
         * @description Send If-Match: "<id>.v<version>" with the version GET /api/v1/units gave (428 without it; 409 with the current ETag when it changed meanwhile; nothing is written). The id never changes, so responsibilities, reports and tokens keep naming it. A Chinese name another unit has: 409. `retired: true` takes a unit out of service: it keeps its reports and history and is given no new work (no new assignment, no new report); refused with 409 naming them while it is still responsible for items or has live tokens. `retired: false` puts it back. Every change is kept in its history (GET …/history).
         */
        patch: operations["updateUnit"];
        trace?: never;
    };
    "/api/v1/units/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A unit’s renames, retirements, returns and deletion, oldest first (admin)
         * @description Each change with the unit before and after (null after a deletion), who made it and when; a deleted unit’s too. Empty for a unit never changed; 404 when there is neither such a unit nor any history of one.
         */
        get: operations["unitHistory"];
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
        /**
         * The role and scope of the bearer token sent (for sign-in checks); anonymous without one
         * @description The token the request was made with: its name and role, never its secret.
         */
        get: operations["getMe"];
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
        /**
         * List tokens (admin); never their values
         * @description Every token, without secrets (admin). A short list: not paged.
         */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create a token (admin); its value is shown in this response only
         * @description Give `regions` (and optionally `tables`, `indicators`, `projects`) to confine what the token writes, and `unit` for a unit’s token (the unit must exist, 400 otherwise, and be in service: a retired unit does no work, 409): a write outside its scope answers 403 naming the scope. Region ids must be regions of a plan the server has (400 otherwise); the others may name any plan’s ids. A token whose regions leave out a plan’s subject region (a district’s) submits its figures for the city’s approval. The benchmark region’s figures are an admin’s only.
         */
        post: operations["createToken"];
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
        /**
         * Revoke a token (admin); it is refused from then on
         * @description Revokes a token (admin); requests made with it are refused from then on.
         */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        PlanListItem: {
            id: string;
            title: components["schemas"]["LocalizedText"];
            period: {
                start: number;
                end: number;
            };
            baselineYear: number;
            targetYear: number;
            subjectRegion: string;
            /** @description true for a plan built into the server (the Ordos plan) */
            builtIn: boolean;
            /** @description true for the plan the paths without /plans/{planId} serve (their alias) */
            default: boolean;
            /** @description When the plan was added; null for a built-in plan */
            addedAt: string | null;
        };
        LocalizedText: {
            zh: string;
            en: string;
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
            /** @description For a value that does not fit its indicator, the rule it breaks (checkValue of @plan/observations): negative, percent, integer, ratio-sum, ratio-parts, one-part, unknown-part, shape, unknown-indicator, unknown-region */
            code?: string;
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
                /** @description The plan’s subject region, the one it sets targets for */
                subject: {
                    baseline: components["schemas"]["PlanValue"];
                    target: components["schemas"]["PlanValue"];
                };
                /** @description The benchmark region the tables print beside it */
                benchmark: {
                    baseline: components["schemas"]["PlanValue"];
                    target: components["schemas"]["PlanValue"];
                };
            };
            /** @default [] */
            notes: components["schemas"]["DataNote"][];
            /** @description Judged in each region (default) or for the subject region only; additive counts */
            regionScope?: {
                judged: components["schemas"]["RegionJudged"];
                /** @description The regions’ values add up to the subject region’s (counts such as parks, trails, schools) */
                additive?: boolean;
                /** @description Why the indicator is read so: our reading, not the plan’s */
                reason?: {
                    zh: string;
                    en: string;
                };
            };
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
        /** @enum {string} */
        RegionJudged: "each-region" | "subject-only";
        Project: {
            /** @description Its number in the annex (附表1), from 1 */
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
            /** @description 专栏N: the number of its project */
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
            /** @description The indicator this target measures, if any */
            indicatorId?: string;
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
            /** @description A year, four digits */
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
            /** @description The indicator this target measures, if any */
            indicatorId?: string;
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
            /** @description The indicator this target measures, if any */
            indicatorId?: string;
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
            /** @description The indicator this target measures, if any */
            indicatorId?: string;
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
            /** @description How many units the plan implies, e.g. 9 for 每个旗区 in a city of nine 旗区 */
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
            /** @description The numbers of the projects concerned */
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
            location: components["schemas"]["ReadingLocation"];
            targetId?: components["schemas"]["TargetId"];
            factId?: components["schemas"]["BaselineFactId"];
            indicatorId?: components["schemas"]["IndicatorRef"];
            indicatorPart?: string;
        };
        ReadingLocation: {
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
            /** @description The line in the plan text; absent for a table cell of a plan added as a file */
            line?: number;
        };
        BaselineFactId: string;
        /** @description The id of one of the plan’s indicators */
        IndicatorRef: string;
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
            /**
             * @description The text encoding the CSV was read in (detected: a BOM, else valid UTF-8, else GB18030/GBK as Excel saves on Chinese Windows); null for a workbook
             * @enum {string|null}
             */
            encoding: "utf-8" | "utf-8-bom" | "gb18030" | null;
            /** @description Rows with no value, year or date (e.g. the unfilled rows of a template): skipped */
            blankRows: number;
            problems: components["schemas"]["RowProblem"][];
        };
        RowProblem: {
            /** @description Spreadsheet row: the header is row 1; 0 for the file as a whole */
            row: number;
            column: string;
            /** @description What is wrong, in English */
            problem: string;
            /** @description What is wrong, in Chinese */
            problemZh: string;
        };
        Observation: {
            id: string;
            /** @description The indicator's id; for a target's own figure, the target's id (as targetId) */
            indicatorId: string;
            /** @description The target's id when the figure is a target's own (then indicatorId holds it too); null for an indicator's figure */
            targetId: string | null;
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
            /** @description Why it was recorded: "import", the plan’s baseline-year values, 示例数据 … */
            createdReason: string | null;
            version: number;
            createdAt: string;
            createdBy: string;
            updatedAt: string;
            updatedBy: string;
            approval: components["schemas"]["Approval"];
            /** @description Why the city last returned the figure; kept after resubmission and approval (the history has every step); null if it was never returned */
            approvalReason: string | null;
            /** @description The name of the token that last approved or returned the figure; null if never reviewed */
            reviewedBy: string | null;
            /** @description When the figure was last approved or returned; null if never reviewed */
            reviewedAt: string | null;
        };
        ObservationValue: number | {
            ratio: number[];
        } | {
            parts: {
                [key: string]: number;
            };
        };
        /**
         * @description Review state: "submitted" (entered by a district, awaiting the city), "approved" (counts in assessments), "returned" (sent back with a reason, to be corrected and resubmitted)
         * @enum {string}
         */
        Approval: "submitted" | "approved" | "returned";
        ObservationInput: {
            /** @description The indicator the figure is for; or give targetId for a target's own figure */
            indicatorId?: string;
            /** @description In place of indicatorId: a quantified target's own figure (T-…), a plain number in the target's printed unit — level: the value now; cumulative: done so far since the plan's start; per 旗区: that district's figure (region); other per-unit: the least unit's value; pace: the year's change, signed. A target linked to an indicator takes the indicator's figures instead. */
            targetId?: string;
            /** @description Region id; default the plan's subject region */
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
            /**
             * @description What the step did; "approve" and "return" are the city's review (the approval it left is `new.approval`), a resubmission is an "update" whose `new.approval` is "submitted"
             * @enum {string}
             */
            action: "create" | "update" | "delete" | "approve" | "return";
            /** @description The name of the token that made the change (unique among tokens), or seed / cli */
            actor: string;
            /** @description The id of the token that made the change; null for the seed, the CLI and changes made before ids were recorded */
            actorId: string | null;
            at: string;
            old: components["schemas"]["Observation"] | null;
            new: components["schemas"]["Observation"] | null;
            reason: string | null;
        };
        /**
         * @example {
         *       "reason": "与统计公报不符，请核对后重新提交"
         *     }
         */
        ReturnBody: {
            /** @description Why the figure goes back to the district: shown to the submitter, kept in the history */
            reason: string;
        };
        /**
         * @example {
         *       "approved": 1,
         *       "ids": [
         *         "0d9c3c1e-5a53-4a53-9b1e-2a7c1f0c4c7e"
         *       ]
         *     }
         */
        BulkApprovalResult: {
            /** @description How many submitted figures were approved */
            approved: number;
            /** @description The ids of the approved observations */
            ids: string[];
        };
        /**
         * @example {
         *       "region": "dongsheng",
         *       "year": 2023
         *     }
         */
        BulkApproval: {
            /** @description The district whose submitted figures are approved */
            region: string;
            /** @description Only the figures of this year (default: every year) */
            year?: number;
            /** @description Only these indicators (default: every indicator) */
            indicatorIds?: string[];
        };
        AssessmentsResponse: {
            planId: string;
            title: components["schemas"]["LocalizedText"];
            method: components["schemas"]["Method"];
            asOf: string | null;
            regions: string[];
            indicators: {
                indicatorId: string;
                table: string;
                categoryPath: string[];
                name: components["schemas"]["LocalizedText"];
                unit: {
                    zh: string;
                    en: string;
                    kind: string;
                };
                region: string;
                method: components["schemas"]["Method"];
                asOf: string | null;
                status: components["schemas"]["AnyStatus"];
                label: components["schemas"]["LocalizedText"];
                score: number | null;
                /**
                 * @description sdsn only: the dashboard colour
                 * @enum {string|null}
                 */
                colour: "green" | "yellow" | "orange" | "red" | "grey" | null;
                /** @description No data to judge progress by: counted as missing in roll-ups, never as zero */
                missing: boolean;
                achieved: boolean;
                explanation: components["schemas"]["LocalizedText"];
                /** @description For a ratio: the share that is scored */
                scoredOn: {
                    zh: string;
                    en: string;
                } | null;
                /** @description One, or one per part of a split indicator */
                quantities: components["schemas"]["QuantityAssessment"][];
                /** @description How the parts were combined */
                combination: {
                    /** @enum {string} */
                    rule: "mean_score" | "worst_of";
                    assessed: number;
                } | null;
                notes: components["schemas"]["LocalizedText"][];
                /** @description For a district (a region under the plan’s subject): its own baseline or "no district baseline", its target or "city target applied", or not judged (an indicator about the city as a whole) */
                regionJudging?: {
                    /** @enum {string} */
                    baseline: "plan" | "region" | "missing";
                    /** @enum {string} */
                    target: "plan" | "region-target" | "subject-target" | "none";
                    /** @description For a region target: the document that set it */
                    targetSource: string | null;
                    /**
                     * @description The indicator is about the subject region as a whole: never scored per district
                     * @enum {string}
                     */
                    notJudgedReason?: "subject-only";
                    /** @description What the region lacks to be judged (fully) */
                    missing: components["schemas"]["RegionMissing"][];
                };
                /** @description true when a submitted, not yet approved figure was used for this item */
                usedSubmitted?: boolean;
            }[];
            rollUps: {
                plan: components["schemas"]["RollUp"][];
                regions: components["schemas"]["RollUp"][];
                tables: components["schemas"]["RollUp"][];
                categories: components["schemas"]["RollUp"][];
            };
            /** @description Indicators without data to judge by, per region */
            missing: {
                indicatorId: string;
                region: string;
            }[];
            /** @description The amendments in force on the as-of date that the plan assessed includes; present when the caller passed them */
            amendmentsApplied?: components["schemas"]["AppliedAmendment"][];
            /** @description As of a date after the plan’s end: the final evaluation (总结评估), each target met or not at the end date */
            finalEvaluation?: {
                planId: string;
                /** @description The last day of the plan period */
                endDate: string;
                /** @description Values after the end date and up to this day are shown apart */
                asOf: string;
                /**
                 * @description The method of `statusAtEnd`; the verdict is the target’s comparator
                 * @enum {string}
                 */
                method: "time-progress" | "open-sdg" | "unsd-2023" | "weather" | "sdsn";
                regions: string[];
                indicators: components["schemas"]["FinalIndicatorEvaluation"][];
                /** @description Indicators per verdict, over every region */
                counts: {
                    met: number;
                    missed: number;
                    no_data: number;
                    no_target: number;
                    metAfterDeadline: number;
                };
            };
            /** @description true when any illustrative demo figure (示例数据) was used */
            illustrative: boolean;
            /** @description true when submitted (not yet approved) figures were asked for (includeSubmitted=true) */
            includeSubmitted: boolean;
            /** @description true when any submitted, not yet approved figure was used; each observation says its approval */
            usedSubmitted: boolean;
            dataVersion: number;
            observationsUsed: number;
            /**
             * @description given: the request named asOf. Otherwise the default (defaultAsOf of @plan/scoring): latest-data — the latest date with data inside the plan period; plan-end — the plan is over, judged on its last day (final evaluation); today — the data is dated after today, or the plan has not started; plan-start — no data inside the plan period
             * @enum {string}
             */
            asOfRule: "given" | "latest-data" | "plan-end" | "today" | "plan-start";
            /** @description Why this as-of day, in both languages; null when the request named it */
            asOfExplanation: {
                zh: string;
                en: string;
            } | null;
            /** @description Other values of the same indicator, region and date that were not used (official beats illustrative; newest wins) */
            setAside: components["schemas"]["Observation"][];
        };
        /** @enum {string} */
        Method: "time-progress" | "open-sdg" | "unsd-2023" | "weather" | "sdsn";
        /** @enum {string} */
        AnyStatus: "achieved" | "ahead" | "on_track" | "behind" | "regressing" | "no_data" | "target_achieved" | "substantial_progress" | "moderate_progress" | "limited_progress" | "deterioration" | "not_available" | "On track or target met" | "Fair progress, but acceleration needed" | "Stagnation or regression" | "Not assessed" | "sun" | "slightly_cloudy" | "cloudy" | "thunderstorm" | "not_calculable" | "moderately_improving" | "stagnating" | "decreasing" | "trend_unavailable";
        QuantityAssessment: {
            part: string | null;
            partLabel: components["schemas"]["LocalizedText"] | null;
            direction: components["schemas"]["ScoringDirection"];
            baseline: {
                time: string;
                value: number;
                printed: string | null;
                /** @enum {string} */
                from: "plan" | "observation";
            } | null;
            target: {
                year: number;
                value: number;
                upper: number | null;
                comparator: components["schemas"]["TargetComparator"];
                printed: string;
                /**
                 * @description subject: the city’s target, applied to a district or banner; region: a target set for the region (see regionJudging)
                 * @enum {string}
                 */
                from: "plan" | "subject" | "region";
            } | null;
            latest: {
                time: string;
                value: number;
            } | null;
            /** @description null when there is no value to start from */
            result: components["schemas"]["TimeProgressResult"] | components["schemas"]["OpenSdgResult"] | components["schemas"]["Unsd2023Result"] | components["schemas"]["WeatherResult"] | components["schemas"]["SdsnResult"] | null;
            benchmark: components["schemas"]["BenchmarkComparison"];
        };
        /** @enum {string} */
        ScoringDirection: "increase" | "decrease";
        TimeProgressResult: {
            /** @enum {string} */
            method: "time-progress";
            /** @enum {string} */
            status: "achieved" | "ahead" | "on_track" | "behind" | "regressing" | "no_data";
            /** @description The status in words, both languages */
            label: {
                zh: string;
                en: string;
            };
            /** @description Why the status is what it is, with the figures */
            explanation: {
                zh: string;
                en: string;
            };
            /** @description The completion progress */
            score: number | null;
            components: components["schemas"]["TimeProgressComponents"];
        };
        TimeProgressComponents: {
            direction: components["schemas"]["ScoringDirection"];
            comparator: components["schemas"]["TargetComparator"];
            /** @description The target as a reader writes it: "≥ 95" */
            target: string | null;
            baseDate: string | null;
            baseValue: number | null;
            latestDate: string | null;
            latestValue: number | null;
            targetDate: string | null;
            /** @description The value aimed at (a band’s near edge) */
            targetValue: number | null;
            asOf: string | null;
            pointsUsed: number;
            pointsAfterAsOf: number;
            /** @description (latest − base) / (target − base); null when the base already met the target */
            completionProgress: number | null;
            /** @description Elapsed share of base date → target date at the latest value’s date (calendar days) */
            timeProgress: number | null;
            timeProgressAtAsOf: number | null;
            onTrackTolerance: number;
            /** @description The value on the straight path at the latest value’s date */
            expectedValue: number | null;
            differenceFromExpected: number | null;
            differenceToTarget: number | null;
            yearsRemaining: number | null;
            /** @description Change per year still needed to reach the target on time */
            requiredAnnualPace: number | null;
            targetDatePassed: boolean | null;
            projection: components["schemas"]["Projection"];
            /** @enum {string|null} */
            reason: "no_target" | "no_data" | "one_point" | null;
        };
        Projection: {
            targetYear: number;
            targetValue: number;
            pointsUsed: number;
            /** @description Least squares on all points */
            leastSquares: {
                /** @description Least squares: change per year. CAGR: compound annual growth rate */
                rate: number;
                /** @description The value the trend gives at the target year */
                valueAtTarget: number | null;
                /** @description Decimal year at which the trend reaches the target; null if it never does at this pace */
                crossing: number | null;
                /** @description The first year-end at or after the crossing */
                yearMet: number | null;
            } | null;
            /** @description Compound annual growth from the base to the latest point */
            cagr: {
                /** @description Least squares: change per year. CAGR: compound annual growth rate */
                rate: number;
                /** @description The value the trend gives at the target year */
                valueAtTarget: number | null;
                /** @description Decimal year at which the trend reaches the target; null if it never does at this pace */
                crossing: number | null;
                /** @description The first year-end at or after the crossing */
                yearMet: number | null;
            } | null;
        } | null;
        OpenSdgResult: {
            /** @enum {string} */
            method: "open-sdg";
            /** @enum {string} */
            status: "target_achieved" | "substantial_progress" | "moderate_progress" | "limited_progress" | "deterioration" | "not_available";
            /** @description The status in words, both languages */
            label: {
                zh: string;
                en: string;
            };
            /** @description Why the status is what it is, with the figures */
            explanation: {
                zh: string;
                en: string;
            };
            /** @description −5 … +5; 5 when the target is achieved */
            score: number | null;
            /** @description R with a target, s·d·CAGR without */
            progressValue: number | null;
            components: components["schemas"]["OpenSdgComponents"];
        };
        OpenSdgComponents: {
            /** @enum {string} */
            calculation: "with_target" | "without_target";
            direction: components["schemas"]["ScoringDirection"];
            /** @description +1 when an increase is desired, −1 when a decrease is */
            d: number;
            /** @description −1 when the base value is negative */
            sign: number;
            baseYear: number | null;
            baseValue: number | null;
            /** @description The base in the formula: 0 is replaced by 0.001 */
            baseValueUsed: number | null;
            currentYear: number | null;
            currentValue: number | null;
            targetYear: number | null;
            targetValue: number | null;
            /** @description The target in the formula: 0 is replaced by 0.001 */
            targetValueUsed: number | null;
            comparator: components["schemas"]["TargetComparator"] | null;
            target: string | null;
            limit: number | null;
            /** @description The scaling factor C for a natural limit (without a target) */
            coefficient: number | null;
            thresholds: {
                high: number;
                med: number;
                low: number;
            };
            cagrObserved: number | null;
            cagrRequired: number | null;
            progressValue: number | null;
            targetAchieved: boolean;
            asOf: string | null;
            pointsUsed: number;
            pointsAfterAsOf: number;
            /** @enum {string|null} */
            reason: "no_data" | "one_point" | "sign_change" | "undefined_growth" | null;
        };
        Unsd2023Result: {
            /** @enum {string} */
            method: "unsd-2023";
            /** @enum {string} */
            status: "On track or target met" | "Fair progress, but acceleration needed" | "Stagnation or regression" | "Not assessed";
            /** @description The status in words, both languages */
            label: {
                zh: string;
                en: string;
            };
            /** @description Why the status is what it is, with the figures */
            explanation: {
                zh: string;
                en: string;
            };
            score: 1 | 2 | 3 | null;
            components: components["schemas"]["Unsd2023Components"];
        };
        Unsd2023Components: {
            /** @enum {string} */
            calculation: "with_target" | "without_target";
            direction: components["schemas"]["ScoringDirection"];
            sign: number;
            baseYear: number | null;
            baseValue: number | null;
            latestYear: number | null;
            latestValue: number | null;
            targetYear: number | null;
            targetValue: number | null;
            comparator: components["schemas"]["TargetComparator"] | null;
            target: string | null;
            cagr: number | null;
            /** @description latest × (1 + CAGR)^(target year − latest year) */
            projectedValue: number | null;
            /** @description (projected − base) / (target − base) */
            ratio: number | null;
            thresholds: {
                high: number;
                low: number;
            };
            /** @enum {string|null} */
            exception: "latest_meets_target" | "within_one_point_of_limit" | "base_at_or_past_target" | null;
            asOf: string | null;
            pointsUsed: number;
            pointsAfterTargetYear: number;
            pointsAfterAsOf: number;
            /** @enum {string|null} */
            reason: "no_data" | "one_point" | "sign_change" | "undefined_growth" | null;
        };
        WeatherResult: {
            /** @enum {string} */
            method: "weather";
            /** @enum {string} */
            status: "sun" | "slightly_cloudy" | "cloudy" | "thunderstorm" | "not_calculable";
            /** @description The status in words, both languages */
            label: {
                zh: string;
                en: string;
            };
            /** @description Why the status is what it is, with the figures */
            explanation: {
                zh: string;
                en: string;
            };
            score: null;
            components: components["schemas"]["WeatherComponents"];
        };
        WeatherComponents: {
            /** @enum {string|null} */
            procedure: "target" | "target_reached" | "direction" | null;
            direction: components["schemas"]["ScoringDirection"];
            /** @description The last (up to six) points used */
            window: {
                time: string;
                value: number;
            }[];
            /** @description Mean of the annual changes over the window */
            meanAnnualChange: number | null;
            /** @description The last annual change */
            lastChange: number | null;
            latestYear: number | null;
            latestValue: number | null;
            targetYear: number | null;
            targetValue: number | null;
            target: string | null;
            projectedValue: number | null;
            /** @description target − latest */
            gap: number | null;
            /** @description (target − projected) / (target − latest): the share of the gap the trend misses */
            missShare: number | null;
            asOf: string | null;
            pointsUsed: number;
            pointsAfterAsOf: number;
            /** @enum {string|null} */
            reason: "too_few_points" | null;
        };
        SdsnResult: {
            /** @enum {string} */
            method: "sdsn";
            /** @enum {string} */
            status: "on_track" | "moderately_improving" | "stagnating" | "decreasing" | "trend_unavailable";
            /** @description The status in words, both languages */
            label: {
                zh: string;
                en: string;
            };
            /** @description Why the status is what it is, with the figures */
            explanation: {
                zh: string;
                en: string;
            };
            /** @description The latest value rescaled to 0–100 */
            score: number | null;
            /** @enum {string} */
            colour: "green" | "yellow" | "orange" | "red" | "grey";
            components: components["schemas"]["SdsnComponents"];
        };
        SdsnComponents: {
            direction: components["schemas"]["ScoringDirection"];
            lowerBound: number | null;
            optimum: number | null;
            green: number | null;
            red: number | null;
            /** @enum {string} */
            boundsFrom: "input" | "defaults" | "mixed";
            baseYear: number | null;
            baseScore: number | null;
            latestYear: number | null;
            latestValue: number | null;
            /** @description Rescaled 0–100 and clamped */
            latestScore: number | null;
            /** @description Rescaled without clamping: the trend uses it */
            latestScoreUnclamped: number | null;
            greenScore: number | null;
            redScore: number | null;
            targetYear: number | null;
            /** @description Score points per year, base → latest */
            observedGrowth: number | null;
            /** @description Score points per year needed to reach green by the target year */
            requiredGrowth: number | null;
            growthRatio: number | null;
            asOf: string | null;
            pointsUsed: number;
            pointsAfterAsOf: number;
            /** @enum {string|null} */
            reason: "no_data" | "no_bounds" | "one_point" | "no_target" | "degenerate_bounds" | null;
        };
        BenchmarkComparison: {
            region: string;
            /** @description Our value compared: the latest observed, or the baseline */
            value: number;
            valueTime: string;
            baseline: number | null;
            baselinePrinted: string;
            target: number | null;
            targetPrinted: string;
            targetComparator: components["schemas"]["TargetComparator"] | null;
            /** @description How far better (+) or worse (−) than the benchmark’s baseline, in the unit */
            gapToBaseline: number | null;
            /** @description How far better (+) or worse (−) than the benchmark’s target, in the unit */
            gapToTarget: number | null;
            meetsTarget: boolean | null;
            /**
             * @description green: meets the benchmark’s target; red: not past its baseline; yellow/orange between
             * @enum {string}
             */
            colour: "green" | "yellow" | "orange" | "red" | "grey";
            explanation: components["schemas"]["LocalizedText"];
        } | null;
        RegionMissing: {
            /** @enum {string} */
            kind: "baseline" | "target";
            /** @description The base year, or the target year */
            year: number;
            /** @description The part of a split indicator; null for the whole */
            part: string | null;
        };
        RollUp: {
            level: components["schemas"]["RollUpLevel"];
            /** @description The table, category or region id; "plan" for the whole plan */
            id: string;
            /** @description The region the group is for; null when it spans regions */
            region: string | null;
            method: components["schemas"]["Method"];
            indicators: number;
            assessed: number;
            /** @description Indicators without data to judge by: reported, never counted as zero */
            missing: number;
            missingIndicators: {
                indicatorId: string;
                region: string;
            }[];
            achieved: number;
            /** @description Every indicator of the group achieved, none missing */
            allAchieved: boolean;
            /** @description Indicators per status, every status of the method listed */
            counts: {
                [key: string]: number;
            };
            /** @description The mean score of the assessed indicators; time-progress: the mean completion, each counted at most 100% (1) */
            meanScore: number | null;
            /** @description The weighted mean score, capped as meanScore */
            weightedMeanScore: number | null;
            /** @description The mean score without the cap: completion over 100% counted as it is */
            meanScoreUncapped: number | null;
            /** @description The weighted mean score without the cap */
            weightedMeanScoreUncapped: number | null;
            totalWeight: number;
            /**
             * @description open-sdg: from the mean score (sdg-build); others: the worst status
             * @enum {string}
             */
            status: "achieved" | "ahead" | "on_track" | "behind" | "regressing" | "no_data" | "target_achieved" | "substantial_progress" | "moderate_progress" | "limited_progress" | "deterioration" | "not_available" | "On track or target met" | "Fair progress, but acceleration needed" | "Stagnation or regression" | "Not assessed" | "sun" | "slightly_cloudy" | "cloudy" | "thunderstorm" | "not_calculable" | "moderately_improving" | "stagnating" | "decreasing" | "trend_unavailable";
            label: components["schemas"]["LocalizedText"];
            /** @description The two worst assessed indicators */
            worst: {
                indicatorId: string;
                region: string;
                status: components["schemas"]["AnyStatus"];
                score: number | null;
            }[];
            /**
             * @description sdsn: the group colour from its two worst indicators
             * @enum {string|null}
             */
            colour: "green" | "yellow" | "orange" | "red" | "grey" | null;
        };
        /** @enum {string} */
        RollUpLevel: "plan" | "region" | "table" | "category";
        AppliedAmendment: {
            id: string;
            indicatorId: string;
            /** @description A project target, when one was amended */
            targetId?: string;
            /** @enum {string} */
            kind: "target" | "baseline" | "definition";
            /** @description The subject region when left out */
            region?: string;
            effectiveDate: components["schemas"]["IsoDate"];
            reason?: string | components["schemas"]["LocalizedText"];
            /** @description The document that decided it */
            decidedBy?: {
                title: string;
                number?: string;
                date?: string;
                url?: string;
            };
        };
        IsoDate: string;
        FinalIndicatorEvaluation: {
            indicatorId: string;
            table: string;
            categoryPath: string[];
            name: components["schemas"]["LocalizedText"];
            unit: {
                zh: string;
                en: string;
                kind: string;
            };
            region: string;
            /** @description For a ratio: the share that is scored */
            scoredOn: {
                zh: string;
                en: string;
            } | null;
            /**
             * @description met when every part with a target is met; no_data when a part has no value by the end
             * @enum {string}
             */
            verdict: "met" | "missed" | "no_data" | "no_target";
            /** @description Not met at the end, but a value after the deadline meets the target */
            metAfterDeadline: boolean;
            /**
             * @description The method’s own status as of the end date
             * @enum {string}
             */
            statusAtEnd: "achieved" | "ahead" | "on_track" | "behind" | "regressing" | "no_data" | "target_achieved" | "substantial_progress" | "moderate_progress" | "limited_progress" | "deterioration" | "not_available" | "On track or target met" | "Fair progress, but acceleration needed" | "Stagnation or regression" | "Not assessed" | "sun" | "slightly_cloudy" | "cloudy" | "thunderstorm" | "not_calculable" | "moderately_improving" | "stagnating" | "decreasing" | "trend_unavailable";
            labelAtEnd: components["schemas"]["LocalizedText"];
            quantities: components["schemas"]["FinalQuantity"][];
            explanation: components["schemas"]["LocalizedText"];
        };
        FinalQuantity: {
            part: string | null;
            partLabel: components["schemas"]["LocalizedText"] | null;
            direction: components["schemas"]["ScoringDirection"];
            baseline: {
                time: string;
                value: number;
            } | null;
            target: {
                value: number;
                upper: number | null;
                comparator: components["schemas"]["TargetComparator"];
                printed: string;
            } | null;
            /** @description The last value dated on or before the end; null when the period has none */
            atEnd: {
                time: string;
                value: number;
            } | null;
            verdict: components["schemas"]["FinalVerdict"];
            /** @description Value at the end − target, in the unit (for a range: from its nearer end, 0 inside) */
            difference: number | null;
            /** @description (value at the end − baseline) / (target − baseline): 1 is the whole way; null when target = baseline */
            shareOfWay: number | null;
            /** @description The latest value dated after the end and by the as-of date; it never changes the verdict */
            afterDeadline: {
                time: string;
                value: number;
                met: boolean;
            } | null;
        };
        /** @enum {string} */
        FinalVerdict: "met" | "missed" | "no_data" | "no_target";
        IndicatorAssessments: {
            indicatorId: string;
            region: string;
            asOf: string;
            /** @description The same indicator judged by each method */
            methods: {
                "time-progress"?: {
                    indicatorId: string;
                    table: string;
                    categoryPath: string[];
                    name: components["schemas"]["LocalizedText"];
                    unit: {
                        zh: string;
                        en: string;
                        kind: string;
                    };
                    region: string;
                    method: components["schemas"]["Method"];
                    asOf: string | null;
                    status: components["schemas"]["AnyStatus"];
                    label: components["schemas"]["LocalizedText"];
                    score: number | null;
                    /**
                     * @description sdsn only: the dashboard colour
                     * @enum {string|null}
                     */
                    colour: "green" | "yellow" | "orange" | "red" | "grey" | null;
                    /** @description No data to judge progress by: counted as missing in roll-ups, never as zero */
                    missing: boolean;
                    achieved: boolean;
                    explanation: components["schemas"]["LocalizedText"];
                    /** @description For a ratio: the share that is scored */
                    scoredOn: {
                        zh: string;
                        en: string;
                    } | null;
                    /** @description One, or one per part of a split indicator */
                    quantities: components["schemas"]["QuantityAssessment"][];
                    /** @description How the parts were combined */
                    combination: {
                        /** @enum {string} */
                        rule: "mean_score" | "worst_of";
                        assessed: number;
                    } | null;
                    notes: components["schemas"]["LocalizedText"][];
                    /** @description For a district (a region under the plan’s subject): its own baseline or "no district baseline", its target or "city target applied", or not judged (an indicator about the city as a whole) */
                    regionJudging?: {
                        /** @enum {string} */
                        baseline: "plan" | "region" | "missing";
                        /** @enum {string} */
                        target: "plan" | "region-target" | "subject-target" | "none";
                        /** @description For a region target: the document that set it */
                        targetSource: string | null;
                        /**
                         * @description The indicator is about the subject region as a whole: never scored per district
                         * @enum {string}
                         */
                        notJudgedReason?: "subject-only";
                        /** @description What the region lacks to be judged (fully) */
                        missing: components["schemas"]["RegionMissing"][];
                    };
                    /** @description true when a submitted, not yet approved figure was used for this item */
                    usedSubmitted?: boolean;
                };
                "open-sdg"?: {
                    indicatorId: string;
                    table: string;
                    categoryPath: string[];
                    name: components["schemas"]["LocalizedText"];
                    unit: {
                        zh: string;
                        en: string;
                        kind: string;
                    };
                    region: string;
                    method: components["schemas"]["Method"];
                    asOf: string | null;
                    status: components["schemas"]["AnyStatus"];
                    label: components["schemas"]["LocalizedText"];
                    score: number | null;
                    /**
                     * @description sdsn only: the dashboard colour
                     * @enum {string|null}
                     */
                    colour: "green" | "yellow" | "orange" | "red" | "grey" | null;
                    /** @description No data to judge progress by: counted as missing in roll-ups, never as zero */
                    missing: boolean;
                    achieved: boolean;
                    explanation: components["schemas"]["LocalizedText"];
                    /** @description For a ratio: the share that is scored */
                    scoredOn: {
                        zh: string;
                        en: string;
                    } | null;
                    /** @description One, or one per part of a split indicator */
                    quantities: components["schemas"]["QuantityAssessment"][];
                    /** @description How the parts were combined */
                    combination: {
                        /** @enum {string} */
                        rule: "mean_score" | "worst_of";
                        assessed: number;
                    } | null;
                    notes: components["schemas"]["LocalizedText"][];
                    /** @description For a district (a region under the plan’s subject): its own baseline or "no district baseline", its target or "city target applied", or not judged (an indicator about the city as a whole) */
                    regionJudging?: {
                        /** @enum {string} */
                        baseline: "plan" | "region" | "missing";
                        /** @enum {string} */
                        target: "plan" | "region-target" | "subject-target" | "none";
                        /** @description For a region target: the document that set it */
                        targetSource: string | null;
                        /**
                         * @description The indicator is about the subject region as a whole: never scored per district
                         * @enum {string}
                         */
                        notJudgedReason?: "subject-only";
                        /** @description What the region lacks to be judged (fully) */
                        missing: components["schemas"]["RegionMissing"][];
                    };
                    /** @description true when a submitted, not yet approved figure was used for this item */
                    usedSubmitted?: boolean;
                };
                "unsd-2023"?: {
                    indicatorId: string;
                    table: string;
                    categoryPath: string[];
                    name: components["schemas"]["LocalizedText"];
                    unit: {
                        zh: string;
                        en: string;
                        kind: string;
                    };
                    region: string;
                    method: components["schemas"]["Method"];
                    asOf: string | null;
                    status: components["schemas"]["AnyStatus"];
                    label: components["schemas"]["LocalizedText"];
                    score: number | null;
                    /**
                     * @description sdsn only: the dashboard colour
                     * @enum {string|null}
                     */
                    colour: "green" | "yellow" | "orange" | "red" | "grey" | null;
                    /** @description No data to judge progress by: counted as missing in roll-ups, never as zero */
                    missing: boolean;
                    achieved: boolean;
                    explanation: components["schemas"]["LocalizedText"];
                    /** @description For a ratio: the share that is scored */
                    scoredOn: {
                        zh: string;
                        en: string;
                    } | null;
                    /** @description One, or one per part of a split indicator */
                    quantities: components["schemas"]["QuantityAssessment"][];
                    /** @description How the parts were combined */
                    combination: {
                        /** @enum {string} */
                        rule: "mean_score" | "worst_of";
                        assessed: number;
                    } | null;
                    notes: components["schemas"]["LocalizedText"][];
                    /** @description For a district (a region under the plan’s subject): its own baseline or "no district baseline", its target or "city target applied", or not judged (an indicator about the city as a whole) */
                    regionJudging?: {
                        /** @enum {string} */
                        baseline: "plan" | "region" | "missing";
                        /** @enum {string} */
                        target: "plan" | "region-target" | "subject-target" | "none";
                        /** @description For a region target: the document that set it */
                        targetSource: string | null;
                        /**
                         * @description The indicator is about the subject region as a whole: never scored per district
                         * @enum {string}
                         */
                        notJudgedReason?: "subject-only";
                        /** @description What the region lacks to be judged (fully) */
                        missing: components["schemas"]["RegionMissing"][];
                    };
                    /** @description true when a submitted, not yet approved figure was used for this item */
                    usedSubmitted?: boolean;
                };
                weather?: {
                    indicatorId: string;
                    table: string;
                    categoryPath: string[];
                    name: components["schemas"]["LocalizedText"];
                    unit: {
                        zh: string;
                        en: string;
                        kind: string;
                    };
                    region: string;
                    method: components["schemas"]["Method"];
                    asOf: string | null;
                    status: components["schemas"]["AnyStatus"];
                    label: components["schemas"]["LocalizedText"];
                    score: number | null;
                    /**
                     * @description sdsn only: the dashboard colour
                     * @enum {string|null}
                     */
                    colour: "green" | "yellow" | "orange" | "red" | "grey" | null;
                    /** @description No data to judge progress by: counted as missing in roll-ups, never as zero */
                    missing: boolean;
                    achieved: boolean;
                    explanation: components["schemas"]["LocalizedText"];
                    /** @description For a ratio: the share that is scored */
                    scoredOn: {
                        zh: string;
                        en: string;
                    } | null;
                    /** @description One, or one per part of a split indicator */
                    quantities: components["schemas"]["QuantityAssessment"][];
                    /** @description How the parts were combined */
                    combination: {
                        /** @enum {string} */
                        rule: "mean_score" | "worst_of";
                        assessed: number;
                    } | null;
                    notes: components["schemas"]["LocalizedText"][];
                    /** @description For a district (a region under the plan’s subject): its own baseline or "no district baseline", its target or "city target applied", or not judged (an indicator about the city as a whole) */
                    regionJudging?: {
                        /** @enum {string} */
                        baseline: "plan" | "region" | "missing";
                        /** @enum {string} */
                        target: "plan" | "region-target" | "subject-target" | "none";
                        /** @description For a region target: the document that set it */
                        targetSource: string | null;
                        /**
                         * @description The indicator is about the subject region as a whole: never scored per district
                         * @enum {string}
                         */
                        notJudgedReason?: "subject-only";
                        /** @description What the region lacks to be judged (fully) */
                        missing: components["schemas"]["RegionMissing"][];
                    };
                    /** @description true when a submitted, not yet approved figure was used for this item */
                    usedSubmitted?: boolean;
                };
                sdsn?: {
                    indicatorId: string;
                    table: string;
                    categoryPath: string[];
                    name: components["schemas"]["LocalizedText"];
                    unit: {
                        zh: string;
                        en: string;
                        kind: string;
                    };
                    region: string;
                    method: components["schemas"]["Method"];
                    asOf: string | null;
                    status: components["schemas"]["AnyStatus"];
                    label: components["schemas"]["LocalizedText"];
                    score: number | null;
                    /**
                     * @description sdsn only: the dashboard colour
                     * @enum {string|null}
                     */
                    colour: "green" | "yellow" | "orange" | "red" | "grey" | null;
                    /** @description No data to judge progress by: counted as missing in roll-ups, never as zero */
                    missing: boolean;
                    achieved: boolean;
                    explanation: components["schemas"]["LocalizedText"];
                    /** @description For a ratio: the share that is scored */
                    scoredOn: {
                        zh: string;
                        en: string;
                    } | null;
                    /** @description One, or one per part of a split indicator */
                    quantities: components["schemas"]["QuantityAssessment"][];
                    /** @description How the parts were combined */
                    combination: {
                        /** @enum {string} */
                        rule: "mean_score" | "worst_of";
                        assessed: number;
                    } | null;
                    notes: components["schemas"]["LocalizedText"][];
                    /** @description For a district (a region under the plan’s subject): its own baseline or "no district baseline", its target or "city target applied", or not judged (an indicator about the city as a whole) */
                    regionJudging?: {
                        /** @enum {string} */
                        baseline: "plan" | "region" | "missing";
                        /** @enum {string} */
                        target: "plan" | "region-target" | "subject-target" | "none";
                        /** @description For a region target: the document that set it */
                        targetSource: string | null;
                        /**
                         * @description The indicator is about the subject region as a whole: never scored per district
                         * @enum {string}
                         */
                        notJudgedReason?: "subject-only";
                        /** @description What the region lacks to be judged (fully) */
                        missing: components["schemas"]["RegionMissing"][];
                    };
                    /** @description true when a submitted, not yet approved figure was used for this item */
                    usedSubmitted?: boolean;
                };
            };
            observations: components["schemas"]["Observation"][];
            /** @description Quantified targets of the plan’s text linked to the indicator */
            targets: components["schemas"]["Target"][];
            /** @description true when any illustrative demo figure (示例数据) was used */
            illustrative: boolean;
            /** @description true when submitted (not yet approved) figures were asked for (includeSubmitted=true) */
            includeSubmitted: boolean;
            /** @description true when any submitted, not yet approved figure was used; each observation says its approval */
            usedSubmitted: boolean;
            dataVersion: number;
            observationsUsed: number;
            /**
             * @description given: the request named asOf. Otherwise the default (defaultAsOf of @plan/scoring): latest-data — the latest date with data inside the plan period; plan-end — the plan is over, judged on its last day (final evaluation); today — the data is dated after today, or the plan has not started; plan-start — no data inside the plan period
             * @enum {string}
             */
            asOfRule: "given" | "latest-data" | "plan-end" | "today" | "plan-start";
            /** @description Why this as-of day, in both languages; null when the request named it */
            asOfExplanation: {
                zh: string;
                en: string;
            } | null;
            /** @description Other values of the same indicator, region and date that were not used (official beats illustrative; newest wins) */
            setAside: components["schemas"]["Observation"][];
        };
        MilestonesResponse: {
            asOf: string;
            region: string;
            items: {
                target: components["schemas"]["Target"];
                assessment: components["schemas"]["MilestoneAssessment"];
                valuesUsed: number;
                /** @description false when indicator values cannot judge the target: it is not a level of an indicator, or the region is not the plan’s own (its targets are for the city as a whole); it then says no data */
                judged: boolean;
                /** @description The amendment (规划调整) the target was judged against as of the date; `target` stays as the plan prints it */
                amendment?: {
                    id: string;
                    effectiveDate: string;
                    /** @description The amended value as the deciding document prints it */
                    printed: string;
                    inForce: {
                        comparator: components["schemas"]["TargetComparator"];
                        value: number;
                        upper?: number;
                    };
                };
            }[];
            /** @description true when any illustrative demo figure (示例数据) was used */
            illustrative: boolean;
            /** @description true when submitted (not yet approved) figures were asked for (includeSubmitted=true) */
            includeSubmitted: boolean;
            /** @description true when any submitted, not yet approved figure was used; each observation says its approval */
            usedSubmitted: boolean;
            dataVersion: number;
            observationsUsed: number;
            /**
             * @description given: the request named asOf. Otherwise the default (defaultAsOf of @plan/scoring): latest-data — the latest date with data inside the plan period; plan-end — the plan is over, judged on its last day (final evaluation); today — the data is dated after today, or the plan has not started; plan-start — no data inside the plan period
             * @enum {string}
             */
            asOfRule: "given" | "latest-data" | "plan-end" | "today" | "plan-start";
            /** @description Why this as-of day, in both languages; null when the request named it */
            asOfExplanation: {
                zh: string;
                en: string;
            } | null;
            /** @description Other values of the same indicator, region and date that were not used (official beats illustrative; newest wins) */
            setAside: components["schemas"]["Observation"][];
        };
        MilestoneAssessment: {
            milestoneId: string;
            /** @enum {string} */
            status: "met" | "on_track" | "due_soon" | "overdue" | "no_data";
            label: components["schemas"]["LocalizedText"];
            deadline: string;
            deadlineInferred: boolean;
            asOf: string;
            /** @description Negative once the deadline has passed */
            daysToDeadline: number;
            latest: {
                time: string;
                value: number;
            } | null;
            /** @description When a value first met the target */
            firstMet: string | null;
            metLate: boolean | null;
            /** @description Least squares on the values, carried to the deadline */
            projectedAtDeadline: number | null;
            /** @description Whether that projection meets the target */
            onPace: boolean | null;
            explanation: components["schemas"]["LocalizedText"];
        };
        AssessInput: {
            method: components["schemas"]["Method"];
            direction: components["schemas"]["ScoringDirection"];
            series: components["schemas"]["SeriesPoint"][];
            target?: components["schemas"]["AssessTarget"];
            /** @description A natural limit such as 100 for a rate (open-sdg, without a target) */
            limit?: number | null;
            /** @description Only figures dated on or before it count; defaults to the latest figure */
            asOf?: string;
            /** @description time-progress: completion within this share of the time progress is on track (default 0.05) */
            onTrackTolerance?: number;
            unit?: components["schemas"]["ScoringUnit"];
            sdsn?: components["schemas"]["SdsnBounds"];
        };
        SeriesPoint: {
            year?: number;
            date?: components["schemas"]["IsoDate"];
            value: number;
        };
        AssessTarget: {
            year?: number;
            date?: components["schemas"]["IsoDate"];
            value: number;
            /**
             * @description Defaults to `eq`: met once reached
             * @enum {string}
             */
            comparator?: "eq" | "gte" | "gt" | "lte" | "lt" | "about" | "between";
            /** @description The upper end of a `between` target */
            upper?: number;
            /** @description For `about`: how far from the value still counts as met, in the unit (default 5% of the value) */
            tolerance?: number;
        };
        /** @enum {string} */
        ScoringUnit: "percent" | "count" | "amount" | "ratio";
        SdsnBounds: {
            /** @description Worst value, rescaled to 0 */
            lowerBound?: number;
            /** @description Best value, rescaled to 100 */
            optimum?: number;
            /** @description Reaching it is "achieved" (green) */
            green?: number;
            /** @description At or beyond it is red; yellow and orange split at the midpoint */
            red?: number;
        };
        /**
         * @example {
         *       "indicatorId": "regular-exercise-share",
         *       "region": "dongsheng",
         *       "value": {
         *         "kind": "comparator",
         *         "comparator": "gte",
         *         "value": 46,
         *         "decimals": 0,
         *         "printed": "≥46"
         *       },
         *       "source": "东胜区体育发展目标责任书",
         *       "note": null,
         *       "createdAt": "2026-01-05T08:00:00.000Z",
         *       "createdBy": "city-education-bureau",
         *       "updatedAt": "2026-01-05T08:00:00.000Z",
         *       "updatedBy": "city-education-bureau"
         *     }
         */
        RegionTargetRecord: {
            indicatorId: string;
            region: string;
            value: components["schemas"]["RegionTargetValue"];
            /** @description The document that set the target (e.g. a 目标责任书) */
            source: string;
            note: string | null;
            createdAt: string;
            createdBy: string;
            updatedAt: string;
            updatedBy: string;
        };
        RegionTargetValue: components["schemas"]["NumberValue"] | components["schemas"]["ComparatorValue"] | components["schemas"]["RatioValue"] | components["schemas"]["SplitValue"];
        /**
         * @example {
         *       "value": {
         *         "kind": "comparator",
         *         "comparator": "gte",
         *         "value": 46,
         *         "decimals": 0,
         *         "printed": "≥46"
         *       },
         *       "source": "东胜区体育发展目标责任书"
         *     }
         */
        RegionTargetInput: {
            value: components["schemas"]["RegionTargetValue"];
            /** @description The document that set the target (e.g. a 目标责任书) */
            source: string;
            note?: string | null;
        };
        RegionTargetImportReport: {
            dryRun: boolean;
            targets: number;
            created: number;
            replaced: number;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "indicatorId": "regular-exercise-share",
         *           "region": "dongsheng",
         *           "value": {
         *             "kind": "comparator",
         *             "comparator": "gte",
         *             "value": 46,
         *             "decimals": 0,
         *             "printed": "≥46"
         *           },
         *           "source": "东胜区体育发展目标责任书"
         *         }
         *       ]
         *     }
         */
        RegionTargetImport: {
            items: {
                indicatorId: string;
                region: string;
                value: components["schemas"]["RegionTargetValue"];
                /** @description The document that set the target (e.g. a 目标责任书) */
                source: string;
                note?: string | null;
            }[];
        };
        ComparisonResponse: {
            planId: string;
            subjectRegion: string;
            asOf: string;
            previousAsOf: string | null;
            method: components["schemas"]["Method"];
            timeElapsed: number;
            regions: components["schemas"]["RegionRef"][];
            indicators: string[];
            matrix: components["schemas"]["MatrixRow"][];
            ranking: components["schemas"]["Ranking"];
            completeness: components["schemas"]["Completeness"];
            outlierRule: components["schemas"]["LocalizedText"];
            outliers: components["schemas"]["Outlier"][];
            additiveChecks: components["schemas"]["AdditiveCheck"][];
            /** @description true when any illustrative demo figure (示例数据) was used */
            illustrative: boolean;
            /** @description true when submitted figures were asked for */
            includeSubmitted: boolean;
            /** @description true when any submitted, not yet approved figure was used */
            usedSubmitted: boolean;
            dataVersion: number;
            observationsUsed: number;
        };
        RegionRef: {
            id: string;
            name: components["schemas"]["LocalizedText"];
            level: components["schemas"]["RegionLevel"];
            divisionCode: string | null;
        };
        MatrixRow: {
            region: string;
            cells: components["schemas"]["MatrixCell"][];
        };
        MatrixCell: {
            indicatorId: string;
            status: components["schemas"]["AnyStatus"];
            label: components["schemas"]["LocalizedText"];
            /** @description The latest value on or before asOf (a ratio: its scored share); null without one or for a split indicator */
            value: number | null;
            /** @description The ISO date of that value (a yearly value stands on 31 December) */
            date: string | null;
            /** @description (latest − base) ÷ (target − base): 1 = the target reached; null without them */
            completion: number | null;
            /** @description 时序进度: the share of the plan period passed on asOf */
            timeElapsed: number;
            /** @enum {string} */
            baseline: "plan" | "region" | "missing";
            /** @enum {string} */
            target: "plan" | "region-target" | "subject-target" | "none";
            /** @description The value now minus the latest value on or before previousAsOf, in the unit */
            change: number | null;
            /**
             * @description The status as of previousAsOf
             * @enum {string|null}
             */
            previousStatus: "achieved" | "ahead" | "on_track" | "behind" | "regressing" | "no_data" | "target_achieved" | "substantial_progress" | "moderate_progress" | "limited_progress" | "deterioration" | "not_available" | "On track or target met" | "Fair progress, but acceleration needed" | "Stagnation or regression" | "Not assessed" | "sun" | "slightly_cloudy" | "cloudy" | "thunderstorm" | "not_calculable" | "moderately_improving" | "stagnating" | "decreasing" | "trend_unavailable" | null;
            /**
             * @description About the subject region as a whole: not scored per district
             * @enum {string}
             */
            notJudged?: "subject-only";
        };
        Ranking: {
            /** @description How the score is computed, in one paragraph */
            method: {
                zh: string;
                en: string;
            };
            /** @description Points per status of the method */
            points: {
                [key: string]: number;
            };
            /** @description Weight per indicator judged per region */
            weights: {
                [key: string]: number;
            };
            /** @description The least coverage a ranked region has */
            coverageFloor: number;
            /** @description Ranked regions best first, then the unranked */
            rows: components["schemas"]["RankingRow"][];
        };
        RankingRow: {
            region: string;
            /** @description Weighted mean of the status points (0–100); null when unranked */
            score: number | null;
            /** @description 1 = best; null when unranked (see unranked) */
            rank: number | null;
            /** @description Indicators with a status that has points */
            judged: number;
            /** @description Indicators judged per region */
            expected: number;
            /** @description Expected but without a status that has points */
            missing: number;
            /** @description judged ÷ expected */
            coverage: number;
            /** @description Indicators per status */
            counts: {
                [key: string]: number;
            };
            /** @description Why the region is not ranked */
            unranked: {
                zh: string;
                en: string;
            } | null;
        };
        Completeness: {
            rule: components["schemas"]["LocalizedText"];
            /** @description The years due on asOf: base year to the last ended */
            periods: number[];
            rows: {
                region: string;
                byYear: components["schemas"]["CompletenessYear"][];
                expected: number;
                reported: number;
                rate: number | null;
            }[];
        };
        CompletenessYear: {
            year: number;
            expected: number;
            reported: number;
            /** @description reported ÷ expected; null when nothing is expected */
            rate: number | null;
            /** @description The indicators due but not reported */
            notReported: string[];
        };
        Outlier: {
            region: string;
            indicatorId: string;
            date: string;
            value: number;
            /** @description The value on the trend of the region’s other values */
            expected: number;
            /** @description value − expected */
            deviation: number;
            /** @description How far off counts as an outlier here */
            threshold: number;
            reason: components["schemas"]["LocalizedText"];
        };
        AdditiveCheck: {
            indicatorId: string;
            date: string;
            /** @description The sum of the districts that reported */
            derived: number;
            /** @description The subject region’s own figure, never replaced */
            reported: number | null;
            /** @description derived − reported */
            difference: number | null;
            regionsReported: number;
            regionsExpected: number;
            missingRegions: string[];
            /** @enum {string} */
            status: "match" | "mismatch" | "incomplete" | "no-subject-figure";
        };
        TrackedTarget: {
            /** @enum {string} */
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
            /** @description The indicator this target measures, if any */
            indicatorId?: string;
            /** @description The part of a split indicator (双师型: secondary, higher) */
            indicatorPart?: string;
            /** @description Multiply `value` by this to get the indicator's unit (5 G → 5000 Mbps: 1000) */
            indicatorScale?: number;
            /** @description 力争 / 争取 / 努力: the plan only strives for it */
            aspirational: boolean;
            note?: components["schemas"]["Remark"];
            status: components["schemas"]["TrackingStatus"];
            /** @description The deadline, ISO date */
            due: string;
            /** @description Negative once past */
            daysToDeadline: number;
            /** @description The latest approved figure used */
            latest: {
                date: string;
                value: number;
                region: string;
            } | null;
            /** @description 0..1, capped; null without a figure */
            progress: number | null;
            projectedAtDeadline: number | null;
            /**
             * @description indicator: a level target linked to an indicator, judged from the indicator’s figures; own-figures: the target’s own (POST /observations with targetId)
             * @enum {string}
             */
            basis: "indicator" | "own-figures";
            /** @description A per-district target (每个旗区): each 旗区’s figure and whether it meets it */
            byRegion?: {
                region: string;
                value: number | null;
                met: boolean | null;
            }[];
            /** @description A pace target (每年…): each year due so far, its change and whether it kept the pace */
            byYear?: {
                year: number;
                value: number | null;
                met: boolean | null;
            }[];
            explanation: {
                zh: string;
                en: string;
            };
            measureId: string | null;
            projectNumber: number | null;
            owner: components["schemas"]["Owner"];
        } | {
            /** @enum {string} */
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
            /** @description The indicator this target measures, if any */
            indicatorId?: string;
            /** @description The part of a split indicator (双师型: secondary, higher) */
            indicatorPart?: string;
            /** @description Multiply `value` by this to get the indicator's unit (5 G → 5000 Mbps: 1000) */
            indicatorScale?: number;
            /** @description 力争 / 争取 / 努力: the plan only strives for it */
            aspirational: boolean;
            note?: components["schemas"]["Remark"];
            status: components["schemas"]["TrackingStatus"];
            /** @description The deadline, ISO date */
            due: string;
            /** @description Negative once past */
            daysToDeadline: number;
            /** @description The latest approved figure used */
            latest: {
                date: string;
                value: number;
                region: string;
            } | null;
            /** @description 0..1, capped; null without a figure */
            progress: number | null;
            projectedAtDeadline: number | null;
            /**
             * @description indicator: a level target linked to an indicator, judged from the indicator’s figures; own-figures: the target’s own (POST /observations with targetId)
             * @enum {string}
             */
            basis: "indicator" | "own-figures";
            /** @description A per-district target (每个旗区): each 旗区’s figure and whether it meets it */
            byRegion?: {
                region: string;
                value: number | null;
                met: boolean | null;
            }[];
            /** @description A pace target (每年…): each year due so far, its change and whether it kept the pace */
            byYear?: {
                year: number;
                value: number | null;
                met: boolean | null;
            }[];
            explanation: {
                zh: string;
                en: string;
            };
            measureId: string | null;
            projectNumber: number | null;
            owner: components["schemas"]["Owner"];
        } | {
            /** @enum {string} */
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
            /** @description The indicator this target measures, if any */
            indicatorId?: string;
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
            status: components["schemas"]["TrackingStatus"];
            /** @description The deadline, ISO date */
            due: string;
            /** @description Negative once past */
            daysToDeadline: number;
            /** @description The latest approved figure used */
            latest: {
                date: string;
                value: number;
                region: string;
            } | null;
            /** @description 0..1, capped; null without a figure */
            progress: number | null;
            projectedAtDeadline: number | null;
            /**
             * @description indicator: a level target linked to an indicator, judged from the indicator’s figures; own-figures: the target’s own (POST /observations with targetId)
             * @enum {string}
             */
            basis: "indicator" | "own-figures";
            /** @description A per-district target (每个旗区): each 旗区’s figure and whether it meets it */
            byRegion?: {
                region: string;
                value: number | null;
                met: boolean | null;
            }[];
            /** @description A pace target (每年…): each year due so far, its change and whether it kept the pace */
            byYear?: {
                year: number;
                value: number | null;
                met: boolean | null;
            }[];
            explanation: {
                zh: string;
                en: string;
            };
            measureId: string | null;
            projectNumber: number | null;
            owner: components["schemas"]["Owner"];
        } | {
            /** @enum {string} */
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
            /** @description The indicator this target measures, if any */
            indicatorId?: string;
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
            /** @description How many units the plan implies, e.g. 9 for 每个旗区 in a city of nine 旗区 */
            unitCount?: number;
            status: components["schemas"]["TrackingStatus"];
            /** @description The deadline, ISO date */
            due: string;
            /** @description Negative once past */
            daysToDeadline: number;
            /** @description The latest approved figure used */
            latest: {
                date: string;
                value: number;
                region: string;
            } | null;
            /** @description 0..1, capped; null without a figure */
            progress: number | null;
            projectedAtDeadline: number | null;
            /**
             * @description indicator: a level target linked to an indicator, judged from the indicator’s figures; own-figures: the target’s own (POST /observations with targetId)
             * @enum {string}
             */
            basis: "indicator" | "own-figures";
            /** @description A per-district target (每个旗区): each 旗区’s figure and whether it meets it */
            byRegion?: {
                region: string;
                value: number | null;
                met: boolean | null;
            }[];
            /** @description A pace target (每年…): each year due so far, its change and whether it kept the pace */
            byYear?: {
                year: number;
                value: number | null;
                met: boolean | null;
            }[];
            explanation: {
                zh: string;
                en: string;
            };
            measureId: string | null;
            projectNumber: number | null;
            owner: components["schemas"]["Owner"];
        };
        /** @enum {string} */
        TrackingStatus: "done" | "on_track" | "at_risk" | "overdue" | "not_reported";
        /** @description Who is responsible: the item’s own assignment, else (a target) its measure’s; null: not assigned (未指定). The plan names no units; the bureau enters them. */
        Owner: {
            /** @description The lead unit (牵头单位) id; null when none is set */
            lead: string | null;
            /** @description Cooperating units (配合单位), ids */
            cooperating: string[];
        } | null;
        /**
         * @description year (年度, as the plan asks), half (半年) or quarter (季度)
         * @enum {string}
         */
        ReportingCycle: "year" | "half" | "quarter";
        TrackedMeasure: {
            /** @description The measure id, e.g. P08-M2 */
            id: string;
            projectNumber: number;
            /** @description The measure as the plan prints it */
            text: string;
            summary: {
                en: string;
            };
            targetIds: string[];
            status: components["schemas"]["TrackingStatus"];
            /** @description The deadline, ISO date */
            due: string;
            /** @description The latest report’s deliverable, if any */
            deliverableDone: boolean | null;
            /**
             * @description targets: from its targets’ statuses; reports: from the latest report; none: not reported
             * @enum {string}
             */
            derivedFrom: "targets" | "reports" | "none";
            reportedStatus: components["schemas"]["ReportedStatus"];
            /** @description Set when the reported status contradicts the targets: flagged, not hidden */
            conflict: {
                zh: string;
                en: string;
            } | null;
            latestReportPeriod: string | null;
            percent: number | null;
            explanation: {
                zh: string;
                en: string;
            };
            owner: components["schemas"]["Owner"];
            latestReport: components["schemas"]["LatestMeasureReport"];
        };
        /**
         * @description done 已完成 · on_track 按计划推进 · at_risk 存在风险 · overdue 逾期未完成
         * @enum {string|null}
         */
        ReportedStatus: "done" | "on_track" | "at_risk" | "overdue" | null;
        /** @description The newest report, as GET /measures/{id}/reports gives it (evidence: name and kind) */
        LatestMeasureReport: {
            id: string;
            period: string;
            status: components["schemas"]["ReportedStatus"];
            percent: number | null;
            narrative: string;
            unit: string | null;
            reporter: string;
            createdAt: string;
            evidence: {
                id: string;
                /** @enum {string} */
                kind: "file" | "link";
                name: string;
                url: string | null;
            }[];
        } | null;
        ProjectRollUp: {
            number: number;
            rollUp: components["schemas"]["TrackingRollUp"];
        };
        TrackingRollUp: {
            done: number;
            on_track: number;
            at_risk: number;
            overdue: number;
            not_reported: number;
            total: number;
        };
        MeasureReport: {
            id: string;
            measureId: string;
            period: string;
            status: components["schemas"]["ReportedStatus"];
            percent: number | null;
            narrative: string;
            deliverable: {
                done: boolean;
                date: string | null;
                document: string | null;
            } | null;
            /** @description The unit reported for; null for the bureau */
            unit: string | null;
            reporter: string;
            reporterId: string | null;
            createdAt: string;
            evidence: components["schemas"]["EvidenceMeta"][];
            /** @description 1 when sent, +1 when replaced; send If-Match: "<id>.v<version>" to change it */
            version?: number;
            /** @description When the report was last replaced; null while it is as sent */
            updatedAt?: string | null;
            /** @description Who last replaced it */
            updatedBy?: string | null;
        };
        EvidenceMeta: {
            id: string;
            reportId: string;
            /** @enum {string} */
            kind: "file" | "link";
            name: string;
            /** @description A file’s media type; null for a link */
            mediaType: string | null;
            /** @description A file’s size in bytes */
            size: number | null;
            /** @description A file’s SHA-256, hex */
            sha256: string | null;
            /** @description A link’s address; null for a file */
            url: string | null;
            createdAt: string;
            createdBy: string;
        };
        MeasureReportInput: {
            /** @description The period reported on: 2024, 2024-H1 or 2024-Q3 */
            period: string;
            status: components["schemas"]["ReportedStatus"];
            /** @description Percent complete, 0–100 */
            percent?: number | null;
            /** @description What was done, in Chinese (进展情况) */
            narrative: string;
            deliverable?: components["schemas"]["Deliverable"];
        };
        Deliverable: {
            done: boolean;
            /** @description When it was done (YYYY-MM-DD) */
            date?: string | null;
            /** @description The document that delivers it, e.g. 《鄂尔多斯市…实施方案》 */
            document?: string | null;
        } | null;
        MeasureReportReplacement: {
            /** @description The period reported on: 2024, 2024-H1 or 2024-Q3 */
            period: string;
            status: components["schemas"]["ReportedStatus"];
            /** @description Percent complete, 0–100 */
            percent?: number | null;
            /** @description What was done, in Chinese (进展情况) */
            narrative: string;
            deliverable?: components["schemas"]["Deliverable"];
            /** @description Why the report is replaced or withdrawn; kept in its history */
            reason?: string;
        };
        MeasureReportRevision: {
            reportId: string;
            /** @description The report’s version after the change */
            version: number;
            /** @enum {string} */
            action: "replaced" | "withdrawn";
            old: {
                period: string;
                status: components["schemas"]["ReportedStatus"];
                percent: number | null;
                narrative: string;
                deliverable: {
                    done: boolean;
                    date: string | null;
                    document: string | null;
                } | null;
            };
            new: {
                period: string;
                status: components["schemas"]["ReportedStatus"];
                percent: number | null;
                narrative: string;
                deliverable: {
                    done: boolean;
                    date: string | null;
                    document: string | null;
                } | null;
            } | null;
            reason: string | null;
            actor: string;
            actorId: string | null;
            at: string;
        };
        EvidenceLinkInput: {
            /** @enum {string} */
            kind: "link";
            name: string;
            url: string;
        };
        Responsibility: {
            /** @description A measure id (P08-M2) or a target id (T-P08-M2-1) */
            itemId: string;
            lead: string | null;
            cooperating: string[];
            /** @description 1 when first set, +1 on every change */
            version: number;
            updatedAt: string;
            updatedBy: string;
        };
        ResponsibilityInput: {
            /** @description The lead unit’s id (牵头单位), or null */
            lead: string | null;
            /**
             * @description The cooperating units’ ids (配合单位)
             * @default []
             */
            cooperating: string[];
            /** @description Why the assignment is made or changed; kept in the history */
            reason?: string;
        };
        ResponsibilityRevision: {
            itemId: string;
            /** @description The responsibility’s version after the change */
            version: number;
            /** @description The assignment before; null for the first one */
            old: {
                /** @description The lead unit’s id (牵头单位); null when none is set */
                lead: string | null;
                /** @description The cooperating units’ ids (配合单位) */
                cooperating: string[];
            } | null;
            new: components["schemas"]["Assignment"];
            actor: string;
            /** @description The id of the token behind the change; null for the CLI */
            actorId: string | null;
            at: string;
            reason: string | null;
        };
        Assignment: {
            /** @description The lead unit’s id (牵头单位); null when none is set */
            lead: string | null;
            /** @description The cooperating units’ ids (配合单位) */
            cooperating: string[];
        };
        ResponsibilityImportReport: {
            dryRun: boolean;
            /** @description false when any row has a problem: then nothing is written */
            ok: boolean;
            rows: number;
            created: number;
            updated: number;
            unchanged: number;
            problems: components["schemas"]["RowProblem"][];
        };
        SupervisionItem: {
            /** @description The target or measure id */
            id: string;
            /** @enum {string} */
            kind: "target" | "measure";
            projectNumber: number | null;
            status: components["schemas"]["TrackingStatus"];
            reasons: components["schemas"]["SupervisionReason"][];
            /** @description overdue: the deadline; not updated: when the last due report was due; at risk: its latest update */
            since: string | null;
            due: string;
            leadUnit: string | null;
            cooperatingUnits: string[];
            region: string | null;
            /** @description Per-旗区 targets: the districts not meeting it or not reported; else empty */
            laggingRegions: string[];
            lastUpdate: string | null;
            explanation: components["schemas"]["LocalizedText"];
        };
        /** @enum {string} */
        SupervisionReason: "overdue" | "at_risk" | "not_updated";
        MyTasks: {
            asOf: string;
            unit: components["schemas"]["UnitRecord"];
            cycle: components["schemas"]["ReportingCycle"];
            /** @description The reporting period now due (its report by dueBy); null before the first is due */
            due: {
                id: string;
                start: string;
                end: string;
                dueBy: string;
            } | null;
            /** @description The next period whose report falls due after asOf (by dueBy); null once the plan’s last is due */
            next: {
                id: string;
                start: string;
                end: string;
                dueBy: string;
            } | null;
            /** @description Overdue first, then at risk, not reported, on track, done */
            items: components["schemas"]["MyTask"][];
        };
        UnitRecord: {
            id: string;
            nameZh: string;
            nameEn: string | null;
            createdAt: string;
            createdBy: string;
            /** @description 1 when created, +1 on every rename, retirement or return to service */
            version?: number;
            /** @description When an admin retired the unit; null while it is in service */
            retiredAt?: string | null;
        };
        MyTask: {
            /** @description A measure id (P08-M2) or a target id (T-P08-M2-1) */
            id: string;
            /** @enum {string} */
            kind: "measure" | "target";
            /**
             * @description 牵头 (lead) or 配合 (cooperating)
             * @enum {string}
             */
            role: "lead" | "cooperating";
            title: string;
            projectNumber: number | null;
            status: components["schemas"]["TrackingStatus"];
            /** @description The item’s deadline, ISO date */
            due: string;
            /** @description A measure: when its latest report was sent; a target: the date of its latest figure */
            lastUpdate: string | null;
            /** @description A measure with no report yet for the period now due (`due` of the answer): report it next. Always false for a target (its figures come as observations) */
            reportDue: boolean;
            /** @description On the supervision list (督办) */
            supervised: boolean;
        };
        ReportNarrative: {
            /** @enum {string} */
            kind: "annual" | "midterm" | "final";
            period: string;
            /** @description The first day the report covers */
            from: string;
            /** @description The day the report judges (reportTimeBase of @plan/scoring) */
            asOf: string;
            /** @description The report’s title line */
            label: {
                zh: string;
                en: string;
            };
            /** @description 成效, 问题, 下一步, in that order */
            sections: components["schemas"]["ReportNarrativeSection"][];
        };
        ReportNarrativeSection: {
            /** @enum {string} */
            section: "achievements" | "problems" | "next_steps";
            /** @description The section’s heading */
            label: {
                zh: string;
                en: string;
            };
            /** @description The stored text; for a section never written (or cleared), the draft in the request’s language */
            text: string;
            /** @description true: a draft generated from the figures (counts, names, completion), for the author to edit */
            draft: boolean;
            /** @description The stored version (0: never written); send it back as expectedVersion */
            version: number;
            updatedAt: string | null;
            updatedBy: string | null;
        };
        ReportNarrativeWrite: {
            /** @description The section’s text, at most 20000 characters; an empty text brings the draft back */
            text: string;
            /** @description The version you edited (0: never written); or send If-Match: "<section>.v<version>" */
            expectedVersion?: number;
        };
        UnitInput: {
            /** @description The unit’s id, a slug such as "basic-education-section" */
            id: string;
            /** @description The unit’s Chinese name (unique), e.g. 市教育局基础教育科 */
            nameZh: string;
            /** @description The unit’s English name, when it has one */
            nameEn?: string | null;
        };
        UnitPatch: {
            /** @description The unit’s Chinese name (unique), e.g. 市教育局基础教育科 */
            nameZh?: string;
            /** @description The English name; null removes it */
            nameEn?: string | null;
            /** @description true retires the unit, false puts a retired unit back in service */
            retired?: boolean;
        };
        UnitRevision: {
            unitId: string;
            version: number;
            /** @enum {string} */
            action: "renamed" | "retired" | "restored" | "deleted";
            old: {
                nameZh: string;
                nameEn: string | null;
                retired: boolean;
            };
            new: {
                nameZh: string;
                nameEn: string | null;
                retired: boolean;
            } | null;
            actor: string;
            actorId: string | null;
            at: string;
        };
        /** @enum {string|null} */
        Role: "viewer" | "editor" | "admin" | null;
        TokenInfo: {
            id: string;
            name: string;
            role: components["schemas"]["Role"];
            /** @description The token’s scope: it writes only inside it (a region covers the regions under it); null: unrestricted. A token whose regions leave out the plan’s subject region is a district’s: its figures are submitted for the city’s approval. */
            scope: {
                /** @description Only these regions (ids); absent = any */
                regions?: string[];
                /** @description Only these tables of the plan (ids); absent = any */
                tables?: string[];
                /** @description Only these indicators (ids); absent = any */
                indicators?: string[];
                /** @description Only these projects (ids); absent = any */
                projects?: string[];
                /** @description The unit (单位) the token reports for: it writes figures and reports only on items that unit leads or cooperates on */
                unit?: string;
            } | null;
            createdAt: string;
            createdBy: string;
            revokedAt: string | null;
        };
        /**
         * @example {
         *       "name": "dongsheng-education-bureau",
         *       "role": "editor",
         *       "regions": [
         *         "dongsheng"
         *       ]
         *     }
         */
        NewToken: {
            /** @description Who or what uses the token, e.g. "statistics-bureau-sync". Unique regardless of case; the history shows it. Reserved: PLAN_ADMIN_TOKEN, admin, administrator, root, system, plan, import, seed, cli, demo, unknown, anonymous */
            name: string;
            role: components["schemas"]["Role"];
            /** @description Confine the token to these regions (ids of any plan’s regions, e.g. ["dongsheng"]); absent: not confined by regions (ids of any plan’s regions, e.g. ["dongsheng"]) */
            regions?: string[];
            /** @description Confine the token to these indicator tables; absent: not confined by indicator tables */
            tables?: string[];
            /** @description Confine the token to these indicators; absent: not confined by indicators */
            indicators?: string[];
            /** @description Confine the token to these projects; absent: not confined by projects */
            projects?: string[];
            /** @description The unit (单位) the token reports for (a unit id, GET /api/v1/units): it then writes figures and progress reports only on items that unit leads or cooperates on, and sees them in GET /api/v1/me/tasks */
            unit?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
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
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plans, built-in first, then the added ones, oldest first */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PlanListItem"][];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPlan: {
        parameters: {
            query?: {
                /** @description true: check the file and write nothing */
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description Dry run: the file is valid and its id free; nothing was written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {boolean} */
                        dryRun: true;
                    };
                };
            };
            /** @description The plan was added; Location names it */
            201: {
                headers: {
                    /** @description The plan’s URL */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {boolean} */
                        dryRun: false;
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlanFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan file */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlan: {
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
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlanInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIndicators: {
        parameters: {
            query?: {
                /** @description A table id of the plan (education, vocational or sports in the Ordos plan) */
                table?: string;
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
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Indicator"][];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIndicatorsInPlan: {
        parameters: {
            query?: {
                /** @description A table id of the plan (education, vocational or sports in the Ordos plan) */
                table?: string;
                /** @description A category id; includes indicators in its subcategories */
                category?: string;
            };
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The indicators in printed order */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Indicator"][];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIndicator: {
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
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Indicator"];
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIndicatorInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The indicator */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Indicator"];
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRegions: {
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
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Region"][];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRegionsInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Regions */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Region"][];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
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
            /** @description Projects in order */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Project"][];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProjectsInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Projects in order */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Project"][];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProject: {
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
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: components["schemas"]["Project"];
                        targets: components["schemas"]["Target"][];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProjectInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: number;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        project: components["schemas"]["Project"];
                        targets: components["schemas"]["Target"][];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeasure: {
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
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measure"];
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeasureInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The measure */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Measure"];
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConsistency: {
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
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyReport"];
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConsistencyInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyReport"];
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importObservations: {
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
            /** @description Well-formed but beyond what the server accepts; the detail names the limit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importObservationsInPlan: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
                /** @description Source for rows that give none (default "import") */
                source?: string;
            };
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
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
            /** @description No such resource */
            404: {
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
            /** @description Well-formed but beyond what the server accepts; the detail names the limit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importTemplate: {
        parameters: {
            query?: {
                /** @description xlsx (drop-down lists of the plan’s indicators, regions and targets), csv-utf8 (UTF-8 with a BOM: Excel’s “CSV UTF-8”) or csv-gb18030 (GBK’s bytes: Excel’s “CSV (逗号分隔)” on Chinese Windows) */
                format?: "xlsx" | "csv-utf8" | "csv-gb18030";
                /** @description Prefill a row per indicator judged in this region: an id (dongsheng) or a 旗区 name (东胜区) */
                region?: string;
                /** @description Prefill a row per target this unit leads or cooperates on (the responsibility list, 责任清单) that takes figures of its own; in `region` when given. A unit id, or its Chinese name */
                unit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template file */
            200: {
                headers: {
                    /** @description attachment; filename="observations-template-dongsheng.xlsx"; filename*=UTF-8''<数据导入模板（东胜区）.xlsx, percent-encoded> */
                    "Content-Disposition": string;
                    /** @description Rows prefilled below the header */
                    "X-Template-Rows": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but beyond what the server accepts; the detail names the limit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importTemplateInPlan: {
        parameters: {
            query?: {
                /** @description xlsx (drop-down lists of the plan’s indicators, regions and targets), csv-utf8 (UTF-8 with a BOM: Excel’s “CSV UTF-8”) or csv-gb18030 (GBK’s bytes: Excel’s “CSV (逗号分隔)” on Chinese Windows) */
                format?: "xlsx" | "csv-utf8" | "csv-gb18030";
                /** @description Prefill a row per indicator judged in this region: an id (dongsheng) or a 旗区 name (东胜区) */
                region?: string;
                /** @description Prefill a row per target this unit leads or cooperates on (the responsibility list, 责任清单) that takes figures of its own; in `region` when given. A unit id, or its Chinese name */
                unit?: string;
            };
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template file */
            200: {
                headers: {
                    /** @description attachment; filename="observations-template-dongsheng.xlsx"; filename*=UTF-8''<数据导入模板（东胜区）.xlsx, percent-encoded> */
                    "Content-Disposition": string;
                    /** @description Rows prefilled below the header */
                    "X-Template-Rows": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Well-formed but beyond what the server accepts; the detail names the limit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listObservations: {
        parameters: {
            query?: {
                indicatorId?: string;
                region?: string;
                source?: string;
                /** @description Only figures in this review state: submitted (awaiting the city), returned (sent back) or approved; default all */
                approval?: "submitted" | "approved" | "returned";
                /** @description Include illustrative demo figures (示例数据); default false */
                includeIllustrative?: "true" | "false";
                from?: string;
                to?: string;
                /** @description indicator (default: by indicator, region, date, source), date (oldest first) or -date (newest first) */
                sort?: "indicator" | "date" | "-date";
                /** @description At most this many items (default 5000, at most 10000); follow nextCursor for the rest */
                limit?: number;
                /** @description The nextCursor of the previous page, as given (opaque) */
                cursor?: string;
                /** @description json (default), csv or xlsx; a CSV or XLSX export holds every matching row, streamed */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of observations in the requested order, or the whole export */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    /** @description rel="next": the URL of the next page, while there is one */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Observation"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                        dataVersion: number;
                        /** @description Each source of the listed items as a reader is shown it (sourceLabel of @plan/observations): plan → 规划文本, demo → 示例数据, predecessor-plan → 上期规划, import → 表格导入, api → 在线填报; a source a person named, as given */
                        sourceLabels: {
                            [key: string]: components["schemas"]["LocalizedText"];
                        };
                    };
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createObservation: {
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
            /** @description Well-formed but beyond what the server accepts; the detail names the limit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listObservationsInPlan: {
        parameters: {
            query?: {
                indicatorId?: string;
                region?: string;
                source?: string;
                /** @description Only figures in this review state: submitted (awaiting the city), returned (sent back) or approved; default all */
                approval?: "submitted" | "approved" | "returned";
                /** @description Include illustrative demo figures (示例数据); default false */
                includeIllustrative?: "true" | "false";
                from?: string;
                to?: string;
                /** @description indicator (default: by indicator, region, date, source), date (oldest first) or -date (newest first) */
                sort?: "indicator" | "date" | "-date";
                /** @description At most this many items (default 5000, at most 10000); follow nextCursor for the rest */
                limit?: number;
                /** @description The nextCursor of the previous page, as given (opaque) */
                cursor?: string;
                /** @description json (default), csv or xlsx; a CSV or XLSX export holds every matching row, streamed */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of observations in the requested order, or the whole export */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    /** @description rel="next": the URL of the next page, while there is one */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Observation"][];
                        /** @description Pass as `cursor` for the next page; null on the last page */
                        nextCursor: string | null;
                        dataVersion: number;
                        /** @description Each source of the listed items as a reader is shown it (sourceLabel of @plan/observations): plan → 规划文本, demo → 示例数据, predecessor-plan → 上期规划, import → 表格导入, api → 在线填报; a source a person named, as given */
                        sourceLabels: {
                            [key: string]: components["schemas"]["LocalizedText"];
                        };
                    };
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createObservationInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
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
            /** @description No such resource */
            404: {
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
            /** @description Well-formed but beyond what the server accepts; the detail names the limit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteIllustrativeObservations: {
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
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteIllustrativeObservationsInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
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
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObservation: {
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
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Observation"];
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteObservation: {
        parameters: {
            query?: {
                reason?: string;
            };
            header: {
                /**
                 * @description The strong ETag of the version you read (GET /api/v1/observations/{id}); a weak ETag (W/…) never matches. The tag of a compressed read names the same version and is taken as well: "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip), the encoding inside the quotes. `*` means whatever version is current (RFC 9110). Missing: 428; another version: 412.
                 * @example "0d9c3c1e-5a53-4a53-9b1e-2a7c1f0c4c7e.v1"
                 */
                "if-match": string;
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateObservation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The strong ETag of the version you read (GET /api/v1/observations/{id}); a weak ETag (W/…) never matches. The tag of a compressed read names the same version and is taken as well: "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip), the encoding inside the quotes. `*` means whatever version is current (RFC 9110). Missing: 428; another version: 412.
                 * @example "0d9c3c1e-5a53-4a53-9b1e-2a7c1f0c4c7e.v1"
                 */
                "if-match": string;
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
            /** @description Conflicts with stored data */
            409: {
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObservationInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The observation */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Observation"];
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteObservationInPlan: {
        parameters: {
            query?: {
                reason?: string;
            };
            header: {
                /**
                 * @description The strong ETag of the version you read (GET /api/v1/observations/{id}); a weak ETag (W/…) never matches. The tag of a compressed read names the same version and is taken as well: "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip), the encoding inside the quotes. `*` means whatever version is current (RFC 9110). Missing: 428; another version: 412.
                 * @example "0d9c3c1e-5a53-4a53-9b1e-2a7c1f0c4c7e.v1"
                 */
                "if-match": string;
            };
            path: {
                id: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateObservationInPlan: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The strong ETag of the version you read (GET /api/v1/observations/{id}); a weak ETag (W/…) never matches. The tag of a compressed read names the same version and is taken as well: "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip), the encoding inside the quotes. `*` means whatever version is current (RFC 9110). Missing: 428; another version: 412.
                 * @example "0d9c3c1e-5a53-4a53-9b1e-2a7c1f0c4c7e.v1"
                 */
                "if-match": string;
            };
            path: {
                id: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
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
            /** @description Conflicts with stored data */
            409: {
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObservationHistory: {
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
            /** @description No token, a malformed one, or an unknown or revoked one */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getObservationHistoryInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
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
            /** @description No token, a malformed one, or an unknown or revoked one */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveObservation: {
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
            /** @description The observation, approval "approved" */
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
            /** @description Conflicts with stored data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveObservationInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The observation, approval "approved" */
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
            /** @description Conflicts with stored data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnObservation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnBody"];
            };
        };
        responses: {
            /** @description The observation, approval "returned" */
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
            /** @description Conflicts with stored data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnObservationInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnBody"];
            };
        };
        responses: {
            /** @description The observation, approval "returned" */
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
            /** @description Conflicts with stored data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveSubmitted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkApproval"];
            };
        };
        responses: {
            /** @description How many figures were approved, and which */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkApprovalResult"];
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveSubmittedInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkApproval"];
            };
        };
        responses: {
            /** @description How many figures were approved, and which */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkApprovalResult"];
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAssessments: {
        parameters: {
            query?: {
                /** @description Judge as of this day. Default: the latest date with data inside the plan period; once the plan is over, its last day (final evaluation); never after today. The answer says which rule applied (asOfRule) */
                asOf?: string;
                /** @description A region id of the plan; default the region the plan sets targets for (ordos, 鄂尔多斯市, in the Ordos plan) */
                region?: string;
                /** @description Use illustrative demo figures (示例数据) too; the answer says when it did */
                includeIllustrative?: "true" | "false";
                /** @description Use figures districts submitted and the city has not approved yet; default false: approved figures only. The answer marks what used them (usedSubmitted) */
                includeSubmitted?: "true" | "false";
                method?: components["schemas"]["Method"];
                /** @description json (default), csv or xlsx */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan assessment */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentsResponse"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAssessmentsInPlan: {
        parameters: {
            query?: {
                /** @description Judge as of this day. Default: the latest date with data inside the plan period; once the plan is over, its last day (final evaluation); never after today. The answer says which rule applied (asOfRule) */
                asOf?: string;
                /** @description A region id of the plan; default the region the plan sets targets for (ordos, 鄂尔多斯市, in the Ordos plan) */
                region?: string;
                /** @description Use illustrative demo figures (示例数据) too; the answer says when it did */
                includeIllustrative?: "true" | "false";
                /** @description Use figures districts submitted and the city has not approved yet; default false: approved figures only. The answer marks what used them (usedSubmitted) */
                includeSubmitted?: "true" | "false";
                method?: components["schemas"]["Method"];
                /** @description json (default), csv or xlsx */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan assessment */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentsResponse"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIndicatorAssessment: {
        parameters: {
            query?: {
                /** @description Judge as of this day. Default: the latest date with data inside the plan period; once the plan is over, its last day (final evaluation); never after today. The answer says which rule applied (asOfRule) */
                asOf?: string;
                /** @description A region id of the plan; default the region the plan sets targets for (ordos, 鄂尔多斯市, in the Ordos plan) */
                region?: string;
                /** @description Use illustrative demo figures (示例数据) too; the answer says when it did */
                includeIllustrative?: "true" | "false";
                /** @description Use figures districts submitted and the city has not approved yet; default false: approved figures only. The answer marks what used them (usedSubmitted) */
                includeSubmitted?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assessments */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorAssessments"];
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIndicatorAssessmentInPlan: {
        parameters: {
            query?: {
                /** @description Judge as of this day. Default: the latest date with data inside the plan period; once the plan is over, its last day (final evaluation); never after today. The answer says which rule applied (asOfRule) */
                asOf?: string;
                /** @description A region id of the plan; default the region the plan sets targets for (ordos, 鄂尔多斯市, in the Ordos plan) */
                region?: string;
                /** @description Use illustrative demo figures (示例数据) too; the answer says when it did */
                includeIllustrative?: "true" | "false";
                /** @description Use figures districts submitted and the city has not approved yet; default false: approved figures only. The answer marks what used them (usedSubmitted) */
                includeSubmitted?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assessments */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorAssessments"];
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMilestones: {
        parameters: {
            query?: {
                /** @description Judge as of this day. Default: the latest date with data inside the plan period; once the plan is over, its last day (final evaluation); never after today. The answer says which rule applied (asOfRule) */
                asOf?: string;
                /** @description A region id of the plan; default the region the plan sets targets for (ordos, 鄂尔多斯市, in the Ordos plan) */
                region?: string;
                /** @description Use illustrative demo figures (示例数据) too; the answer says when it did */
                includeIllustrative?: "true" | "false";
                /** @description Use figures districts submitted and the city has not approved yet; default false: approved figures only. The answer marks what used them (usedSubmitted) */
                includeSubmitted?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Milestones in the order of the text */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestonesResponse"];
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMilestonesInPlan: {
        parameters: {
            query?: {
                /** @description Judge as of this day. Default: the latest date with data inside the plan period; once the plan is over, its last day (final evaluation); never after today. The answer says which rule applied (asOfRule) */
                asOf?: string;
                /** @description A region id of the plan; default the region the plan sets targets for (ordos, 鄂尔多斯市, in the Ordos plan) */
                region?: string;
                /** @description Use illustrative demo figures (示例数据) too; the answer says when it did */
                includeIllustrative?: "true" | "false";
                /** @description Use figures districts submitted and the city has not approved yet; default false: approved figures only. The answer marks what used them (usedSubmitted) */
                includeSubmitted?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Milestones in the order of the text */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MilestonesResponse"];
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assess: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessInput"];
            };
        };
        responses: {
            /** @description The method’s status and its calculation components */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
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
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The series has more than 5000 points */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The work thread failed or ran out of time; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRegionTargets: {
        parameters: {
            query?: {
                indicatorId?: string;
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description District targets, by indicator and region */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RegionTargetRecord"][];
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importRegionTargets: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegionTargetImport"];
            };
        };
        responses: {
            /** @description What the import wrote (or, in a dry run, would write) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionTargetImportReport"];
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRegionTargetsInPlan: {
        parameters: {
            query?: {
                indicatorId?: string;
                region?: string;
            };
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description District targets, by indicator and region */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RegionTargetRecord"][];
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importRegionTargetsInPlan: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegionTargetImport"];
            };
        };
        responses: {
            /** @description What the import wrote (or, in a dry run, would write) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionTargetImportReport"];
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putRegionTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                indicatorId: string;
                region: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegionTargetInput"];
            };
        };
        responses: {
            /** @description The target as stored, replacing the one there was */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionTargetRecord"];
                };
            };
            /** @description The target as stored, the first for this indicator and district */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionTargetRecord"];
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteRegionTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                indicatorId: string;
                region: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putRegionTargetInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                indicatorId: string;
                region: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegionTargetInput"];
            };
        };
        responses: {
            /** @description The target as stored, replacing the one there was */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionTargetRecord"];
                };
            };
            /** @description The target as stored, the first for this indicator and district */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionTargetRecord"];
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteRegionTargetInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                indicatorId: string;
                region: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    compareRegions: {
        parameters: {
            query?: {
                /** @description Compare as of this day (default: today on the server) */
                asOf?: string;
                method?: components["schemas"]["Method"];
                /** @description The earlier day each cell’s change is measured from (default: none, change null) */
                previousAsOf?: string;
                /** @description Use illustrative demo figures (示例数据) too; the answer says when it did */
                includeIllustrative?: "true" | "false";
                /** @description Use figures districts submitted that the city has not approved yet (default false: approved only); usedSubmitted says when any was used */
                includeSubmitted?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comparison */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComparisonResponse"];
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    compareRegionsInPlan: {
        parameters: {
            query?: {
                /** @description Compare as of this day (default: today on the server) */
                asOf?: string;
                method?: components["schemas"]["Method"];
                /** @description The earlier day each cell’s change is measured from (default: none, change null) */
                previousAsOf?: string;
                /** @description Use illustrative demo figures (示例数据) too; the answer says when it did */
                includeIllustrative?: "true" | "false";
                /** @description Use figures districts submitted that the city has not approved yet (default false: approved only); usedSubmitted says when any was used */
                includeSubmitted?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The comparison */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComparisonResponse"];
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTargets: {
        parameters: {
            query?: {
                /** @description Judge as of this day (default: today on the server) */
                asOf?: string;
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
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        items: components["schemas"]["TrackedTarget"][];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTargetsInPlan: {
        parameters: {
            query?: {
                /** @description Judge as of this day (default: today on the server) */
                asOf?: string;
                indicatorId?: string;
                year?: number;
                project?: number;
            };
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Targets in the order of the text */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        items: components["schemas"]["TrackedTarget"][];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeasures: {
        parameters: {
            query?: {
                /** @description Judge as of this day (default: today on the server) */
                asOf?: string;
                project?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Measures by project, in order */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        cycle: components["schemas"]["ReportingCycle"];
                        items: components["schemas"]["TrackedMeasure"][];
                        projects: components["schemas"]["ProjectRollUp"][];
                        plan: {
                            measures: components["schemas"]["TrackingRollUp"];
                            targets: components["schemas"]["TrackingRollUp"];
                        };
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeasuresInPlan: {
        parameters: {
            query?: {
                /** @description Judge as of this day (default: today on the server) */
                asOf?: string;
                project?: number;
            };
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Measures by project, in order */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        cycle: components["schemas"]["ReportingCycle"];
                        items: components["schemas"]["TrackedMeasure"][];
                        projects: components["schemas"]["ProjectRollUp"][];
                        plan: {
                            measures: components["schemas"]["TrackingRollUp"];
                            targets: components["schemas"]["TrackingRollUp"];
                        };
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportingCycle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reporting cycle */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cycle: components["schemas"]["ReportingCycle"];
                    };
                };
            };
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putReportingCycle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cycle: components["schemas"]["ReportingCycle"];
                };
            };
        };
        responses: {
            /** @description The reporting cycle now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cycle: components["schemas"]["ReportingCycle"];
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportingCycleInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reporting cycle */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cycle: components["schemas"]["ReportingCycle"];
                    };
                };
            };
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putReportingCycleInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cycle: components["schemas"]["ReportingCycle"];
                };
            };
        };
        responses: {
            /** @description The reporting cycle now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cycle: components["schemas"]["ReportingCycle"];
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
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeasureReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A measure id, e.g. P08-M2 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reports */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MeasureReport"][];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addMeasureReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A measure id, e.g. P08-M2 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "period": "2024",
                 *       "status": "on_track",
                 *       "percent": 60,
                 *       "narrative": "已完成全市中小学校舍安全排查，整改方案已报市政府。"
                 *     }
                 */
                "application/json": components["schemas"]["MeasureReportInput"];
            };
        };
        responses: {
            /** @description The stored report; Location names the measure’s reports */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureReport"];
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeasureReportsInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A measure id, e.g. P08-M2 */
                id: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reports */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MeasureReport"][];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addMeasureReportInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A measure id, e.g. P08-M2 */
                id: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "period": "2024",
                 *       "status": "on_track",
                 *       "percent": 60,
                 *       "narrative": "已完成全市中小学校舍安全排查，整改方案已报市政府。"
                 *     }
                 */
                "application/json": components["schemas"]["MeasureReportInput"];
            };
        };
        responses: {
            /** @description The stored report; Location names the measure’s reports */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureReport"];
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceMeasureReport: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The strong ETag of the version you read (GET /api/v1/observations/{id}); a weak ETag (W/…) never matches. The tag of a compressed read names the same version and is taken as well: "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip), the encoding inside the quotes. `*` means whatever version is current (RFC 9110). Missing: 428; another version: 412.
                 * @example "0d9c3c1e-5a53-4a53-9b1e-2a7c1f0c4c7e.v1"
                 */
                "if-match": string;
            };
            path: {
                /** @description A measure id, e.g. P08-M2 */
                id: string;
                /** @description A report id, as POST …/reports answered */
                reportId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "period": "2024",
                 *       "status": "on_track",
                 *       "percent": 45,
                 *       "narrative": "已完成全市中小学校舍安全排查，整改方案已报市政府。",
                 *       "reason": "完成比例填错"
                 *     }
                 */
                "application/json": components["schemas"]["MeasureReportReplacement"];
            };
        };
        responses: {
            /** @description The report as it now reads */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureReport"];
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
            /** @description Conflicts with stored data */
            409: {
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawMeasureReport: {
        parameters: {
            query?: {
                /** @description Why the report is replaced or withdrawn; kept in its history */
                reason?: string;
            };
            header: {
                /**
                 * @description The strong ETag of the version you read (GET /api/v1/observations/{id}); a weak ETag (W/…) never matches. The tag of a compressed read names the same version and is taken as well: "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip), the encoding inside the quotes. `*` means whatever version is current (RFC 9110). Missing: 428; another version: 412.
                 * @example "0d9c3c1e-5a53-4a53-9b1e-2a7c1f0c4c7e.v1"
                 */
                "if-match": string;
            };
            path: {
                /** @description A measure id, e.g. P08-M2 */
                id: string;
                /** @description A report id, as POST …/reports answered */
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn */
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
            /** @description Conflicts with stored data */
            409: {
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceMeasureReportInPlan: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The strong ETag of the version you read (GET /api/v1/observations/{id}); a weak ETag (W/…) never matches. The tag of a compressed read names the same version and is taken as well: "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip), the encoding inside the quotes. `*` means whatever version is current (RFC 9110). Missing: 428; another version: 412.
                 * @example "0d9c3c1e-5a53-4a53-9b1e-2a7c1f0c4c7e.v1"
                 */
                "if-match": string;
            };
            path: {
                /** @description A measure id, e.g. P08-M2 */
                id: string;
                /** @description A report id, as POST …/reports answered */
                reportId: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "period": "2024",
                 *       "status": "on_track",
                 *       "percent": 45,
                 *       "narrative": "已完成全市中小学校舍安全排查，整改方案已报市政府。",
                 *       "reason": "完成比例填错"
                 *     }
                 */
                "application/json": components["schemas"]["MeasureReportReplacement"];
            };
        };
        responses: {
            /** @description The report as it now reads */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeasureReport"];
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
            /** @description Conflicts with stored data */
            409: {
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawMeasureReportInPlan: {
        parameters: {
            query?: {
                /** @description Why the report is replaced or withdrawn; kept in its history */
                reason?: string;
            };
            header: {
                /**
                 * @description The strong ETag of the version you read (GET /api/v1/observations/{id}); a weak ETag (W/…) never matches. The tag of a compressed read names the same version and is taken as well: "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip), the encoding inside the quotes. `*` means whatever version is current (RFC 9110). Missing: 428; another version: 412.
                 * @example "0d9c3c1e-5a53-4a53-9b1e-2a7c1f0c4c7e.v1"
                 */
                "if-match": string;
            };
            path: {
                /** @description A measure id, e.g. P08-M2 */
                id: string;
                /** @description A report id, as POST …/reports answered */
                reportId: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn */
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
            /** @description Conflicts with stored data */
            409: {
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    measureReportHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A measure id, e.g. P08-M2 */
                id: string;
                /** @description A report id, as POST …/reports answered */
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MeasureReportRevision"][];
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
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    measureReportHistoryInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A measure id, e.g. P08-M2 */
                id: string;
                /** @description A report id, as POST …/reports answered */
                reportId: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MeasureReportRevision"][];
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
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addEvidence: {
        parameters: {
            query?: {
                /** @description The file’s name, e.g. 校舍排查报告.pdf (a file needs it) */
                name?: string;
            };
            header?: never;
            path: {
                /** @description A measure id, e.g. P08-M2 */
                id: string;
                /** @description A report id, as POST …/reports answered */
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EvidenceLinkInput"];
                "application/pdf": string;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "image/png": string;
                "image/jpeg": string;
                "application/ofd": string;
                "text/plain": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description The evidence as kept (a file’s size and SHA-256) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceMeta"];
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
            /** @description Well-formed but beyond what the server accepts; the detail names the limit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addEvidenceInPlan: {
        parameters: {
            query?: {
                /** @description The file’s name, e.g. 校舍排查报告.pdf (a file needs it) */
                name?: string;
            };
            header?: never;
            path: {
                /** @description A measure id, e.g. P08-M2 */
                id: string;
                /** @description A report id, as POST …/reports answered */
                reportId: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EvidenceLinkInput"];
                "application/pdf": string;
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "image/png": string;
                "image/jpeg": string;
                "application/ofd": string;
                "text/plain": string;
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description The evidence as kept (a file’s size and SHA-256) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceMeta"];
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
            /** @description Well-formed but beyond what the server accepts; the detail names the limit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvidence: {
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
            /** @description The file, with Content-Disposition: attachment and X-Content-Type-Options: nosniff; for a link, its record (JSON) */
            200: {
                headers: {
                    /** @description attachment; filename=… */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "image/png": string;
                    "image/jpeg": string;
                    "application/ofd": string;
                    "text/plain; charset=utf-8": string;
                    "application/json": components["schemas"]["EvidenceMeta"];
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvidenceInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Content-Disposition: attachment and X-Content-Type-Options: nosniff; for a link, its record (JSON) */
            200: {
                headers: {
                    /** @description attachment; filename=… */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "image/png": string;
                    "image/jpeg": string;
                    "application/ofd": string;
                    "text/plain; charset=utf-8": string;
                    "application/json": components["schemas"]["EvidenceMeta"];
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listResponsibilities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assignments by item */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Responsibility"][];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listResponsibilitiesInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Assignments by item */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Responsibility"][];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putResponsibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A measure id (P08-M2) or a target id (T-P08-M2-1) */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "lead": "basic-education-section",
                 *       "cooperating": [
                 *         "development-planning-section"
                 *       ],
                 *       "reason": "局党组会议分工"
                 *     }
                 */
                "application/json": components["schemas"]["ResponsibilityInput"];
            };
        };
        responses: {
            /** @description The assignment now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Responsibility"];
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
            /** @description Conflicts with stored data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putResponsibilityInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A measure id (P08-M2) or a target id (T-P08-M2-1) */
                itemId: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "lead": "basic-education-section",
                 *       "cooperating": [
                 *         "development-planning-section"
                 *       ],
                 *       "reason": "局党组会议分工"
                 *     }
                 */
                "application/json": components["schemas"]["ResponsibilityInput"];
            };
        };
        responses: {
            /** @description The assignment now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Responsibility"];
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
            /** @description Conflicts with stored data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    responsibilityHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A measure id (P08-M2) or a target id (T-P08-M2-1) */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revisions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ResponsibilityRevision"][];
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    responsibilityHistoryInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A measure id (P08-M2) or a target id (T-P08-M2-1) */
                itemId: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revisions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ResponsibilityRevision"][];
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importResponsibilities: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example 事项编号,牵头单位,配合单位
                 *     P08-M2,市教育局基础教育科,市发展改革委、市财政局
                 */
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description What the import wrote (or, in a dry run, would write) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsibilityImportReport"];
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
            /** @description Well-formed but beyond what the server accepts; the detail names the limit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importResponsibilitiesInPlan: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example 事项编号,牵头单位,配合单位
                 *     P08-M2,市教育局基础教育科,市发展改革委、市财政局
                 */
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description What the import wrote (or, in a dry run, would write) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsibilityImportReport"];
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
            /** @description Well-formed but beyond what the server accepts; the detail names the limit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSupervision: {
        parameters: {
            query?: {
                /** @description Judge as of this day (default: today on the server) */
                asOf?: string;
                /** @description Only items this unit leads or cooperates on (a unit id) */
                unit?: string;
                /** @description Only items of this project */
                project?: number;
                /** @description Only items of this 旗区 (a region id): its own, and per-旗区 targets it lags on */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, worst first as trackPlan orders them */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        items: components["schemas"]["SupervisionItem"][];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSupervisionInPlan: {
        parameters: {
            query?: {
                /** @description Judge as of this day (default: today on the server) */
                asOf?: string;
                /** @description Only items this unit leads or cooperates on (a unit id) */
                unit?: string;
                /** @description Only items of this project */
                project?: number;
                /** @description Only items of this 旗区 (a region id): its own, and per-旗区 targets it lags on */
                region?: string;
            };
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items, worst first as trackPlan orders them */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string;
                        items: components["schemas"]["SupervisionItem"][];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSupervisionCircular: {
        parameters: {
            query?: {
                /** @description Judge as of this day (default: today on the server) */
                asOf?: string;
                /** @description Only items this unit leads or cooperates on (a unit id) */
                unit?: string;
                /** @description Only items of this project */
                project?: number;
                /** @description Only items of this 旗区 (a region id): its own, and per-旗区 targets it lags on */
                region?: string;
                /** @description html (default) or markdown */
                format?: "html" | "markdown";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The circular */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "text/markdown": string;
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSupervisionCircularInPlan: {
        parameters: {
            query?: {
                /** @description Judge as of this day (default: today on the server) */
                asOf?: string;
                /** @description Only items this unit leads or cooperates on (a unit id) */
                unit?: string;
                /** @description Only items of this project */
                project?: number;
                /** @description Only items of this 旗区 (a region id): its own, and per-旗区 targets it lags on */
                region?: string;
                /** @description html (default) or markdown */
                format?: "html" | "markdown";
            };
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The circular */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "text/markdown": string;
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    myTasks: {
        parameters: {
            query?: {
                /** @description Judge as of this day (default: today on the server) */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unit’s tasks */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyTasks"];
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    myTasksInPlan: {
        parameters: {
            query?: {
                /** @description Judge as of this day (default: today on the server) */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unit’s tasks */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyTasks"];
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
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
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportNarrative: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description annual (年度监测), midterm (中期评估) or final (总结评估) */
                kind: "annual" | "midterm" | "final";
                /** @description The year (YYYY) of an annual report; "midterm" or "final" for those reports */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The three sections in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportNarrative"];
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Well-formed but beyond what the server accepts; the detail names the limit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportNarrativeInPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description annual (年度监测), midterm (中期评估) or final (总结评估) */
                kind: "annual" | "midterm" | "final";
                /** @description The year (YYYY) of an annual report; "midterm" or "final" for those reports */
                period: string;
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The three sections in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportNarrative"];
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Well-formed but beyond what the server accepts; the detail names the limit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putReportNarrative: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The strong ETag of the version you read (GET /api/v1/observations/{id}); a weak ETag (W/…) never matches. The tag of a compressed read names the same version and is taken as well: "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip), the encoding inside the quotes. `*` means whatever version is current (RFC 9110). Missing: 428; another version: 412.
                 * @example "0d9c3c1e-5a53-4a53-9b1e-2a7c1f0c4c7e.v1"
                 */
                "if-match": string;
            };
            path: {
                /** @description annual (年度监测), midterm (中期评估) or final (总结评估) */
                kind: "annual" | "midterm" | "final";
                /** @description The year (YYYY) of an annual report; "midterm" or "final" for those reports */
                period: string;
                /** @description achievements (成效), problems (问题) or next_steps (下一步) */
                section: "achievements" | "problems" | "next_steps";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "学前教育普及普惠水平持续提高。",
                 *       "expectedVersion": 0
                 *     }
                 */
                "application/json": components["schemas"]["ReportNarrativeWrite"];
            };
        };
        responses: {
            /** @description The section as stored now */
            200: {
                headers: {
                    /** @description "<section>.v<version>" */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportNarrativeSection"];
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
            /** @description Conflicts with stored data */
            409: {
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putReportNarrativeInPlan: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The strong ETag of the version you read (GET /api/v1/observations/{id}); a weak ETag (W/…) never matches. The tag of a compressed read names the same version and is taken as well: "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip), the encoding inside the quotes. `*` means whatever version is current (RFC 9110). Missing: 428; another version: 412.
                 * @example "0d9c3c1e-5a53-4a53-9b1e-2a7c1f0c4c7e.v1"
                 */
                "if-match": string;
            };
            path: {
                /** @description annual (年度监测), midterm (中期评估) or final (总结评估) */
                kind: "annual" | "midterm" | "final";
                /** @description The year (YYYY) of an annual report; "midterm" or "final" for those reports */
                period: string;
                /** @description achievements (成效), problems (问题) or next_steps (下一步) */
                section: "achievements" | "problems" | "next_steps";
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "学前教育普及普惠水平持续提高。",
                 *       "expectedVersion": 0
                 *     }
                 */
                "application/json": components["schemas"]["ReportNarrativeWrite"];
            };
        };
        responses: {
            /** @description The section as stored now */
            200: {
                headers: {
                    /** @description "<section>.v<version>" */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportNarrativeSection"];
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
            /** @description Conflicts with stored data */
            409: {
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportDocument: {
        parameters: {
            query?: {
                /** @description docx (Word, laid out after GB/T 9704), pdf (print of the HTML), html, md or xlsx */
                format?: "docx" | "pdf" | "html" | "md" | "xlsx";
                /** @description annual (年度监测), midterm (中期评估) or final (总结评估); default: final once the plan has ended, else annual */
                kind?: "annual" | "midterm" | "final";
                /** @description The year (YYYY) of an annual report; midterm or final */
                period?: string;
                /** @description The day to judge; default: the kind’s own day (never after today) */
                asOf?: string;
                /** @description The reporting unit (填报单位) for the cover; without it the cover reads （未填写） */
                unit?: string;
                /** @description true: use the illustrative demo figures too (marked 示例数据 throughout) */
                includeIllustrative?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report file */
            200: {
                headers: {
                    /** @description attachment; filename="ordos-2021-2025-final-final.docx" */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/pdf": string;
                    "text/html": string;
                    "text/markdown": string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but beyond what the server accepts; the detail names the limit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server was started without a report renderer (plan serve gives one) */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reportDocumentInPlan: {
        parameters: {
            query?: {
                /** @description docx (Word, laid out after GB/T 9704), pdf (print of the HTML), html, md or xlsx */
                format?: "docx" | "pdf" | "html" | "md" | "xlsx";
                /** @description annual (年度监测), midterm (中期评估) or final (总结评估); default: final once the plan has ended, else annual */
                kind?: "annual" | "midterm" | "final";
                /** @description The year (YYYY) of an annual report; midterm or final */
                period?: string;
                /** @description The day to judge; default: the kind’s own day (never after today) */
                asOf?: string;
                /** @description The reporting unit (填报单位) for the cover; without it the cover reads （未填写） */
                unit?: string;
                /** @description true: use the illustrative demo figures too (marked 示例数据 throughout) */
                includeIllustrative?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025) */
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report file */
            200: {
                headers: {
                    /** @description attachment; filename="ordos-2021-2025-final-final.docx" */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/pdf": string;
                    "text/html": string;
                    "text/markdown": string;
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
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
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
            /** @description Well-formed but beyond what the server accepts; the detail names the limit */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server was started without a report renderer (plan serve gives one) */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUnits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Units */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["UnitRecord"][];
                    };
                };
            };
            /** @description Not modified: the If-None-Match ETag is current, in its plain or a compressed form ("<tag>-br", "<tag>-gzip"); the ETag sent back is the form the client has (no body) */
            304: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is malformed, unknown or revoked (even on a public read) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUnit: {
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
                 *       "id": "basic-education-section",
                 *       "nameZh": "市教育局基础教育科"
                 *     }
                 */
                "application/json": components["schemas"]["UnitInput"];
            };
        };
        responses: {
            /** @description The unit as stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitRecord"];
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteUnit: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The strong ETag of the version you read (GET /api/v1/observations/{id}); a weak ETag (W/…) never matches. The tag of a compressed read names the same version and is taken as well: "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip), the encoding inside the quotes. `*` means whatever version is current (RFC 9110). Missing: 428; another version: 412.
                 * @example "0d9c3c1e-5a53-4a53-9b1e-2a7c1f0c4c7e.v1"
                 */
                "if-match": string;
            };
            path: {
                /** @description The unit’s id, a slug such as "basic-education-section" */
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
            /** @description Conflicts with stored data */
            409: {
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUnit: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The strong ETag of the version you read (GET /api/v1/observations/{id}); a weak ETag (W/…) never matches. The tag of a compressed read names the same version and is taken as well: "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip), the encoding inside the quotes. `*` means whatever version is current (RFC 9110). Missing: 428; another version: 412.
                 * @example "0d9c3c1e-5a53-4a53-9b1e-2a7c1f0c4c7e.v1"
                 */
                "if-match": string;
            };
            path: {
                /** @description The unit’s id, a slug such as "basic-education-section" */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "nameZh": "市教育局基础教育与学前教育科"
                 *     }
                 */
                "application/json": components["schemas"]["UnitPatch"];
            };
        };
        responses: {
            /** @description The unit as it now is */
            200: {
                headers: {
                    /** @description A strong validator: send it in If-None-Match (reads) or If-Match (writes). A compressed answer carries the tag with its encoding inside the quotes, "<tag>-br" (Content-Encoding br) or "<tag>-gzip" (gzip); If-None-Match and If-Match take either form as the same version. HEAD gives the tag GET gives for the same Accept-Encoding. */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitRecord"];
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
            /** @description Conflicts with stored data */
            409: {
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unitHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unit’s id, a slug such as "basic-education-section" */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["UnitRevision"][];
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
            /** @description No such resource */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
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
                    /**
                     * @example {
                     *       "name": "dongsheng-education-bureau",
                     *       "role": "editor",
                     *       "scope": {
                     *         "regions": [
                     *           "dongsheng"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        name: string | null;
                        role: components["schemas"]["Role"];
                        /** @description The token’s scope: it writes only inside it (a region covers the regions under it); null: unrestricted. A token whose regions leave out the plan’s subject region is a district’s: its figures are submitted for the city’s approval. */
                        scope: {
                            /** @description Only these regions (ids); absent = any */
                            regions?: string[];
                            /** @description Only these tables of the plan (ids); absent = any */
                            tables?: string[];
                            /** @description Only these indicators (ids); absent = any */
                            indicators?: string[];
                            /** @description Only these projects (ids); absent = any */
                            projects?: string[];
                            /** @description The unit (单位) the token reports for: it writes figures and reports only on items that unit leads or cooperates on */
                            unit?: string;
                        } | null;
                    };
                };
            };
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTokens: {
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
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
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
            /** @description Too many requests or failed sign-ins from this client; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createToken: {
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
            /** @description The new token; store it now, it cannot be shown again. Sent with Cache-Control: no-store. */
            201: {
                headers: {
                    /** @description no-store: the answer carries a secret */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        role: components["schemas"]["Role"];
                        /** @description The token’s scope: it writes only inside it (a region covers the regions under it); null: unrestricted. A token whose regions leave out the plan’s subject region is a district’s: its figures are submitted for the city’s approval. */
                        scope: {
                            /** @description Only these regions (ids); absent = any */
                            regions?: string[];
                            /** @description Only these tables of the plan (ids); absent = any */
                            tables?: string[];
                            /** @description Only these indicators (ids); absent = any */
                            indicators?: string[];
                            /** @description Only these projects (ids); absent = any */
                            projects?: string[];
                            /** @description The unit (单位) the token reports for: it writes figures and reports only on items that unit leads or cooperates on */
                            unit?: string;
                        } | null;
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
            /** @description Conflicts with stored data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeToken: {
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
            /** @description Invalid input: a query parameter this route does not take (named in `errors`) */
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
            /** @description Too many requests; Retry-After says when to try again */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error, logged with the request id (X-Request-Id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
