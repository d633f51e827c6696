// Every table of the server, gathered for the typed `orm`. Other areas add their schema files here with one
// line each. The engine's own tables are declared in engine/src/db/schema.ts and re-exported here.
export * from '@journeyflow/engine/db/schema';
export * from './apiKeys';
export * from './approvals';
export * from './audienceJobs';
export * from './auditLog';
export * from './channels';
export * from './comments';
export * from './customers';
export * from './dailyRollups';
export * from './enrollRequests';
export * from './grades';
export * from './invitations';
export * from './journeys';
export * from './journeyTemplates';
export * from './journeyVersions';
export * from './segmentChangeRequests';
export * from './segments';
export * from './sessions';
export * from './shortLinks';
export * from './testRecipients';
export * from './users';
export * from './workspaces';
