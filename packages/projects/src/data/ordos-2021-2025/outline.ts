import type { Outline } from '../../schema/outline.js';

/**
 * The headings of the plan, each with its line in the plan text. The plan
 * prints no number for the first three sections of 第三章 (only 第四节 is
 * numbered), nor for the fifth chapter 组织保障 and its first three sections;
 * their numbers here are their places, marked `numberPrinted: false`.
 * Subsections are the 一、二、… headings; 第一章 and 第二章 have none.
 */
export const outline = {
  annexLine: 1103,
  chapters: [
    {
      number: 1,
      numberPrinted: true,
      printed: '第一章  基础背景',
      title: { zh: '基础背景', en: 'Background' },
      line: 3,
      sections: [
        {
          number: 1,
          numberPrinted: true,
          printed: '第一节  “十三五”时期发展成就',
          title: {
            zh: '“十三五”时期发展成就',
            en: 'Achievements of the 13th Five-Year Plan period',
          },
          line: 4,
          subsections: [],
        },
        {
          number: 2,
          numberPrinted: true,
          printed: '第二节  当前发展存在问题和短板',
          title: { zh: '当前发展存在问题和短板', en: 'Current problems and weaknesses' },
          line: 19,
          subsections: [],
        },
        {
          number: 3,
          numberPrinted: true,
          printed: '第三节   “十四五”时期面临形势',
          title: {
            zh: '“十四五”时期面临形势',
            en: 'The situation in the 14th Five-Year Plan period',
          },
          line: 23,
          subsections: [],
        },
      ],
    },
    {
      number: 2,
      numberPrinted: true,
      printed: '第二章  总体要求',
      title: { zh: '总体要求', en: 'General requirements' },
      line: 32,
      sections: [
        {
          number: 1,
          numberPrinted: true,
          printed: '第一节  指导思想',
          title: { zh: '指导思想', en: 'Guiding thought' },
          line: 33,
          subsections: [],
        },
        {
          number: 2,
          numberPrinted: true,
          printed: '第二节  基本原则',
          title: { zh: '基本原则', en: 'Basic principles' },
          line: 36,
          subsections: [],
        },
        {
          number: 3,
          numberPrinted: true,
          printed: '第三节  主要目标',
          title: { zh: '主要目标', en: 'Main goals' },
          line: 48,
          subsections: [],
        },
      ],
    },
    {
      number: 3,
      numberPrinted: true,
      printed: '第三章  主要任务',
      title: { zh: '主要任务', en: 'Main tasks' },
      line: 592,
      sections: [
        {
          number: 1,
          numberPrinted: false,
          printed: '全面落实立德树人根本任务',
          title: {
            zh: '全面落实立德树人根本任务',
            en: 'Fully carry out the fundamental task of fostering virtue through education',
          },
          line: 594,
          subsections: [
            {
              number: 1,
              numberPrinted: true,
              printed: '一、持续强化铸牢中华民族共同体意识教育',
              title: {
                zh: '持续强化铸牢中华民族共同体意识教育',
                en: 'Keep strengthening education that forges a strong sense of community of the Chinese nation',
              },
              line: 596,
            },
            {
              number: 2,
              numberPrinted: true,
              printed: '二、加强国家通用语言文字推广使用',
              title: {
                zh: '加强国家通用语言文字推广使用',
                en: 'Promote the national common language and script',
              },
              line: 610,
            },
            {
              number: 3,
              numberPrinted: true,
              printed: '三、全面推行使用国家统编教材',
              title: {
                zh: '全面推行使用国家统编教材',
                en: 'Use the nationally unified textbooks throughout',
              },
              line: 628,
            },
            {
              number: 4,
              numberPrinted: true,
              printed: '四、全面提升学校德育实效',
              title: {
                zh: '全面提升学校德育实效',
                en: 'Make moral education in schools effective',
              },
              line: 649,
            },
            {
              number: 5,
              numberPrinted: true,
              printed: '五、深入落实“双减”政策',
              title: { zh: '深入落实“双减”政策', en: 'Carry out the "double reduction" policy' },
              line: 683,
            },
            {
              number: 6,
              numberPrinted: true,
              printed: '六、强化学生体育和健康教育',
              title: {
                zh: '强化学生体育和健康教育',
                en: 'Strengthen physical and health education of students',
              },
              line: 686,
            },
            {
              number: 7,
              numberPrinted: true,
              printed: '七、加强和改进学生美育',
              title: { zh: '加强和改进学生美育', en: 'Strengthen and improve aesthetic education' },
              line: 702,
            },
            {
              number: 8,
              numberPrinted: true,
              printed: '八、强化学生劳动教育',
              title: { zh: '强化学生劳动教育', en: 'Strengthen labour education' },
              line: 706,
            },
          ],
        },
        {
          number: 2,
          numberPrinted: false,
          printed: '建设国家西部教育强市',
          title: {
            zh: '建设国家西部教育强市',
            en: 'Build a strong education city of western China',
          },
          line: 719,
          subsections: [
            {
              number: 1,
              numberPrinted: true,
              printed: '一、普惠优质发展学前教育',
              title: {
                zh: '普惠优质发展学前教育',
                en: 'Inclusive, high-quality preschool education',
              },
              line: 721,
            },
            {
              number: 2,
              numberPrinted: true,
              printed: '二、优质均衡发展义务教育',
              title: {
                zh: '优质均衡发展义务教育',
                en: 'High-quality, balanced compulsory education',
              },
              line: 733,
            },
            {
              number: 3,
              numberPrinted: true,
              printed: '三、优质特色多样化发展普通高中教育',
              title: {
                zh: '优质特色多样化发展普通高中教育',
                en: 'High-quality, distinctive and diverse general senior secondary education',
              },
              line: 749,
            },
            {
              number: 4,
              numberPrinted: true,
              printed: '四、构建现代特殊教育体系',
              title: { zh: '构建现代特殊教育体系', en: 'Build a modern special education system' },
              line: 766,
            },
          ],
        },
        {
          number: 3,
          numberPrinted: false,
          printed: '建设技能强市',
          title: { zh: '建设技能强市', en: 'Build a strong skills city' },
          line: 784,
          subsections: [
            {
              number: 1,
              numberPrinted: true,
              printed: '一、完善现代职业教育体系',
              title: {
                zh: '完善现代职业教育体系',
                en: 'Complete the modern vocational education system',
              },
              line: 786,
            },
            {
              number: 2,
              numberPrinted: true,
              printed: '二、提升职业教育办学质量',
              title: {
                zh: '提升职业教育办学质量',
                en: 'Raise the quality of vocational education',
              },
              line: 790,
            },
            {
              number: 3,
              numberPrinted: true,
              printed: '三、深化产教融合校企合作',
              title: {
                zh: '深化产教融合校企合作',
                en: 'Deepen industry\u2013education integration and school\u2013enterprise cooperation',
              },
              line: 794,
            },
            {
              number: 4,
              numberPrinted: true,
              printed: '四、广泛开展职业技能培训',
              title: {
                zh: '广泛开展职业技能培训',
                en: 'Provide vocational skills training widely',
              },
              line: 798,
            },
          ],
        },
        {
          number: 4,
          numberPrinted: true,
          printed: '第四节  建设国家西部体育强市',
          title: { zh: '建设国家西部体育强市', en: 'Build a strong sports city of western China' },
          line: 821,
          subsections: [
            {
              number: 1,
              numberPrinted: true,
              printed: '一、构建更高水平的全民健身公共服务体系',
              title: {
                zh: '构建更高水平的全民健身公共服务体系',
                en: 'A higher-level public service system for fitness for all',
              },
              line: 823,
            },
            {
              number: 2,
              numberPrinted: true,
              printed: '二、增强竞技体育实力',
              title: { zh: '增强竞技体育实力', en: 'Strengthen competitive sports' },
              line: 847,
            },
            {
              number: 3,
              numberPrinted: true,
              printed: '三、培育发展体育产业',
              title: { zh: '培育发展体育产业', en: 'Develop the sports industry' },
              line: 868,
            },
            {
              number: 4,
              numberPrinted: true,
              printed: '四、深化足球改革发展',
              title: { zh: '深化足球改革发展', en: 'Deepen football reform and development' },
              line: 878,
            },
            {
              number: 5,
              numberPrinted: true,
              printed: '五、促进体育文化繁荣发展与体育交流',
              title: {
                zh: '促进体育文化繁荣发展与体育交流',
                en: 'Sports culture and sports exchange',
              },
              line: 881,
            },
          ],
        },
      ],
    },
    {
      number: 4,
      numberPrinted: true,
      printed: '第四章  重点举措',
      title: { zh: '重点举措', en: 'Key measures' },
      line: 884,
      sections: [
        {
          number: 1,
          numberPrinted: true,
          printed: '第一节  着力加强教育体育服务能力',
          title: {
            zh: '着力加强教育体育服务能力',
            en: 'Strengthen the service capacity of education and sports',
          },
          line: 886,
          subsections: [
            {
              number: 1,
              numberPrinted: true,
              printed: '一、提升服务乡村振兴水平',
              title: { zh: '提升服务乡村振兴水平', en: 'Serve rural revitalization better' },
              line: 888,
            },
            {
              number: 2,
              numberPrinted: true,
              printed: '二、提升高校科技服务水平',
              title: {
                zh: '提升高校科技服务水平',
                en: 'Improve the science and technology services of higher education institutions',
              },
              line: 892,
            },
            {
              number: 3,
              numberPrinted: true,
              printed: '三、提升数字教育共享水平',
              title: { zh: '提升数字教育共享水平', en: 'Share digital education more widely' },
              line: 900,
            },
            {
              number: 4,
              numberPrinted: true,
              printed: '四、提升教育体育交流合作水平',
              title: {
                zh: '提升教育体育交流合作水平',
                en: 'Improve exchange and cooperation in education and sports',
              },
              line: 920,
            },
            {
              number: 5,
              numberPrinted: true,
              printed: '五、提升学生就业创业服务水平',
              title: {
                zh: '提升学生就业创业服务水平',
                en: 'Improve employment and entrepreneurship services for students',
              },
              line: 923,
            },
          ],
        },
        {
          number: 2,
          numberPrinted: true,
          printed: '第二节  着力深化教育体育领域改革',
          title: { zh: '着力深化教育体育领域改革', en: 'Deepen reform in education and sports' },
          line: 931,
          subsections: [
            {
              number: 1,
              numberPrinted: true,
              printed: '一、深化新时代教育评价改革',
              title: {
                zh: '深化新时代教育评价改革',
                en: 'Deepen the reform of education evaluation for the new era',
              },
              line: 933,
            },
            {
              number: 2,
              numberPrinted: true,
              printed: '二、深化教育教学改革',
              title: { zh: '深化教育教学改革', en: 'Deepen reform of education and teaching' },
              line: 956,
            },
            {
              number: 3,
              numberPrinted: true,
              printed: '三、深化督导体制机制改革',
              title: {
                zh: '深化督导体制机制改革',
                en: 'Deepen reform of the education supervision system',
              },
              line: 976,
            },
            {
              number: 4,
              numberPrinted: true,
              printed: '四、深化“放管服”改革',
              title: {
                zh: '深化“放管服”改革',
                en: 'Deepen the "streamline, regulate and serve" reform',
              },
              line: 980,
            },
            {
              number: 5,
              numberPrinted: true,
              printed: '五、深化治理体系改革',
              title: { zh: '深化治理体系改革', en: 'Deepen reform of the governance system' },
              line: 984,
            },
          ],
        },
        {
          number: 3,
          numberPrinted: true,
          printed: '第三节  着力强化教育体育基础保障体系建设',
          title: {
            zh: '着力强化教育体育基础保障体系建设',
            en: 'Strengthen the basic support systems of education and sports',
          },
          line: 989,
          subsections: [
            {
              number: 1,
              numberPrinted: true,
              printed: '一、加强教师队伍建设',
              title: { zh: '加强教师队伍建设', en: 'Strengthen the teaching workforce' },
              line: 990,
            },
            {
              number: 2,
              numberPrinted: true,
              printed: '二、加强经费投入使用管理',
              title: { zh: '加强经费投入使用管理', en: 'Manage funding and its use better' },
              line: 1011,
            },
            {
              number: 3,
              numberPrinted: true,
              printed: '三、推进学校、幼儿园标准化建设',
              title: {
                zh: '推进学校、幼儿园标准化建设',
                en: 'Bring schools and kindergartens up to standard',
              },
              line: 1016,
            },
            {
              number: 4,
              numberPrinted: true,
              printed: '四、加强安全管理',
              title: { zh: '加强安全管理', en: 'Strengthen safety management' },
              line: 1027,
            },
          ],
        },
      ],
    },
    {
      number: 5,
      numberPrinted: false,
      printed: '组织保障',
      title: { zh: '组织保障', en: 'Organisational safeguards' },
      line: 1039,
      sections: [
        {
          number: 1,
          numberPrinted: false,
          printed: '加强党对教育体育工作的全面领导',
          title: {
            zh: '加强党对教育体育工作的全面领导',
            en: "Strengthen the Party's overall leadership of education and sports",
          },
          line: 1041,
          subsections: [
            {
              number: 1,
              numberPrinted: true,
              printed: '一、全面强化政治建设',
              title: { zh: '全面强化政治建设', en: 'Strengthen political building' },
              line: 1042,
            },
            {
              number: 2,
              numberPrinted: true,
              printed: '二、全面强化领导机制建设',
              title: { zh: '全面强化领导机制建设', en: 'Strengthen the leadership mechanism' },
              line: 1046,
            },
            {
              number: 3,
              numberPrinted: true,
              printed: '三、全面强化制度建设',
              title: { zh: '全面强化制度建设', en: 'Strengthen institution building' },
              line: 1050,
            },
          ],
        },
        {
          number: 2,
          numberPrinted: false,
          printed: '加强党的基层组织建设',
          title: {
            zh: '加强党的基层组织建设',
            en: "Strengthen the Party's primary-level organisations",
          },
          line: 1054,
          subsections: [
            {
              number: 1,
              numberPrinted: true,
              printed: '一、坚持统筹推进',
              title: { zh: '坚持统筹推进', en: 'Coordinate the work as a whole' },
              line: 1056,
            },
            {
              number: 2,
              numberPrinted: true,
              printed: '二、坚持突出重点',
              title: { zh: '坚持突出重点', en: 'Focus on priorities' },
              line: 1059,
            },
            {
              number: 3,
              numberPrinted: true,
              printed: '三、坚持强化功能',
              title: { zh: '坚持强化功能', en: 'Strengthen their functions' },
              line: 1063,
            },
          ],
        },
        {
          number: 3,
          numberPrinted: false,
          printed: '加强高素质专业化干部队伍建设',
          title: {
            zh: '加强高素质专业化干部队伍建设',
            en: 'Build a high-calibre, professional cadre team',
          },
          line: 1066,
          subsections: [
            {
              number: 1,
              numberPrinted: true,
              printed: '一、加强政治品格锤炼',
              title: { zh: '加强政治品格锤炼', en: 'Temper political character' },
              line: 1068,
            },
            {
              number: 2,
              numberPrinted: true,
              printed: '二、加强专业素养提升',
              title: { zh: '加强专业素养提升', en: 'Raise professional competence' },
              line: 1072,
            },
            {
              number: 3,
              numberPrinted: true,
              printed: '三、加强实践担当历练',
              title: { zh: '加强实践担当历练', en: 'Gain experience in practice' },
              line: 1076,
            },
          ],
        },
        {
          number: 4,
          numberPrinted: true,
          printed: '第四节  加强抓落实长效机制建设',
          title: {
            zh: '加强抓落实长效机制建设',
            en: 'Build long-term mechanisms for implementation',
          },
          line: 1080,
          subsections: [
            {
              number: 1,
              numberPrinted: true,
              printed: '一、健全责任分工机制',
              title: { zh: '健全责任分工机制', en: 'Division of responsibilities' },
              line: 1081,
            },
            {
              number: 2,
              numberPrinted: true,
              printed: '二、健全落实统筹协调机制',
              title: { zh: '健全落实统筹协调机制', en: 'Coordination' },
              line: 1085,
            },
            {
              number: 3,
              numberPrinted: true,
              printed: '三、健全落实法治保障机制',
              title: { zh: '健全落实法治保障机制', en: 'Legal safeguards' },
              line: 1089,
            },
            {
              number: 4,
              numberPrinted: true,
              printed: '四、健全督查督导机制',
              title: { zh: '健全督查督导机制', en: 'Inspection and supervision' },
              line: 1092,
            },
            {
              number: 5,
              numberPrinted: true,
              printed: '五、健全落实评估监测机制',
              title: { zh: '健全落实评估监测机制', en: 'Evaluation and monitoring' },
              line: 1096,
            },
            {
              number: 6,
              numberPrinted: true,
              printed: '六、健全奖惩机制',
              title: { zh: '健全奖惩机制', en: 'Rewards and penalties' },
              line: 1099,
            },
          ],
        },
      ],
    },
  ],
} satisfies Outline;
