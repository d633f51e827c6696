import type { JourneyReport } from '@journeyflow/shared/api/stats';
import type { ExportColumn } from './exportColumn';

/** One line of the report sheet: which part of the report, what is measured, and the figure. */
export type ReportLine = {
  readonly section: string;
  readonly item: string;
  readonly customers: number | null;
  readonly converted: number | null;
  readonly value: number | null;
};

const line = (section: string, item: string, fields: Partial<ReportLine>): ReportLine => ({
  section,
  item,
  customers: fields.customers ?? null,
  converted: fields.converted ?? null,
  value: fields.value ?? null,
});

/**
 * The report (SPEC §7 `GET /api/journeys/:id/report`) flattened into rows a spreadsheet can sum: entries
 * per day, the totals, the holdout comparison and each A/B branch. It holds no personal data.
 */
export const reportLines = (report: JourneyReport): ReportLine[] => [
  ...report.entries.map((entry) => line('entries', entry.day, { customers: entry.count })),
  line('summary', 'converted', { converted: report.converted }),
  line('summary', 'conversionRate', { value: report.conversionRate }),
  line('summary', 'revenue', { value: report.revenue }),
  line('summary', 'cost', { value: report.cost }),
  line('summary', 'roi', { value: report.roi }),
  ...(report.holdout
    ? [
        line('holdout', 'treatment', { ...report.holdout.treatment, value: report.holdout.treatment.rate }),
        line('holdout', 'control', { ...report.holdout.control, value: report.holdout.control.rate }),
        line('holdout', 'uplift', { value: report.holdout.uplift }),
      ]
    : []),
  ...Object.entries(report.branches ?? {}).map(([branch, b]) =>
    line('branch', branch, { customers: b.entered, converted: b.converted, value: b.rate }),
  ),
];

export const reportColumns: readonly ExportColumn<ReportLine>[] = [
  { key: 'section', header: { ko: '구분', en: 'Section' }, value: (r) => r.section },
  { key: 'item', header: { ko: '항목', en: 'Item' }, value: (r) => r.item },
  { key: 'customers', header: { ko: '고객 수', en: 'Customers' }, value: (r) => r.customers },
  { key: 'converted', header: { ko: '전환', en: 'Converted' }, value: (r) => r.converted },
  { key: 'value', header: { ko: '값', en: 'Value' }, value: (r) => r.value },
];
