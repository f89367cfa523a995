import { pageWords } from '../pageWords.js';

// The report-writing page's own words: they live with the page, not in the shared dictionary,
// so the first load of the viewer does not carry them.

const zh = {
  title: '报告撰写',
  intro:
    '为每份报告撰写“主要成效”“存在问题”“下一步工作”三部分。尚未撰写的部分显示根据数据生成的草稿（只含指标数量、名称和完成进度），请据实修改后保存。',
  kind: '报告类型',
  year: '年度',
  judged: '评估日期：{date}（{from} 起）',
  draft: '草稿',
  written: '第{version}版 · {by} · {at}',
  neverWritten: '尚未撰写',
  characters: '{count} / {max} 字',
  tooLong: '超出 {over} 字，无法保存。',
  save: '保存',
  saving: '正在保存…',
  saved: '已保存（第{version}版）。',
  stale: '此部分已被他人修改，未保存。下方是最新文本，您的修改仍在编辑框中，请合并后再保存。',
  refused: '未保存：{detail}',
  readOnly: '只读：请先在“数据录入”页用市级编辑或管理员令牌登录，再撰写报告。',
  dataEntryLink: '前往登录',
  latest: '最新文本（第{version}版）',
};

type WordKey = keyof typeof zh;

const en: Record<WordKey, string> = {
  title: 'Report writing',
  intro:
    'Write the three parts of each report: achievements, problems and next steps. A part not written yet shows a draft made from the data (only counts, names and completion of indicators); edit it to the facts and save.',
  kind: 'Report',
  year: 'Year',
  judged: 'Judged as of {date} (from {from})',
  draft: 'Draft',
  written: 'Version {version} · {by} · {at}',
  neverWritten: 'Not written yet',
  characters: '{count} / {max} characters',
  tooLong: '{over} characters over the limit: it cannot be saved.',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved (version {version}).',
  stale:
    'Someone changed this part meanwhile; nothing was saved. Their text is below, yours is still in the box: merge them and save again.',
  refused: 'Not saved: {detail}',
  readOnly:
    'Read only: sign in on the data entry page with a city editor’s or admin’s token to write reports.',
  dataEntryLink: 'Sign in',
  latest: 'Latest text (version {version})',
};

/** The page's words in the reader's language, with `{name}` placeholders filled in. */
export const useNarrativeWords = pageWords(zh, en);
