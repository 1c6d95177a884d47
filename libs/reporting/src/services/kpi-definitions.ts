import { KpiUnit, NationalKpi } from '../reporting.enums';

/** What a figure is: its labels and its definition, in Japanese and English (shared/domain/kpis.md). */
export interface KpiFigureDefinition {
  key: string;
  labelJa: string;
  labelEn: string;
  definitionJa: string;
  definitionEn: string;
  unit: KpiUnit;
}

export type Bilingual = { ja: string; en: string };

function figure(
  key: string,
  label: Bilingual,
  definition: Bilingual,
  unit: KpiUnit = KpiUnit.COUNT,
): KpiFigureDefinition {
  return { key, labelJa: label.ja, labelEn: label.en, definitionJa: definition.ja, definitionEn: definition.en, unit };
}

/** The five national KPIs, worded as in shared/domain/kpis.md ("How Banso counts it"). */
export const NATIONAL_FIGURES: Record<NationalKpi, KpiFigureDefinition> = {
  [NationalKpi.PARTICIPATING_ORGANIZATIONS]: figure(
    'PARTICIPATING_ORGANIZATIONS',
    {
      ja: '① 中核ネットワークに参画した経営支援機関数',
      en: '① Support organisations taking part in the network',
    },
    {
      ja: '期間内に、有効なプログラム参加者（担い手候補者・メンター・実証機関担当者。退会者を除く）が1人以上いる、または支援案件のトスアップ（引き継ぎ）があった機関の数（重複なし）',
      en: 'Distinct organisations with at least one active program member (trainee, mentor or owner; withdrawn members excluded) or a case hand-off in the period',
    },
  ),
  [NationalKpi.COMPANIES_WITH_JOB_OPENING]: figure(
    'COMPANIES_WITH_JOB_OPENING',
    { ja: '② 中核ネットワークで求人化まで至った支援企業数', en: '② Client companies supported up to a job opening' },
    {
      ja: '期間内に支援案件が「求人化」マイルストーンに到達した支援企業の数（重複なし）',
      en: 'Distinct client companies whose support case reached the "job opening created" milestone in the period',
    },
  ),
  [NationalKpi.MATCHED_COMPANIES]: figure(
    'MATCHED_COMPANIES',
    {
      ja: '③ ②のうちマッチング・フォローに至った支援企業数',
      en: '③ Of ②, companies that reached matching and follow-up',
    },
    {
      ja: '②の企業のうち、支援案件が「マッチング」マイルストーンに到達した企業の数（重複なし）',
      en: 'Distinct companies of ② whose case reached the "matched" milestone',
    },
  ),
  [NationalKpi.TRAINEES_WITH_OJT]: figure(
    'TRAINEES_WITH_OJT',
    {
      ja: '④ OJT支援（同行支援・助言等）を実施した担い手の人数',
      en: '④ Supporters who received OJT (accompanied visits, advice)',
    },
    {
      ja: '期間内に実施済み（訪問済み以降、中止を除く）の同行訪問が1回以上ある担い手候補者の数（重複なし）',
      en: 'Distinct trainees with at least one accompanied visit held (status visited or later, not cancelled) in the period',
    },
  ),
  [NationalKpi.VISITS_PER_TRAINEE]: figure(
    'VISITS_PER_TRAINEE',
    { ja: '⑤ ④に対する一人当たりの平均実施回数', en: '⑤ Average OJT sessions per supporter of ④' },
    {
      ja: '実施済みの同行訪問の回数 ÷ ④（小数第1位に四捨五入）',
      en: 'Held accompanied visits ÷ ④, one decimal (the source rounds to one decimal)',
    },
    KpiUnit.AVERAGE,
  ),
  [NationalKpi.HELD_VISITS]: figure(
    'HELD_VISITS',
    { ja: '実施した同行訪問の回数（⑤の分子）', en: 'Accompanied visits held (numerator of ⑤)' },
    {
      ja: '期間内に実施された同行訪問（訪問済み以降、中止を除く）の回数',
      en: 'Accompanied visits held in the period (status visited or later, not cancelled)',
    },
  ),
};

export const NATIONAL_ORDER: NationalKpi[] = [
  NationalKpi.PARTICIPATING_ORGANIZATIONS,
  NationalKpi.COMPANIES_WITH_JOB_OPENING,
  NationalKpi.MATCHED_COMPANIES,
  NationalKpi.TRAINEES_WITH_OJT,
  NationalKpi.VISITS_PER_TRAINEE,
  NationalKpi.HELD_VISITS,
];

