import type { ProjectInput } from '../../schema/project.js';
import type { OrdosLinks } from './ordosLinks.js';
import { percent } from './units.js';

/** Projects 1–7 (专栏1–专栏7), in 第三章 主要任务, the section 全面落实立德树人根本任务. Measure texts are verbatim; summaries and metric names in English are ours. */
export const moralEducationProjects = [
  {
    // 专栏1, lines 599–607; name from 附表1 line 1108
    number: 1,
    name: {
      zh: '铸牢中华民族共同体意识教育工程',
      en: 'Project for education that forges a strong sense of community of the Chinese nation',
    },
    annexLine: 1108,
    box: {
      printed: '专栏1  铸牢中华民族共同体意识教育工程',
      title: '铸牢中华民族共同体意识教育工程',
      line: 599,
    },
    measures: [
      {
        number: '（1）',
        text: '贯彻落实自治区党委教育工作领导小组《关于在全区大中小学校（幼儿园）全面深入持久开展铸牢中华民族共同体意识教育的实施方案（2021—2025年）》和《鄂尔多斯市教体系统深入贯彻落实中央民族工作会议精神进一步铸牢中华民族共同体意识工作方案》，推动铸牢中华民族共同体意识教育与中小学德育工作紧密结合。',
        summary: {
          en: "Carry out the region's 2021–2025 plan and the city's work plan for education that forges a strong sense of community of the Chinese nation, and tie it closely to moral education in schools.",
        },
        line: 601,
      },
      {
        number: '（2）',
        text: '通过巡回宣讲、专题讲座、集中培训等多种形式，教育引导党员干部和广大师生深刻领会习近平总书记关于加强和改进民族工作的重要论述和铸牢中华民族共同体意识的内涵意义，牢固树立“三个离不开”“五个认同”思想。',
        summary: {
          en: "Through touring talks, lectures and training, help Party members, officials, teachers and students understand Xi Jinping's discourse on ethnic affairs and hold to the 'three inseparables' and 'five identifications'.",
        },
        line: 603,
      },
      {
        number: '（3）',
        text: '启动实施“石榴籽”育人工程，扎实开展以铸牢中华民族共同体意识教育为主线的民族团结进步教育，在学科融合、专题教育、主题实践、校园文化等方面形成丰富成果，构建长效机制。',
        summary: {
          en: "Launch the 'pomegranate seed' programme of ethnic-unity education, with results across subjects, themed education, practice and campus culture, and a long-term mechanism.",
        },
        line: 605,
      },
      {
        number: '（4）',
        text: '在每个旗区至少打造1个铸牢中华民族共同体意识实践教育基地，充分发挥基地实践育人功能。',
        summary: {
          en: 'Build at least one practice base for this education in every banner and district.',
        },
        line: 607,
        targets: [
          {
            id: 'T-P01-M4-1',
            kind: 'per-unit',
            metric: {
              zh: '铸牢中华民族共同体意识实践教育基地',
              en: 'Practice bases for education that forges a strong sense of community of the Chinese nation',
            },
            text: '在每个旗区至少打造1个铸牢中华民族共同体意识实践教育基地',
            comparator: 'gte',
            value: 1,
            printedValue: '1',
            unit: { zh: '个', en: 'base' },
            per: { zh: '每个旗区', en: 'each banner or district' },
            unitCount: 9,
          },
        ],
      },
    ],
  },
  {
    // 专栏2, lines 617–625; name from 附表1 line 1111
    number: 2,
    name: {
      zh: '国家通用语言文字推广普及工程',
      en: 'Project to promote and popularise the national common language and script',
    },
    annexLine: 1111,
    box: {
      printed: '专栏2  国家通用语言文字推广普及工程',
      title: '国家通用语言文字推广普及工程',
      line: 617,
    },
    measures: [
      {
        number: '（1）',
        text: '围绕《国家通用语言文字法》和自治区实施办法，持续推进国家通用语言文字宣传教育“七个一工程”，不断强化全社会语言文字规范意识。',
        summary: {
          en: "Keep running the 'seven ones' publicity and education project on the national language law and the region's implementing measures, so that society becomes more aware of language standards.",
        },
        line: 619,
      },
      {
        number: '（2）',
        text: '实现教师普通话水平全面达标，国家通用语言文字能力提升校本培训实现常态化。',
        summary: {
          en: "Bring every teacher's Putonghua up to standard and make school-based training in the national common language routine.",
        },
        line: 621,
      },
      {
        number: '（3）',
        text: '全面完成各级各类学校、幼儿园国家通用语言文字工作达标建设，市级以上国家通用语言文字规范化示范校比例达到25%，常态化开展分级复检备案工作。',
        summary: {
          en: 'Complete standard-building of language work in all schools and kindergartens, make 25% of schools city-level or higher model schools for standard language use, and re-inspect them routinely.',
        },
        line: 623,
        targets: [
          {
            id: 'T-P02-M3-1',
            kind: 'level',
            metric: {
              zh: '市级以上国家通用语言文字规范化示范校比例',
              en: 'Share of schools that are city-level or higher model schools for standard use of the national common language',
            },
            text: '市级以上国家通用语言文字规范化示范校比例达到25%',
            comparator: 'eq',
            value: 25,
            printedValue: '25',
            unit: percent,
          },
        ],
      },
      {
        number: '（4）',
        text: '持续开展区域国家通用语言文字达标建设和督导评估市级复评整改工作。',
        summary: {
          en: 'Keep up standard-building of language work across the region and the corrections found by the city-level re-evaluation of supervision.',
        },
        line: 625,
      },
    ],
  },
  {
    // 专栏3, lines 632–646; name from 附表1 line 1114
    number: 3,
    name: {
      zh: '统编教材教育教学质量提升工程',
      en: 'Project to raise teaching quality with the nationally unified textbooks',
    },
    annexLine: 1114,
    box: {
      printed: '专栏3  统编教材教育教学质量提升工程',
      title: '统编教材教育教学质量提升工程',
      line: 632,
    },
    measures: [
      {
        number: '（1）',
        text: '印发《鄂尔多斯市关于巩固推行使用国家统编教材工作成果 着力提高教育教学质量的若干措施》。',
        summary: {
          en: "Issue the city's measures for consolidating the use of the nationally unified textbooks and raising the quality of teaching.",
        },
        line: 634,
      },
      {
        number: null,
        text: '抓好教学管理，推进优质普通学校与民族语言授课学校结对共建学科全覆盖，积极扩充民族教育优质教育教学资源；科学合理实施教学评估、教师考核和学生评价。',
        summary: {
          en: 'Manage teaching well: pair good general schools with ethnic-language schools in every subject, add quality resources, and evaluate teaching, teachers and students soundly.',
        },
        line: 636,
      },
      {
        number: '（3）',
        text: '持续加强三科教师队伍建设，在配足配齐所需三科教材教师的基础上，结合实际储备一定数量的三科教材教师，储备教师通过系统内部调剂或公开招聘等方式解决，切实做到专人、专编、专岗。',
        summary: {
          en: 'Staff the three subjects (ethics and law, Chinese, history) fully and keep a reserve of such teachers, found by transfer or open recruitment, each with a dedicated person, post and quota.',
        },
        line: 638,
      },
      {
        number: '（4）',
        text: '制定印发《鄂尔多斯市推进落实民族语言授课学校使用国家统编教材实施“专项教研”工作方案》，全面落实蹲校教研包联指导制度，分学段、分学科、分层次开展培训，形成市、旗区、学校三级联动机制。',
        summary: {
          en: "Issue a 'special teaching research' plan for ethnic-language schools using the unified textbooks, with researchers stationed in schools, training by stage, subject and level, and city, banner and school working together.",
        },
        line: 640,
      },
      {
        number: '（5）',
        text: '持续推进优质普通学校与民族语言授课学校结对共建，深化初高中学段数理化学科帮扶，不断扩充优质教育教学资源共建共享。',
        summary: {
          en: 'Keep pairing good general schools with ethnic-language schools, with support in mathematics, physics and chemistry in junior and senior secondary school.',
        },
        line: 642,
      },
      {
        number: '（6）',
        text: '持续加强配套数字资源建设与应用。组织优秀教师持续开发建设三科统编教材同步课堂，与课堂教学同步，与本地教研活动同频，以“区域推进、入校服务”的方式，开展“教研训”的一体化研修。',
        summary: {
          en: 'Build digital resources for the three textbooks: synchronised lessons made by good teachers, in step with classroom teaching and local research, delivered in schools.',
        },
        line: 644,
      },
      {
        number: '（7）',
        text: '持续提高学生听说读写能力。积极组织学生开展使用国家通用语言文字阅读、写作等活动，激发学生学习兴趣。',
        summary: {
          en: "Improve students' listening, speaking, reading and writing through reading and writing activities in the national common language.",
        },
        line: 646,
      },
    ],
  },
  {
    // 专栏4, lines 655–664; name from 附表1 line 1117
    number: 4,
    name: {
      zh: '思政课改革创新项目',
      en: 'Reform and innovation of ideological and political courses',
    },
    annexLine: 1117,
    box: { printed: '专栏4  思政课改革创新项目', title: '思政课改革创新项目', line: 655 },
    measures: [
      {
        number: '（1）',
        text: '落实好“思政课程”。按照义务教育、普通高中课程方案和标准，上好道德与法治、思想政治课，不断增强思政课的思想性、理论性和亲和力、针对性。',
        summary: {
          en: 'Teach the ideological and political courses (morality and rule of law; ideology and politics) fully to the curriculum standards, and make them more thoughtful, rigorous, engaging and relevant.',
        },
        line: 657,
      },
      {
        number: '（2）',
        text: '加强“课程思政”。根据不同年级和不同课程特点，充分挖掘各门课程蕴含的德育资源，将德育内容有机融入到各门课程教学中。深入推进“课本剧大赛”、“舞台上的思政课”等活动。',
        summary: {
          en: "Work moral-education content into every course by grade and subject, and run the textbook-drama contest and 'ideological and political lessons on stage'.",
        },
        line: 659,
      },
      {
        number: '（3）',
        text: '加强“教师思政”。开展优秀班主任、德育工作先进个人、班主任带头人等评选表彰。健全完善思政课特聘教师、兼职教师制度，发挥各级“思政名师工作室”的作用，打造一批思政课教学名师、教坛新秀。',
        summary: {
          en: 'Honour outstanding class teachers and moral-education workers, improve the system of specially appointed and part-time teachers of these courses, and use master-teacher studios to bring on leading and new teachers.',
        },
        line: 661,
      },
      {
        number: '（4）',
        text: '支持“鄂尔多斯市学校思想政治工作创新发展中心”建设，建成全市大中小思政一体化建设基地，开展思政课题研究，打造思政课程示范课堂，选树思政教学名师和团队。',
        summary: {
          en: "Support the city's centre for innovation in ideological and political work in schools and build a base that integrates this education from university to primary school, with research, model lessons and master teachers.",
        },
        line: 663,
        endLine: 664,
      },
    ],
  },
  {
    // 专栏5, lines 670–678; name from 附表1 line 1120 (printed there with a leading space, trimmed here)
    number: 5,
    name: {
      zh: '家校社协同育人工程',
      en: 'Project for family, school and community working together in education',
    },
    annexLine: 1120,
    box: { printed: '专栏5   家校社协同育人工程', title: '家校社协同育人工程', line: 670 },
    measures: [
      {
        number: '（1）',
        text: '制定《鄂尔多斯市家校社共育实施方案》，构建并完善政府主导、部门协同、社会参与，充分发挥家长主体作用的家庭教育指导服务体系。',
        summary: {
          en: "Draw up the city's family–school–community education plan and a family-education guidance system led by government, with departments, society and parents each playing their part.",
        },
        line: 672,
      },
      {
        number: '（2）',
        text: '指导学校进一步规范家长学校建设、发挥家长委员会的作用，引导广大家长积极、有序、规范地参与学校教育教学与管理，构建民主开放的现代学校制度，促进家校合作共育。',
        summary: {
          en: 'Help schools run parent schools and parent committees well, so that parents take part in school education and management in an orderly way.',
        },
        line: 674,
      },
      {
        number: '（3）',
        text: '持续办好“鄂尔多斯市新家庭教育大讲堂”，通过专家现场系列报告会和“线上课程”等学习方式，引导家长转变家庭教育观念，树立正确的教育观和成才观，理性帮助孩子确定成长目标，减轻学生过重的课业负担。',
        summary: {
          en: "Keep running the New Family Education Lecture Hall with expert talks and online courses, helping parents change their views and reduce students' excessive homework burden.",
        },
        line: 676,
      },
      {
        number: '（4）',
        text: '持续办好鄂尔多斯市网上家长学校。建设集“课程学习、专家访谈、专家文章、专家讲座、专家在线答疑、家庭教育案例征集”等功能于一体的家庭教育服务平台，为全市家长提供优质的家庭教育资源及相关服务，提升家庭教育指导服务品质。',
        summary: {
          en: "Keep running the city's online parent school as a family-education platform of courses, expert interviews, articles, lectures, online Q&A and case collection.",
        },
        line: 678,
      },
    ],
  },
  {
    // 专栏6, lines 690–698; name from 附表1 line 1123
    number: 6,
    name: { zh: '儿童青少年健康素养提升项目', en: 'Health literacy of children and adolescents' },
    annexLine: 1123,
    box: {
      printed: '专栏6 儿童青少年健康素养提升项目',
      title: '儿童青少年健康素养提升项目',
      line: 690,
    },
    measures: [
      {
        number: '（1）',
        text: '建立完善学生体质健康监测制度和学生体育素养评价体系，引导学生健康生活，逐步扭转学生肥胖率增多的现状。',
        summary: {
          en: "Build a system to monitor students' physical health and evaluate their physical literacy, and gradually reverse the rise in student obesity.",
        },
        line: 692,
      },
      {
        number: '（2）',
        text: '构建科普宣教、监测预警、综合干预等“医防结合”近视防控体系，以加强视力健康教育、强化户外活动和体育锻炼、减轻学生学业负担、改善学生视觉环境、落实学生视力普查工作、科学规范使用电子产品为手段，逐步加大视力检测频率和覆盖面，提高检测结果应用，实施科学干预，有效提升儿童青少年视力健康水平，力争儿童青少年近视率平均每年至少下降0.5个百分点以上，新发近视率明显下降。',
        summary: {
          en: 'Build a myopia prevention and control system combining medicine and prevention, and strive to cut the myopia rate of children and adolescents by at least 0.5 percentage points a year, with clearly fewer new cases.',
        },
        line: 694,
        targets: [
          {
            id: 'T-P06-M2-1',
            kind: 'pace',
            metric: { zh: '儿童青少年近视率', en: 'Myopia rate of children and adolescents' },
            text: '力争儿童青少年近视率平均每年至少下降0.5个百分点以上',
            comparator: 'gte',
            value: 0.5,
            printedValue: '0.5',
            unit: { zh: '个百分点', en: 'percentage points' },
            per: 'year',
            change: 'decrease',
            aspirational: true,
            indicatorId: 'student-myopia-rate',
            note: {
              en: 'The text says both 至少 (at least) and 以上 (or more); both mark a floor, read once as ≥ 0.5 points a year. The indicator is of primary and secondary students (中小学生近视眼率); the text says children and adolescents (儿童青少年).',
            },
          },
        ],
      },
      {
        number: null,
        text: '强化心理健康教育。以自治区教研室组织开展的“课堂教学心理支持行动策略”课题研究为依托，深入开展相关课题研究，为我市学校心理健康教育实践提供理论基础和科学依据。到2025年，完成自治区课题3项，市级课题5项。',
        summary: {
          en: 'Strengthen mental-health education through research on psychological support in classroom teaching, completing 3 regional and 5 city-level research projects by 2025.',
        },
        line: 696,
        targets: [
          {
            id: 'T-P06-M3-1',
            kind: 'cumulative',
            metric: {
              zh: '自治区课题',
              en: 'Regional research projects on mental-health education completed',
            },
            text: '到2025年，完成自治区课题3项',
            comparator: 'eq',
            value: 3,
            printedValue: '3',
            unit: { zh: '项', en: 'projects' },
            deadline: { year: 2025 },
          },
          {
            id: 'T-P06-M3-2',
            kind: 'cumulative',
            metric: {
              zh: '市级课题',
              en: 'City-level research projects on mental-health education completed',
            },
            text: '市级课题5项',
            comparator: 'eq',
            value: 5,
            printedValue: '5',
            unit: { zh: '项', en: 'projects' },
            deadline: { year: 2025 },
          },
        ],
      },
      {
        number: null,
        text: '持续推进心理健康教育特色学校创建，积极发挥特色学校辐射引领作用。',
        summary: {
          en: 'Keep creating schools with distinctive mental-health education and let them lead others.',
        },
        line: 698,
      },
    ],
  },
  {
    // 专栏7, lines 710–716; name from 附表1 line 1126
    number: 7,
    name: {
      zh: '体美劳教育提升工程',
      en: 'Project to improve physical, aesthetic and labour education',
    },
    annexLine: 1126,
    box: { printed: '专栏7  体美劳教育提升工程', title: '体美劳教育提升工程', line: 710 },
    measures: [
      {
        number: '（1）',
        text: '认真落实《自治区党委、政府关于全面加强和改进新时代学校劳动教育及体育、美育工作的若干措施》，出台我市配套措施，进一步扭转体美劳教育相对薄弱的现状。',
        summary: {
          en: "Carry out the region's measures on labour, physical and aesthetic education in schools with matching city measures, reversing their relative weakness.",
        },
        line: 712,
      },
      {
        number: '（2）',
        text: '大力发展校园足球，出台《鄂尔多斯市青少年校园足球运动改革与发展实施方案》，完善校园足球竞赛体系、课余训练体系、基础教学体系，推动优秀运动员一体化发展，着力培养具有扎实功底的足球后备人才。在建成201所国家级足球特色学校、幼儿园的基础上，到2025年争取再建自治区级及以上特色学校50所、幼儿园30所，自治区级以上青少年足球俱乐部10所，并给予政策、经费支持。统筹建设校园足球场地、全民健身足球场地、小型足球馆，到2022年，全市各级各类学校实现人造草坪全覆盖，建成1个市级青少年足球训练基地；到2025年，建成1个自治区级青少年足球训练基地。',
        summary: {
          en: "Develop school football: issue the city's reform plan, complete competition, training and teaching systems, add 50 regional-or-higher football schools, 30 kindergartens and 10 youth clubs by 2025, lay artificial turf in every school and build a city youth training base by 2022, and a regional one by 2025.",
        },
        line: 714,
        targets: [
          {
            id: 'T-P07-M2-1',
            kind: 'cumulative',
            metric: {
              zh: '自治区级及以上特色学校',
              en: 'Additional regional-or-higher-level football schools',
            },
            text: '到2025年争取再建自治区级及以上特色学校50所',
            comparator: 'eq',
            value: 50,
            printedValue: '50',
            unit: { zh: '所', en: 'schools' },
            deadline: { year: 2025 },
            aspirational: true,
          },
          {
            id: 'T-P07-M2-2',
            kind: 'cumulative',
            metric: {
              zh: '幼儿园',
              en: 'Additional regional-or-higher-level football kindergartens',
            },
            text: '幼儿园30所',
            comparator: 'eq',
            value: 30,
            printedValue: '30',
            unit: { zh: '所', en: 'kindergartens' },
            deadline: { year: 2025 },
            aspirational: true,
          },
          {
            id: 'T-P07-M2-3',
            kind: 'cumulative',
            metric: {
              zh: '自治区级以上青少年足球俱乐部',
              en: 'Additional regional-or-higher-level youth football clubs',
            },
            text: '自治区级以上青少年足球俱乐部10所',
            comparator: 'eq',
            value: 10,
            printedValue: '10',
            unit: { zh: '所', en: 'clubs' },
            deadline: { year: 2025 },
            aspirational: true,
          },
          {
            id: 'T-P07-M2-4',
            kind: 'cumulative',
            metric: { zh: '市级青少年足球训练基地', en: 'City-level youth football training base' },
            text: '到2022年，全市各级各类学校实现人造草坪全覆盖，建成1个市级青少年足球训练基地',
            comparator: 'eq',
            value: 1,
            printedValue: '1',
            unit: { zh: '个', en: 'base' },
            deadline: { year: 2022 },
          },
          {
            id: 'T-P07-M2-5',
            kind: 'cumulative',
            metric: {
              zh: '自治区级青少年足球训练基地',
              en: 'Regional-level youth football training base',
            },
            text: '到2025年，建成1个自治区级青少年足球训练基地',
            comparator: 'eq',
            value: 1,
            printedValue: '1',
            unit: { zh: '个', en: 'base' },
            deadline: { year: 2025 },
          },
        ],
      },
      {
        number: '（3）',
        text: '深入落实“七个一”活动。在中小学全面推行学生“每天体育锻炼一小时、每周一节特色体育课；隔周一节书法课、每班一个合唱团，每周一次合唱活动；每周一节劳动教育课，每月一个劳动实践日”活动。',
        summary: {
          en: "Carry out the 'seven ones' in primary and secondary schools: an hour of exercise a day, a signature PE lesson a week, a calligraphy lesson every other week, a choir in every class singing weekly, a labour lesson a week and a labour practice day a month.",
        },
        line: 716,
        targets: [
          {
            id: 'T-P07-M3-1',
            kind: 'per-unit',
            metric: { zh: '体育锻炼', en: 'Physical exercise of each student' },
            text: '每天体育锻炼一小时',
            comparator: 'eq',
            value: 1,
            printedValue: '一',
            unit: { zh: '小时', en: 'hour' },
            per: { zh: '每天', en: 'per day' },
          },
          {
            id: 'T-P07-M3-2',
            kind: 'per-unit',
            metric: { zh: '特色体育课', en: 'Signature PE lessons' },
            text: '每周一节特色体育课',
            comparator: 'eq',
            value: 1,
            printedValue: '一',
            unit: { zh: '节', en: 'lesson' },
            per: { zh: '每周', en: 'per week' },
          },
          {
            id: 'T-P07-M3-3',
            kind: 'per-unit',
            metric: { zh: '书法课', en: 'Calligraphy lessons' },
            text: '隔周一节书法课',
            comparator: 'eq',
            value: 1,
            printedValue: '一',
            unit: { zh: '节', en: 'lesson' },
            per: { zh: '隔周', en: 'every other week' },
          },
          {
            id: 'T-P07-M3-4',
            kind: 'per-unit',
            metric: { zh: '合唱团', en: 'Choirs' },
            text: '每班一个合唱团',
            comparator: 'eq',
            value: 1,
            printedValue: '一',
            unit: { zh: '个', en: 'choir' },
            per: { zh: '每班', en: 'each class' },
          },
          {
            id: 'T-P07-M3-5',
            kind: 'per-unit',
            metric: { zh: '合唱活动', en: 'Choir sessions' },
            text: '每周一次合唱活动',
            comparator: 'eq',
            value: 1,
            printedValue: '一',
            unit: { zh: '次', en: 'session' },
            per: { zh: '每周', en: 'per week' },
          },
          {
            id: 'T-P07-M3-6',
            kind: 'per-unit',
            metric: { zh: '劳动教育课', en: 'Labour education lessons' },
            text: '每周一节劳动教育课',
            comparator: 'eq',
            value: 1,
            printedValue: '一',
            unit: { zh: '节', en: 'lesson' },
            per: { zh: '每周', en: 'per week' },
          },
          {
            id: 'T-P07-M3-7',
            kind: 'per-unit',
            metric: { zh: '劳动实践日', en: 'Labour practice days' },
            text: '每月一个劳动实践日',
            comparator: 'eq',
            value: 1,
            printedValue: '一',
            unit: { zh: '个', en: 'day' },
            per: { zh: '每月', en: 'per month' },
          },
        ],
      },
    ],
  },
] satisfies OrdosLinks<ProjectInput[]>;
