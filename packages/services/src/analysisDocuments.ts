import { randomBytes } from 'node:crypto';
import {
  BUILT_IN_POLICIES,
  BUILT_IN_SCORECARDS,
  policyDocumentProblems,
  scorecardDocumentProblems,
  type PolicyDocument,
  type ScorecardDocument,
} from '@callcov/core/analysis';
import { invalidRequest, newPrefixedId, notFound } from '@callcov/core';
import type { Db } from '@callcov/db';
import { scoped } from '@callcov/db';
import type { Caller, ServiceContext } from './serviceContext.ts';

/** Compliance policies and quality scorecards: built-in packs plus an account's own, versioned documents. */
export type DocumentKind = 'policy' | 'scorecard';
type AnyDocument = PolicyDocument | ScorecardDocument;

const BUILT_INS: Record<DocumentKind, Readonly<Record<string, AnyDocument>>> = { policy: BUILT_IN_POLICIES, scorecard: BUILT_IN_SCORECARDS };
const PROBLEMS: Record<DocumentKind, (doc: unknown) => Array<{ path: string; message: string }>> = {
  policy: (d) => policyDocumentProblems(d as PolicyDocument),
  scorecard: (d) => scorecardDocumentProblems(d as ScorecardDocument),
};
const LABEL: Record<DocumentKind, string> = { policy: 'policy', scorecard: 'scorecard' };
const ID_RE = /^[a-z0-9][a-z0-9_-]{0,63}$/;

