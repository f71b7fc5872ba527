-- P1: consent recorded with its time and the version of the privacy notice the writer read; withdrawable before
-- publication (and a withdrawal after it takes the publication down).
ALTER TABLE case_party ADD COLUMN consent_at TIMESTAMP;
ALTER TABLE case_party ADD COLUMN notice_version VARCHAR(40);
ALTER TABLE case_party ADD COLUMN consent_withdrawn_at TIMESTAMP;
UPDATE case_party SET consent_at = (SELECT c.received_at FROM case_item c WHERE c.id = case_party.case_id)
    WHERE consent = TRUE;

-- P2: what a publication shows, each part masked and edited by the dispatcher before it goes out.
ALTER TABLE case_item ADD COLUMN published_title VARCHAR(400);
ALTER TABLE case_item ADD COLUMN published_reply TEXT;

-- P3: contact data of closed cases erased after the type's retention period.
ALTER TABLE case_party ADD COLUMN contact_erased_at TIMESTAMP;
