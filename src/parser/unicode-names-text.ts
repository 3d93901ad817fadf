// The packed Unicode name table as one string, behind a function so that a build can
// replace this module with one that loads the table on first use (the start-up
// snapshot does: scripts/build-snapshot.mjs), keeping ~1 MB out of every process.
import { NAMES } from "./unicode-names-data.js";

export function unicodeNamesText(): string {
  return NAMES;
}
