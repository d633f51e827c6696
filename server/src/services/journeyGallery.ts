import type { CreateJourneyRequest } from '@journeyflow/shared/api/journeys';
import type { JourneyTemplate } from '@journeyflow/shared/api/journeyTemplates';
import { seedJourneys } from '@journeyflow/shared/journey/fixtures/seedJourneys';
import { type SeedJourney, seedJourneySchema } from '@journeyflow/shared/journey/seedJourney';
import { blankWorkspaceReferences } from '@journeyflow/shared/journey/templatePlaceholders';
import type { Orm } from '../db/database';
import { birthdayJourney, reconsentJourney } from '../demo/demoJourneys';
import { KOREAN_DESCRIPTIONS } from '../demo/koreanDescriptions';
import { NotFoundError } from '../errors/domainErrors';
import { findWorkspaceJourneyTemplate, listWorkspaceJourneyTemplates } from './workspaceJourneyTemplates';

/** The demo's own journeys offered in the gallery beside the shared seed files. */
const demoOnly = { birthday: birthdayJourney, reconsent: reconsentJourney } as const;
type DemoOnlyJourney = (typeof demoOnly)[keyof typeof demoOnly];

const toTemplate = (id: string, journey: SeedJourney | DemoOnlyJourney): JourneyTemplate => ({
  id,
  name: journey.name,
  description: KOREAN_DESCRIPTIONS[id] ?? journey.description ?? '',
  descriptionEn: journey.description ?? '',
  graph: blankWorkspaceReferences(journey.graph as JourneyTemplate['graph']),
  settings: journey.settings as JourneyTemplate['settings'],
});

/**
 * Built once from one source each (shared seed fixtures, the demo's birthday and re-consent journeys);
 * parsing checks the seed files still match the graph schema.
 */
const gallery: readonly JourneyTemplate[] = [
  ...seedJourneys.map((seed) => toTemplate(seed.key, seedJourneySchema.parse(seed.journey))),
  ...Object.entries(demoOnly).map(([id, journey]) => toTemplate(id, journey)),
];

/** The gallery a workspace sees: its own saved templates first, then the built-in seed journeys. */
export const listJourneyTemplates = async (orm: Orm, workspaceId: string): Promise<JourneyTemplate[]> => [
  ...(await listWorkspaceJourneyTemplates(orm, workspaceId)),
  ...gallery,
];

/**
 * `POST /api/journeys { name, fromTemplate }`: the template's graph, settings and description, unless
 * the request gives its own. An unknown template id is a 404, never an empty journey.
 */
export const withJourneyTemplate = async (
  orm: Orm,
  workspaceId: string,
  input: CreateJourneyRequest,
): Promise<CreateJourneyRequest> => {
  if (!input.fromTemplate) return input;
  const template =
    gallery.find((t) => t.id === input.fromTemplate) ??
    (await findWorkspaceJourneyTemplate(orm, workspaceId, input.fromTemplate));
  if (!template) throw new NotFoundError('Journey template');
  const { fromTemplate: _fromTemplate, ...rest } = input;
  return {
    ...rest,
    description: input.description ?? template.description,
    graph: input.graph ?? template.graph,
    settings: input.settings ?? template.settings,
  };
};
