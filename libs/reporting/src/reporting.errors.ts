import { LocalizedText } from '@banso/core';

export const KPI_REPORT_NOUN: LocalizedText = { ja: 'KPIレポート', en: 'KPI report' };

export const FILTER_ERRORS = {
  outsideFiscalYear: {
    ja: '指定した年度（4月1日〜翌年3月31日）の範囲内の日付を指定してください',
    en: 'must be a day inside the fiscal year (1 April to 31 March)',
  },
  fromAfterTo: { ja: '開始日は終了日以前にしてください', en: 'must not be after filter.to' },
} satisfies Record<string, LocalizedText>;
