import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { languageOfHeader, localized, requestLanguage } from './requestLanguage.js';

const app = new Hono().get('/', (c) =>
  c.json({ language: requestLanguage(c), text: localized(c, { zh: '你好', en: 'Hello' }) }),
);

async function ask(query: string, header?: string) {
  const response = await app.request(`/${query}`, {
    headers: header === undefined ? {} : { 'accept-language': header },
  });
  return (await response.json()) as { language: string; text: string };
}

describe('languageOfHeader', () => {
  it('takes zh for any Chinese range', () => {
    expect(languageOfHeader('zh-CN')).toBe('zh');
    expect(languageOfHeader('zh-Hans-CN,zh;q=0.9')).toBe('zh');
    expect(languageOfHeader('ZH-TW')).toBe('zh');
  });
  it('takes en for any English range', () => {
    expect(languageOfHeader('en-US,en;q=0.9')).toBe('en');
    expect(languageOfHeader('en-GB')).toBe('en');
  });
  it('weighs the ranges by their q-values', () => {
    expect(languageOfHeader('en;q=0.5, zh-CN;q=0.8')).toBe('zh');
    expect(languageOfHeader('zh-CN;q=0.3, en;q=0.9')).toBe('en');
    expect(languageOfHeader('fr, en;q=0.7, zh;q=0.6')).toBe('en');
  });
  it('takes the first of equal weights', () => {
    expect(languageOfHeader('en, zh')).toBe('en');
    expect(languageOfHeader('zh, en')).toBe('zh');
  });
  it('skips ranges refused with q=0 and malformed weights', () => {
    expect(languageOfHeader('zh;q=0, en')).toBe('en');
    expect(languageOfHeader('en;q=0, zh;q=0.1')).toBe('zh');
    expect(languageOfHeader('en;q=abc, zh;q=0.2')).toBe('zh');
  });
  it('answers zh, the officials’ language, when the header names neither', () => {
    expect(languageOfHeader('fr-FR, de;q=0.5')).toBe('zh');
    expect(languageOfHeader('*')).toBe('zh');
    expect(languageOfHeader('en;q=0')).toBe('zh');
  });
});

describe('requestLanguage', () => {
  it('lets ?lang= win over the header', async () => {
    expect(await ask('?lang=en', 'zh-CN')).toEqual({ language: 'en', text: 'Hello' });
    expect(await ask('?lang=zh', 'en-US')).toEqual({ language: 'zh', text: '你好' });
    expect((await ask('?lang=zh-CN', 'en')).language).toBe('zh');
  });
  it('ignores a ?lang= it does not know and reads the header', async () => {
    expect((await ask('?lang=fr', 'en')).language).toBe('en');
    expect((await ask('?lang=', 'zh-CN')).language).toBe('zh');
  });
  it('follows Accept-Language', async () => {
    expect(await ask('', 'zh-CN,zh;q=0.9,en;q=0.8')).toEqual({ language: 'zh', text: '你好' });
    expect((await ask('', 'en-US,en;q=0.9,zh-CN;q=0.8')).language).toBe('en');
    expect((await ask('', 'fr')).language).toBe('zh');
  });
  it('answers English to a client that sends no Accept-Language (scripts, curl, the CLI)', async () => {
    expect((await ask('')).language).toBe('en');
    expect((await ask('', '')).language).toBe('en');
  });
});
