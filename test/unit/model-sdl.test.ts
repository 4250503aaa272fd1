/** The SDL and the model agree: every GraphQL enum mirrors the model's vocabulary exactly. */
import { buildASTSchema, parse, type GraphQLEnumType } from 'graphql';
import * as enums from '../../src/foundations/model/enums';
import { ErrorCode } from '../../src/foundations/errors';
import { loadTypeDefs } from '../../src/entry/graphql/schema';

const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));
const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

describe('SDL enums mirror the model', () => {
  it.each([
    ['OrganizationKind', enums.ORGANIZATION_KINDS],
    ['EventType', enums.EVENT_TYPES],
    ['ParticipationRole', enums.PARTICIPATION_ROLES],
    ['PostingRole', enums.POSTING_ROLES],
    ['SubordinationClassification', enums.SUBORDINATION_CLASSIFICATIONS],
    ['EventLinkRelation', enums.EVENT_LINK_RELATIONS],
    ['SourceKind', enums.SOURCE_KINDS],
    ['Reliability', enums.RELIABILITY_GRADES],
    ['Confidentiality', enums.CONFIDENTIALITY_LEVELS],
    ['Protection', enums.PROTECTION_LEVELS],
    ['ElementKind', enums.ELEMENT_KINDS],
    ['ElementNumbering', enums.ELEMENT_NUMBERINGS],
    ['LiabilityMode', enums.LIABILITY_MODES],
    ['TranslationStatus', enums.TRANSLATION_STATUSES],
    ['TranslationBy', enums.TRANSLATION_ORIGINS],
  ])('%s', (name, model) => {
    expect(values(name)).toEqual([...model]);
  });

  it('ErrorCode, where the SDL declares it', () => {
    if (schema.getType('ErrorCode')) expect(values('ErrorCode')).toEqual(Object.values(ErrorCode));
  });
});
