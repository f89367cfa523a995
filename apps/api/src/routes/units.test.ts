import { createToken, hashToken } from '@plan/store';
import { beforeEach, expect, it } from 'vitest';
import {
  describeTracking,
  type Json,
  MEASURE,
  type TrackingApp,
  ifMatch as v,
} from '../_test/trackingApp.js';

// Units are changed by an admin only: no token names a unit and no item is assigned at the start.
describeTracking(
  'unit corrections',
  (fixture) => {
    let t: TrackingApp;
    beforeEach(() => {
      t = fixture();
    });
    const send: TrackingApp['send'] = (...args) => t.send(...args);
    const units = async () => (await send('GET', '/api/v1/units', undefined)).body.items as Json[];
    const admin = () => t.tokens.admin;
    /** Puts basic-education to work: it leads MEASURE and has a token, "unit-token". */
    const putToWork = async () => {
      const put = await send('PUT', `/api/v1/responsibilities/${MEASURE}`, admin(), {
        lead: 'basic-education',
        cooperating: [],
      });
      expect(put.status).toBe(200);
      return createToken(t, 'unit-token', 'editor', 'test', { scope: { unit: 'basic-education' } });
    };

    it('adds a unit (admin) at version 1, in service', async () => {
      const unit = { id: 'finance', nameZh: '市财政局' };
      const created = await send('POST', '/api/v1/units', admin(), unit);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ ...unit, version: 1, retiredAt: null });
      expect((await units()).map((row) => row.id)).toEqual([
        'basic-education',
        'finance',
        'sports-section',
      ]);
    });

    it('renames a unit with If-Match; the id and what names it stay', async () => {
      await send('PUT', `/api/v1/responsibilities/${MEASURE}`, admin(), {
        lead: 'basic-education',
        cooperating: [],
      });
      const renamed = await send(
        'PATCH',
        '/api/v1/units/basic-education',
        admin(),
        { nameZh: '基础教育与学前教育科', nameEn: 'Basic and Preschool Education' },
        v('basic-education', 1),
      );
      expect(renamed.status).toBe(200);
      expect(renamed.etag).toBe('"basic-education.v2"');
      expect(renamed.body).toMatchObject({
        id: 'basic-education',
        nameZh: '基础教育与学前教育科',
        version: 2,
      });
      expect((await units()).find((unit) => unit.id === 'basic-education')?.nameZh).toBe(
        '基础教育与学前教育科',
      );
      const owner = await send('GET', '/api/v1/responsibilities', undefined);
      expect(owner.body.items.find((row: Json) => row.itemId === MEASURE)?.lead).toBe(
        'basic-education',
      );
      const history = await send('GET', '/api/v1/units/basic-education/history', admin());
      expect(history.body.items).toMatchObject([
        { action: 'renamed', version: 2, old: { nameZh: '基础教育科' }, actor: 'PLAN_ADMIN_TOKEN' },
      ]);
    });

    it('asks for If-Match, refuses a stale one and a taken name with 409, and bad input with 400 in both languages, changing nothing', async () => {
      const path = '/api/v1/units/basic-education';
      const missing = await send('PATCH', `${path}?lang=zh`, admin(), { nameEn: 'x' });
      expect(missing.status).toBe(428);
      expect(missing.body.detail).toMatch(/If-Match/);
      expect(missing.body.detail).toMatch(/[\u4e00-\u9fff]/);
      expect((await send('DELETE', path, admin())).status).toBe(428);
      expect(
        (await send('PATCH', path, admin(), { nameEn: 'Basic' }, v('basic-education', 1))).status,
      ).toBe(200);
      const stale = await send(
        'PATCH',
        path,
        admin(),
        { nameEn: 'Other' },
        v('basic-education', 1),
      );
      expect(stale.status).toBe(409);
      expect(stale.etag).toBe('"basic-education.v2"');
      const taken = await send(
        'PATCH',
        `${path}?lang=zh`,
        admin(),
        { nameZh: '体育科' },
        v('basic-education', 2),
      );
      expect(taken.status).toBe(409);
      expect(taken.body.detail).toContain('体育科');
      expect(taken.body.detail).toContain('sports-section');
      for (const [body, field] of [
        [{}, ''],
        [{ nameZh: ' ' }, 'nameZh'],
        [{ nameZh: '新名', id: 'renamed' }, 'id'],
        [{ retired: 'yes' }, 'retired'],
      ] as const) {
        for (const lang of ['en', 'zh']) {
          const bad = await send(
            'PATCH',
            `${path}?lang=${lang}`,
            admin(),
            body,
            v('basic-education', 2),
          );
          expect(bad.status).toBe(400);
          expect(JSON.stringify(bad.body.errors)).toContain(field);
          if (lang === 'zh') expect(bad.body.detail).toMatch(/[\u4e00-\u9fff]/);
        }
      }
      expect(
        (await send('PATCH', '/api/v1/units/Not_A_Slug', admin(), { nameEn: 'x' }, v('x', 1)))
          .status,
      ).toBe(400);
      expect(
        (await send('PATCH', '/api/v1/units/nobody', admin(), { nameEn: 'x' }, v('nobody', 1)))
          .status,
      ).toBe(404);
      expect((await units()).find((unit) => unit.id === 'basic-education')).toMatchObject({
        nameZh: '基础教育科',
        nameEn: 'Basic',
        version: 2,
      });
    });

    it('keeps unit changes to admins', async () => {
      const path = '/api/v1/units/basic-education';
      const unitToken = (
        await createToken(t, 'unit-token', 'editor', 'test', { scope: { unit: 'basic-education' } })
      ).token;
      for (const token of [t.tokens.editor, unitToken]) {
        expect(
          (await send('PATCH', path, token, { nameEn: 'x' }, v('basic-education', 1))).status,
        ).toBe(403);
        expect((await send('DELETE', path, token, undefined, v('basic-education', 1))).status).toBe(
          403,
        );
        expect((await send('GET', `${path}/history`, token)).status).toBe(403);
      }
      expect(
        (await send('DELETE', path, undefined, undefined, v('basic-education', 1))).status,
      ).toBe(401);
      expect((await units()).map((unit) => unit.version)).toEqual([1, 1]);
    });

    it('deletes a unit created by mistake; its history keeps the deletion', async () => {
      const deleted = await send(
        'DELETE',
        '/api/v1/units/sports-section',
        admin(),
        undefined,
        v('sports-section', 1),
      );
      expect(deleted.status).toBe(204);
      expect((await units()).map((unit) => unit.id)).toEqual(['basic-education']);
      const history = await send('GET', '/api/v1/units/sports-section/history', admin());
      expect(history.body.items).toMatchObject([{ action: 'deleted', new: null }]);
      expect((await send('GET', '/api/v1/units/never-was/history', admin())).status).toBe(404);
    });

    it('never deletes a unit something names: 409 naming its items, tokens, reports and history', async () => {
      const unitToken = (await putToWork()).token;
      const reported = await send('POST', `/api/v1/measures/${MEASURE}/reports`, unitToken, {
        period: '2024',
        status: 'on_track',
        narrative: '已完成选址。',
      });
      expect(reported.status).toBe(201);
      for (const lang of ['en', 'zh']) {
        const refused = await send(
          'DELETE',
          `/api/v1/units/basic-education?lang=${lang}`,
          admin(),
          undefined,
          v('basic-education', 1),
        );
        expect(refused.status).toBe(409);
        expect(refused.body.detail).toContain(MEASURE);
        expect(refused.body.detail).toContain('unit-token');
        expect(refused.body.errors.map((error: Json) => error.path)).toEqual([
          'responsibilities',
          'tokens',
          'reports',
          'responsibilityChanges',
        ]);
        if (lang === 'zh') expect(refused.body.detail).toMatch(/不能删除/);
      }
      expect((await units()).map((unit) => unit.id)).toEqual(['basic-education', 'sports-section']);
    });

    it('retires a unit once its items are reassigned and its tokens revoked; a retired unit gets no new work', async () => {
      const created = await putToWork();
      const retire = () =>
        send(
          'PATCH',
          '/api/v1/units/basic-education',
          admin(),
          { retired: true },
          v('basic-education', 1),
        );
      const busy = await retire();
      expect(busy.status).toBe(409);
      expect(busy.body.detail).toContain(MEASURE);
      expect(busy.body.detail).toContain('unit-token');
      expect(busy.body.errors.map((error: Json) => error.path)).toEqual([
        'responsibilities',
        'tokens',
      ]);
      await send('PUT', `/api/v1/responsibilities/${MEASURE}`, admin(), {
        lead: 'sports-section',
        cooperating: [],
      });
      await t.store.tokens.revoke(created.info.id);
      const retired = await retire();
      expect(retired.status).toBe(200);
      expect(retired.body).toMatchObject({ version: 2, retiredAt: expect.any(String) });
      // Listed still, but given no new assignment.
      expect(
        (await units()).find((unit) => unit.id === 'basic-education')?.retiredAt,
      ).not.toBeNull();
      const assign = await send('PUT', `/api/v1/responsibilities/P01-M1?lang=zh`, admin(), {
        lead: 'basic-education',
        cooperating: [],
      });
      expect(assign.status).toBe(400);
      expect(assign.body.detail).toMatch(/basic-education/);
      const cooperate = await send('PUT', `/api/v1/responsibilities/${MEASURE}`, admin(), {
        lead: 'sports-section',
        cooperating: ['basic-education'],
      });
      expect(cooperate.status).toBe(400);
      expect(cooperate.body.detail).toMatch(/retired/);
      // Nor a token: see the next test.
      const back = await send(
        'PATCH',
        '/api/v1/units/basic-education',
        admin(),
        { retired: false },
        v('basic-education', 2),
      );
      expect(back.body).toMatchObject({ version: 3, retiredAt: null });
    });

    it('refuses a token for a retired unit (409, in both languages); a token of it kept from before does nothing', async () => {
      const unitToken = await putToWork();
      const sent = await send('POST', `/api/v1/measures/${MEASURE}/reports`, unitToken.token, {
        period: '2024',
        status: 'on_track',
        narrative: '已完成选址。',
      });
      expect(sent.status).toBe(201);
      await send('PUT', `/api/v1/responsibilities/${MEASURE}`, admin(), {
        lead: 'sports-section',
        cooperating: [],
      });
      await t.store.tokens.revoke(unitToken.info.id);
      const retire = await send(
        'PATCH',
        '/api/v1/units/basic-education',
        admin(),
        { retired: true },
        v('basic-education', 1),
      );
      expect(retire.status).toBe(200);

      for (const [language, detail] of [
        [
          'zh-CN',
          /^单位“basic-education”已撤销，不再承担任何工作，不能为它创建令牌：请先恢复该单位，或选择在用的单位。$/,
        ],
        [
          'en',
          /^unit "basic-education" is retired and does no work, so no token may report for it: return the unit to service first, or choose a unit in service\.$/,
        ],
      ] as const) {
        const refused = await send(
          'POST',
          '/api/v1/tokens',
          admin(),
          { name: 'new-unit-token', role: 'editor', unit: 'basic-education' },
          { 'accept-language': language },
        );
        expect(refused.status).toBe(409);
        expect(refused.body.detail).toMatch(detail);
        expect(refused.body.errors.map((error: Json) => error.path)).toEqual(['unit']);
      }
      expect((await t.store.tokens.list()).map((token) => token.name)).toEqual([
        'test-editor',
        'test-viewer',
        'unit-token',
      ]);

      // A token made for it before this refusal existed (as an older server stored it) is refused
      // at every write a unit's token makes: a report, a change to the unit's old report, a figure.
      const old = 'plan_a-token-kept-from-before-the-unit-was-retired';
      await t.store.db
        .insertInto('tokens')
        .values({
          id: 'kept-token',
          name: 'kept-unit-token',
          role: 'editor',
          token_hash: hashToken(old),
          created_by: 'admin',
          created_at: '2024-06-30T08:00:00.000Z',
          revoked_at: null,
          scope: JSON.stringify({ unit: 'basic-education' }),
        })
        .execute();
      const reportUrl = `/api/v1/measures/${MEASURE}/reports/${sent.body.id}`;
      const attempts = [
        await send('POST', `/api/v1/measures/${MEASURE}/reports`, old, {
          period: '2025',
          status: 'done',
          narrative: '完成',
        }),
        await send(
          'PUT',
          reportUrl,
          old,
          { period: '2024', status: 'done', narrative: '完成' },
          v(sent.body.id, 1),
        ),
        await send('DELETE', reportUrl, old, undefined, v(sent.body.id, 1)),
        await send('POST', '/api/v1/observations', old, {
          indicatorId: 'regular-exercise-share',
          year: 2023,
          value: 44.2,
          source: 'statistics-bureau',
        }),
      ];
      for (const attempt of attempts) {
        expect(attempt.status).toBe(403);
        expect(attempt.body.detail).toMatch(/basic-education.*retired/);
      }
      const zh = await send('DELETE', `${reportUrl}?lang=zh`, old, undefined, v(sent.body.id, 1));
      expect(zh.body.detail).toMatch(/basic-education.*已撤销/);
      const reports = (await send('GET', `/api/v1/measures/${MEASURE}/reports`, undefined)).body
        .items as Json[];
      expect(reports.map((row) => [row.id, row.version, row.status])).toEqual([
        [sent.body.id, 1, 'on_track'],
      ]);
    });
  },
  { scopedTokens: false, assignment: null },
);
