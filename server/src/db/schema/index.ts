// Every table of the server, gathered for drizzle-kit and for the typed `orm`. Other areas add their
// schema files here with one line each.
export * from './apiKeys';
export * from './approvals';
export * from './audienceJobs';
export * from './auditLog';
export * from './channels';
export * from './comments';
export * from './customers';
export * from './enrollRequests';
export * from './entryRefusals';
export * from './grades';
export * from './journeys';
export * from './journeyTemplates';
export * from './journeyVersions';
export * from './runtime';
export * from './segmentChangeRequests';
export * from './segments';
export * from './sessions';
export * from './users';
export * from './workspaces';
