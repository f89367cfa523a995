import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

type Header = { required?: boolean; schema?: object };
type Answer = { headers?: Record<string, Header>; content?: Record<string, { schema?: object }> };
type Operation = { responses: Record<string, Answer> };
type Document = { paths: Record<string, Record<string, Operation>> };

const DOCUMENT_ID = 'https://plan.invalid/openapi.json';

/**
 * Checks answers against an OpenAPI 3.1 document: the status is one the
 * operation documents, every required header is there, the content type is a
 * documented one, and a JSON body validates against its schema (JSON Schema
 * 2020-12, by ajv). Paths outside the document (the docs page, the viewer) are
 * not checked; a documented path asked with another method must answer 405.
 */
export function openApiContract(document: object) {
  const doc = document as Document;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema(document, DOCUMENT_ID);
  const validators = new Map<string, ValidateFunction>();
  const templates = Object.keys(doc.paths).map((template) => ({
    template,
    pattern: new RegExp(
      `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`,
    ),
  }));

  const validatorAt = (pointer: string) => {
    let validate = validators.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}#${pointer}` });
      validators.set(pointer, validate);
    }
    return validate;
  };
  const pointerSegment = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

  /** The mismatches of one answer, empty when it keeps the contract. */
  return async function mismatches(
    method: string,
    url: string,
    response: Response,
  ): Promise<string[]> {
    const path = new URL(url, 'http://plan.test').pathname;
    // The most specific template first: /observations/illustrative before /observations/{id}.
    const found = templates
      .filter(({ pattern }) => pattern.test(path))
      .sort((a, b) => a.template.split('{').length - b.template.split('{').length)[0];
    if (!found) return [];
    const where = `${method} ${path} → ${response.status}`;
    const operation = doc.paths[found.template]?.[method.toLowerCase()];
    if (!operation) {
      if (method === 'HEAD' || method === 'OPTIONS') return [];
      return response.status === 405 && response.headers.get('allow')
        ? []
        : [
            `${where}: ${method} is not documented for ${found.template}, so it must answer 405 with Allow`,
          ];
    }
    const status = String(response.status);
    const answer = operation.responses[status] ?? operation.responses.default;
    if (!answer) return [`${where}: status ${status} is not documented`];
    const problems: string[] = [];
    for (const [name, header] of Object.entries(answer.headers ?? {})) {
      if (header.required && !response.headers.has(name))
        problems.push(`${where}: the required header ${name} is missing`);
    }
    const type = response.headers.get('content-type')?.split(';')[0]?.trim();
    const content = answer.content ?? {};
    if (Object.keys(content).length === 0) {
      const text = response.body ? await response.clone().text() : '';
      if (text !== '') problems.push(`${where}: documented without a body but has one`);
      return problems;
    }
    if (!type || !(type in content)) {
      problems.push(
        `${where}: content type ${type ?? '(none)'} is not one of ${Object.keys(content).join(', ')}`,
      );
      return problems;
    }
    if (!/json$/.test(type)) return problems;
    const body: unknown = await response.clone().json();
    const pointer = [
      'paths',
      found.template,
      method.toLowerCase(),
      'responses',
      operation.responses[status] ? status : 'default',
      'content',
      type,
      'schema',
    ]
      .map(pointerSegment)
      .join('/');
    const validate = validatorAt(`/${pointer}`);
    if (!validate(body)) {
      for (const error of (validate.errors ?? []).slice(0, 5))
        problems.push(
          `${where}: body${error.instancePath} ${error.message} (${error.schemaPath}) ${JSON.stringify(error.params)}`,
        );
    }
    return problems;
  };
}
