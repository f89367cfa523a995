import type { ProjectInput } from '../../schema/project.js';
import type { OrdosLinks } from './ordosLinks.js';
import { percent } from './units.js';

/** Projects 8–11 (专栏8–专栏11), in 第三章 主要任务, the section 建设国家西部教育强市. Measure texts are verbatim; summaries and metric names in English are ours. */
export const basicEducationProjects = [
  {
    // 专栏8, lines 724–730; name from 附表1 line 1129
    number: 8,
    name: {
      zh: '学前教育发展提升行动计划',
      en: 'Action plan for developing and improving preschool education',
    },
    annexLine: 1129,
    box: {
      printed: '专栏8  学前教育发展提升行动计划',
      title: '学前教育发展提升行动计划',
      line: 724,
    },
    measures: [
      {
        number: '（1）',
        text: '出台《鄂尔多斯市“十四五”学前教育发展提升行动计划》，大力发展公办幼儿园，加大普惠性民办幼儿园扶持力度，到2025年，普惠性幼儿园覆盖率达90%，公办幼儿园在园幼儿占比达75%。',
        summary: {
          en: "Issue the city's 14th Five-Year action plan for preschool education, expand public kindergartens and support private affordable ones, so that by 2025 affordable kindergartens cover 90% and public kindergartens enrol 75% of children.",
        },
        line: 726,
        targets: [
          {
            id: 'T-P08-M1-1',
            kind: 'level',
            metric: {
              zh: '普惠性幼儿园覆盖率',
              en: 'Coverage of affordable (inclusive) kindergartens',
            },
            text: '到2025年，普惠性幼儿园覆盖率达90%',
            comparator: 'eq',
            value: 90,
            printedValue: '90',
            unit: percent,
            deadline: { year: 2025 },
            indicatorId: 'inclusive-kindergarten-coverage',
          },
          {
            id: 'T-P08-M1-2',
            kind: 'level',
            metric: {
              zh: '公办幼儿园在园幼儿占比',
              en: 'Share of kindergarten children in public kindergartens',
            },
            text: '公办幼儿园在园幼儿占比达75%',
            comparator: 'eq',
            value: 75,
            printedValue: '75',
            unit: percent,
            deadline: { year: 2025 },
            indicatorId: 'public-kindergarten-enrolment-share',
          },
        ],
      },
      {
        number: '（2）',
        text: '稳步推进国家县域学前教育普及普惠督导评估认定工作，到2025年，56%的旗区（5个）通过国家评估认定。',
        summary: {
          en: 'Advance the national assessment of universal, affordable preschool education by county, so that by 2025 56% of banners and districts (5) pass it.',
        },
        line: 728,
        targets: [
          {
            id: 'T-P08-M2-1',
            kind: 'level',
            metric: {
              zh: '通过国家评估认定',
              en: 'Share of banners and districts recognised by the national assessment of universal, affordable preschool education',
            },
            text: '到2025年，56%的旗区（5个）通过国家评估认定',
            comparator: 'eq',
            value: 56,
            printedValue: '56',
            unit: percent,
            deadline: { year: 2025 },
            note: {
              en: 'The text gives the count too: 5 of the nine 旗区, which is 55.6%, rounded here to 56%.',
            },
          },
        ],
      },
      {
        number: '（3）',
        text: '编制《鄂尔多斯市第二期幼儿园课程建设指导意见》，逐步建立游戏化课程体系，提高幼儿园保教质量。',
        summary: {
          en: "Compile the city's second guidance on kindergarten curricula, build a play-based curriculum step by step and raise the quality of care and education.",
        },
        line: 730,
      },
    ],
  },
  {
    // 专栏9, lines 736–746; name from 附表1 line 1132
    number: 9,
    name: {
      zh: '义务教育优质均衡发展工程',
      en: 'Project for high-quality, balanced compulsory education',
    },
    annexLine: 1132,
    box: {
      printed: '专栏9   义务教育优质均衡发展工程',
      title: '义务教育优质均衡发展工程',
      line: 736,
    },
    measures: [
      {
        number: '（1）',
        text: '从2022年起，全面启动县域义务教育优质均衡发展工程，到2025年，56%的旗区（5个）通过国家评估验收。',
        summary: {
          en: 'Start the county-level project for high-quality, balanced compulsory education from 2022, so that by 2025 56% of banners and districts (5) pass the national evaluation.',
        },
        line: 738,
        targets: [
          {
            id: 'T-P09-M1-1',
            kind: 'level',
            metric: {
              zh: '通过国家评估验收',
              en: 'Share of banners and districts passing the national evaluation of high-quality, balanced compulsory education',
            },
            text: '到2025年，56%的旗区（5个）通过国家评估验收',
            comparator: 'eq',
            value: 56,
            printedValue: '56',
            unit: percent,
            deadline: { year: 2025 },
            indicatorId: 'quality-balanced-counties-share',
            note: {
              en: 'The text gives the count too: 5 of the nine 旗区, which is 55.6% (the table prints 55.6), rounded here to 56%.',
            },
          },
        ],
      },
      {
        number: '（2）',
        text: '制定《鄂尔多斯市县域义务教育优质均衡发展督导评估工作规划实施方案》，明确创建国家“义务教育优质均衡发展县”的时间表和路线图，按照国家评估内容和标准全面开展底数摸排和自查自评，确保“项项达标”“校校达标”。',
        summary: {
          en: "Draw up the city's plan for supervising and evaluating county-level high-quality balanced development, with a timetable and roadmap, and check every item and every school against the national standards.",
        },
        line: 740,
      },
      {
        number: '（3）',
        text: '推进基础教育数字化战略行动，深入实施“互联网+教育”工程，促进优质教育资源开放共享。',
        summary: {
          en: "Carry out the digital strategy for basic education and the 'Internet + education' project, opening and sharing quality resources.",
        },
        line: 742,
      },
      {
        number: '（4）',
        text: '积极推进“集团化”“区域化”“结对共建”等办学模式，开展线上+线下教学研活动，切实提高教育教学质量。',
        summary: {
          en: 'Promote group-based, area-based and paired school running, with online and offline teaching and research, to raise quality.',
        },
        line: 744,
      },
      {
        number: '（5）',
        text: '深入推进阳光建设系列工程，持续完善“阳光入学”“阳光分班”“阳光中考”政策体系。',
        summary: {
          en: "Keep building the 'sunshine' series: transparent admission, class placement and senior-secondary entrance exams.",
        },
        line: 746,
      },
    ],
  },
  {
    // 专栏10, lines 753–763; name from 附表1 line 1135 (printed there with a leading space, trimmed here)
    number: 10,
    name: {
      zh: '农村牧区学校办学水平提升工程',
      en: 'Project to raise the standard of schools in farming and pastoral areas',
    },
    annexLine: 1135,
    box: {
      printed: '专栏10  农村牧区学校办学水平提升工程',
      title: '农村牧区学校办学水平提升工程',
      line: 753,
    },
    measures: [
      {
        number: '（1）',
        text: '大力改善农村牧区教育教学水平薄弱现状，全面深化城乡对口帮扶和一体化办学，通过学校联盟、集团化办学、学区制管理等多种方式，完善优质校与薄弱校协作发展模式。',
        summary: {
          en: 'Improve weak teaching in farming and pastoral areas through urban–rural pairing and integrated running: school alliances, school groups and school-district management.',
        },
        line: 755,
      },
      {
        number: '（2）',
        text: '出台《鄂尔多斯市“互联网+城乡教育协同发展”工作方案》，搭建城乡学校结对共建的良好平台，进一步扩充农村牧区学校优质教育资源，持续推动城乡教育协同发展。',
        summary: {
          en: "Issue the city's 'Internet + urban–rural education' plan, with a platform pairing urban and rural schools that brings quality resources to rural schools.",
        },
        line: 757,
      },
      {
        number: '（3）',
        text: '开展教育包联指导行动，教育实力较强的旗区成立包联指导委员会，定期对被包联旗区的学情、教情进行深入研究、现场指导，开展被包联旗区教师到包联旗区优质学校跟岗培训，有效提升全市教学水平和教育质量。',
        summary: {
          en: 'Stronger banners set up guidance committees that study and guide their partner banners on site, and teachers of the partner banners shadow at their quality schools.',
        },
        line: 759,
      },
      {
        number: '（4）',
        text: '实施县域高中标准化建设工程，改善普通高中学校办学条件，重点支持县域高中改善基本办学条件。',
        summary: {
          en: 'Carry out the project to bring county senior secondary schools up to standard, improving basic conditions with priority for county high schools.',
        },
        line: 761,
      },
      {
        number: '（5）',
        text: '组织优质普通高中与薄弱县域高中开展联合办学、结对帮扶，每所自治区示范普通高中至少托管帮扶1所薄弱县域高中。',
        summary: {
          en: 'Pair quality senior secondary schools with weak county ones: every regional model general senior secondary school takes on at least one weak county school.',
        },
        line: 763,
        targets: [
          {
            id: 'T-P10-M5-1',
            kind: 'per-unit',
            metric: {
              zh: '薄弱县域高中',
              en: 'Weak county senior secondary schools taken on and supported',
            },
            text: '每所自治区示范普通高中至少托管帮扶1所薄弱县域高中',
            comparator: 'gte',
            value: 1,
            printedValue: '1',
            unit: { zh: '所', en: 'school' },
            per: {
              zh: '每所自治区示范普通高中',
              en: 'each regional model general senior secondary school',
            },
            note: {
              en: 'The plan counts 7 regional model general senior secondary schools in 2020 (第一章第一节); it does not say how many there will be.',
            },
          },
        ],
      },
    ],
  },
  {
    // 专栏11, lines 769–781; name from 附表1 line 1138 (printed there with a leading space, trimmed here)
    number: 11,
    name: { zh: '特殊教育提升行动计划', en: 'Action plan for improving special education' },
    annexLine: 1138,
    box: { printed: '专栏11  特殊教育提升行动计划', title: '特殊教育提升行动计划', line: 769 },
    measures: [
      {
        number: '（1）',
        text: '加强统筹规划和建设，鼓励人口20万以上的旗区根据实际需求，建设1所特殊教育学校。',
        summary: {
          en: 'Plan special education: banners and districts of over 200,000 people are encouraged to build one special education school as needed.',
        },
        line: 771,
        targets: [
          {
            id: 'T-P11-M1-1',
            kind: 'per-unit',
            metric: { zh: '特殊教育学校', en: 'Special education schools' },
            text: '鼓励人口20万以上的旗区根据实际需求，建设1所特殊教育学校',
            comparator: 'eq',
            value: 1,
            printedValue: '1',
            unit: { zh: '所', en: 'school' },
            per: { zh: '人口20万以上的旗区', en: 'each banner or district of over 200,000 people' },
            aspirational: true,
            note: {
              en: '鼓励 (encouraged), and only where needed (根据实际需求): an aim, not a commitment.',
            },
          },
        ],
      },
      {
        number: '（2）',
        text: '改善特殊教育办学条件，到2025年，旗区政府所在地建成1—2个特殊教育指导中心或资源中心，凡招收轻度残疾学生5人以上的普通学校至少建立1个特殊教育资源教室。',
        summary: {
          en: 'Improve conditions: by 2025 build 1–2 special education guidance or resource centres at each banner seat, and a resource room in every general school with five or more students with mild disabilities.',
        },
        line: 773,
        targets: [
          {
            id: 'T-P11-M2-1',
            kind: 'per-unit',
            metric: {
              zh: '特殊教育指导中心或资源中心',
              en: 'Special education guidance or resource centres',
            },
            text: '到2025年，旗区政府所在地建成1—2个特殊教育指导中心或资源中心',
            comparator: 'between',
            value: 1,
            upper: 2,
            printedValue: '1—2',
            unit: { zh: '个', en: 'centres' },
            per: { zh: '旗区政府所在地', en: 'the seat of government of each banner or district' },
            unitCount: 9,
            deadline: { year: 2025 },
          },
          {
            id: 'T-P11-M2-2',
            kind: 'per-unit',
            metric: { zh: '特殊教育资源教室', en: 'Special education resource rooms' },
            text: '凡招收轻度残疾学生5人以上的普通学校至少建立1个特殊教育资源教室',
            comparator: 'gte',
            value: 1,
            printedValue: '1',
            unit: { zh: '个', en: 'room' },
            per: {
              zh: '凡招收轻度残疾学生5人以上的普通学校',
              en: 'each general school enrolling five or more students with mild disabilities',
            },
            deadline: { year: 2025 },
          },
        ],
      },
      {
        number: '（3）',
        text: '持续做好残疾儿童义务教育入学工作，到2025年，适龄残疾儿童义务教育入学率达到97%。加快特殊教育向学前教育和高中阶段教育两端延伸。',
        summary: {
          en: 'Keep enrolling disabled children in compulsory education, reaching 97% of those of school age by 2025, and extend special education to preschool and senior secondary levels.',
        },
        line: 775,
        targets: [
          {
            id: 'T-P11-M3-1',
            kind: 'level',
            metric: {
              zh: '适龄残疾儿童义务教育入学率',
              en: 'Compulsory-education enrolment rate of school-age children with disabilities',
            },
            text: '到2025年，适龄残疾儿童义务教育入学率达到97%',
            comparator: 'eq',
            value: 97,
            printedValue: '97',
            unit: percent,
            deadline: { year: 2025 },
          },
        ],
      },
      {
        number: '（4）',
        text: '建成特殊教育公共服务平台，健全残疾儿童信息库，提高残疾学生评估鉴定、入学安置、教育教学、康复训练的针对性和有效性，开展实名制跟踪服务。',
        summary: {
          en: 'Build a public service platform and a database of disabled children for special education, making assessment, placement, teaching and rehabilitation better targeted, with named follow-up.',
        },
        line: 777,
      },
      {
        number: '（5）',
        text: '提升特殊教育教师专业水平。每年组织特殊教育学校和随班就读普通学校的校长、教师全员培训，将融合教育纳入普通学校教师继续教育必修内容。旗区级以上教研机构配备特殊教育专兼职教研员。教师职称评聘和表彰奖励向特殊教育教师倾斜。',
        summary: {
          en: "Train all heads and teachers of special schools and of schools with inclusive classes every year, make inclusive education required in teachers' further training, appoint special-education researchers at banner level and above, and favour special-education teachers in titles and awards.",
        },
        line: 779,
      },
      {
        number: '（6）',
        text: '落实义务教育阶段特殊教育学校和随班就读残疾学生生均公用经费，落实学生资助政策，确保家庭经济困难残疾学生优先获得资助。',
        summary: {
          en: 'Fund the per-student running costs of special schools and of disabled students in regular classes in compulsory education, and give needy disabled students priority for financial aid.',
        },
        line: 781,
      },
    ],
  },
] satisfies OrdosLinks<ProjectInput[]>;
