import { MAX_SYNC_DOCUMENT_BYTES, SYNC_ID } from './documents.ts';

/**
 * The `validate_doc_update` function of every set database. It runs inside the server (Apache
 * CouchDB's JavaScript engine, or express-pouchdb's sandbox), so it is ES5 source, kept as text:
 * compiled TypeScript could carry helpers the server does not have. It checks the shape the
 * client's zod schemas check in full, so a broken or hostile client cannot poison the set for
 * the other members: anything it refuses never reaches them.
 *
 * Membership is checked here when the server passes the security object. express-pouchdb 4.2
 * passes an empty one on `_bulk_docs` (the path replication writes through); there its own
 * security layer has already refused non-members, so an empty object means "checked upstream".
 */
const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  var roles = userCtx.roles || [];
  var members = (secObj && secObj.members) || {};
  var admins = (secObj && secObj.admins) || {};
  function listed(group) {
    if ((group.names || []).indexOf(userCtx.name) !== -1) return true;
    var groupRoles = group.roles || [];
    for (var i = 0; i < roles.length; i++) if (groupRoles.indexOf(roles[i]) !== -1) return true;
    return false;
  }
  var isAdmin = roles.indexOf('_admin') !== -1 || listed(admins);
  var membersListed = (members.names || []).length + (members.roles || []).length > 0;
  if (!isAdmin && !userCtx.name) throw { unauthorized: 'log in to write to this set' };
  if (!isAdmin && membersListed && !listed(members)) {
    throw { unauthorized: 'only members of this set may write to it' };
  }
  if (newDoc._deleted === true) return;
  if (JSON.stringify(newDoc).length > ${MAX_SYNC_DOCUMENT_BYTES}) {
    throw { forbidden: 'a document of a Redline set is at most ${MAX_SYNC_DOCUMENT_BYTES} bytes' };
  }
  if (newDoc._attachments) throw { forbidden: 'a Redline set has no attachments' };
  function isText(value) { return typeof value === 'string'; }
  function isObject(value) { return value !== null && typeof value === 'object' && !Array.isArray(value); }
  function check(ok, what) { if (!ok) throw { forbidden: what }; }
  var id = newDoc._id;
  if (id === '${SYNC_ID.set}') {
    check(newDoc.kind === 'set' && isObject(newDoc.set), 'the set document holds a set');
    check(isText(newDoc.set.id) && newDoc.set.id.length > 0, 'a set has an id');
    check(isText(newDoc.set.name), 'a set has a name');
  } else if (id.indexOf('${SYNC_ID.annotation}') === 0) {
    var a = newDoc.annotation;
    check(newDoc.kind === 'annotation' && isObject(a), 'an annotation document holds an annotation');
    check(id === '${SYNC_ID.annotation}' + a.id, 'the _id of an annotation is annotation:<its id>');
    check(isText(a.setId) && isText(a.documentKey) && isText(a.provision), 'an annotation names its set, document and provision');
    check(isText(a.comment) && isText(a.rationale), 'an annotation has a comment and a rationale');
    check(Array.isArray(a.tags), 'an annotation has a list of tags');
    check(isObject(a.target), 'an annotation has a target');
    check(a.updatedAt === undefined || isText(a.updatedAt), 'updatedAt is a date');
    check(a.private !== true, 'a private comment is never shared');
  } else if (id.indexOf('${SYNC_ID.document}') === 0) {
    var d = newDoc.document;
    check(newDoc.kind === 'document' && isObject(d), 'a document entry holds a document');
    check(id === '${SYNC_ID.document}' + d.key, 'the _id of a document is document:<its key>');
    check(Array.isArray(d.versions), 'a document lists its text versions');
  } else {
    throw { forbidden: 'not a Redline set document: ' + id };
  }
  for (var key in newDoc) {
    if (key.charAt(0) !== '_' && key !== 'kind' && key !== newDoc.kind) {
      throw { forbidden: 'unknown field ' + key };
    }
  }
}`;

export const VALIDATION_DESIGN_DOCUMENT = {
  _id: '_design/redline',
  validate_doc_update: VALIDATE_DOC_UPDATE,
} as const;