export const SECTION_TITLES: Record<string, Bilingual> = {
  national: { ja: '国の事業KPI（5指標）', en: 'National program KPIs (five figures)' },
  offJt: { ja: 'Off-JT（座学・ケーススタディー等）', en: 'Off-JT (lectures, case studies and other formats)' },
  ojtQuality: { ja: 'OJTの質', en: 'OJT quality' },
  competencies: { ja: 'コンピテンシー（習熟度）', en: 'Competencies' },
  caseFunnel: { ja: '支援案件の成果ファネル', en: 'Outcome funnel per case' },
  certification: { ja: '認定', en: 'Certification' },
};

export const ORGANIZATION_KIND_LABELS: Record<string, Bilingual> = {
  PRO_TALENT_HUB: { ja: 'プロ人材拠点', en: 'Professional talent hub' },
  YOROZU_SUPPORT_CENTER: { ja: 'よろず支援拠点', en: 'Yorozu support center' },
  PUBLIC_AGENCY: { ja: '外郭団体', en: 'Public agency' },
  SHOKOKAI: { ja: '商工会', en: 'Society of commerce and industry' },
  CHAMBER_OF_COMMERCE: { ja: '商工会議所', en: 'Chamber of commerce' },
  REGIONAL_BANK: { ja: '地域銀行', en: 'Regional bank' },
  SHINKIN_BANK: { ja: '信用金庫', en: 'Shinkin bank' },
  TAX_ACCOUNTANT: { ja: '税理士', en: 'Tax accountant' },
  SME_CONSULTANT: { ja: '中小企業診断士', en: 'SME consultant' },
  NPO: { ja: 'NPO', en: 'NPO' },
  MUNICIPALITY: { ja: '自治体', en: 'Municipality' },
  TALENT_FIRM: { ja: '人材会社', en: 'Talent firm' },
  UNIVERSITY: { ja: '大学', en: 'University' },
  OTHER: { ja: 'その他', en: 'Other' },
};

export const ACTIVITY_KIND_LABELS: Record<string, Bilingual> = {
  KICKOFF: { ja: 'キックオフ', en: 'Kick-off' },
  LECTURE: { ja: '講義', en: 'Lecture' },
  ELEARNING: { ja: 'eラーニング', en: 'E-learning' },
  HANDBOOK: { ja: 'ハンドブック', en: 'Handbook' },
  CASE_STUDY: { ja: 'ケーススタディー', en: 'Case study' },
  WORKSHOP: { ja: 'ワークショップ', en: 'Workshop' },
  ROLE_PLAY: { ja: 'ロールプレイ', en: 'Role-play' },
  DEMO_SEMINAR: { ja: '実演セミナー', en: 'Demonstration seminar' },
  FIELDWORK: { ja: 'フィールドワーク', en: 'Fieldwork' },
};

export const AIDA_LABELS: Record<string, Bilingual> = {
  ATTENTION: { ja: '注意（Attention）', en: 'Attention' },
  INTEREST: { ja: '関心（Interest）', en: 'Interest' },
  DESIRE: { ja: '欲求（Desire）', en: 'Desire' },
  ACTION: { ja: '行動（Action）', en: 'Action' },
};

export const NO_PREFECTURE: Bilingual = { ja: '都道府県未設定', en: 'Prefecture not set' };

