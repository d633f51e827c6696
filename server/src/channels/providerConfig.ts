/** The provider config schemas live in shared/ so the web settings screen derives its fields from them. */
export * from '@journeyflow/shared/messaging/providerConfig';
