import type { ProjectInput } from '../../schema/project.js';
import type { OrdosLinks } from './ordosLinks.js';
import { percent } from './units.js';

/** Projects 15–20 (专栏15–专栏20), in 第四章 重点举措. Measure texts are verbatim; summaries and metric names in English are ours. */
export const keyMeasureProjects = [
  {
    // 专栏15, lines 907–917; name from 附表1 line 1150
    number: 15,
    name: {
      zh: '教育信息化服务能力提升工程',
      en: 'Project to raise the service capacity of digital education',
    },
    annexLine: 1150,
    box: {
      printed: '专栏15  教育信息化服务能力提升工程',
      title: '教育信息化服务能力提升工程',
      line: 907,
    },
    measures: [
      {
        number: '（1）',
        text: '制订《鄂尔多斯市教育信息化“十四五”发展规划》，努力构建“互联网+”条件下的人才培养、师生教学、教育治理新模式。',
        summary: {
          en: "Draw up the city's 14th Five-Year plan for digital education, building new models of training, teaching and governance with the internet.",
        },
        line: 909,
      },
      {
        number: '（2）',
        text: '优化数字教育环境。构建可信的教育专网，落实等级保护要求。迭代升级网络速率，市级出口不少于40G，至旗区带宽不低于20G，学校平均接入带宽不低于5G。构建区域教育云，为各学段广大师生提供普适的资源与各类网络空间应用。统筹开发地方、校本和特色数字教学资源。',
        summary: {
          en: 'Improve the digital environment: a trusted education network with graded protection, bandwidth of at least 40G at city level, 20G to each banner and 5G on average to schools, a regional education cloud and local digital resources.',
        },
        line: 911,
        targets: [
          {
            id: 'T-P15-M2-1',
            kind: 'level',
            metric: { zh: '市级出口', en: 'Egress bandwidth of the city education network' },
            text: '市级出口不少于40G',
            comparator: 'gte',
            value: 40,
            printedValue: '40',
            unit: { zh: 'G', en: 'Gbps' },
          },
          {
            id: 'T-P15-M2-2',
            kind: 'level',
            metric: { zh: '至旗区带宽', en: 'Bandwidth to each banner or district' },
            text: '至旗区带宽不低于20G',
            comparator: 'gte',
            value: 20,
            printedValue: '20',
            unit: { zh: 'G', en: 'Gbps' },
          },
          {
            id: 'T-P15-M2-3',
            kind: 'level',
            metric: { zh: '学校平均接入带宽', en: 'Average access bandwidth of schools' },
            text: '学校平均接入带宽不低于5G',
            comparator: 'gte',
            value: 5,
            printedValue: '5',
            unit: { zh: 'G', en: 'Gbps' },
            indicatorId: 'school-bandwidth',
            indicatorScale: 1000,
            note: {
              en: 'Read as the table row 校均网络出口带宽 (Mbps per school, 5000 in 2025), taking 1 G = 1000 Mbps; the text says access (接入) bandwidth, the table egress (出口) bandwidth.',
            },
          },
        ],
      },
      {
        number: '（3）',
        text: '提高应用与服务品质。全面完成数字校园建设，并向智慧校园转型发展，创建不少于30个市级示范性智慧校园。基于市教育云向各学段师生提供不少于20个资源与应用服务，有效驱动教育治理与创新应用水平提升。为学生成长提供在线通识课程，到2025年，每十万名学生拥有在线课程不少于35门。普及数据支撑下的教与学应用。',
        summary: {
          en: 'Complete digital campuses and turn them into smart campuses, with at least 30 city model smart campuses and at least 20 resource and application services on the city cloud, and by 2025 at least 35 online courses per 100,000 students.',
        },
        line: 913,
        targets: [
          {
            id: 'T-P15-M3-1',
            kind: 'cumulative',
            metric: { zh: '市级示范性智慧校园', en: 'City-level model smart campuses' },
            text: '创建不少于30个市级示范性智慧校园',
            comparator: 'gte',
            value: 30,
            printedValue: '30',
            unit: { zh: '个', en: 'campuses' },
          },
          {
            id: 'T-P15-M3-2',
            kind: 'level',
            metric: {
              zh: '资源与应用服务',
              en: 'Resource and application services on the city education cloud',
            },
            text: '基于市教育云向各学段师生提供不少于20个资源与应用服务',
            comparator: 'gte',
            value: 20,
            printedValue: '20',
            unit: { zh: '个', en: 'services' },
          },
          {
            id: 'T-P15-M3-3',
            kind: 'level',
            metric: { zh: '每十万名学生拥有在线课程', en: 'Online courses per 100,000 students' },
            text: '到2025年，每十万名学生拥有在线课程不少于35门',
            comparator: 'gte',
            value: 35,
            printedValue: '35',
            unit: { zh: '门', en: 'courses' },
            deadline: { year: 2025 },
            indicatorId: 'online-courses-per-100k-students',
          },
        ],
      },
      {
        number: '（4）',
        text: '提升师生信息素养。统筹推进国家中小学信息技术应用能力提升工程，为教师提供有关线上教育内容，培养一批智慧教学名师。推进全市中小学广泛开展跨学科学习、人工智能与信息科技教育。',
        summary: {
          en: "Raise teachers' and students' information literacy through the national programme for IT in teaching, train master teachers of smart teaching, and spread cross-disciplinary learning, AI and IT education.",
        },
        line: 915,
      },
      {
        number: '（5）',
        text: '试点作抓手促发展。扎实推进“教育部基于教学改革、融合信息技术的新型教与学模式”鄂尔多斯市实验区工作任务，积极申报承担新的自治区级、国家级教育信息化试点。市内统筹开展各类教育信息化试点，培育教育信息化优秀案例。',
        summary: {
          en: "Use pilots: carry out the city's tasks as the Ministry of Education's experimental zone for new teaching and learning models, apply for new regional and national pilots, and cultivate good cases.",
        },
        line: 917,
      },
    ],
  },
  {
    // 专栏16, lines 943–951; name from 附表1 line 1153
    number: 16,
    name: {
      zh: '深化新时代教育评价改革工程',
      en: 'Project to deepen the reform of education evaluation for the new era',
    },
    annexLine: 1153,
    box: {
      printed: '专栏16 深化新时代教育评价改革工程',
      title: '深化新时代教育评价改革工程',
      line: 943,
    },
    measures: [
      {
        number: null,
        text: '印发鄂尔多斯市贯彻落实《深化新时代教育评价改革总体方案》任务清单、措施清单和责任清单，形成工作合力，坚决克服唯分数、唯升学、唯文凭、唯论文、唯帽子的顽瘴痼疾。',
        summary: {
          en: "Issue the city's task, measure and responsibility lists for the national plan on education evaluation reform, to overcome the fixation on scores, admissions, diplomas, papers and titles.",
        },
        line: 945,
      },
      {
        number: null,
        text: '落实国家《幼儿园保育教育质量评估指南》《义务教育质量评价指南》《普通高中办学质量评价指南》《中等职业学院办学能力评估暂行办法》和自治区相关配套细则，结合我市实际分类构建和完善各级各类学校评价标准，坚持把立德树人成效作为根本标准，坚决克服重智育轻德育、重分数轻素质等片面办学行为。',
        summary: {
          en: "Apply the national evaluation guides for kindergartens, compulsory education, general senior secondary and secondary vocational schools with the region's rules, evaluating schools by how well they foster virtue.",
        },
        line: 947,
      },
      {
        number: null,
        text: '按照自治区统一部署，积极稳妥推进中高考改革，优化中考体育和艺术测试内容、方式和计分方法，2025年将中考体育考试分值提升至80分，将艺术类科目纳入中考，分值为20分。',
        summary: {
          en: 'Advance the reform of the senior-secondary and college entrance exams: by 2025 raise the PE score of the senior-secondary entrance exam to 80 points and add arts subjects worth 20 points.',
        },
        line: 948,
        targets: [
          {
            id: 'T-P16-M3-1',
            kind: 'level',
            metric: {
              zh: '中考体育考试分值',
              en: 'PE score in the senior-secondary entrance exam',
            },
            text: '2025年将中考体育考试分值提升至80分',
            comparator: 'eq',
            value: 80,
            printedValue: '80',
            unit: { zh: '分', en: 'points' },
            deadline: { year: 2025 },
          },
          {
            id: 'T-P16-M3-2',
            kind: 'level',
            metric: {
              zh: '艺术类科目',
              en: 'Score of arts subjects in the senior-secondary entrance exam',
            },
            text: '将艺术类科目纳入中考，分值为20分',
            comparator: 'eq',
            value: 20,
            printedValue: '20',
            unit: { zh: '分', en: 'points' },
            deadline: { year: 2025 },
          },
        ],
      },
      {
        number: null,
        text: '做好高中阶段学生综合素质评价组织和管理工作，制定初中学生综合素质评价实施方案并指导旗区（学校）开展属地综合素质评价工作。',
        summary: {
          en: 'Organise the comprehensive quality evaluation of senior secondary students, draw up the plan for junior secondary students and guide banners and schools in carrying it out.',
        },
        line: 949,
      },
      {
        number: null,
        text: '启动我市教育评价改革试点工作，选择有条件的地方、学校先行先试、重点突破，加强典型经验总结和宣传推广。',
        summary: {
          en: 'Start pilots of education evaluation reform in places and schools that are ready, and spread what works.',
        },
        line: 951,
      },
    ],
  },
  {
    // 专栏17, lines 961–971; name from 附表1 line 1156
    number: 17,
    name: { zh: '教学管理水平提升工程', en: 'Project to improve teaching management' },
    annexLine: 1156,
    box: { printed: '专栏17 教学管理水平提升工程', title: '教学管理水平提升工程', line: 961 },
    measures: [
      {
        number: '（1）',
        text: '全面落实教育部《关于改进和加强新时代基础教育教研工作的意见》和《内蒙古自治区教研员任职标准》，制定《关于加强和改进鄂尔多斯市基础教育教研队伍建设工作的意见》，配足配齐各学科教研员，优化教研队伍。',
        summary: {
          en: "Apply the national opinions on teaching research and the region's standards for teaching researchers, issue the city's opinions on the research workforce and staff every subject fully.",
        },
        line: 963,
      },
      {
        number: '（2）',
        text: '加强课程建设。严格落实国家课程标准和课程计划，全面实施普通高中新课程，推进使用新教材，实施新高考，积极应对高考综合改革，加强特色课程建设，积极争创新课程新教材国家级示范校。',
        summary: {
          en: 'Build the curriculum: follow the national standards, introduce the new senior-secondary curriculum, textbooks and college entrance exam, build distinctive courses and bid to be a national model school.',
        },
        line: 965,
      },
      {
        number: '（3）',
        text: '实施课堂教学水平质量提升评价工程，制定《鄂尔多斯市基础教育阶段常规教学考核评价意见》，完善“备—教—学—评”一体化教学改革。实施课堂教学创新课题、创新项目、特色教学方式方法创新活动，通过“以奖代补”的方式，推出一批深化改革成果。',
        summary: {
          en: "Evaluate the quality of classroom teaching, issue the city's routine teaching assessment opinions, integrate preparing, teaching, learning and assessing, and reward innovations with awards in place of subsidies.",
        },
        line: 967,
      },
      {
        number: '（4）',
        text: '培养自治区“卓越教师”185名，评选市级中小学、学前教育学科带头人480名，市级教学能手600名。巩固“名师工作室”成果，计划培养全市人才工程“名师工作室”3个。高质量提升教育教学水平。',
        summary: {
          en: "Train 185 regional 'excellent teachers', select 480 city subject leaders for schools and preschools and 600 city teaching experts, and build 3 master-teacher studios of the city talent programme.",
        },
        line: 969,
        targets: [
          {
            id: 'T-P17-M4-1',
            kind: 'cumulative',
            metric: { zh: '自治区“卓越教师”', en: "Regional 'excellent teachers' trained" },
            text: '培养自治区“卓越教师”185名',
            comparator: 'eq',
            value: 185,
            printedValue: '185',
            unit: { zh: '名', en: 'teachers' },
          },
          {
            id: 'T-P17-M4-2',
            kind: 'cumulative',
            metric: {
              zh: '市级中小学、学前教育学科带头人',
              en: 'City subject leaders in primary, secondary and preschool education selected',
            },
            text: '评选市级中小学、学前教育学科带头人480名',
            comparator: 'eq',
            value: 480,
            printedValue: '480',
            unit: { zh: '名', en: 'teachers' },
          },
          {
            id: 'T-P17-M4-3',
            kind: 'cumulative',
            metric: { zh: '市级教学能手', en: 'City teaching experts selected' },
            text: '市级教学能手600名',
            comparator: 'eq',
            value: 600,
            printedValue: '600',
            unit: { zh: '名', en: 'teachers' },
          },
          {
            id: 'T-P17-M4-4',
            kind: 'cumulative',
            metric: {
              zh: '全市人才工程“名师工作室”',
              en: 'Master-teacher studios of the city talent programme',
            },
            text: '计划培养全市人才工程“名师工作室”3个',
            comparator: 'eq',
            value: 3,
            printedValue: '3',
            unit: { zh: '个', en: 'studios' },
          },
        ],
      },
      {
        number: '（5）',
        text: '科学规划，精心擘画。全市力争完成国家教育科研课题10项，自治区教育科研课题100项。',
        summary: {
          en: 'Plan research well: strive to complete 10 national and 100 regional education research projects.',
        },
        line: 971,
        targets: [
          {
            id: 'T-P17-M5-1',
            kind: 'cumulative',
            metric: {
              zh: '国家教育科研课题',
              en: 'National education research projects completed',
            },
            text: '全市力争完成国家教育科研课题10项',
            comparator: 'eq',
            value: 10,
            printedValue: '10',
            unit: { zh: '项', en: 'projects' },
            aspirational: true,
          },
          {
            id: 'T-P17-M5-2',
            kind: 'cumulative',
            metric: {
              zh: '自治区教育科研课题',
              en: 'Regional education research projects completed',
            },
            text: '自治区教育科研课题100项',
            comparator: 'eq',
            value: 100,
            printedValue: '100',
            unit: { zh: '项', en: 'projects' },
            aspirational: true,
          },
        ],
      },
    ],
  },
  {
    // 专栏18, lines 997–1007; name from 附表1 line 1159
    number: 18,
    name: { zh: '教师队伍能力提升工程', en: "Project to build teachers' capacity" },
    annexLine: 1159,
    box: { printed: '专栏18  教师队伍能力提升工程', title: '教师队伍能力提升工程', line: 997 },
    measures: [
      {
        number: '（1）',
        text: '深化和完善集中学习、进校跟岗、二级培训、返岗实践、后期跟踪指导相结合的“一项目一主题五段式”培训模式，建成一支师德高尚、业务精湛的高素质专业化教师队伍。',
        summary: {
          en: "Deepen the five-stage 'one project, one theme' training model — central study, shadowing in schools, cascade training, practice back at post and follow-up guidance — to build a high-quality teaching force.",
        },
        line: 999,
      },
      {
        number: '（2）',
        text: '实施“专家教育家型校园长”培训项目，完成1000名校园长培训任务，选派100名骨干校园长到先进地区交流学习挂职，建立10个市级名校园长工作室，培养一支政治过硬、品德高尚、业务精湛、治校（园）有方的校园长队伍。',
        summary: {
          en: "Run the 'expert educator' programme for heads: train 1,000 school and kindergarten heads, send 100 leading heads to advanced regions, and set up 10 city master-head studios.",
        },
        line: 1001,
        targets: [
          {
            id: 'T-P18-M2-1',
            kind: 'cumulative',
            metric: { zh: '校园长培训任务', en: 'School and kindergarten heads trained' },
            text: '完成1000名校园长培训任务',
            comparator: 'eq',
            value: 1000,
            printedValue: '1000',
            unit: { zh: '名', en: 'heads' },
          },
          {
            id: 'T-P18-M2-2',
            kind: 'cumulative',
            metric: {
              zh: '骨干校园长到先进地区交流学习挂职',
              en: 'Leading heads sent to advanced regions to study and work',
            },
            text: '选派100名骨干校园长到先进地区交流学习挂职',
            comparator: 'eq',
            value: 100,
            printedValue: '100',
            unit: { zh: '名', en: 'heads' },
          },
          {
            id: 'T-P18-M2-3',
            kind: 'cumulative',
            metric: { zh: '市级名校园长工作室', en: 'City master-head studios' },
            text: '建立10个市级名校园长工作室',
            comparator: 'eq',
            value: 10,
            printedValue: '10',
            unit: { zh: '个', en: 'studios' },
          },
        ],
      },
      {
        number: '（3）',
        text: '制定5年一周期的教师培训计划，实施中小学、幼儿园教师培训5年每人不少于360学时的全员培训。',
        summary: {
          en: 'Set a five-year training cycle in which every primary, secondary and kindergarten teacher takes at least 360 hours of training.',
        },
        line: 1003,
        targets: [
          {
            id: 'T-P18-M3-1',
            kind: 'per-unit',
            metric: { zh: '教师培训', en: 'Training hours of each teacher' },
            text: '实施中小学、幼儿园教师培训5年每人不少于360学时的全员培训',
            comparator: 'gte',
            value: 360,
            printedValue: '360',
            unit: { zh: '学时', en: 'class hours' },
            per: { zh: '5年每人', en: 'each teacher, per five years' },
          },
        ],
      },
      {
        number: '（4）',
        text: '实施“名师工作室”“名班主任工作室”“名校长工作室”工作室成员培训，发挥名师点辐射作用。',
        summary: {
          en: 'Train the members of master-teacher, master class-teacher and master-head studios so that they spread their influence.',
        },
        line: 1005,
      },
      {
        number: '（5）',
        text: '实施农村牧区教师专项培训，注重开展“走出去”培训，让更多乡村教师获得前往教育发达地区研修、跟岗学习的机会。',
        summary: {
          en: 'Train teachers of farming and pastoral areas specially, giving more rural teachers the chance to study and shadow in developed regions.',
        },
        line: 1007,
      },
    ],
  },
  {
    // 专栏19, lines 1020–1024; name from 附表1 line 1162
    number: 19,
    name: {
      zh: '义务教育薄弱环节改善与能力提升工程',
      en: 'Project to improve weak links and capacity in compulsory education',
    },
    annexLine: 1162,
    box: {
      printed: '专栏19  义务教育薄弱环节改善与能力提升工程',
      title: '义务教育薄弱环节改善与能力提升工程',
      line: 1020,
    },
    measures: [
      {
        number: '（1）',
        text: '巩固义务教育基本均衡成果，加快推进优质均衡发展和城乡一体化，编制《鄂尔多斯市义务教育薄弱环节改善与能力提升项目规划（2021-2025年）》，规划投入6.69亿元，改善全市81所项目学校的办学条件。',
        summary: {
          en: "Consolidate basic balance, compile the city's 2021–2025 project plan for weak links in compulsory education, and invest a planned 669 million yuan to improve 81 project schools.",
        },
        line: 1022,
        targets: [
          {
            id: 'T-P19-M1-1',
            kind: 'cumulative',
            metric: {
              zh: '规划投入',
              en: 'Planned investment in weak links of compulsory education',
            },
            text: '规划投入6.69亿元',
            comparator: 'eq',
            value: 6.69,
            printedValue: '6.69',
            unit: { zh: '亿元', en: '100 million yuan' },
          },
          {
            id: 'T-P19-M1-2',
            kind: 'cumulative',
            metric: { zh: '项目学校', en: 'Project schools whose conditions are improved' },
            text: '改善全市81所项目学校的办学条件',
            comparator: 'eq',
            value: 81,
            printedValue: '81',
            unit: { zh: '所', en: 'schools' },
          },
        ],
      },
      {
        number: '（2）',
        text: '科学规划学校建设布局，优化完善区域内义务教育基本办学标准，新建、改扩建必要的义务教育基本办学标准，合理有序扩大学位供给，避免产生新的大班额。规划投入6.22亿元，新建、改扩建68所学校共98个建设项目，新增学位数12729个。',
        summary: {
          en: 'Plan school building to add places without new oversized classes: a planned 622 million yuan to build or extend 68 schools in 98 projects, adding 12,729 places.',
        },
        line: 1023,
        targets: [
          {
            id: 'T-P19-M2-1',
            kind: 'cumulative',
            metric: { zh: '规划投入', en: 'Planned investment in building and extending schools' },
            text: '规划投入6.22亿元',
            comparator: 'eq',
            value: 6.22,
            printedValue: '6.22',
            unit: { zh: '亿元', en: '100 million yuan' },
          },
          {
            id: 'T-P19-M2-2',
            kind: 'cumulative',
            metric: { zh: '新建、改扩建', en: 'Schools newly built or extended' },
            text: '新建、改扩建68所学校共98个建设项目',
            comparator: 'eq',
            value: 68,
            printedValue: '68',
            unit: { zh: '所', en: 'schools' },
          },
          {
            id: 'T-P19-M2-3',
            kind: 'cumulative',
            metric: { zh: '建设项目', en: 'Building projects' },
            text: '新建、改扩建68所学校共98个建设项目',
            comparator: 'eq',
            value: 98,
            printedValue: '98',
            unit: { zh: '个', en: 'projects' },
          },
          {
            id: 'T-P19-M2-4',
            kind: 'cumulative',
            metric: { zh: '新增学位数', en: 'School places added' },
            text: '新增学位数12729个',
            comparator: 'eq',
            value: 12729,
            printedValue: '12729',
            unit: { zh: '个', en: 'places' },
          },
        ],
      },
      {
        number: '（3）',
        text: '稳步提升学校办学能力，持续改善农村基本办学条件，不断提升教育设施和资源利用效率，推动校园文化建设，促进学生德智体美劳全面发展。规划投入0.47亿元，为48所学校购置图书、信息技术、音体美劳等设施设备。',
        summary: {
          en: 'Raise school capacity and rural conditions: a planned 47 million yuan to buy books, IT, music, sports, art and labour equipment for 48 schools.',
        },
        line: 1024,
        targets: [
          {
            id: 'T-P19-M3-1',
            kind: 'cumulative',
            metric: { zh: '规划投入', en: 'Planned investment in equipment' },
            text: '规划投入0.47亿元',
            comparator: 'eq',
            value: 0.47,
            printedValue: '0.47',
            unit: { zh: '亿元', en: '100 million yuan' },
          },
          {
            id: 'T-P19-M3-2',
            kind: 'cumulative',
            metric: {
              zh: '购置图书、信息技术、音体美劳等设施设备',
              en: 'Schools equipped with books, IT, music, sports, art and labour equipment',
            },
            text: '为48所学校购置图书、信息技术、音体美劳等设施设备',
            comparator: 'eq',
            value: 48,
            printedValue: '48',
            unit: { zh: '所', en: 'schools' },
          },
        ],
      },
    ],
  },
  {
    // 专栏20, lines 1030–1036; name from 附表1 line 1165
    number: 20,
    name: { zh: '校园安全保障工程', en: 'Campus safety project' },
    annexLine: 1165,
    box: { printed: '专栏20  校园安全保障工程', title: '校园安全保障工程', line: 1030 },
    measures: [
      {
        number: '（1）',
        text: '推进平安校园数字化建设。创新“互联网+校园安全”工作思路，通过建设校园安防视频网、普及安全巡检应用、开展师生安全教育、推进校车立体监管、智慧门禁系统搭建校园安全大数据管理平台，2025年达到100%全覆盖，构建“互联网+校园安全”管理新模式，打造全方位、立体化的校园安防体系，抓实抓牢全市平安校园建设，有力推动教育治理能力现代化。',
        summary: {
          en: 'Make safe campuses digital — video security network, safety patrols, safety education, school-bus supervision and smart gates feeding a campus-safety big-data platform — with full coverage by 2025.',
        },
        line: 1032,
        targets: [
          {
            id: 'T-P20-M1-1',
            kind: 'level',
            metric: {
              zh: '校园安全大数据管理平台',
              en: 'Coverage of the campus-safety big-data platform',
            },
            text: '智慧门禁系统搭建校园安全大数据管理平台，2025年达到100%全覆盖',
            comparator: 'eq',
            value: 100,
            printedValue: '100',
            unit: percent,
            deadline: { year: 2025 },
          },
        ],
      },
      {
        number: '（2）',
        text: '建设数字消防进校园项目。推动火灾隐患防控服务平台建设，真正实现在线监测、智能分析和分级预警功能，形成火灾隐患防控一张网，到2025年基本达到60%以上。实现实时监控学生宿舍、食堂、教学楼、校医室、体育馆、礼堂、超市等人员密集场所的用电安全、烟雾报警状态、可燃气体状态、消防设施的完整性等问题，有效规避校园消防安全隐患，让校园实现零消防事故。',
        summary: {
          en: 'Bring digital fire safety into schools: a fire-hazard platform with online monitoring, smart analysis and graded alerts reaching basically 60% or more by 2025, watching electricity, smoke, gas and fire equipment in crowded places, for zero fire accidents.',
        },
        line: 1034,
        targets: [
          {
            id: 'T-P20-M2-1',
            kind: 'level',
            metric: {
              zh: '火灾隐患防控一张网',
              en: 'Coverage of the single fire-hazard prevention network',
            },
            text: '形成火灾隐患防控一张网，到2025年基本达到60%以上',
            comparator: 'gte',
            value: 60,
            printedValue: '60',
            unit: percent,
            deadline: { year: 2025 },
            note: {
              en: 'The text does not say 60% of what (schools, or crowded places); 基本 ("basically") softens it.',
            },
          },
          {
            id: 'T-P20-M2-2',
            kind: 'level',
            metric: { zh: '消防事故', en: 'Fire accidents on campus' },
            text: '让校园实现零消防事故',
            comparator: 'eq',
            value: 0,
            printedValue: '零',
            unit: { zh: '起', en: 'accidents' },
            note: { en: 'The plan prints no measure word; 起 (accidents) is ours.' },
          },
        ],
      },
      {
        number: '（3）',
        text: '全力推进“4D”、风险管控+精细化管理”“互联网+明厨亮灶”标准化厨房建设，2025年达到100%，实现采购、加工、可溯源的食品安全流程，提升全市学校幼儿园食堂管理水平。',
        summary: {
          en: "Build standard school kitchens with the '4D' method, risk control and fine management and 'Internet + open kitchens', reaching 100% by 2025, with traceable purchasing and processing.",
        },
        line: 1036,
        targets: [
          {
            id: 'T-P20-M3-1',
            kind: 'level',
            metric: { zh: '标准化厨房建设', en: 'Share of school kitchens built to the standard' },
            text: '“互联网+明厨亮灶”标准化厨房建设，2025年达到100%',
            comparator: 'eq',
            value: 100,
            printedValue: '100',
            unit: percent,
            deadline: { year: 2025 },
          },
        ],
      },
    ],
  },
] satisfies OrdosLinks<ProjectInput[]>;
