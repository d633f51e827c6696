import type { z } from 'zod';
import type { Channel, MessagePurpose } from '../messaging/channelContent';

export type NodeCategory = 'entry' | 'wait' | 'logic' | 'message' | 'data' | 'exit';

export type IssueSeverity = 'error' | 'warning';

/** A semantic problem a node definition finds in its own (schema-valid) settings. */
export type NodeSettingsIssue = {
  readonly code: string;
  readonly message: string;
  readonly severity: IssueSeverity;
  /** Path inside `settings`, for the inspector to highlight the field. */
  readonly path?: readonly (string | number)[];
  /** Values the web puts into its Korean/English text for `code` (e.g. `{ number: "080-123-4567" }`). */
  readonly params?: Readonly<Record<string, string | number>>;
};

/** What the workspace knows that a node's checks may use; every part is optional. */
export type ValidationContext = {
  readonly templates?: readonly {
    readonly id: string;
    readonly channel: Channel;
    readonly purpose: MessagePurpose;
    readonly content?: unknown;
    readonly name?: string;
  }[];
  readonly segments?: readonly { readonly id: string; readonly name?: string }[];
  /** Registered AlimTalk templates: `body` holds the `#{variable}` placeholders. */
  readonly alimtalkTemplates?: readonly {
    readonly code: string;
    readonly body: string;
    readonly name?: string;
  }[];
  /** The workspace's sender name, which ads must show (e.g. `데모몰`). */
  readonly senderName?: string;
  /** The workspace's free opt-out line (e.g. `무료수신거부 080-123-4567`); ads must name its 080 number. */
  readonly optoutLine?: string;
  /** The current time, for checks of dates that may have passed; date checks are skipped without it. */
  readonly now?: Date;
  /** Timezone for date-times written without an offset; `validateJourney` sets the journey's. */
  readonly timezone?: string;
};

export type NodeDefinition<TType extends string = string, TSchema extends z.ZodType = z.ZodType> = {
  readonly type: TType;
  readonly category: NodeCategory;
  /** Palette and inspector title (English). */
  readonly label: string;
  /** One line of help under the title (English). */
  readonly description: string;
  /** The same title and help in Korean. */
  readonly ko: { readonly label: string; readonly description: string };
  readonly settingsSchema: TSchema;
  /** Starting settings for a node dropped from the palette; may still need the user's input. */
  readonly defaultSettings: z.output<TSchema>;
  /**
   * Complete, valid settings (no workspace context needed): docs show them, and the registry tests run
   * every node type end to end with them (validate, compile, simulate, render its form).
   */
  readonly example: z.input<TSchema>;
  readonly outputHandles: (settings: z.output<TSchema>) => readonly string[];
  /** Handles that must be connected; an unconnected optional handle ends the run (SPEC §2). */
  readonly requiredHandles: (settings: z.output<TSchema>) => readonly string[];
  /** A wait node breaks a cycle: a loop through it cannot spin. */
  readonly isWait: boolean;
  readonly validate?: (
    settings: z.output<TSchema>,
    context: ValidationContext,
  ) => readonly NodeSettingsIssue[];
};

/** Identity helper that keeps each node file's literal type and settings type. */
export function defineNode<const TType extends string, TSchema extends z.ZodType>(
  definition: NodeDefinition<TType, TSchema>,
): NodeDefinition<TType, TSchema> {
  return definition;
}
