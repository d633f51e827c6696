import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';

/** entry (`event`) → an SMS from a stored template, the send node's id `sendId`. */
export const templateSendGraph = (event: string, sendId: string, templateId: string) =>
  aJourney()
    .entryEvent(event, undefined, { id: 'entry' })
    .send({ channel: 'sms', purpose: 'info', templateId }, { id: sendId })
    .build().graph;
