-- The facts every on-time rate counts, kept on the case so that statistics over many cases are one grouped query
-- (casework rule C8): the day and month it was received and the day it was accepted, in China time (filled at
-- start-up from received_at and the acceptance clock, which the database holds without a zone), the due date the first reply owes or answered, when the first reply went out
-- and whether it was on time (for a case answered in parts, on time only when every first-round part was), whether
-- it was accepted in time, the first party's latest rating, whether it came from an earlier system (C9), and whether
-- it was rejected or marked a duplicate (not counted).
-- Filled from the stored replies, clocks and ratings.

ALTER TABLE case_item ADD COLUMN received_on DATE;
ALTER TABLE case_item ADD COLUMN received_month INTEGER;
ALTER TABLE case_item ADD COLUMN reply_due_on DATE;
ALTER TABLE case_item ADD COLUMN first_reply_at TIMESTAMP;
ALTER TABLE case_item ADD COLUMN first_reply_on_time BOOLEAN;
ALTER TABLE case_item ADD COLUMN accepted_on DATE;
ALTER TABLE case_item ADD COLUMN accept_on_time BOOLEAN;
ALTER TABLE case_item ADD COLUMN satisfaction VARCHAR(24);
ALTER TABLE case_item ADD COLUMN imported BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE case_item ADD COLUMN excluded BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE case_item SET excluded = TRUE WHERE reject_reason IS NOT NULL OR duplicate_of IS NOT NULL;

UPDATE case_item SET first_reply_at = (SELECT MIN(r.sent_at) FROM case_reply r WHERE r.case_id = case_item.id AND r.round_no = 1);
UPDATE case_item SET first_reply_on_time = CASE
        WHEN EXISTS (SELECT 1 FROM case_reply r WHERE r.case_id = case_item.id AND r.round_no = 1 AND r.on_time = FALSE) THEN FALSE
        ELSE TRUE END
    WHERE first_reply_at IS NOT NULL;
UPDATE case_item SET reply_due_on = (SELECT MAX(r.due_on) FROM case_reply r WHERE r.case_id = case_item.id AND r.round_no = 1)
    WHERE first_reply_at IS NOT NULL;
UPDATE case_item SET reply_due_on = (SELECT MIN(k.due_on) FROM case_clock k WHERE k.case_id = case_item.id
        AND k.department IS NULL AND k.status = 'RUNNING' AND k.purpose <> 'ACCEPT')
    WHERE first_reply_at IS NULL;
UPDATE case_item SET accept_on_time = CASE WHEN (SELECT MIN(CASE WHEN k.on_time THEN 1 ELSE 0 END) FROM case_clock k
        WHERE k.case_id = case_item.id AND k.purpose = 'ACCEPT' AND k.department IS NULL AND k.status = 'MET') = 1
        THEN TRUE ELSE FALSE END
    WHERE EXISTS (SELECT 1 FROM case_clock k WHERE k.case_id = case_item.id AND k.purpose = 'ACCEPT' AND k.department IS NULL AND k.status = 'MET');
UPDATE case_item SET satisfaction = (SELECT MAX(g.satisfaction) FROM case_rating g JOIN case_party p ON p.id = g.party_id
        WHERE p.case_id = case_item.id AND p.seq = 1 AND g.rated_at = (SELECT MAX(g2.rated_at) FROM case_rating g2 WHERE g2.party_id = p.id));

-- the dashboard's figures: one range scan per type and period, from the index alone
CREATE INDEX case_stats ON case_item (case_type, received_on, lead_department, channel, category, received_month,
    first_reply_on_time, reply_due_on, accept_on_time, satisfaction, round_no, excluded, state);

-- imports are of disclosure items or, now, of cases from an earlier system (casework C9)
ALTER TABLE import_job ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'DISCLOSURE';
