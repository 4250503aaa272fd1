/**
 * W2: the chain of command behind a random event at its start date: units, the organisations above
 * them level by level, the commanders at each. Compared on what the chain IS (units, organisations
 * with their levels, commanders' postings); ours also grades every link and reports validity,
 * cycles and exclusions, which the raw statement does not compute.
 */
import { pickIds } from '../dataset';
import { chainCypher } from './chain-cypher';
import type { Workload } from './workload';

const OURS = `query W2($id: ID!, $at: Date) {
  chainOfCommand(eventId: $id, at: $at) {
    units { organization { id } }
    levels { level organizations { organization { id } commanders { posting { id } } } }
  }
}`;

const PEER = `query W2($id: ID!, $at: String!) {
  events(where: { id: { eq: $id } }) { chainOfCommand(at: $at) { units organizations { id level commanders } } }
}`;

const RAW = `MATCH (e:Event {id: $id})${chainCypher('e')}`;

const canon = (units: string[], orgs: { id: string; level: number; commanders: string[] }[]) => ({ units, organizations: orgs });

export const W2: Workload = {
  id: 'W2',
  title: 'chainOfCommand of a random event at its start date',
  peerNote: 'no native way to walk a chain at a date: an @cypher field with the raw statement',
  async cases(driver, random, count) {
    // Events dated to the day with a perpetrator-side participation: the chain has something to walk.
    const ids = await pickIds(
      driver,
      "MATCH (e:Event) WHERE size(e.startDate) = 10 AND EXISTS { (e)<-[:EVENT]-(p:Participation) WHERE p.role IN ['ORDERED', 'DIRECTLY_PERPETRATED', 'PLANNED', 'AUTHORISED', 'AIDED'] } RETURN e.id AS id",
      count,
      random,
    );
    const dates = await driver.executeQuery('UNWIND $ids AS id MATCH (e:Event {id: id}) RETURN e.id AS id, e.startDate AS at', { ids }, { routing: 'READ' });
    const at = new Map(dates.records.map((r) => [r.get('id') as string, r.get('at') as string]));
    return ids.map((id) => ({
      label: id,
      ours: { query: OURS, variables: { id, at: at.get(id) } },
      peer: { query: PEER, variables: { id, at: at.get(id) } },
      raw: { cypher: RAW, params: { id, at: at.get(id) } },
    }));
  },
  canonOurs: (data) => {
    const c = data.chainOfCommand;
    return canon(
      c.units.map((u: any) => u.organization.id),
      c.levels.flatMap((l: any) => l.organizations.map((o: any) => ({ id: o.organization.id, level: l.level, commanders: o.commanders.map((k: any) => k.posting.id) }))),
    );
  },
  canonPeer: (data) => canon(data.events[0].chainOfCommand.units, data.events[0].chainOfCommand.organizations),
  canonRaw: (rows) => {
    const c = rows[0]!.chain as any;
    return canon(c.units, c.organizations);
  },
};
