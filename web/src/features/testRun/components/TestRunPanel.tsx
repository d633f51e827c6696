import type { TestRunRequest, TestRunResponse } from '@journeyflow/shared/api/testRun';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { insightApi } from '../../live/api/insightApi';
import { TraceTimeline } from '../../trace/components/TraceTimeline';
import { MessagePreview } from './MessagePreview';
import { TestPathHighlight } from './TestPathHighlight';
import '../../live/components/insight.css';

type ScriptRow = { id: number; name: string; minutes: string; properties: string };

let nextRowId = 1;

const consentNow = () => new Date().toISOString();

/**
 * The editor's Test panel (SPEC §7 test run): a customer (existing by external id, or made up), a script
 * of timed events, Run → the path animates on the canvas and each message shows as the customer sees
 * it. The draft as last saved is what runs; nothing is sent or stored.
 */
export function TestRunPanel({
  journeyId,
  nodes,
  timezone,
}: {
  readonly journeyId: string;
  /** The journey's steps as drawn (their names label the path). */
  readonly nodes: readonly { readonly id: string; readonly label?: string | undefined }[];
  /** The journey's timezone: times on the path read on the journey's clock. */
  readonly timezone: string | undefined;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [externalId, setExternalId] = useState('');
  const [name, setName] = useState('김테스트');
  const [grade, setGrade] = useState('');
  const [consent, setConsent] = useState(true);
  const [rows, setRows] = useState<ScriptRow[]>([]);
  const [runKey, setRunKey] = useState(0);
  const run = useMutation({
    mutationFn: (request: TestRunRequest) => insightApi.test(journeyId, request),
    onSuccess: () => setRunKey((k) => k + 1),
  });

  const submit = () => {
    const events = rows
      .filter((r) => r.name.trim())
      .map((r) => {
        let properties: Record<string, unknown> = {};
        try {
          properties = r.properties.trim() ? (JSON.parse(r.properties) as Record<string, unknown>) : {};
        } catch {
          properties = {};
        }
        return { name: r.name.trim(), properties, afterSeconds: Math.max(0, Number(r.minutes) || 0) * 60 };
      });
    const c = consent ? consentNow() : null;
    run.mutate({
      ...(externalId.trim() ? { externalId: externalId.trim() } : {}),
      ...(externalId.trim()
        ? {}
        : {
            customer: {
              attributes: { name, phone: '010-1234-5678', email: 'test@demo-mall.kr' },
              timezone: 'Asia/Seoul',
              consent: { sms: c, kakao: c, push: c, email: c, night: c },
              ...(grade ? { grade } : {}),
            },
          }),
      events,
    });
  };

  if (!open)
    return (
      <div className="jf-test-panel">
        <button type="button" className="jf-button" onClick={() => setOpen(true)}>
          {t('testRun.open')}
        </button>
      </div>
    );

  return (
    <section className="jf-test-panel" aria-label={t('testRun.title')} data-testid="test-panel">
      <div className="jf-row" style={{ justifyContent: 'space-between' }}>
        <h2 className="jf-panel-title">{t('testRun.title')}</h2>
        <button type="button" className="jf-link-button" onClick={() => setOpen(false)}>
          {t('common.close')}
        </button>
      </div>
      <p className="jf-hint">{t('testRun.hint')}</p>
      <label className="jf-field">
        <span className="jf-label">{t('testRun.existing')}</span>
        <input
          className="jf-input"
          value={externalId}
          onChange={(e) => setExternalId(e.target.value)}
          placeholder="cust_0001"
        />
      </label>
      {!externalId.trim() && (
        <>
          <label className="jf-field">
            <span className="jf-label">{t('testRun.madeUpName')}</span>
            <input className="jf-input" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="jf-field">
            <span className="jf-label">{t('testRun.grade')}</span>
            <select className="jf-input" value={grade} onChange={(e) => setGrade(e.target.value)}>
              <option value="">{t('testRun.noGrade')}</option>
              {['VIP', 'Gold', 'Silver', 'Bronze', 'Dormant'].map((g) => (
                <option key={g}>{g}</option>
              ))}
            </select>
          </label>
          <label className="jf-checkbox">
            <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />{' '}
            {t('testRun.consent')}
          </label>
        </>
      )}
      <div className="jf-field">
        <span className="jf-label">{t('testRun.script')}</span>
        {rows.map((row, index) => (
          <div key={row.id} className="jf-test-event">
            <input
              className="jf-input"
              aria-label={t('testRun.eventName')}
              value={row.name}
              placeholder="purchase"
              onChange={(e) =>
                setRows(rows.map((r, i) => (i === index ? { ...r, name: e.target.value } : r)))
              }
            />
            <input
              className="jf-input"
              aria-label={t('testRun.afterMinutes')}
              value={row.minutes}
              inputMode="numeric"
              onChange={(e) =>
                setRows(rows.map((r, i) => (i === index ? { ...r, minutes: e.target.value } : r)))
              }
            />
            <button
              type="button"
              className="jf-icon-button"
              aria-label={t('testRun.removeEvent')}
              onClick={() => setRows(rows.filter((_, i) => i !== index))}
            >
              ✕
            </button>
            <input
              className="jf-input"
              style={{ gridColumn: '1 / -1' }}
              aria-label={t('testRun.properties')}
              value={row.properties}
              placeholder='{"productId":"p_apple","amount":18900}'
              onChange={(e) =>
                setRows(rows.map((r, i) => (i === index ? { ...r, properties: e.target.value } : r)))
              }
            />
          </div>
        ))}
        <button
          type="button"
          className="jf-link-button"
          onClick={() => setRows([...rows, { id: nextRowId++, name: '', minutes: '0', properties: '' }])}
        >
          {t('testRun.addEvent')}
        </button>
      </div>
      <button type="button" className="jf-button jf-button-primary" onClick={submit} disabled={run.isPending}>
        {run.isPending ? t('testRun.running') : t('testRun.run')}
      </button>
      {run.error && <p className="jf-error-text">{run.error.message}</p>}
      {run.data && <TestResult result={run.data} runKey={runKey} nodes={nodes} timezone={timezone} />}
    </section>
  );
}

function TestResult({
  result,
  runKey,
  nodes,
  timezone,
}: {
  readonly result: TestRunResponse;
  readonly runKey: number;
  readonly nodes: readonly { readonly id: string; readonly label?: string | undefined }[];
  readonly timezone: string | undefined;
}) {
  const t = useT();
  const label = (nodeId: string) => nodes.find((node) => node.id === nodeId)?.label || undefined;
  const entries = result.trace.map((entry) => ({ ...entry, timezone: entry.timezone ?? timezone }));
  return (
    <div data-testid="test-result">
      <TestPathHighlight nodeIds={result.trace.map((e) => e.nodeId)} runKey={runKey} />
      <h3 className="jf-panel-title">{t('testRun.path')}</h3>
      <TraceTimeline entries={entries} nodeLabel={label} />
      <h3 className="jf-panel-title">{t('testRun.messages', { n: result.messages.length })}</h3>
      {result.messages.length === 0 && <p className="jf-hint">{t('testRun.noMessage')}</p>}
      {result.messages.map((m) => (
        <MessagePreview key={m.id} message={m} />
      ))}
    </div>
  );
}
