import { describe, expect, it } from 'vitest';
import { renderLivePreview } from './renderLivePreview';

describe('renderLivePreview', () => {
  it('renders Liquid for the sample customer and the sample event', () => {
    const preview = renderLivePreview(
      'sms',
      'info',
      { text: '{{ customer.name }}님, {{ event.properties.productName }} 재입고!' },
      { productName: '겨울 패딩' },
    );
    expect(preview).toMatchObject({
      ok: true,
      rendered: { text: '김민지님, 겨울 패딩 재입고!' },
      missingVariables: [],
    });
  });

  it('reports missing variables and ad-rule issues', () => {
    const preview = renderLivePreview('sms', 'ad', { text: '{{ customer.nickname }} 세일' }, undefined);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.missingVariables).toEqual(['customer.nickname']);
    expect(preview.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['ad_missing_prefix', 'ad_missing_optout']),
    );
  });

  it("uses the workspace's sender name and 080 number, as the server does on save", () => {
    const identity = { senderName: '데모몰', optoutLine: '무료수신거부 080-123-4567' };
    const preview = renderLivePreview(
      'sms',
      'ad',
      { text: '(광고)[데모몰] 세일\n무료수신거부 080-999-0000' },
      undefined,
      new Date(),
      identity,
    );
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.issues).toEqual([
      expect.objectContaining({ code: 'ad_optout_number_mismatch', params: { number: '080-123-4567' } }),
    ]);
  });

  it('turns a Liquid syntax error into a message instead of throwing', () => {
    expect(renderLivePreview('sms', 'info', { text: '{{ customer.name ' }, undefined)).toMatchObject({
      ok: false,
    });
  });
});
