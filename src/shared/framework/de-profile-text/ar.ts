import { ar as tuoc } from '../tuoc-text/ar.ts';
import { tuocPrinciples } from './principles.ts';
import type { ProfileText } from './types.ts';

/** The development-effectiveness profile in Arabic. */
export const ar: ProfileText = {
  name: 'ملف فعالية التنمية في الشراكة',
  description: 'إلى أي مدى تلتزم شراكتنا بمبادئ فعالية التنمية؟ يقيّم كل شريك كل عبارة عن طريقة عملنا معًا، من 1 (لا على الإطلاق) إلى 5 (تمامًا)، ويمكنه أن يوضّح السبب.',
  scale: ['لا على الإطلاق', 'قليلًا', 'جزئيًا', 'إلى حد كبير', 'تمامًا'],
  groups: {
    planning: 'التخطيط والتصميم',
    working: 'العمل معًا',
    monitoring: 'المتابعة وتقديم التقارير',
    after: 'بعد انتهاء المشروع',
  },
  items: {
    'planned-with-members': { label: 'خُطِّط له مع الأعضاء', explanation: 'خُطِّط للمشروع بالاشتراك مع الأعضاء، وليس مع القيادة وحدها.' },
    'demand-driven': { label: 'يلبّي احتياجاتنا', explanation: 'يلبّي المشروع احتياجات حدّدتها المنظمة المستفيدة بنفسها.' },
    'own-priorities': { label: 'ينسجم مع خطتنا', explanation: 'ينسجم المشروع مع الخطة الاستراتيجية للمنظمة المستفيدة ومع أولوياتها الخاصة.' },
    'joint-budget': { label: 'ميزانية متفق عليها', explanation: 'اتفق الشريكان على الميزانية، ويعرفان كيف تُنفَق.' },
    'equal-say': { label: 'صوت متساوٍ', explanation: 'للشريكين صوت متساوٍ في القرارات طوال المشروع.' },
    'own-structures': { label: 'عبر هياكلنا الخاصة', explanation: 'يعمل المشروع عبر الهياكل الخاصة بالمنظمة المستفيدة، لا عبر هياكل موازية.' },
    'coordinated-support': { label: 'دعم منسَّق', explanation: 'الدعم المقدَّم من مختلف الشركاء والجهات المانحة منسَّق: لا ازدواجية فيه، ولا يشدّ في اتجاهات متعارضة.' },
    'women-youth-informal': {
      label: 'النساء والشباب وعمال الاقتصاد غير المنظم يقررون أيضًا',
      explanation: 'تشارك النساء والعمال الشباب وعمال الاقتصاد غير المنظم في اتخاذ القرارات، ويستفيدون من المشروع.',
    },
    'shared-monitoring': { label: 'متابعة مشتركة', explanation: 'يتابع الشركاء التقدّم معًا، بمؤشرات اتفق عليها الطرفان.' },
    'mutual-reporting': { label: 'تقارير في الاتجاهين', explanation: 'يقدّم كل شريك تقارير إلى الآخر عن الأموال والأنشطة والنتائج.' },
    'report-to-members': { label: 'تقارير إلى أعضائنا', explanation: 'تقدّم المنظمة المستفيدة تقارير عن المشروع إلى أعضائها وهيئاتها المنتخبة.' },
    'open-information': { label: 'معلومات متاحة', explanation: 'المعلومات عن المشروع متاحة للأعضاء والشركاء الذين يطلبونها.' },
    'exit-plan': { label: 'خطة لما بعد المشروع', explanation: 'توجد خطة متفق عليها لكيفية استمرار العمل عند انتهاء المشروع.' },
    'own-resources': { label: 'مواردنا الذاتية ستموّله', explanation: 'ستموّل الاشتراكات النقابية والموارد الذاتية للمنظمة العمل بعد انتهاء المشروع.' },
    'lasting-voice': { label: 'صوت دائم في السياسات', explanation: 'يعزّز المشروع صوت النقابة في السياسات العامة إلى ما بعد انتهاء المشروع.' },
    'environment': { label: 'العناية بالبيئة', explanation: 'يراعي المشروع البيئة ويمهّد لانتقال عادل.' },
    'members-carry-on': { label: 'الأعضاء يواصلون العمل', explanation: 'سيواصل الأعضاء والقادة المنتخبون العمل، وليس الموظفون وحدهم.' },
  },
  dimensions: {
    ...tuocPrinciples(tuoc),
    partnership: 'الشراكة',
    transparency: 'الشفافية',
    accountability: 'المساءلة',
    'sustainability-democratic': 'الاستدامة: الديمقراطية',
    'sustainability-political': 'الاستدامة: السياسية',
    'sustainability-organisational': 'الاستدامة: التنظيمية',
    'sustainability-financial': 'الاستدامة: المالية',
    'sustainability-environmental': 'الاستدامة: البيئية',
  },
};
