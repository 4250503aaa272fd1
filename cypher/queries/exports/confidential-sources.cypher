// Sources whose confidentiality is not PUBLIC (a missing level counts as not public: safety
// first): an uncleared export leaves out their held file and every quote of them.
MATCH (s:Source)
WHERE coalesce(s.confidentiality, '') <> 'PUBLIC'
RETURN s.id AS id