/** Definitions of the other figures of kpis.md; keys with a suffix (per kind, per stage …) share one text. */
export const FIGURES = {
  sessionsHeld: (kind: string) =>
    figure(
      `OFF_JT_SESSIONS_${kind}`,
      { ja: `開催数：${ACTIVITY_KIND_LABELS[kind].ja}`, en: `Sessions held: ${ACTIVITY_KIND_LABELS[kind].en}` },
      {
        ja: '期間内に開催（自習型は公開）された、中止されていないoff-JTの数（形式別）',
        en: 'Off-JT activities of this kind held (self-paced ones: published) in the period, not cancelled',
      },
    ),
  registrations: figure(
    'OFF_JT_REGISTRATIONS',
    { ja: '参加登録数', en: 'Registrations' },
    {
      ja: '期間内のセッションへの参加登録（取消・キャンセル待ちを除く）の数',
      en: 'Registrations holding a seat (not cancelled, not waitlisted) for sessions in the period',
    },
  ),
  attendanceRate: figure(
    'OFF_JT_ATTENDANCE_RATE',
    { ja: '出席率', en: 'Attendance rate' },
    {
      ja: '開始済みセッションの参加登録のうち、出席と記録された割合',
      en: 'Share of registrations for sessions that have started that were recorded as attended',
    },
    KpiUnit.PERCENT,
  ),
  elearningCompletionRate: figure(
    'OFF_JT_ELEARNING_COMPLETION_RATE',
    { ja: 'eラーニング修了率', en: 'E-learning completion rate' },
    {
      ja: '期間内のeラーニングの受講者のうち、修了した人の割合',
      en: 'Share of e-learning participations in the period that were completed',
    },
    KpiUnit.PERCENT,
  ),
  aidaParticipants: (stage: string) =>
    figure(
      `OFF_JT_PARTICIPANTS_${stage}`,
      { ja: `参加者数：${AIDA_LABELS[stage].ja}`, en: `Participants: ${AIDA_LABELS[stage].en}` },
      {
        ja: 'AIDAの段階ごとに、期間内のoff-JTに出席・修了・確認した人の数（重複なし）',
        en: 'Distinct people who attended, completed or acknowledged an off-JT activity of this AIDA stage in the period',
      },
    ),
  briefedShare: figure(
    'OJT_BRIEFED_SHARE',
    { ja: '事前準備・事後整理が揃った訪問の割合', en: 'Visits with a pre-brief before and a post-brief within 7 days' },
    {
      ja: '実施済みの同行訪問のうち、訪問前に事前準備があり、訪問後7日以内に事後整理が記録された割合',
      en: 'Share of held visits with a pre-brief written before the visit and a post-brief within 7 days after it',
    },
    KpiUnit.PERCENT,
  ),
  preBriefShare: figure(
    'OJT_PRE_BRIEF_BEFORE_SHARE',
    { ja: '訪問前に事前準備があった割合', en: 'Visits with a pre-brief before the visit' },
    {
      ja: '実施済みの同行訪問のうち、事前準備が訪問日時より前に記録された割合',
      en: 'Share of held visits whose pre-brief was written before the visit was held',
    },
    KpiUnit.PERCENT,
  ),
  postBriefShare: figure(
    'OJT_POST_BRIEF_7_DAYS_SHARE',
    { ja: '7日以内に事後整理があった割合', en: 'Visits with a post-brief within 7 days' },
    {
      ja: '実施済みの同行訪問のうち、訪問後7日以内に事後整理が記録された割合',
      en: 'Share of held visits whose post-brief was recorded within 7 days after the visit',
    },
    KpiUnit.PERCENT,
  ),
  hypotheses: (verdict: 'CONFIRMED' | 'REVISED' | 'REJECTED') => {
    const names = {
      CONFIRMED: { ja: '確認された', en: 'confirmed' },
      REVISED: { ja: '修正された', en: 'revised' },
      REJECTED: { ja: '棄却された', en: 'rejected' },
    }[verdict];
    return figure(
      `OJT_HYPOTHESES_${verdict}`,
      { ja: `仮説：${names.ja}`, en: `Hypotheses ${names.en}` },
      {
        ja: '期間内に実施された同行訪問の仮説のうち、訪問後の検証結果がこの判定だった数',
        en: 'Hypotheses of visits held in the period whose verdict after the visit was this one',
      },
    );
  },
  nextActionsOnTime: figure(
    'OJT_NEXT_ACTIONS_ON_TIME',
    { ja: 'ネクストアクションの期限内完了率', en: 'Next actions done on time' },
    {
      ja: '期間内の訪問から生まれた期限付きネクストアクション（期限到来済みまたは完了済み）のうち、期限日までに完了した割合',
      en: 'Share of next actions with a due date, raised at visits held in the period and due or closed, that were done by the due date',
    },
    KpiUnit.PERCENT,
  ),
  feedbackTurnaround: figure(
    'OJT_FEEDBACK_TURNAROUND_MEDIAN',
    { ja: 'メンターフィードバックまでの時間（中央値）', en: 'Mentor feedback turnaround (median)' },
    {
      ja: '期間内に実施された同行訪問について、訪問からメンターのフィードバックまでの時間の中央値',
      en: 'Median time from the visit to the mentor’s feedback, over visits held in the period',
    },
    KpiUnit.HOURS,
  ),
  proficientPerStep: (code: string, title: Bilingual) =>
    figure(
      `COMPETENCY_STEP_${code}`,
      { ja: `習熟者数：${title.ja}`, en: `Proficient trainees: ${title.en}` },
      {
        ja: 'このSTEPのすべての行動で、最新のメンター評価が習熟レベル以上の担い手候補者の数（期間末時点）',
        en: 'Trainees whose latest mentor rating is at or above the proficient level on every behaviour of this STEP (as at the end of the period)',
      },
    ),
  proficientPerBehaviour: (code: string, name: Bilingual) =>
    figure(
      `COMPETENCY_BEHAVIOUR_${code}`,
      { ja: `習熟者数：${code} ${name.ja}`, en: `Proficient trainees: ${code} ${name.en}` },
      {
        ja: 'この行動について、最新のメンター評価が習熟レベル以上の担い手候補者の数（期間末時点）',
        en: 'Trainees whose latest mentor rating of this behaviour is at or above the proficient level (as at the end of the period)',
      },
    ),
  selfMentorGap: figure(
    'COMPETENCY_SELF_MENTOR_GAP',
    { ja: '自己評価とメンター評価の差（平均）', en: 'Self vs mentor gap (average)' },
    {
      ja: '自己評価とメンター評価の両方がある担い手×行動について、最新の自己評価 − 最新のメンター評価の平均（正は自己評価が高い）',
      en: 'Average of latest self rating − latest mentor rating over trainee × behaviour pairs rated both ways (positive: self rating higher)',
    },
    KpiUnit.LEVEL,
  ),
  funnelStage: (stage: string, label: Bilingual) =>
    figure(
      `FUNNEL_${stage}`,
      { ja: `案件数：${label.ja}`, en: `Cases: ${label.en}` },
      {
        ja: '期間内に動きのあった（開始・訪問・STEP移動・マイルストーン・トスアップ）支援案件のうち、期間末までにこの段階に到達した数（中止案件を含む）',
        en: 'Support cases active in the period (opened, visited, moved, milestone or hand-off) that had reached this stage by the end of the period (dropped cases included)',
      },
    ),
  funnelConversion: (stage: string, label: Bilingual, previous: Bilingual) =>
    figure(
      `FUNNEL_CONVERSION_${stage}`,
      { ja: `転換率：${previous.ja} → ${label.ja}`, en: `Conversion: ${previous.en} → ${label.en}` },
      {
        ja: '前の段階に到達した案件のうち、この段階に到達した割合',
        en: 'Share of the cases at the previous stage that reached this stage',
      },
      KpiUnit.PERCENT,
    ),
  droppedCases: figure(
    'FUNNEL_DROPPED',
    { ja: '中止された案件数', en: 'Cases dropped' },
    {
      ja: '上記の案件のうち、期間末までに「中止」となった数',
      en: 'Of the cases above, those dropped by the end of the period',
    },
  ),
  handOffs: (from: string, to: string) =>
    figure(
      `HAND_OFF_${from}_${to}`,
      {
        ja: `トスアップ：${ORGANIZATION_KIND_LABELS[from].ja} → ${ORGANIZATION_KIND_LABELS[to].ja}`,
        en: `Hand-offs: ${ORGANIZATION_KIND_LABELS[from].en} → ${ORGANIZATION_KIND_LABELS[to].en}`,
      },
      {
        ja: '期間内の支援案件のトスアップ（引き継ぎ）の数（引き継ぎ元と引き継ぎ先の機関種別ごと）',
        en: 'Hand-offs of support cases in the period, by kind of the handing and of the receiving organisation',
      },
    ),
};

export const FUNNEL_STAGES: { key: string; label: Bilingual }[] = [
  { key: 'STEP0', label: { ja: 'STEP0 顧客開拓', en: 'STEP0 prospecting' } },
  { key: 'STEP1', label: { ja: 'STEP1 経営課題と人材課題の見つめ直し', en: 'STEP1 management and talent issues' } },
  { key: 'STEP2', label: { ja: 'STEP2 人材戦略の検討', en: 'STEP2 talent strategy' } },
  { key: 'JOB_OPENING', label: { ja: '求人化', en: 'Job opening' } },
  { key: 'MATCHED', label: { ja: 'マッチング', en: 'Matched' } },
  { key: 'FOLLOWED_UP', label: { ja: 'フォロー', en: 'Followed up' } },
];
