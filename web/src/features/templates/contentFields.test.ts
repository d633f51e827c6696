import { channelContentSchemas, channels } from '@journeyflow/shared/messaging/channelContent';
import { describe, expect, it } from 'vitest';
import { cleanContent, contentFields, emptyContent } from './contentFields';

describe('template content fields', () => {
  it('only names keys the channel schema knows', () => {
    for (const channel of channels) {
      const shape = channelContentSchemas[channel].shape as Record<string, unknown>;
      for (const f of contentFields[channel]) expect(Object.keys(shape)).toContain(f.key);
    }
  });

  it('cleans empty optional fields so filled content passes the strict schema', () => {
    const filled = cleanContent('sms', {
      ...emptyContent('sms'),
      text: '안녕하세요',
      subject: '',
      imageUrl: '',
    });
    expect(filled).toEqual({ text: '안녕하세요' });
    expect(channelContentSchemas.sms.safeParse(filled).success).toBe(true);
    const alimtalk = cleanContent('alimtalk', {
      ...emptyContent('alimtalk'),
      templateCode: 'T1',
      buttons: [],
    });
    expect(channelContentSchemas.alimtalk.safeParse(alimtalk).success).toBe(true);
  });
});
