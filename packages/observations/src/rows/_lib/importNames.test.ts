import { ordosPlan } from '@plan/indicators';
import { ordosTargets } from '@plan/projects';
import { describe, expect, it } from 'vitest';
import { fieldOfHeader, idOfName } from './importNames.js';

const plan = { ...ordosPlan, targets: ordosTargets };

describe('fieldOfHeader', () => {
  it('reads our English headers in any case and the Chinese ones', () => {
    expect(fieldOfHeader('Indicator_ID')).toBe('indicatorId');
    expect(fieldOfHeader('指标名称')).toBe('indicatorId');
    expect(fieldOfHeader('指标')).toBe('indicatorId');
    expect(fieldOfHeader('旗区')).toBe('region');
    expect(fieldOfHeader('地区')).toBe('region');
    expect(fieldOfHeader(' 年份 ')).toBe('year');
    expect(fieldOfHeader('日期')).toBe('date');
    expect(fieldOfHeader('数值')).toBe('value');
    expect(fieldOfHeader('来源')).toBe('source');
    expect(fieldOfHeader('备注')).toBe('note');
    expect(fieldOfHeader('目标编号')).toBe('targetId');
    expect(fieldOfHeader('\uFEFF指标名称')).toBe('indicatorId');
  });

  it('knows no other header, nor a name of Object’s prototype', () => {
    expect(fieldOfHeader('颜色')).toBeUndefined();
    expect(fieldOfHeader('constructor')).toBeUndefined();
  });
});

describe('idOfName', () => {
  it('takes an id as it is', () => {
    expect(idOfName(plan, 'indicator', 'student-myopia-rate')).toEqual({
      id: 'student-myopia-rate',
    });
    expect(idOfName(plan, 'region', 'dongsheng')).toEqual({ id: 'dongsheng' });
    expect(idOfName(plan, 'target', 'T-C2S3-6')).toEqual({ id: 'T-C2S3-6' });
  });

  it('reads an indicator’s name verbatim as printed, with or without * and unit, full-width or not', () => {
    expect(idOfName(plan, 'indicator', '中小学生近视眼率')).toEqual({ id: 'student-myopia-rate' });
    expect(idOfName(plan, 'indicator', '*中小学生近视眼率（%）')).toEqual({
      id: 'student-myopia-rate',
    });
    expect(idOfName(plan, 'indicator', '学前三年入园率(%)')).toEqual({
      id: 'preschool-enrolment-rate',
    });
    expect(idOfName(plan, 'indicator', '劳动年龄人口平均受教育年限（年）')).toEqual({
      id: 'working-age-years-of-schooling',
    });
  });

  it('reads a region’s Chinese name, English name, short name, and 全市 for the city', () => {
    expect(idOfName(plan, 'region', '东胜区')).toEqual({ id: 'dongsheng' });
    expect(idOfName(plan, 'region', '达拉特旗')).toEqual({ id: 'dalad' });
    expect(idOfName(plan, 'region', 'Dalad Banner')).toEqual({ id: 'dalad' });
    expect(idOfName(plan, 'region', '准格尔')).toEqual({ id: 'jungar' });
    expect(idOfName(plan, 'region', '鄂尔多斯市')).toEqual({ id: 'ordos' });
    expect(idOfName(plan, 'region', '全市')).toEqual({ id: 'ordos' });
  });

  it('reads a target id in any case', () => {
    expect(idOfName(plan, 'target', 't-c2s3-6')).toEqual({ id: 'T-C2S3-6' });
  });

  it('names both candidates of an ambiguous name: 在校生规模 is printed twice', () => {
    const named = idOfName(plan, 'indicator', '在校生规模');
    expect(named).toEqual({
      problem:
        '"在校生规模" names 2 indicators of the plan: 在校生规模 (secondary-vocational-enrolment), 在校生规模 (higher-education-enrolment); give the id to say which',
      problemZh:
        '“在校生规模”对应本规划中的 2 个指标：在校生规模 (secondary-vocational-enrolment)、在校生规模 (higher-education-enrolment)；请填写编号以示区别',
    });
  });

  it('names the closest names of a typo', () => {
    const named = idOfName(plan, 'indicator', '学前教育入园率');
    expect(named).toMatchObject({
      problem: expect.stringContaining('unknown indicator "学前教育入园率"'),
    });
    expect((named as { problem: string }).problem).toContain(
      'closest: 学前三年入园率 (preschool-enrolment-rate)',
    );
    expect(idOfName(plan, 'region', '东胜县')).toEqual({
      problem:
        'unknown region "东胜县": give a 旗区 name such as 东胜区, or its id; closest: 东胜区 (dongsheng)',
      problemZh:
        '未知的地区“东胜县”：请填写旗区名称（如东胜区）或其编号；最接近的有：东胜区 (dongsheng)',
    });
  });

  it('names no candidate when nothing is close', () => {
    expect(idOfName(plan, 'indicator', 'nope')).toEqual({
      problem: 'unknown indicator "nope"',
      problemZh: '未知的指标“nope”：请按规划所印的指标名称或指标编号填写',
    });
    expect(idOfName(plan, 'target', 'T-NOPE-1')).toEqual({
      problem: 'unknown target "T-NOPE-1" in this plan',
      problemZh: '本规划中没有目标“T-NOPE-1”',
    });
  });

  it('knows no target of a plan given without targets', () => {
    expect(idOfName(ordosPlan, 'target', 'T-C2S3-6')).toEqual({
      problem: 'unknown target "T-C2S3-6" in this plan',
      problemZh: '本规划中没有目标“T-C2S3-6”',
    });
  });
});
