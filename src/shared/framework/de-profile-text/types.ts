/** The words of the built-in development-effectiveness profile in one language, keyed by its ids. */
export interface ProfileText {
  name: string;
  description: string;
  /** The five points of the scale, lowest first. */
  scale: [string, string, string, string, string];
  groups: Record<string, string>;
  /** Each statement: a short name (`label`) and the statement itself (`explanation`). */
  items: Record<string, { label: string; explanation: string }>;
  dimensions: Record<string, string>;
}
