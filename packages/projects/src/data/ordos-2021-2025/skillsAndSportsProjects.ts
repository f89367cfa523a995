import type { ProjectInput } from '../../schema/project.js';
import type { OrdosLinks } from './ordosLinks.js';
import { percent } from './units.js';

/** Projects 12–14 (专栏12–专栏14), in 第三章 主要任务: 建设技能强市 and 第四节 建设国家西部体育强市. Measure texts are verbatim; summaries and metric names in English are ours. */
export const skillsAndSportsProjects = [
  {
    // 专栏12, lines 802–818; name from 附表1 line 1141
    number: 12,
    name: {
      zh: '职业教育服务能力提升工程',
      en: 'Project to raise the service capacity of vocational education',
    },
    annexLine: 1141,
    box: {
      printed: '专栏12  职业教育服务能力提升工程',
      title: '职业教育服务能力提升工程',
      line: 802,
    },
    measures: [
      {
        number: '（1）',
        text: '支持鄂尔多斯应用技术学院面向新能源、“风光氢储车”产业集群，布局5个重点专业。',
        summary: {
          en: "Support Ordos Institute of Technology in setting up 5 key programmes for the new-energy 'wind, solar, hydrogen, storage and vehicles' industry cluster.",
        },
        line: 804,
        targets: [
          {
            id: 'T-P12-M1-1',
            kind: 'cumulative',
            metric: {
              zh: '重点专业',
              en: 'Key programmes for the new-energy industry cluster at Ordos Institute of Technology',
            },
            text: '布局5个重点专业',
            comparator: 'eq',
            value: 5,
            printedValue: '5',
            unit: { zh: '个', en: 'programmes' },
          },
        ],
      },
      {
        number: '（2）',
        text: '制定重点专业学费减免政策，拓展陕甘宁晋及周边盟市生源。',
        summary: {
          en: 'Waive tuition for key programmes to draw students from Shaanxi, Gansu, Ningxia, Shanxi and neighbouring leagues and cities.',
        },
        line: 806,
      },
      {
        number: '（3）',
        text: '加强产教融合、校企合作区域协同，构建“呼包鄂乌”联合体系，与陕甘宁晋地区搭建联合平台，创新合作渠道。',
        summary: {
          en: 'Strengthen regional cooperation between industry and education: a Hohhot–Baotou–Ordos–Ulanqab alliance and joint platforms with Shaanxi, Gansu, Ningxia and Shanxi.',
        },
        line: 808,
      },
      {
        number: '（4）',
        text: '组建鄂尔多斯市职业教育联盟，推动科研创新，推进“东-中-西”公共实训基地项目建设，重点培育10个产教联盟（集团）、6个产教融合行业、30家产教融合型企业。',
        summary: {
          en: "Form the city's vocational education alliance, build the east, centre and west public training bases, and cultivate 10 industry–education alliances (groups), 6 industries and 30 enterprises of industry–education integration.",
        },
        line: 810,
        targets: [
          {
            id: 'T-P12-M4-1',
            kind: 'cumulative',
            metric: {
              zh: '产教联盟（集团）',
              en: 'Industry–education alliances (groups) given priority support',
            },
            text: '重点培育10个产教联盟（集团）',
            comparator: 'eq',
            value: 10,
            printedValue: '10',
            unit: { zh: '个', en: 'alliances' },
            note: {
              en: 'Not linked to the table row 职教集团（产教联盟） (8 in 2020, 18 in 2025): 10 fits it only if read as new alliances on top of the 8; see the consistency report.',
            },
          },
          {
            id: 'T-P12-M4-2',
            kind: 'cumulative',
            metric: { zh: '产教融合行业', en: 'Industries of industry–education integration' },
            text: '6个产教融合行业',
            comparator: 'eq',
            value: 6,
            printedValue: '6',
            unit: { zh: '个', en: 'industries' },
          },
          {
            id: 'T-P12-M4-3',
            kind: 'cumulative',
            metric: { zh: '产教融合型企业', en: 'Enterprises of industry–education integration' },
            text: '30家产教融合型企业',
            comparator: 'eq',
            value: 30,
            printedValue: '30',
            unit: { zh: '家', en: 'enterprises' },
          },
        ],
      },
      {
        number: '（5）',
        text: '实施职业教育提质培优行动计划，提升“现代学徒制”“订单班”“冠名班”人才培养质量和规模。深化普职融通，探索创建综合高中。',
        summary: {
          en: 'Carry out the action plan for better vocational education, raise the quality and scale of apprenticeships, order-based and named classes, and explore comprehensive high schools that join general and vocational education.',
        },
        line: 812,
      },
      {
        number: '（6）',
        text: '推进高等教育“双高”“双一流”建设。',
        summary: {
          en: "Advance the 'double high' and 'double first-class' programmes in higher education.",
        },
        line: 814,
      },
      {
        number: '（7）',
        text: '推动学历教育与职业教育并举并重，非学历职业教育达到在校生规模的2倍以上，切实提高职业教育社会服务能力。',
        summary: {
          en: 'Give degree and non-degree vocational education equal weight: non-degree training is to reach at least twice the enrolment.',
        },
        line: 816,
        targets: [
          {
            id: 'T-P12-M7-1',
            kind: 'level',
            metric: {
              zh: '非学历职业教育达到在校生规模',
              en: 'Non-degree vocational training as a multiple of enrolment',
            },
            text: '非学历职业教育达到在校生规模的2倍以上',
            comparator: 'gte',
            value: 2,
            printedValue: '2',
            unit: { zh: '倍', en: 'times enrolment' },
            indicatorId: 'non-degree-training-to-enrolment',
          },
        ],
      },
      {
        number: '（8）',
        text: '加强“双师型”教师队伍建设，加大“双师型”教师培养和引进力度，建设50个职业教育名师工作室。到2025年，职院校“双师型”教师占比达60%，兼职教师占比达20%。',
        summary: {
          en: 'Build the dual-qualified teaching force with 50 master-teacher studios; by 2025 dual-qualified teachers are to be 60% and part-time teachers 20% of teachers in vocational schools.',
        },
        line: 818,
        targets: [
          {
            id: 'T-P12-M8-1',
            kind: 'cumulative',
            metric: {
              zh: '职业教育名师工作室',
              en: 'Master-teacher studios in vocational education',
            },
            text: '建设50个职业教育名师工作室',
            comparator: 'eq',
            value: 50,
            printedValue: '50',
            unit: { zh: '个', en: 'studios' },
          },
          {
            id: 'T-P12-M8-2',
            kind: 'level',
            metric: { zh: '“双师型”教师占比', en: 'Share of dual-qualified teachers' },
            text: '到2025年，职院校“双师型”教师占比达60%',
            comparator: 'eq',
            value: 60,
            printedValue: '60',
            unit: percent,
            deadline: { year: 2025 },
            indicatorId: 'dual-qualified-teachers-share',
            note: {
              en: '职院校 is printed so, most likely for 职业院校 (vocational schools and colleges), which covers both parts of the table row (中职60, 高职70); no part is linked.',
            },
          },
          {
            id: 'T-P12-M8-3',
            kind: 'level',
            metric: { zh: '兼职教师占比', en: 'Share of part-time teachers' },
            text: '兼职教师占比达20%',
            comparator: 'eq',
            value: 20,
            printedValue: '20',
            unit: percent,
            deadline: { year: 2025 },
            indicatorId: 'part-time-teachers-share',
          },
        ],
      },
    ],
  },
  {
    // 专栏13, lines 829–837; name from 附表1 line 1144
    number: 13,
    name: {
      zh: '全民健身公共服务体系提升工程',
      en: 'Project to improve the public service system for fitness for all',
    },
    annexLine: 1144,
    box: {
      printed: '专栏13   全民健身公共服务体系提升工程',
      title: '全民健身公共服务体系提升工程',
      line: 829,
    },
    measures: [
      {
        number: null,
        text: '持续开展全民健身“七个100行动”。公共体育设施利用率100%，宣传推广《科学建设栏目》100期；100名优秀社会体育指导员下基层；倡导成人每人每年至少参加体育运动100次；中小学生每天锻炼参与率100%；开展各类群众体育赛事活动100项；公共体育场馆定期开放实现100%，大力发展引领消费的运动项目，推广传统体育项目，开发休闲运动项目。',
        summary: {
          en: "Carry out the 'seven 100s' of fitness for all: public sports facilities fully used, 100 issues of the science programme, 100 instructors sent to the grassroots, adults exercising at least 100 times a year, every pupil exercising daily, 100 mass sports events, and public venues opening regularly.",
        },
        line: 831,
        targets: [
          {
            id: 'T-P13-M1-1',
            kind: 'level',
            metric: { zh: '公共体育设施利用率', en: 'Use rate of public sports facilities' },
            text: '公共体育设施利用率100%',
            comparator: 'eq',
            value: 100,
            printedValue: '100',
            unit: percent,
          },
          {
            id: 'T-P13-M1-2',
            kind: 'cumulative',
            metric: {
              zh: '宣传推广《科学建设栏目》',
              en: 'Issues of the science programme (《科学建设栏目》) published',
            },
            text: '宣传推广《科学建设栏目》100期',
            comparator: 'eq',
            value: 100,
            printedValue: '100',
            unit: { zh: '期', en: 'issues' },
          },
          {
            id: 'T-P13-M1-3',
            kind: 'cumulative',
            metric: {
              zh: '优秀社会体育指导员下基层',
              en: 'Outstanding social sports instructors sent to the grassroots',
            },
            text: '100名优秀社会体育指导员下基层',
            comparator: 'eq',
            value: 100,
            printedValue: '100',
            unit: { zh: '名', en: 'instructors' },
          },
          {
            id: 'T-P13-M1-4',
            kind: 'per-unit',
            metric: { zh: '参加体育运动', en: 'Sessions of sport an adult takes part in' },
            text: '倡导成人每人每年至少参加体育运动100次',
            comparator: 'gte',
            value: 100,
            printedValue: '100',
            unit: { zh: '次', en: 'sessions' },
            per: { zh: '成人每人每年', en: 'each adult, per year' },
            aspirational: true,
            note: { en: '倡导 (advocated): an aim for each adult, not a commitment.' },
          },
          {
            id: 'T-P13-M1-5',
            kind: 'level',
            metric: {
              zh: '中小学生每天锻炼参与率',
              en: 'Share of primary and secondary students who exercise every day',
            },
            text: '中小学生每天锻炼参与率100%',
            comparator: 'eq',
            value: 100,
            printedValue: '100',
            unit: percent,
          },
          {
            id: 'T-P13-M1-6',
            kind: 'cumulative',
            metric: { zh: '各类群众体育赛事活动', en: 'Mass sports events held' },
            text: '开展各类群众体育赛事活动100项',
            comparator: 'eq',
            value: 100,
            printedValue: '100',
            unit: { zh: '项', en: 'events' },
            note: {
              en: 'The text does not say whether the 100 events are per year or over the plan period.',
            },
          },
          {
            id: 'T-P13-M1-7',
            kind: 'level',
            metric: {
              zh: '公共体育场馆定期开放',
              en: 'Share of public sports venues that open regularly',
            },
            text: '公共体育场馆定期开放实现100%',
            comparator: 'eq',
            value: 100,
            printedValue: '100',
            unit: percent,
          },
        ],
      },
      {
        number: null,
        text: '智慧化体育公园建设行动。将中心城区大型公园和旗区所在地中心公园全部打造成集健康运动与体质监测为一体的智慧化体育公园9个，不断提升全民健身场地设施智能化水平和经常参加体育锻炼人数比例。',
        summary: {
          en: 'Smart sports parks: turn the large parks of the central city and the central parks of the banner seats into 9 smart sports parks that combine exercise with fitness monitoring.',
        },
        line: 833,
        targets: [
          {
            id: 'T-P13-M2-1',
            kind: 'cumulative',
            metric: { zh: '智慧化体育公园', en: 'Smart sports parks' },
            text: '打造成集健康运动与体质监测为一体的智慧化体育公园9个',
            comparator: 'eq',
            value: 9,
            printedValue: '9',
            unit: { zh: '个', en: 'parks' },
          },
        ],
      },
      {
        number: '（3）',
        text: '开展小型室内体育场馆建设行动。打造乡村振兴示范苏木乡镇和9个工业园区实现小型室内全民健身中心50个，满足人口相对集聚区人民群众对体育锻炼的需求。',
        summary: {
          en: 'Small indoor venues: build 50 small indoor fitness centres in model townships of rural revitalisation and the 9 industrial parks, where people live closely together.',
        },
        line: 835,
        targets: [
          {
            id: 'T-P13-M3-1',
            kind: 'cumulative',
            metric: { zh: '小型室内全民健身中心', en: 'Small indoor fitness centres' },
            text: '打造乡村振兴示范苏木乡镇和9个工业园区实现小型室内全民健身中心50个',
            comparator: 'eq',
            value: 50,
            printedValue: '50',
            unit: { zh: '个', en: 'centres' },
          },
        ],
      },
      {
        number: '（4）',
        text: '完成全市732个村（嘎查）和227个社区全民健身路径的维修、保养和更换，村（嘎查）、社区体育设施全面提档升级。',
        summary: {
          en: 'Repair, maintain and replace the fitness paths of all 732 villages (gacha) and 227 communities, upgrading their sports facilities.',
        },
        line: 837,
        targets: [
          {
            id: 'T-P13-M4-1',
            kind: 'cumulative',
            metric: {
              zh: '村（嘎查）',
              en: 'Villages (gacha) whose fitness paths are repaired, maintained or replaced',
            },
            text: '完成全市732个村（嘎查）和227个社区全民健身路径的维修、保养和更换',
            comparator: 'eq',
            value: 732,
            printedValue: '732',
            unit: { zh: '个', en: 'villages' },
          },
          {
            id: 'T-P13-M4-2',
            kind: 'cumulative',
            metric: {
              zh: '社区',
              en: 'Communities whose fitness paths are repaired, maintained or replaced',
            },
            text: '完成全市732个村（嘎查）和227个社区全民健身路径的维修、保养和更换',
            comparator: 'eq',
            value: 227,
            printedValue: '227',
            unit: { zh: '个', en: 'communities' },
          },
        ],
      },
    ],
  },
  {
    // 专栏14, lines 852–859; name from 附表1 line 1147
    number: 14,
    name: {
      zh: '深化体教融合促进青少年健康发展行动计划',
      en: "Action plan to integrate sports and education for young people's healthy development",
    },
    annexLine: 1147,
    box: {
      printed: '专栏14  深化体教融合促进青少年健康发展行动计划',
      title: '深化体教融合促进青少年健康发展行动计划',
      line: 852,
    },
    measures: [
      {
        number: null,
        text: '制定出台《鄂尔多斯市关于深化体教融合促进青少年健康发展的实施意见》。',
        summary: {
          en: "Issue the city's opinions on integrating sports and education for young people's healthy development.",
        },
        line: 854,
      },
      {
        number: null,
        text: '建立青少年体育俱乐部和市体育职业中学教练员定期进校园制度，普及推广竞技体育运动项目，促进青少年掌握1-2项运动技能。',
        summary: {
          en: 'Have coaches of youth sports clubs and the city sports vocational school visit schools regularly, spreading competitive sports so that young people master one or two sports skills.',
        },
        line: 856,
        targets: [
          {
            id: 'T-P14-M2-1',
            kind: 'per-unit',
            metric: { zh: '运动技能', en: 'Sports skills mastered' },
            text: '促进青少年掌握1-2项运动技能',
            comparator: 'between',
            value: 1,
            upper: 2,
            printedValue: '1-2',
            unit: { zh: '项', en: 'skills' },
            per: { zh: '青少年', en: 'each young person' },
          },
        ],
      },
      {
        number: null,
        text: '健全和完善青少年竞赛体系，组织举办系列青少年锦标赛，全面构建以班级、学校、旗区为参赛单位，以主客场和赛季积分为主要组织形式的各级联赛体系。组队参加“体总杯”三大球城市联赛，提升三大球竞技水平。',
        summary: {
          en: "Build a youth competition system with leagues of classes, schools and banners on home-and-away and season points, and enter the national 'Tizong Cup' city leagues in the three big ball games.",
        },
        line: 858,
      },
      {
        number: null,
        text: '探索建立体育特长生升学直通车制度，不断拓宽学生出路。',
        summary: {
          en: 'Explore a direct route into further education for students with sports talent.',
        },
        line: 859,
      },
    ],
  },
] satisfies OrdosLinks<ProjectInput[]>;
