// The published JSON Schemas (public/schemas/) loaded into ajv, shared by the schema tests and the
// end-to-end tests of export.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A validator per document kind: `{ dossier, assessment, export }`; each keeps `.errors`. */
export function schemaValidators() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const schemas = Object.fromEntries(
    ['dossier', 'assessment', 'export'].map((kind) => [
      kind,
      JSON.parse(readFileSync(join(ROOT, `public/schemas/${kind}.schema.json`), 'utf8')),
    ]),
  );
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  return Object.fromEntries(Object.entries(schemas).map(([kind, s]) => [kind, ajv.getSchema(s.$id)]));
}