async function latest(db: Db, caller: Pick<Caller, 'accountId' | 'mode'>, kind: DocumentKind, id: string, version?: number) {
  return scoped(db, caller)
    .selectFrom('analysis_documents')
    .selectAll()
    .where('kind', '=', kind)
    .where('doc_id', '=', id)
    .$if(version !== undefined, (qb) => qb.where('version', '=', version!))
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

async function defaultId(db: Db, caller: Pick<Caller, 'accountId' | 'mode'>, kind: DocumentKind): Promise<string> {
  const row = await scoped(db, caller)
    .selectFrom('account_defaults')
    .select('doc_id')
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row?.doc_id ?? 'default';
}

/** The document an analysis uses: the one asked for, else the account's default, else the built-in `default`; latest version. */
export async function resolveDocument<K extends DocumentKind>(
  db: Db,
  caller: Pick<Caller, 'accountId' | 'mode'>,
  kind: K,
  id: string | null,
): Promise<K extends 'policy' ? PolicyDocument : ScorecardDocument> {
  const wanted = id ?? (await defaultId(db, caller, kind));
  const builtIn = BUILT_INS[kind][wanted];
  if (builtIn) return builtIn as never;
  const row = await latest(db, caller, kind, wanted);
  if (!row) throw notFound(LABEL[kind], wanted);
  return JSON.parse(row.document_json) as never;
}

const toObject = (kind: DocumentKind, doc: AnyDocument, builtIn: boolean, isDefault: boolean) => ({
  object: kind,
  id: doc.id,
  version: doc.version,
  name: doc.name,
  built_in: builtIn,
  default: isDefault,
  document: doc,
});

export async function listDocuments(ctx: ServiceContext, caller: Caller, kind: DocumentKind) {
  const db = ctx.database.db;
  const def = await defaultId(db, caller, kind);
  const rows = await scoped(db, caller)
    .selectFrom('analysis_documents')
    .selectAll()
    .where('kind', '=', kind)
    .orderBy('doc_id')
    .orderBy('version', 'desc')
    .execute();
  const newest = new Map<string, AnyDocument>();
  for (const r of rows) if (!newest.has(r.doc_id)) newest.set(r.doc_id, JSON.parse(r.document_json));
  const data = [
    ...Object.values(BUILT_INS[kind]).map((d) => toObject(kind, d, true, d.id === def)),
    ...[...newest.values()].map((d) => toObject(kind, d, false, d.id === def)),
  ];
  return { object: 'list', data, has_more: false };
}

export async function getDocument(ctx: ServiceContext, caller: Caller, kind: DocumentKind, id: string, version?: number) {
  const db = ctx.database.db;
  const def = await defaultId(db, caller, kind);
  const builtIn = BUILT_INS[kind][id];
  if (builtIn && (version === undefined || version === builtIn.version)) return toObject(kind, builtIn, true, id === def);
  const row = await latest(db, caller, kind, id, version);
  if (!row) throw notFound(LABEL[kind], version === undefined ? id : `${id} version ${version}`);
  return toObject(kind, JSON.parse(row.document_json), false, id === def);
}

function checkDocument(kind: DocumentKind, doc: AnyDocument): void {
  const problems = PROBLEMS[kind](doc);
  if (problems.length > 0) {
    const p = problems[0]!;
    throw invalidRequest('invalid_document', `${p.path ? `${p.path}: ` : ''}${p.message}`, p.path || undefined);
  }
}

/** Creates version 1 of a new document (`id` chosen by the caller, or generated). */
export async function createDocument(ctx: ServiceContext, caller: Caller, kind: DocumentKind, body: Omit<AnyDocument, 'version'> & { id?: string }) {
  const id = body.id ?? newPrefixedId(kind === 'policy' ? 'pol' : 'sc', ctx.now(), randomBytes);
  if (!ID_RE.test(id)) throw invalidRequest('invalid_id', 'id must be 1-64 lower-case letters, digits, _ or -.', 'id');
  if (BUILT_INS[kind][id]) throw invalidRequest('id_taken', `'${id}' is a built-in ${LABEL[kind]}; choose another id.`, 'id', 409);
  const doc = { ...body, id, version: 1 } as AnyDocument;
  checkDocument(kind, doc);
  const now = ctx.now();
  try {
    await ctx.database.db
      .insertInto('analysis_documents')
      .values({ account_id: caller.accountId, mode: caller.mode, kind, doc_id: id, version: 1, document_json: JSON.stringify(doc), created_at: now })
      .execute();
  } catch (err) {
    if (/unique|duplicate|constraint/i.test((err as Error).message)) {
      throw invalidRequest('id_taken', `A ${LABEL[kind]} '${id}' exists already; add a version instead.`, 'id', 409);
    }
    throw err;
  }
  return toObject(kind, doc, false, false);
}

/** Adds the next version of a document; analyses record the id and version they used. */
export async function addDocumentVersion(ctx: ServiceContext, caller: Caller, kind: DocumentKind, id: string, body: Omit<AnyDocument, 'version' | 'id'>) {
  if (BUILT_INS[kind][id]) throw invalidRequest('built_in_document', `Built-in ${LABEL[kind]}s cannot be changed; create your own from it.`, 'id');
  return ctx.database.transaction(async (trx) => {
    const current = await latest(trx, caller, kind, id);
    if (!current) throw notFound(LABEL[kind], id);
    const doc = { ...body, id, version: current.version + 1 } as AnyDocument;
    checkDocument(kind, doc);
    await trx
      .insertInto('analysis_documents')
      .values({ account_id: caller.accountId, mode: caller.mode, kind, doc_id: id, version: doc.version, document_json: JSON.stringify(doc), created_at: ctx.now() })
      .execute();
    return toObject(kind, doc, false, id === (await defaultId(trx, caller, kind)));
  });
}

export async function setDefaultDocument(ctx: ServiceContext, caller: Caller, kind: DocumentKind, id: string) {
  const db = ctx.database.db;
  if (!BUILT_INS[kind][id] && !(await latest(db, caller, kind, id))) throw notFound(LABEL[kind], id);
  await ctx.database.transaction(async (trx) => {
    await scoped(trx, caller).deleteFrom('account_defaults').where('kind', '=', kind).execute();
    await trx.insertInto('account_defaults').values({ account_id: caller.accountId, mode: caller.mode, kind, doc_id: id, updated_at: ctx.now() }).execute();
  });
  return getDocument(ctx, caller, kind, id);
}

/** Refuses an unknown policy_id / scorecard_id at submission, naming the field. */
export async function checkDocumentExists(db: Db, caller: Caller, kind: DocumentKind, id: string, param: string): Promise<void> {
  if (BUILT_INS[kind][id]) return;
  if (!(await latest(db, caller, kind, id))) throw invalidRequest('unknown_document', `No such ${LABEL[kind]}: '${id}'.`, param);
}
