import { checkSendCompliance } from '@journeyflow/shared/compliance/checkSendCompliance';
import { seedJourneys } from '@journeyflow/shared/journey/fixtures/seedJourneys';
import { validateJourney } from '@journeyflow/shared/journey/validateJourney';
import { describe, expect, it } from 'vitest';
import { birthdayJourney, reconsentJourney, shopCouponJourney } from './demoJourneys';
import { DEMO_OPTOUT_LINE, DEMO_SENDER_NAME, demoAlimtalkTemplates, demoTemplates } from './demoTemplates';

const context = {
  senderName: DEMO_SENDER_NAME,
  optoutLine: DEMO_OPTOUT_LINE,
  alimtalkTemplates: demoAlimtalkTemplates,
};

describe('demo content follows the compliance check', () => {
  it.each(demoTemplates.map((t) => [t.name, t] as const))('template %s', (_name, template) => {
    expect(
      checkSendCompliance(
        { channel: template.channel, purpose: template.purpose, content: template.content },
        context,
      ),
    ).toEqual([]);
  });

  const journeys = [
    ...seedJourneys.map((s) => s.journey as { name: string; graph: unknown; settings: unknown }),
    shopCouponJourney,
    birthdayJourney,
    reconsentJourney,
  ];
  it.each(journeys.map((j) => [j.name, j] as const))('journey %s', (_name, journey) => {
    const result = validateJourney(journey.graph, journey.settings, context);
    expect(
      result.issues.filter(
        (issue) => issue.nodeId !== undefined && /^(ad_|alimtalk|brandmessage|template_)/.test(issue.code),
      ),
    ).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
