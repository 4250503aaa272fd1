// Range indexes behind the list filters and the time-aware chain-of-command queries.
CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.startDateMin);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.eventType);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX organization_country IF NOT EXISTS FOR (n:Organization) ON (n.country);
CREATE INDEX posting_role IF NOT EXISTS FOR (n:Posting) ON (n.role);
CREATE INDEX subordination_classification IF NOT EXISTS FOR (n:Subordination) ON (n.classification);
CREATE INDEX participation_role IF NOT EXISTS FOR (n:Participation) ON (n.role);
